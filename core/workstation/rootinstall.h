// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "certsdir.h"
#include "common/command.h"
#include "common/reply.h"

namespace Berth::Workstation {

/// The program and arguments that write the system `stores` as root through polkit, berthctl's
/// helper mode: `pkexec BERTHCTL trust install-ca --store S [--store S] --host HOST
/// [--replace]`, which reads the CA on its standard input. `berthctl` is the helper's absolute
/// path (helperProgram()).
QStringList installAsRootArguments(const QString &berthctl, const QList<CertsStore> &stores,
                                   const QString &host, ExistingCa existing);

/// The command a user can run instead: those arguments with `ca` (PEM) as a here-document.
Command installAsRootCommand(const QStringList &arguments, const QList<QSslCertificate> &ca);

/// The berthctl that a desktop program hands to pkexec: the one beside it, else the one on
/// PATH; empty when there is none.
QString helperProgram();

/// Runs `arguments` (installAsRootArguments()) as they are, `ca` on its standard input;
/// pkexec asks for the password through the session's polkit agent, so there is no time
/// limit. Finishes with what the helper said it wrote (a line per store), or with an error
/// that says the write did not happen and why (pkexec missing, the dialog dismissed, not
/// authorized, the helper's own refusal). Not to be aborted: once the helper runs as root this
/// user cannot stop it, and the write may still happen.
ValueReply<QString> *installAsRoot(const QStringList &arguments, const QList<QSslCertificate> &ca,
                                   QObject *parent = nullptr);

} // namespace Berth::Workstation
