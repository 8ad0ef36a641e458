// SPDX-License-Identifier: Apache-2.0
#include "projectchoices.h"

#include "openshift/imagestreams.h"

#include <QComboBox>

namespace Berth::Gui {

void offerProjects(Kube::KubeClient *client, QComboBox *combo)
{
    auto *streams = new OpenShift::ImageStreams(client, combo);
    auto *projects = streams->projects();
    QObject::connect(projects, &Reply::finished, combo, [combo, projects, streams] {
        streams->deleteLater();
        if (projects->error())
            return;
        const QString typed = combo->currentText();
        combo->addItems(projects->value());
        combo->setEditText(typed);
    });
}

} // namespace Berth::Gui
