// SPDX-License-Identifier: Apache-2.0
#include "registrystager.h"

#include "openshift/changeplan.h"

namespace Berth::Gui {

RegistryStager::RegistryStager(Kube::KubeClient *client, OpenShift::ChangePlan *plan,
                               QObject *parent)
    : QObject(parent)
    , m_config(client)
    , m_plan(plan)
{ }

void RegistryStager::stage(const OpenShift::RegistrySettings &settings)
{
    if (m_planning)
        m_planning->abort();
    auto *reply = m_config.plan(settings);
    m_planning = reply;
    connect(reply, &Reply::finished, this, [this, reply] {
        if (reply->error()) {
            // The operator's own words (an RWO claim with 2 replicas…): the caller keeps
            // what the user asked for.
            if (reply->error().kind() != Error::Kind::Cancelled)
                Q_EMIT finished(false, reply->error().message());
            return;
        }
        const OpenShift::RegistryPlan &plan = reply->value();
        QStringList lines;
        for (const QString &warning : plan.warnings)
            lines.append(tr("Warning: %1.").arg(warning));
        if (!plan.change)
            lines.append(tr("The registry's config already says that; nothing to change."));
        else
            m_plan->add(*plan.change);
        Q_EMIT finished(plan.change.has_value(), lines.join(u'\n'));
    });
}

} // namespace Berth::Gui
