// SPDX-License-Identifier: Apache-2.0
#include "routedialog.h"

#include "accessibility.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

RouteDialog::RouteDialog(const OpenShift::RegistryRoute &route, const QString &editing,
                         const QStringList &taken, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(route.name, this))
    , m_hostname(new QLineEdit(route.hostname, this))
    , m_secret(new QLineEdit(route.secretName, this))
    , m_problem(new QLabel(this))
    , m_taken(taken)
{
    setWindowTitle(editing.isEmpty() ? tr("Add a Route") : tr("Edit the Route %1").arg(editing));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        editing.isEmpty()
            ? tr("The operator makes the Route: it is added to the registry's config, as oc edit "
                 "would add it under spec.routes.")
            : tr("The operator changes the Route: the route is changed in the registry's "
                 "config under spec.routes, as oc edit would change it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name->setAccessibleName(tr("Route name"));
    m_name->setPlaceholderText(u"public-routes"_s);
    form->addRow(tr("&Name:"), m_name);
    m_hostname->setAccessibleName(tr("Hostname"));
    m_hostname->setPlaceholderText(tr("empty: NAME-openshift-image-registry.<ingress domain>"));
    form->addRow(tr("&Hostname:"), m_hostname);
    m_secret->setAccessibleName(tr("TLS secret"));
    m_secret->setPlaceholderText(tr("a kubernetes.io/tls secret in openshift-image-registry"));
    m_secret->setToolTip(tr("Needed for a hostname outside the ingress domain: the router's "
                            "certificate does not cover it"));
    form->addRow(tr("TLS &secret:"), m_secret);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    describeMessageLabel(m_problem, tr("Problem"));
    showMessage(m_problem, problem);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *stage = buttons->addButton(tr("&Stage"), QDialogButtonBox::AcceptRole);
    stage->setAccessibleName(tr("Stage the route"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RouteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
}

OpenShift::RegistryRoute RouteDialog::route() const
{
    return {m_name->text().trimmed(), m_hostname->text().trimmed(), m_secret->text().trimmed()};
}

void RouteDialog::accept()
{
    const QString name = route().name;
    if (name.isEmpty()) {
        showMessage(m_problem, tr("Name the route."));
        return;
    }
    if (m_taken.contains(name)) {
        showMessage(m_problem,
                    tr("The registry has a route named %1 already: give this one "
                       "another name, or select that one and edit it.")
                        .arg(name));
        return;
    }
    QDialog::accept();
}

} // namespace Berth::Gui
