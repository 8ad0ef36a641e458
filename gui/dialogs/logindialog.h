// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/login.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTabWidget;

namespace Berth::Gui {

/// Log in: a kubeconfig context, or a server and an `oc` token (typed, or a pasted
/// `oc login` command line). An untrusted certificate is shown for the user to pin or refuse.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const QStringList &kubeconfigPaths, QWidget *parent = nullptr);

    /// For a re-login after the token expired: the server is filled in, the token asked.
    void setServer(const QString &server);
    /// The context to open after the dialog was accepted.
    QString contextName() const { return m_contextName; }
    /// The `oc` command equivalent to what was done, empty for a context.
    Command equivalentCommand() const { return m_command; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void exchanged(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs);

private:
    void runLogin(const Kube::LoginRequest &request);
    void setBusy(bool busy, const QString &text = {});
    void showError(const QString &text);
    void fillFromCommand(const QString &commandLine);
    void chooseCertificateAuthority();

    QStringList m_paths;
    Kube::Login m_login;
    QPointer<Kube::LoginReply> m_reply;
    QTabWidget *m_tabs;
    QLineEdit *m_paste;
    QLineEdit *m_server;
    QLineEdit *m_token;
    QLineEdit *m_caFile;
    QCheckBox *m_insecure;
    QLabel *m_insecureWarning;
    QComboBox *m_contexts;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QString m_contextName;
    Command m_command;
};

} // namespace Berth::Gui
