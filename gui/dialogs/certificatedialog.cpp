// SPDX-License-Identifier: Apache-2.0
#include "certificatedialog.h"

#include "accessibility.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

CertificateDialog::CertificateDialog(const QString &host, const Tls::PresentedChain &chain, Pin pin,
                                     QWidget *parent)
    : QDialog(parent)
    , m_chain(chain)
    , m_list(new QListWidget(this))
    , m_details(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Untrusted Certificate"));
    auto *layout = new QVBoxLayout(this);
    auto *problems
        = new QLabel(u"<b>%1</b>"_s.arg(chain.problems().join(u"<br>"_s).toHtmlEscaped()), this);
    problems->setWordWrap(true);
    describeMessageLabel(problems, tr("Problem"));
    layout->addWidget(problems);
    const QString then = pin == Pin::Cluster
        ? tr("Berth then pins it for this cluster; it does not turn verification off.")
        : tr("Berth then writes it as this registry's CA for you (rootless Podman, skopeo and "
             "Berth read it); it does not turn verification off.");
    auto *intro = new QLabel(
        tr("%1 presented the certificates below. The selected one is what Berth would trust "
           "(the chain's root when it was sent): trust it only if its SHA-256 fingerprint "
           "matches the one your cluster administrator gave you.")
                .arg(host.toHtmlEscaped())
            + u' ' + then,
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *chainLabel = new QLabel(tr("Certificate &chain:"), this);
    chainLabel->setBuddy(m_list);
    layout->addWidget(chainLabel);
    m_list->setAccessibleName(tr("Certificate chain"));
    for (const QSslCertificate &c : chain.certificates)
        m_list->addItem(Tls::CertificateInfo::from(c).subject);
    m_list->setMaximumHeight(90);
    layout->addWidget(m_list);

    auto *detailsLabel = new QLabel(tr("&Details:"), this);
    detailsLabel->setBuddy(m_details);
    layout->addWidget(detailsLabel);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Certificate details"));
    m_details->setMinimumSize(560, 170);
    layout->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust
        = buttons->addButton(tr("&Trust This Certificate"), QDialogButtonBox::AcceptRole);
    trust->setAccessibleName(tr("Trust this certificate"));
    trust->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &CertificateDialog::showCertificate);
    // Show the certificate that would be pinned.
    const int anchor = int(chain.certificates.indexOf(chain.anchor()));
    m_list->setCurrentRow(anchor >= 0 ? anchor : 0);
    cancel->setFocus();
}

void CertificateDialog::showCertificate(int row)
{
    if (row < 0 || row >= m_chain.certificates.size())
        return;
    m_details->setPlainText(
        Tls::describe(Tls::CertificateInfo::from(m_chain.certificates.at(row))));
}

} // namespace Berth::Gui
