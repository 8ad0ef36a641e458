// SPDX-License-Identifier: Apache-2.0
#include "logindialog.h"

#include "certificatedialog.h"
#include "kube/kubeconfig.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

LoginDialog::LoginDialog(const QStringList &kubeconfigPaths, QWidget *parent)
    : QDialog(parent)
    , m_paths(kubeconfigPaths)
    , m_tabs(new QTabWidget(this))
    , m_paste(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("&Skip certificate verification (insecure)"), this))
    , m_insecureWarning(new QLabel(this))
    , m_contexts(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Log In to OpenShift"));
    connect(&m_login, &Kube::Login::exchanged, this, &LoginDialog::exchanged);

    // Token tab.
    auto *tokenPage = new QWidget(this);
    auto *form = new QFormLayout(tokenPage);
    m_paste->setPlaceholderText(
        u"oc login --token=sha256~… --server=https://api.cluster.example.com:6443"_s);
    m_paste->setAccessibleName(tr("oc login command"));
    m_paste->setToolTip(tr("Paste the command of the web console's \"Copy login command\" page."));
    form->addRow(tr("&Paste oc login:"), m_paste);
    m_server->setPlaceholderText(u"https://api.cluster.example.com:6443"_s);
    m_server->setAccessibleName(tr("API server"));
    form->addRow(tr("API &server:"), m_server);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(u"sha256~…"_s);
    m_token->setAccessibleName(tr("Token"));
    form->addRow(tr("&Token:"), m_token);
    auto *caRow = new QHBoxLayout;
    m_caFile->setAccessibleName(tr("Certificate authority file"));
    m_caFile->setPlaceholderText(tr("optional: the cluster's CA, PEM"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Browse for the certificate authority file"));
    connect(browse, &QToolButton::clicked, this, &LoginDialog::chooseCertificateAuthority);
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("&Certificate authority:"), tokenPage);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    m_insecure->setAccessibleName(tr("Skip certificate verification"));
    form->addRow(QString(), m_insecure);
    m_insecureWarning->setText(
        tr("<b>Warning:</b> without verification anyone on the network path can read your "
           "token and change what Berth sends. Prefer trusting the certificate."));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setVisible(false);
    m_insecureWarning->setAccessibleName(tr("Insecure connection warning"));
    form->addRow(QString(), m_insecureWarning);
    connect(m_insecure, &QCheckBox::toggled, m_insecureWarning, &QWidget::setVisible);
    connect(m_paste, &QLineEdit::textChanged, this, &LoginDialog::fillFromCommand);
    m_tabs->addTab(tokenPage, tr("Server and Token"));

    // Context tab.
    auto *contextPage = new QWidget(this);
    auto *contextForm = new QFormLayout(contextPage);
    m_contexts->setAccessibleName(tr("Kubeconfig context"));
    contextForm->addRow(tr("C&ontext:"), m_contexts);
    auto *contextHint = new QLabel(tr("Contexts of %1").arg(m_paths.join(u':')), contextPage);
    contextHint->setWordWrap(true);
    contextForm->addRow(QString(), contextHint);
    m_tabs->addTab(contextPage, tr("Kubeconfig Context"));
    if (auto config = Kube::KubeConfig::load(m_paths)) {
        m_contexts->addItems(config->contextNames());
        m_contexts->setCurrentText(config->currentContext());
    }
    m_tabs->setTabEnabled(1, m_contexts->count() > 0);
    m_tabs->setAccessibleName(tr("Login method"));

    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Login progress"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Login status"));

    QPushButton *ok = m_buttons->addButton(tr("&Log In"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    ok->setAccessibleName(tr("Log in"));
    m_buttons->addButton(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    m_server->setFocus();
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setText(server);
    m_tabs->setCurrentIndex(0);
    m_token->setFocus();
    m_status->setText(
        tr("Your session has expired. Enter a new token to continue where you were."));
}

void LoginDialog::fillFromCommand(const QString &commandLine)
{
    if (commandLine.trimmed().isEmpty())
        return;
    const auto request = Kube::Login::parseOcLoginCommand(commandLine);
    if (!request) {
        m_status->setText(request.error().message());
        return;
    }
    m_server->setText(request->server);
    m_token->setText(request->token);
    if (!request->certificateAuthorityFile.isEmpty())
        m_caFile->setText(request->certificateAuthorityFile);
    m_insecure->setChecked(request->insecureSkipTlsVerify);
    m_status->clear();
}

void LoginDialog::chooseCertificateAuthority()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Certificate Authority"), {}, tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void LoginDialog::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    m_tabs->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(busy ? tr("&Stop") : tr("Cancel"));
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!busy);
    }
    m_status->setText(text);
}

void LoginDialog::showError(const QString &text)
{
    setBusy(false);
    m_status->setText(u"<span style='color:%1'>%2</span>"_s.arg(
        errorColor(palette()).name(), text.toHtmlEscaped().replace(u'\n', u"<br>"_s)));
}

void LoginDialog::accept()
{
    if (m_reply)
        return;
    if (m_tabs->currentIndex() == 1) {
        m_contextName = m_contexts->currentText();
        m_command = {};
        QDialog::accept();
        return;
    }
    Kube::LoginRequest request;
    request.server = m_server->text().trimmed();
    request.token = m_token->text().trimmed();
    request.certificateAuthorityFile = m_caFile->text().trimmed();
    request.insecureSkipTlsVerify = m_insecure->isChecked();
    request.kubeconfigPaths = m_paths;
    if (request.server.isEmpty() || request.token.isEmpty()) {
        showError(tr("Enter the API server and a token, or paste an oc login command."));
        (request.server.isEmpty() ? m_server : m_token)->setFocus();
        return;
    }
    runLogin(request);
}

void LoginDialog::runLogin(const Kube::LoginRequest &request)
{
    setBusy(true, tr("Connecting to %1…").arg(request.server));
    m_reply = m_login.run(request);
    connect(m_reply, &Reply::finished, this, [this, reply = m_reply.data(), request] {
        m_reply = nullptr;
        if (reply->error().kind() == Error::Kind::Cancelled) {
            setBusy(false, tr("Stopped. Nothing was changed."));
            return;
        }
        if (reply->error().kind() == Error::Kind::Tls && !reply->presentedChain().isEmpty()
            && request.trustedCertificate.isEmpty()) {
            setBusy(false);
            CertificateDialog dialog(request.server, reply->presentedChain(),
                                     CertificateDialog::Pin::Cluster, this);
            if (dialog.exec() != QDialog::Accepted) {
                showError(tr("The certificate was not trusted. Nothing was changed."));
                return;
            }
            Kube::LoginRequest pinned = request;
            pinned.trustedCertificate = dialog.certificateToTrust().toPem();
            runLogin(pinned);
            return;
        }
        if (reply->error()) {
            showError(reply->error().message());
            return;
        }
        m_contextName = reply->value().contextName;
        m_command = Kube::Login::ocCommand(request, reply->value().server);
        setBusy(false);
        QDialog::accept();
    });
}

void LoginDialog::reject()
{
    if (m_reply) {
        m_reply->abort();
        return;
    }
    QDialog::reject();
}

} // namespace Berth::Gui
