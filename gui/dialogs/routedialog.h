// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openshift/registryconfig.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Berth::Gui {

/// Asks for a custom route of the registry (`spec.routes[]`), new or changed: a name, a hostname
/// (empty: the router's <name>-openshift-image-registry.<domain>) and the TLS secret a hostname
/// outside the ingress domain needs. Opened again with what was typed when the operator's rules
/// refuse it.
class RouteDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `editing` is the name of the route being changed (empty: a new one); `taken` the names
    /// of the config's other routes, which the route may not take.
    RouteDialog(const OpenShift::RegistryRoute &route, const QString &editing,
                const QStringList &taken, const QString &problem, QWidget *parent = nullptr);

    OpenShift::RegistryRoute route() const;
    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_hostname;
    QLineEdit *m_secret;
    QLabel *m_problem;
    QStringList m_taken;
};

} // namespace Berth::Gui
