// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "await.h"
#include "dialogs/reviewdialog.h"
#include "finder.h"
#include "kube/clustersession.h"
#include "openshift/changeplan.h"
#include "sandboxprocess.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace Berth::Test {

/// What the page tests share: a fresh berth-sandbox for each test, a session on it (opened by
/// the test, or by the page under test), the plan the page stages into, and a change history
/// of its own (a sandbox may get the port of an earlier one).
class PageFixture
{
protected:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<Kube::ClusterSession> m_session;
    std::unique_ptr<OpenShift::ChangePlan> m_plan;
    std::unique_ptr<QTemporaryDir> m_state;

    /// In each test's init(): false (with the sandbox's errorString()) when it did not start.
    bool setUp()
    {
        m_state = std::make_unique<QTemporaryDir>();
        qputenv("XDG_STATE_HOME", m_state->path().toUtf8());
        m_sandbox = std::make_unique<SandboxProcess>();
        if (!m_sandbox->start())
            return false;
        m_session = std::make_unique<Kube::ClusterSession>();
        m_session->setKubeconfigPaths({m_sandbox->kubeconfig()});
        m_plan = std::make_unique<OpenShift::ChangePlan>(m_session.get());
        return true;
    }
    void tearDown()
    {
        m_plan.reset();
        m_session.reset();
        m_sandbox.reset();
    }
    /// The session's kubeconfig becomes one of `identity`, made by berthctl login.
    bool useIdentity(const QString &identity)
    {
        const QString config = m_sandbox->logIn(identity);
        if (config.isEmpty())
            return false;
        m_session->setKubeconfigPaths({config});
        return true;
    }
    /// A Review pane over the plan: reviewed, then Apply All; true when every change went
    /// through.
    bool reviewAndApply()
    {
        Gui::ReviewDialog dialog(m_plan.get(), m_session.get());
        dialog.show();
        QSignalSpy reviewed(&dialog, &Gui::ReviewDialog::reviewed);
        QSignalSpy appliedAll(&dialog, &Gui::ReviewDialog::appliedAll);
        if (!await(reviewed))
            return false;
        auto *apply = named<QPushButton>(&dialog, QStringLiteral("Apply all staged changes"));
        if (!apply->isEnabled())
            return false;
        apply->click();
        return await(appliedAll) && appliedAll.first().first().toBool();
    }
};

/// Drives the modal Review panes a window opens: each is reviewed, applied (or, with
/// closeOnly, only closed) and closed whatever happens, so that a failure cannot leave a modal
/// dialog waiting. Looks for a pane every 50 ms while armed; arm() before the action that opens
/// one. `applied` counts the panes whose changes all went through.
class ReviewPaneDriver : public QObject
{
public:
    ReviewPaneDriver()
    {
        m_timer.setInterval(50);
        connect(&m_timer, &QTimer::timeout, this, &ReviewPaneDriver::poll);
    }
    void arm(bool closeOnly = false)
    {
        m_closeOnly = closeOnly;
        m_timer.start();
    }
    int applied = 0;

private:
    void poll()
    {
        auto *dialog = qobject_cast<Gui::ReviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        m_timer.stop();
        if (m_closeOnly) {
            dialog->reject(); // Close, while its review may still run
            return;
        }
        auto *apply = named<QPushButton>(dialog, QStringLiteral("Apply all staged changes"));
        QSignalSpy done(dialog, &Gui::ReviewDialog::appliedAll);
        // What the pane said, for the log of a run where it did not apply.
        auto said = [dialog] {
            QStringList texts;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                if (label->isVisible() && !label->text().isEmpty())
                    texts.append(label->text());
            return texts.join(QStringLiteral(" | "));
        };
        if (!QTest::qWaitFor([apply] { return apply->isEnabled(); }, 30000)) {
            qWarning("Review pane: Apply stayed disabled: %s", qPrintable(said()));
        } else {
            apply->click();
            if (!QTest::qWaitFor([&done] { return !done.isEmpty(); }, 30000))
                qWarning("Review pane: apply did not finish: %s", qPrintable(said()));
            else if (!done.first().first().toBool())
                qWarning("Review pane: apply failed: %s", qPrintable(said()));
            else
                ++applied;
        }
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    }

    QTimer m_timer;
    bool m_closeOnly = false;
};

} // namespace Berth::Test
