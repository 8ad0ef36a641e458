// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

Q_LOGGING_CATEGORY(lcKube, "berth.kube", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKubeHttp, "berth.kube.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOci, "berth.oci", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOciAuth, "berth.oci.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTls, "berth.tls", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkstation, "berth.workstation", QtWarningMsg)
