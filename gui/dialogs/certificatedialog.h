// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tls/certificateinfo.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;

namespace Berth::Gui {

/// Shows the chain a server presented and why it is not trusted, and asks whether to trust
/// (pin) its anchor. Cancel is the default button.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
public:
    /// What trusting does, as the dialog says it.
    enum class Pin {
        Cluster, ///< pinned in the kubeconfig for this cluster's API
        Registry, ///< written as the registry's CA in ~/.config/containers/certs.d
    };

    CertificateDialog(const QString &host, const Tls::PresentedChain &chain, Pin pin,
                      QWidget *parent = nullptr);

    /// The certificate to pin when the user chose to trust.
    QSslCertificate certificateToTrust() const { return m_chain.anchor(); }

private:
    void showCertificate(int row);

    Tls::PresentedChain m_chain;
    QListWidget *m_list;
    QPlainTextEdit *m_details;
};

} // namespace Berth::Gui
