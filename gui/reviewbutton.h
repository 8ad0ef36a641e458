// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPushButton>

namespace Berth::OpenShift {
class ChangePlan;
}

namespace Berth::Gui {

/// "Review and Apply (3)…" on every page that stages changes: it counts what the plan holds,
/// and is enabled while the plan holds something.
class ReviewButton final : public QPushButton
{
    Q_OBJECT
public:
    explicit ReviewButton(OpenShift::ChangePlan *plan, QWidget *parent = nullptr);

private:
    void update();

    OpenShift::ChangePlan *m_plan;
};

} // namespace Berth::Gui
