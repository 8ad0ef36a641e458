// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "change.h"
#include "common/linediff.h"

#include <QUrl>

namespace Berth::Kube {
class ClusterSession;
}

namespace Berth::OpenShift {

/// What the server would do with one staged change, found by sending it with `dryRun=All`.
struct ChangeReview
{
    QJsonObject current; ///< the object as read; empty for a create
    QJsonObject result; ///< what the server would store; empty for a delete or a refusal
    QString currentYaml; ///< both without server bookkeeping
    QString resultYaml;
    QList<DiffLine> diff; ///< currentYaml -> resultYaml; on a broken guard, expected -> current
    QString unifiedDiff;
    QString request; ///< the exact request: method, path, content type, body
    Error verdict; ///< the server's refusal (or the broken guard); none: it would apply
};

/// A change the cluster took, with the object before and after it (for a revert).
struct AppliedChange
{
    Change change;
    QJsonObject before; ///< empty for a create
    QJsonObject after; ///< empty for a delete
};

/// How apply() ended: what it applied, in order, and the change it stopped at.
struct ApplyOutcome
{
    QList<AppliedChange> applied;
    qsizetype failed = -1; ///< index of the failed change in the plan as apply() found it
    Error error;
    /// On a conflict: the object as someone else left it, and what they changed since the
    /// version the change was made from.
    QJsonObject theirs;
    QString theirDiff;
    /// What went wrong beside the writes: the cluster took them, but the change history could
    /// not be written, so they cannot be reverted from it.
    QStringList warnings;
};

/// An ordered list of staged changes: review() dry-runs each and diffs it, apply() sends them
/// in order and stops at the first failure, keeping that change and the rest staged. Dry run
/// and apply send the same request; only `dryRun=All` differs. Every applied change's command
/// goes to the session's CommandLog and to the ChangeHistory of its server. One review() or apply()
/// at a time: another one finishes at once with an error. Lives on the client's thread.
class ChangePlan final : public QObject
{
    Q_OBJECT
public:
    explicit ChangePlan(Kube::ClusterSession *session, QObject *parent = nullptr);

    /// Stages a change at the end. A staged change to the same object (type, namespace, name)
    /// is replaced: the newer intent wins, and one apply never writes an object twice.
    void add(const Change &change);
    void add(const QList<Change> &changes);
    /// Unstages one change, or all; refused (false) while a review or an apply runs.
    bool removeAt(qsizetype index);
    bool clear();
    bool isEmpty() const { return m_staged.isEmpty(); }
    /// A review or an apply is running.
    bool isBusy() const { return m_busy; }
    /// The staged changes, in the order apply() sends them.
    QList<Change> changes() const;
    /// The last review found every staged change accepted, and nothing changed since.
    bool canApply() const;

    /// Lets the write in flight finish, then ends apply() as Cancelled with what was applied:
    /// a stop between changes, never in the middle of one (a write the server may have taken
    /// is never reported as not sent).
    void stopAfterCurrent();

    /// One review per staged change, in order. Each change is dry-run against the object as it
    /// is now (so a second change to the same object does not see the first). Finishes with an
    /// error only when aborted; the server's refusals are the reviews' verdicts.
    ValueReply<QList<ChangeReview>> *review();
    /// Sends the staged changes in order. The value holds what was applied even when the reply
    /// carries the error that stopped it. Applied changes leave the plan.
    ValueReply<ApplyOutcome> *apply();

Q_SIGNALS:
    /// The staged list changed (added, removed, applied).
    void changed();

private:
    struct Staged
    {
        Change change;
        QJsonObject base; ///< the object review() read, sent as the change's guard
        bool hasBase = false;
        bool accepted = false; ///< the last review's dry run took it
    };
    void setBusy(bool busy);
    /// `attempt`: how many times this change's review was read again after its dry run met a
    /// newer version.
    void reviewNext(ValueReply<QList<ChangeReview>> *reply, qsizetype index,
                    QList<ChangeReview> reviews, int attempt = 0);
    void dryRun(ValueReply<QList<ChangeReview>> *reply, qsizetype index,
                QList<ChangeReview> reviews, ChangeReview review, int attempt);
    void applyNext(ValueReply<ApplyOutcome> *reply, ApplyOutcome outcome);
    /// `retries`: how many times this change was sent again after a conflict on status alone.
    void send(ValueReply<ApplyOutcome> *reply, ApplyOutcome outcome, const QJsonObject &base,
              int retries = 0);
    void readTheirs(ValueReply<ApplyOutcome> *reply, ApplyOutcome outcome, const QJsonObject &base,
                    int retries);
    QString guardFor(const Staged &staged) const;

    Kube::ClusterSession *m_session;
    Kube::KubeClient *m_client;
    /// The cluster, user and apply the running apply() records its changes for (taken when it
    /// starts: a login elsewhere while a write is in flight must not move them).
    QUrl m_applyServer;
    QString m_applyUser;
    QString m_applyId;
    QList<Staged> m_staged;
    bool m_busy = false;
    bool m_stopRequested = false;
};

} // namespace Berth::OpenShift
