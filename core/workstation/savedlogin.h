// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"

#include <QStringList>

namespace Berth::Workstation {

/// Whether a login for a registry is saved, and whether the registry takes it.
struct SavedLoginState
{
    bool saved = false;
    QString username;
    bool accepted = false; ///< the registry took it (its /v2/ answered)
    QString problem; ///< a file that cannot be read, or the registry's refusal
};

/// Looks `host` (host[:port]) up in `paths` as the clients that read them do
/// (AuthFile::lookup()), then, when a login is there, pings the registry with it
/// (Oci::checkAccess(), certs.d as containers read it). The reply always finishes with a state.
ValueReply<SavedLoginState> *checkSavedLogin(const QString &host, const QStringList &paths,
                                             QObject *parent = nullptr);

} // namespace Berth::Workstation
