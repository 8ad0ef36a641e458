// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openshift/changeplan.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Berth::Kube {
class ClusterSession;
}

namespace Berth::Gui {

/// The Review pane: every staged change of a plan with the server's dry-run verdict, the diff
/// of the object, the exact request and the `oc` command; Apply All, Discard All, or Close
/// (the changes stay staged). A failed apply keeps what was not applied, says why, and on a
/// conflict shows what someone else changed. Reviews as soon as it opens. A review or an apply
/// the server refused for the login (401: the token expired or was revoked) keeps every change
/// staged, offers Log In (logInRequested()), and once `session` is logged in again the pane
/// reviews them again, for Apply All.
class ReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewDialog(OpenShift::ChangePlan *plan, Kube::ClusterSession *session,
                          QWidget *parent = nullptr);
    ~ReviewDialog() override;

    /// Dry-runs every staged change again.
    void review();
    /// Applies every staged change, in order.
    void apply();
    /// The reviews shown (for tests).
    const QList<OpenShift::ChangeReview> &reviews() const { return m_reviews; }
    QString statusText() const;

    void reject() override;

Q_SIGNALS:
    void reviewed();
    /// apply() ended: `ok` when everything was applied.
    void appliedAll(bool ok);
    /// Log In was pressed, after the server refused the token.
    void logInRequested();

private:
    /// Cancel: a review stops at once, an apply after the change in flight.
    void stop();
    void showChange(int row);
    void fillList();
    void setBusy(bool busy, const QString &text = {});
    void updateButtons();
    /// After a 401: reviews again at once when a login came meanwhile, else offers Log In and
    /// reviews again on the next one. The text to show.
    QString loginLost();

    OpenShift::ChangePlan *m_plan;
    Kube::ClusterSession *m_session;
    bool m_loginLost = false; ///< the server refused the token: review again after a login
    QList<OpenShift::ChangeReview> m_reviews;
    QPointer<Reply> m_reply;
    bool m_applying = false;
    QString m_conflictDiff; ///< after a conflict: what someone else changed
    QListWidget *m_changes;
    QLabel *m_verdict;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_diff;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_command;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_apply;
    QPushButton *m_reviewAgain;
    QPushButton *m_discard;
    QPushButton *m_discardOne;
    QPushButton *m_close;
    QPushButton *m_logIn;
};

} // namespace Berth::Gui
