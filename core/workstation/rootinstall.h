// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "certsdir.h"
#include "common/command.h"
#include "common/reply.h"

namespace Berth::Workstation {

/// The command that writes the system `stores` as root through polkit, berthctl's helper mode:
/// `pkexec BERTHCTL trust install-ca --store S [--store S] --host HOST [--replace]`, with the
/// CA (PEM) as its input. `berthctl` is the helper's absolute path (helperProgram()).
Command installAsRootCommand(const QString &berthctl, const QList<CertsStore> &stores,
                             const QString &host, const QList<QSslCertificate> &ca,
                             ExistingCa existing);

/// The berthctl that a desktop program hands to pkexec: the one beside it, else the one on
/// PATH; empty when there is none.
QString helperProgram();

/// Runs a command of installAsRootCommand(), the CA on its standard input; pkexec asks for the
/// password through the session's polkit agent, so there is no time limit. Finishes with what
/// the helper said it wrote (a line per store), or with an error that says the write did not
/// happen and why (pkexec missing, the dialog dismissed, not authorized, the helper's own
/// refusal). Aborting it kills pkexec.
ValueReply<QString> *installAsRoot(const Command &command, QObject *parent = nullptr);

} // namespace Berth::Workstation
