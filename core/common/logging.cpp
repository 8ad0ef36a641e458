// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

Q_LOGGING_CATEGORY(lcKube, "berth.kube", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKubeHttp, "berth.kube.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOci, "berth.oci", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOciAuth, "berth.oci.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTls, "berth.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkstation, "berth.workstation", QtInfoMsg)
