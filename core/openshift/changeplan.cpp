// SPDX-License-Identifier: Apache-2.0
#include "changeplan.h"

#include "changehistory.h"
#include "common/error.h"
#include "kube/clustersession.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

static Error busyError()
{
    return Error(Error::Kind::InvalidInput,
                 Tr::tr("the staged changes are being reviewed or applied; wait for it to end"));
}

static QString resourceVersionOf(const QJsonObject &object)
{
    return object.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
}

/// The object without its status and bookkeeping: what a user (or a change) can differ on.
/// Redacted: a revert's expected object comes from the change history, which keeps no secret.
static QJsonObject withoutStatus(const QJsonObject &object)
{
    QJsonObject out = Change::withoutBookkeeping(Change::redacted(object));
    out.remove(u"status"_s);
    return out;
}

/// The leaf paths a merge patch sets ("spec.defaultRoute"; an array is one leaf).
static void leafPaths(const QJsonObject &patch, const QStringList &prefix, QList<QStringList> *out)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QStringList path = prefix + QStringList {it.key()};
        if (it->isObject() && !it->toObject().isEmpty())
            leafPaths(it->toObject(), path, out);
        else
            out->append(path);
    }
}

/// Whether a merge patch touches none of what someone else changed between `from` and `to`
/// (status and bookkeeping aside): then sending it on their version overwrites nothing of
/// theirs, as `oc patch` would do without a guard.
static bool mergePatchMissesTheirChange(const QByteArray &patch, const QJsonObject &from,
                                        const QJsonObject &to)
{
    const QJsonDocument ours = QJsonDocument::fromJson(patch);
    if (!ours.isObject())
        return false;
    QList<QStringList> mine, theirs;
    leafPaths(ours.object(), {}, &mine);
    leafPaths(Change::mergePatch(withoutStatus(from), withoutStatus(to)), {}, &theirs);
    for (const QStringList &a : std::as_const(mine)) {
        for (const QStringList &b : std::as_const(theirs)) {
            const qsizetype n = qMin(a.size(), b.size());
            if (a.mid(0, n) == b.mid(0, n))
                return false; // one is inside the other
        }
    }
    return true;
}

ChangePlan::ChangePlan(Kube::ClusterSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(session->client())
{ }

void ChangePlan::add(const Change &change)
{
    auto same = [&change](const Staged &s) {
        return s.change.type.qualifiedName() == change.type.qualifiedName()
            && s.change.ns == change.ns && s.change.name == change.name;
    };
    const auto existing = std::find_if(m_staged.begin(), m_staged.end(), same);
    if (existing != m_staged.end() && !m_busy)
        m_staged.erase(existing);
    m_staged.append({change, {}, false, false});
    Q_EMIT changed();
}

void ChangePlan::add(const QList<Change> &changes)
{
    QSignalBlocker quiet(this);
    for (const Change &change : changes)
        add(change);
    quiet.unblock();
    Q_EMIT changed();
}

bool ChangePlan::removeAt(qsizetype index)
{
    if (m_busy || index < 0 || index >= m_staged.size())
        return false;
    m_staged.removeAt(index);
    Q_EMIT changed();
    return true;
}

bool ChangePlan::clear()
{
    if (m_busy)
        return false;
    m_staged.clear();
    Q_EMIT changed();
    return true;
}

bool ChangePlan::canApply() const
{
    return !m_staged.isEmpty() && !m_busy
        && std::all_of(m_staged.cbegin(), m_staged.cend(),
                       [](const Staged &s) { return s.accepted; });
}

void ChangePlan::stopAfterCurrent()
{
    if (m_busy)
        m_stopRequested = true;
}

void ChangePlan::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy)
        m_stopRequested = false;
}

QList<Change> ChangePlan::changes() const
{
    QList<Change> out;
    for (const Staged &s : m_staged)
        out.append(s.change);
    return out;
}

QString ChangePlan::guardFor(const Staged &staged) const
{
    if (!staged.change.guard.isEmpty())
        return staged.change.guard;
    return staged.change.write == Change::Write::Create ? QString()
                                                        : resourceVersionOf(staged.base);
}

ValueReply<QList<ChangeReview>> *ChangePlan::review()
{
    auto *reply = new ValueReply<QList<ChangeReview>>(this);
    if (m_busy) {
        reply->finish(busyError());
        return reply;
    }
    for (Staged &s : m_staged)
        s.accepted = false;
    setBusy(true);
    connect(reply, &Reply::finished, this, [this] { setBusy(false); });
    reviewNext(reply, 0, {});
    return reply;
}

void ChangePlan::reviewNext(ValueReply<QList<ChangeReview>> *reply, qsizetype index,
                            QList<ChangeReview> reviews, int attempt)
{
    if (reply->error())
        return; // aborted
    if (index >= m_staged.size()) {
        reply->finishWith(reviews);
        return;
    }
    const Change &change = m_staged.at(index).change;
    if (change.write == Change::Write::Create) {
        dryRun(reply, index, reviews, {}, attempt);
        return;
    }
    auto *read = reply->follow(m_client->get(change.type, change.ns, change.name));
    connect(read, &Reply::finished, reply, [=, this]() mutable {
        if (reply->error())
            return;
        ChangeReview review;
        if (read->error()) {
            review.verdict = read->error();
            review.request
                = m_staged.at(index).change.request(m_staged.at(index).change.guard).text();
            reviews.append(review);
            reviewNext(reply, index + 1, reviews);
            return;
        }
        Staged &staged = m_staged[index];
        if (staged.change.rebase)
            staged.change = staged.change.rebase(read->value());
        staged.base = read->value();
        staged.hasBase = true;
        review.current = read->value();
        review.currentYaml = Change::yaml(Change::withoutBookkeeping(review.current));
        // A version that moved on status alone (an operator reporting) changed nothing of the
        // object the guarded change was made for: it is guarded by the new version.
        if (!staged.change.guard.isEmpty()
            && staged.change.guard != resourceVersionOf(review.current)
            && withoutStatus(staged.change.expected) == withoutStatus(review.current)) {
            staged.change.guard = resourceVersionOf(review.current);
            staged.change.expected = review.current;
        }
        if (!staged.change.guard.isEmpty()
            && staged.change.guard != resourceVersionOf(review.current)) {
            // Someone changed the object after the change this one would undo: show what they
            // changed, and send nothing.
            const QString expected
                = Change::yaml(Change::withoutBookkeeping(staged.change.expected));
            review.diff = lineDiff(expected, review.currentYaml);
            review.unifiedDiff = unifiedDiff(
                expected, review.currentYaml,
                Tr::tr("%1 (as Berth left it)", "diff header").arg(staged.change.name),
                Tr::tr("%1 (now)", "diff header").arg(staged.change.name));
            review.request = staged.change.request(staged.change.guard).text();
            review.verdict = Error(
                Error::Kind::Conflict,
                Tr::tr("%1 \"%2\" was changed by someone else since; Berth does not overwrite "
                       "their change. Compare the versions, then change it anew.")
                    .arg(staged.change.type.qualifiedName(), staged.change.name),
                u"Conflict"_s, 409);
            reviews.append(review);
            reviewNext(reply, index + 1, reviews);
            return;
        }
        dryRun(reply, index, reviews, review, attempt);
    });
}

void ChangePlan::dryRun(ValueReply<QList<ChangeReview>> *reply, qsizetype index,
                        QList<ChangeReview> reviews, ChangeReview review, int attempt)
{
    const Staged &staged = m_staged.at(index);
    const QString guard = guardFor(staged);
    review.request = staged.change.request(guard).text();
    auto *trial = reply->follow(staged.change.send(m_client, guard, true));
    connect(trial, &Reply::finished, reply, [=, this]() mutable {
        if (reply->error())
            return;
        // A newer version between the read and the dry run (the operator reports every few
        // seconds): read it again, as a review started a moment later would. The review shows
        // the object as it is then; a guarded change (a revert) still refuses a version that
        // someone else changed beyond its status.
        if (trial->error().kind() == Error::Kind::Conflict && attempt < 3
            && m_staged.at(index).change.write != Change::Write::Create)
            return reviewNext(reply, index, reviews, attempt + 1);
        m_staged[index].accepted = !trial->error();
        if (trial->error()) {
            review.verdict = trial->error();
        } else if (m_staged.at(index).change.write != Change::Write::Delete) {
            review.result = trial->value();
            review.resultYaml = Change::yaml(Change::withoutBookkeeping(review.result));
        }
        if (!review.verdict) {
            const QString name = m_staged.at(index).change.name;
            review.diff = lineDiff(review.currentYaml, review.resultYaml);
            review.unifiedDiff = unifiedDiff(
                review.currentYaml, review.resultYaml, Tr::tr("%1 (now)", "diff header").arg(name),
                Tr::tr("%1 (after the change)", "diff header").arg(name));
        }
        reviews.append(review);
        reviewNext(reply, index + 1, reviews);
    });
}

ValueReply<ApplyOutcome> *ChangePlan::apply()
{
    auto *reply = new ValueReply<ApplyOutcome>(this);
    if (m_busy) {
        reply->finish(busyError());
        return reply;
    }
    setBusy(true);
    connect(reply, &Reply::finished, this, [this] { setBusy(false); });
    m_applyServer = m_session->connection().server;
    m_applyUser = m_session->user();
    m_applyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    applyNext(reply, {});
    return reply;
}

void ChangePlan::applyNext(ValueReply<ApplyOutcome> *reply, ApplyOutcome outcome)
{
    if (reply->error())
        return;
    if (m_staged.isEmpty()) {
        reply->finishWith(outcome);
        return;
    }
    if (m_stopRequested) {
        outcome.failed = outcome.applied.size();
        outcome.error = Error::cancelled();
        reply->finishWith(outcome, outcome.error);
        return;
    }
    const Staged &staged = m_staged.constFirst();
    if (staged.hasBase || staged.change.write == Change::Write::Create) {
        send(reply, outcome, staged.base);
        return;
    }
    // Not reviewed: read the object first, to keep what it was for a revert, and to guard the
    // write with its version.
    auto *read
        = reply->follow(m_client->get(staged.change.type, staged.change.ns, staged.change.name));
    connect(read, &Reply::finished, reply, [=, this]() mutable {
        if (reply->error())
            return;
        if (read->error()) {
            outcome.failed = outcome.applied.size();
            outcome.error = read->error();
            reply->finishWith(outcome, outcome.error);
            return;
        }
        Staged &first = m_staged.first();
        if (first.change.rebase)
            first.change = first.change.rebase(read->value());
        first.base = read->value();
        first.hasBase = true;
        send(reply, outcome, read->value());
    });
}

void ChangePlan::send(ValueReply<ApplyOutcome> *reply, ApplyOutcome outcome,
                      const QJsonObject &base, int retries)
{
    const Staged staged = m_staged.constFirst();
    auto *write = reply->follow(staged.change.send(m_client, guardFor(staged), false));
    connect(write, &Reply::finished, reply, [=, this]() mutable {
        if (reply->error())
            return;
        if (write->error()) {
            outcome.failed = outcome.applied.size();
            outcome.error = write->error();
            // The next review reads the object anew.
            m_staged.first().hasBase = false;
            m_staged.first().accepted = false;
            if (write->error().kind() == Error::Kind::Conflict
                && staged.change.write != Change::Write::Create) {
                readTheirs(reply, outcome, base, retries);
                return;
            }
            reply->finishWith(outcome, outcome.error);
            return;
        }
        const QJsonObject after
            = staged.change.write == Change::Write::Delete ? QJsonObject() : write->value();
        outcome.applied.append({staged.change, base, after});
        m_staged.removeFirst();
        // A change without a command is part of the one before it (one oc command can make
        // several writes).
        if (!staged.change.command.isEmpty())
            m_session->commands()->add(staged.change.summary, staged.change.command);
        const ChangeHistory history(m_applyServer);
        const Result<void> recorded
            = history.record(outcome.applied.constLast(), {m_applyUser, m_applyId});
        if (!recorded && staged.change.undoes.isEmpty())
            outcome.warnings.append(Tr::tr("%1 cannot be reverted with Berth: %2")
                                        .arg(staged.change.summary, recorded.error().message()));
        else if (!recorded)
            outcome.warnings.append(
                Tr::tr("%1 is done, but the change history still lists the change it undid: %2")
                    .arg(staged.change.summary, recorded.error().message()));
        Q_EMIT changed();
        applyNext(reply, outcome);
    });
}

void ChangePlan::readTheirs(ValueReply<ApplyOutcome> *reply, ApplyOutcome outcome,
                            const QJsonObject &base, int retries)
{
    const Change &change = m_staged.constFirst().change;
    auto *read = reply->follow(m_client->get(change.type, change.ns, change.name));
    connect(read, &Reply::finished, reply, [=, this]() mutable {
        if (reply->error())
            return;
        // Only the status moved (an operator reports as it works, the registry's every few
        // seconds): the object is still as the change was made for, so it goes again, guarded
        // by the new version. A few times at most; anything else someone changed is theirs.
        // So does a merge patch that touches nothing of what they changed (the registry
        // operator writes the name of the claim it made into the spec).
        Staged &first = m_staged.first();
        const QJsonObject madeFor = first.change.guard.isEmpty() ? base : first.change.expected;
        const bool elsewhere = first.change.write == Change::Write::Patch
            && first.change.patchType == Kube::PatchType::Merge && first.change.guard.isEmpty()
            && mergePatchMissesTheirChange(first.change.patch, madeFor, read->value());
        if (!read->error() && retries < 3 && !madeFor.isEmpty()
            && (elsewhere || withoutStatus(madeFor) == withoutStatus(read->value()))) {
            const QJsonObject now = read->value();
            if (first.change.rebase)
                first.change = first.change.rebase(now);
            if (!first.change.guard.isEmpty()) {
                first.change.guard = resourceVersionOf(now);
                first.change.expected = now;
            }
            first.base = now;
            first.hasBase = true;
            outcome.failed = -1;
            outcome.error = {};
            send(reply, outcome, now, retries + 1);
            return;
        }
        if (!read->error()) {
            outcome.theirs = read->value();
            const QString name
                = read->value().value("metadata"_L1).toObject().value("name"_L1).toString();
            outcome.theirDiff
                = unifiedDiff(Change::yaml(Change::withoutBookkeeping(base)),
                              Change::yaml(Change::withoutBookkeeping(outcome.theirs)),
                              Tr::tr("%1 (when the change was made)", "diff header").arg(name),
                              Tr::tr("%1 (now)", "diff header").arg(name));
        }
        reply->finishWith(outcome, outcome.error);
    });
}

} // namespace Berth::OpenShift
