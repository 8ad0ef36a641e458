// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace Berth::Test {

class SandboxProcess;

/// The procedure's steps 1 to 4 and 8 exactly as the seed's `oc` commands do them, run with
/// kubectl on `sandbox`, then a wait until the operator has written its claim's name into the
/// config. Empty on success, else what failed.
QString runSeedSteps(SandboxProcess *sandbox);

/// What those steps touch (the storage classes, the registry config, team-a's RoleBindings)
/// without the bookkeeping of the server and the operator, as kubectl reads it. A failed kubectl
/// shows in the result, so that it never compares equal to anything real.
QJsonObject seedStepsState(SandboxProcess *sandbox);

/// How `ours` differs from `theirs`: each differing part with both sides; empty when the same.
QString seedStepsDifference(const QJsonObject &ours, const QJsonObject &theirs);

} // namespace Berth::Test
