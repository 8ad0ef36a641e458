// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"
#include "openshift/registryconfig.h"

#include <QObject>
#include <QPointer>

namespace Berth {
class Reply;
namespace OpenShift {
class ChangePlan;
}
} // namespace Berth

namespace Berth::Gui {

/// Plans settings of the registry's config with the operator's rules and stages the change:
/// what the Registry and Routes pages share. One planning at a time; a new one replaces it.
class RegistryStager final : public QObject
{
    Q_OBJECT
public:
    RegistryStager(Kube::KubeClient *client, OpenShift::ChangePlan *plan,
                   QObject *parent = nullptr);

    void stage(const OpenShift::RegistrySettings &settings);
    /// A planning is running (not once it finished, while its finished() is being handled).
    bool isBusy() const { return m_planning && !m_planning->isFinished(); }

Q_SIGNALS:
    /// Planning finished: `staged` when a change went into the plan; `message` says the
    /// operator's refusal, or its warnings, or that the config already says that.
    void finished(bool staged, const QString &message);

private:
    OpenShift::RegistryConfig m_config;
    OpenShift::ChangePlan *m_plan;
    QPointer<Reply> m_planning;
};

} // namespace Berth::Gui
