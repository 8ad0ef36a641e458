// SPDX-License-Identifier: Apache-2.0
#include "addregistrydialog.h"

#include "accessibility.h"
#include "oci/imagereference.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

AddRegistryDialog::AddRegistryDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_save(new QCheckBox(tr("&Save the login in auth.json (as podman login does)"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add Registry"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Browse another registry by its address. Leave the login empty "
                                "to use the one auth.json or Docker's config.json holds for it. "
                                "The cluster's token goes to no host but the cluster's own "
                                "registry."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_host->setAccessibleName(tr("Registry address"));
    m_host->setPlaceholderText(u"registry.example.com:5000"_s);
    form->addRow(tr("&Address:"), m_host);
    m_user->setAccessibleName(tr("User name"));
    form->addRow(tr("&User:"), m_user);
    m_password->setAccessibleName(tr("Password or token"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_save->setAccessibleName(tr("Save the login in auth.json"));
    m_save->setChecked(true);
    form->addRow(QString(), m_save);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    describeMessageLabel(m_problem, tr("Problem"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    add->setAccessibleName(tr("Add the registry"));
    add->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddRegistryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_host->setFocus();
}

QString AddRegistryDialog::host() const
{
    QString host = m_host->text().trimmed();
    for (const QString &scheme : {u"docker://"_s, u"https://"_s})
        if (host.startsWith(scheme))
            host = host.mid(scheme.size());
    while (host.endsWith(u'/'))
        host.chop(1);
    return host;
}

std::optional<Workstation::Credential> AddRegistryDialog::credential() const
{
    if (m_user->text().trimmed().isEmpty() && m_password->text().isEmpty())
        return std::nullopt;
    return Workstation::Credential {m_user->text().trimmed(), m_password->text(), {}};
}

bool AddRegistryDialog::saveLogin() const
{
    return credential() && m_save->isChecked();
}

void AddRegistryDialog::accept()
{
    if (!Oci::isValidRegistryHost(host())) {
        showMessage(m_problem,
                    tr("\"%1\" is not a registry address: type HOST or HOST:PORT, such as "
                       "registry.example.com:5000.")
                        .arg(m_host->text().trimmed()));
        m_host->setFocus();
        return;
    }
    if (m_user->text().trimmed().isEmpty() != m_password->text().isEmpty()) {
        showMessage(m_problem,
                    tr("Type both the user and the password, or neither to use a saved login."));
        (m_user->text().trimmed().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Berth::Gui
