// SPDX-License-Identifier: Apache-2.0
#include "reviewdialog.h"

#include "accessibility.h"
#include "editor/diffhighlighter.h"
#include "kube/clustersession.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

static QPlainTextEdit *makeText(const QString &name, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setAccessibleName(name);
    // Read-only text: Tab moves on instead of being typed.
    text->setTabChangesFocus(true);
    text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    return text;
}

ReviewDialog::ReviewDialog(OpenShift::ChangePlan *plan, Kube::ClusterSession *session,
                           QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_session(session)
    , m_changes(new QListWidget(this))
    , m_verdict(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_diff(makeText(tr("Diff of the object"), this))
    , m_request(makeText(tr("Request sent to the server"), this))
    , m_command(makeText(tr("Equivalent oc command"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_copy(new QPushButton(tr("C&opy Command"), this))
    , m_apply(new QPushButton(QIcon(u":/icons/ok.svg"_s), tr("&Apply All"), this))
    , m_reviewAgain(new QPushButton(tr("Re&view Again"), this))
    , m_discard(new QPushButton(tr("&Discard All"), this))
    , m_discardOne(new QPushButton(tr("Discard &Selected"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_logIn(new QPushButton(QIcon(u":/icons/login.svg"_s), tr("&Log In…"), this))
{
    setWindowTitle(tr("Review Changes"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each change was sent to the server as a dry run: nothing is "
                                "changed until you apply."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *splitter = new QSplitter(this);
    m_changes->setAccessibleName(tr("Staged changes"));
    letTabLeave(m_changes);
    splitter->addWidget(m_changes);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    describeMessageLabel(m_verdict, tr("The server's verdict"));
    rightLayout->addWidget(m_verdict);
    new DiffHighlighter(m_diff->document());
    m_tabs->addTab(m_diff, tr("D&iff"));
    m_tabs->addTab(m_request, tr("Re&quest"));
    auto *commandPage = new QWidget(m_tabs);
    auto *commandLayout = new QVBoxLayout(commandPage);
    commandLayout->addWidget(m_command);
    m_copy->setAccessibleName(tr("Copy the oc command"));
    commandLayout->addWidget(m_copy, 0, Qt::AlignRight);
    m_tabs->addTab(commandPage, tr("oc Co&mmand"));
    m_tabs->setAccessibleName(tr("Details of the change"));
    rightLayout->addWidget(m_tabs);
    splitter->addWidget(right);
    m_changes->setWordWrap(true);
    splitter->setSizes({280, 620});
    layout->addWidget(splitter, 1);

    auto *statusRow = new QHBoxLayout;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    describeMessageLabel(m_status, tr("Review status"));
    statusRow->addWidget(m_status, 1);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Working"));
    statusRow->addWidget(m_progress);
    m_cancel->setAccessibleName(tr("Stop the review or the apply"));
    statusRow->addWidget(m_cancel);
    m_logIn->setAccessibleName(tr("Log in again"));
    m_logIn->hide(); // until the server refuses the token
    statusRow->addWidget(m_logIn);
    layout->addLayout(statusRow);

    auto *buttons = new QHBoxLayout;
    m_discard->setAccessibleName(tr("Discard all staged changes"));
    buttons->addWidget(m_discard);
    m_discardOne->setAccessibleName(tr("Discard the selected change"));
    buttons->addWidget(m_discardOne);
    buttons->addStretch();
    m_reviewAgain->setAccessibleName(tr("Review the staged changes again"));
    buttons->addWidget(m_reviewAgain);
    m_apply->setAccessibleName(tr("Apply all staged changes"));
    // No default button: Enter never applies cluster changes by accident.
    for (QPushButton *b :
         {m_apply, m_reviewAgain, m_discard, m_close, m_cancel, m_copy, m_discardOne, m_logIn})
        b->setAutoDefault(false);
    buttons->addWidget(m_apply);
    m_close->setAccessibleName(tr("Close, keeping the changes staged"));
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    // Tab in screen order: the status row, then the buttons from left to right.
    orderTabs({m_cancel, m_logIn, m_discard, m_discardOne, m_reviewAgain, m_apply, m_close});

    connect(m_changes, &QListWidget::currentRowChanged, this, [this](int row) {
        showChange(row);
        updateButtons();
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_command->toPlainText()); });
    connect(m_cancel, &QPushButton::clicked, this, &ReviewDialog::stop);
    connect(m_apply, &QPushButton::clicked, this, &ReviewDialog::apply);
    connect(m_logIn, &QPushButton::clicked, this, &ReviewDialog::logInRequested);
    connect(session, &Kube::ClusterSession::opened, this, [this] {
        if (!m_loginLost || m_reply)
            return; // a review or apply still running sees the login when it ends
        m_loginLost = false;
        m_logIn->hide();
        review();
    });
    connect(m_reviewAgain, &QPushButton::clicked, this, &ReviewDialog::review);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_plan->clear())
            QDialog::reject();
    });
    connect(m_discardOne, &QPushButton::clicked, this, [this] {
        const int row = m_changes->currentRow();
        if (!m_plan->removeAt(row))
            return;
        // The reviews of the others still hold: the plan's order is theirs.
        if (row < m_reviews.size())
            m_reviews.removeAt(row);
        fillList();
        updateButtons();
        if (m_plan->isEmpty())
            QDialog::reject();
    });
    connect(m_close, &QPushButton::clicked, this, &ReviewDialog::reject);

    fillList();
    setBusy(false);
    QTimer::singleShot(0, this, &ReviewDialog::review);
}

QString ReviewDialog::statusText() const
{
    return m_status->text();
}

void ReviewDialog::fillList()
{
    const int current = qMax(0, m_changes->currentRow());
    m_changes->clear();
    const QList<OpenShift::Change> changes = m_plan->changes();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        auto *item = new QListWidgetItem(changes.at(i).summary, m_changes);
        if (i < m_reviews.size()) {
            const bool refused = bool(m_reviews.at(i).verdict);
            item->setIcon(QIcon(refused ? u":/icons/warning.svg"_s : u":/icons/ok.svg"_s));
            item->setData(Qt::AccessibleDescriptionRole,
                          refused ? tr("refused by the server") : tr("accepted by the dry run"));
        }
    }
    if (m_changes->count() > 0)
        m_changes->setCurrentRow(qMin(current, m_changes->count() - 1));
    else
        showChange(-1);
}

void ReviewDialog::showChange(int row)
{
    const QList<OpenShift::Change> changes = m_plan->changes();
    if (row < 0 || row >= changes.size()) {
        m_verdict->clear();
        m_diff->setPlainText(m_conflictDiff);
        m_request->clear();
        m_command->clear();
        return;
    }
    const OpenShift::Change &change = changes.at(row);
    m_command->setPlainText(change.command.toShell());
    if (row == 0 && !m_conflictDiff.isEmpty()) {
        showMessage(m_verdict,
                    tr("Someone else changed this object since it was reviewed; their "
                       "change is below. Review again to apply yours on top of it."));
        m_diff->setPlainText(m_conflictDiff);
        m_request->setPlainText(change.request(change.guard).text());
        return;
    }
    if (row >= m_reviews.size()) {
        showMessage(m_verdict, tr("Not reviewed yet."));
        m_diff->clear();
        m_request->setPlainText(change.request(change.guard).text());
        return;
    }
    const OpenShift::ChangeReview &review = m_reviews.at(row);
    showMessage(m_verdict,
                review.verdict
                    ? tr("The server would refuse this change: %1").arg(review.verdict.message())
                    : tr("The server accepts this change."));
    m_diff->setPlainText(review.unifiedDiff.isEmpty() && !review.verdict
                             ? tr("(no difference: the object already looks like this)")
                             : review.unifiedDiff);
    m_request->setPlainText(review.request);
}

void ReviewDialog::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (!text.isEmpty() || busy)
        showMessage(m_status, text);
    updateButtons();
}

void ReviewDialog::updateButtons()
{
    const bool busy = !m_reply.isNull();
    const bool empty = m_plan->isEmpty();
    m_apply->setEnabled(!busy && m_plan->canApply());
    m_reviewAgain->setEnabled(!busy && !empty);
    m_discard->setEnabled(!busy && !empty);
    m_discardOne->setEnabled(!busy && m_changes->currentRow() >= 0);
}

void ReviewDialog::review()
{
    if (m_reply || m_plan->isEmpty()) {
        if (m_plan->isEmpty())
            showMessage(m_status, tr("Nothing is staged."));
        return;
    }
    m_reviews.clear();
    m_conflictDiff.clear();
    auto *reply = m_plan->review();
    m_reply = reply;
    setBusy(true, tr("Sending a dry run of each change…"));
    connect(reply, &Reply::finished, this, [this, reply] {
        m_reply = nullptr;
        if (reply->error()) {
            setBusy(false,
                    reply->error().kind() == Error::Kind::Cancelled
                        ? tr("Review stopped. Nothing was changed.")
                        : reply->error().message());
            return;
        }
        m_reviews = reply->value();
        const auto refused = std::count_if(m_reviews.cbegin(), m_reviews.cend(),
                                           [](const auto &r) { return bool(r.verdict); });
        fillList();
        const bool loginLost = std::any_of(m_reviews.cbegin(), m_reviews.cend(), [](const auto &r) {
            return r.verdict.kind() == Error::Kind::Unauthorized;
        });
        if (loginLost) {
            setBusy(false, this->loginLost());
            Q_EMIT reviewed();
            return;
        }
        setBusy(false,
                refused == 0
                    ? tr("The server accepts all %n change(s).", nullptr, int(m_reviews.size()))
                    : tr("The server would refuse %n change(s); nothing can be applied "
                         "until they are fixed or discarded.",
                         nullptr, int(refused)));
        Q_EMIT reviewed();
    });
}

void ReviewDialog::apply()
{
    if (m_reply || m_plan->isEmpty())
        return;
    auto *reply = m_plan->apply();
    m_reply = reply;
    m_applying = true;
    setBusy(true, tr("Applying…"));
    connect(reply, &Reply::finished, this, [this, reply] {
        m_reply = nullptr;
        m_applying = false;
        const OpenShift::ApplyOutcome outcome = reply->value();
        m_reviews.clear();
        if (!reply->error()) {
            const QString applied
                = tr("Applied %n change(s).", nullptr, int(outcome.applied.size()));
            Q_EMIT appliedAll(true);
            // A history that could not be written stays on screen until the user closes it.
            if (outcome.warnings.isEmpty())
                accept();
            setBusy(false, (QStringList {applied} + outcome.warnings).join(u' '));
            return;
        }
        m_conflictDiff = outcome.theirDiff;
        fillList();
        const QString applied
            = tr("%n change(s) applied before it stopped.", nullptr, int(outcome.applied.size()));
        const Error::Kind kind = reply->error().kind();
        if (kind == Error::Kind::Unauthorized) {
            setBusy(false, applied + u' ' + loginLost());
        } else {
            const QString why
                = kind == Error::Kind::Cancelled ? tr("Stopped.") : reply->error().message();
            setBusy(false,
                    why + u' ' + applied + u' '
                        + tr("The rest are still staged: review them again."));
        }
        Q_EMIT appliedAll(false);
    });
}

QString ReviewDialog::loginLost()
{
    if (m_session->isOpen() && !m_session->isExpired()) {
        // Logged in again while this review or apply was still waiting for the server.
        QTimer::singleShot(0, this, &ReviewDialog::review);
        return {};
    }
    m_loginLost = true;
    m_logIn->show();
    return tr("The server no longer takes this login (the token expired or was revoked). Log "
              "in again: the changes stay staged, and are reviewed again once you have.");
}

void ReviewDialog::stop()
{
    if (!m_reply)
        return;
    if (m_applying) {
        // Never in the middle of a write: the one in flight finishes, then it stops.
        m_plan->stopAfterCurrent();
        showMessage(m_status, tr("Stopping after the change being sent…"));
        return;
    }
    m_reply->abort();
}

void ReviewDialog::reject()
{
    // An apply is let finish the write in flight (the pane stays to say what happened); a
    // review has sent nothing for real and just stops.
    if (m_applying) {
        stop();
        return;
    }
    if (m_reply)
        m_reply->abort();
    QDialog::reject();
}

ReviewDialog::~ReviewDialog()
{
    // Closed while busy (done() skips reject()): nothing of it outlives the pane but a write
    // in flight, which the plan finishes.
    if (m_applying)
        m_plan->stopAfterCurrent();
    else if (m_reply)
        m_reply->abort();
}

} // namespace Berth::Gui
