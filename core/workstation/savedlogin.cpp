// SPDX-License-Identifier: Apache-2.0
#include "savedlogin.h"

#include "authfile.h"
#include "oci/registrytransport.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Berth::Workstation {

ValueReply<SavedLoginState> *checkSavedLogin(const QString &host, const QStringList &paths,
                                             QObject *parent)
{
    auto *reply = new ValueReply<SavedLoginState>(parent);
    // On the thread pool: a credential helper may take its time.
    QtConcurrent::run([host, paths] {
        return AuthFile::lookup(host, {}, paths);
    }).then(reply, [reply, host](const Result<std::optional<Credential>> &credential) {
        SavedLoginState state;
        if (!credential || !*credential) {
            if (!credential)
                state.problem = credential.error().message();
            return reply->finishWith(state);
        }
        state.saved = true;
        state.username = (*credential)->username;
        Oci::RegistryOptions options;
        options.credential = **credential;
        Reply *check = reply->follow(Oci::checkAccess(host, options, reply));
        QObject::connect(check, &Reply::finished, reply, [reply, check, state]() mutable {
            state.accepted = !check->error();
            if (check->error())
                state.problem = check->error().message();
            reply->finishWith(state);
        });
    });
    return reply;
}

} // namespace Berth::Workstation
