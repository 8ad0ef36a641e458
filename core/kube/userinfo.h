// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"

#include <QStringList>

namespace Berth::Kube {

class KubeClient;

struct UserInfo
{
    QString username;
    QStringList groups;
};

/// Who the token belongs to: SelfSubjectReview, falling back to OpenShift's `users/~`
/// as `oc whoami` does. A 401 finishes with Error::Kind::Unauthorized.
ValueReply<UserInfo> *fetchUserInfo(KubeClient *client);

} // namespace Berth::Kube
