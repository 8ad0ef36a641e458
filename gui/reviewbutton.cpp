// SPDX-License-Identifier: Apache-2.0
#include "reviewbutton.h"

#include "openshift/changeplan.h"

namespace Berth::Gui {

ReviewButton::ReviewButton(OpenShift::ChangePlan *plan, QWidget *parent)
    : QPushButton(parent)
    , m_plan(plan)
{
    setAccessibleName(tr("Review and apply the staged changes"));
    connect(plan, &OpenShift::ChangePlan::changed, this, &ReviewButton::update);
    update();
}

void ReviewButton::update()
{
    const int staged = int(m_plan->changes().size());
    setEnabled(staged > 0);
    setText(staged > 0 ? tr("Review and A&pply (%n)…", nullptr, staged) : tr("Review and A&pply…"));
}

} // namespace Berth::Gui
