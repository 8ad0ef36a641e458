// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Berth::Cli {

/// The text of `berthctl --help` and of `berthctl COMMAND [SUBCOMMAND] --help`: usage, flags and
/// an example, as oc and skopeo print them (on stdout).
class Help
{
    Q_DECLARE_TR_FUNCTIONS(Berthctl)
public:
    /// The help of `topic` ({} for the general one, {"image", "push"}), or empty when there is
    /// no such command.
    static QString text(const QStringList &topic);
};

} // namespace Berth::Cli
