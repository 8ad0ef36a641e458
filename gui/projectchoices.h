// SPDX-License-Identifier: Apache-2.0
#pragma once

class QComboBox;

namespace Berth::Kube {
class KubeClient;
}

namespace Berth::Gui {

/// Adds the projects the user can see (as `oc projects` lists them) to an editable combo box,
/// after the items it has, keeping what is typed in it. A user who may not list projects
/// types one; nothing is said.
void offerProjects(Kube::KubeClient *client, QComboBox *combo);

} // namespace Berth::Gui
