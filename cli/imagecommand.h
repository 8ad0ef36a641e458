// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oci/registrytransport.h"

#include <QCoreApplication>
#include <QStringList>

class QNetworkAccessManager;

namespace Berth::Cli {

/// `berthctl image ls|tags|inspect|push|pull|copy|rm`, with skopeo's transports and flags.
class ImageCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImageCommand)
public:
    explicit ImageCommand(const QString &output)
        : m_output(output)
    { }
    /// Returns the exit code (0, 1, or 2 for a usage error).
    int run(const QStringList &arguments);

private:
    int list(const QStringList &args);
    int tags(const QStringList &args);
    int inspect(const QStringList &args, bool raw);
    int copy(const QString &verb, const QStringList &args);
    int remove(const QStringList &args);

    /// Takes the registry flags (--creds, --registry-token, --authfile, --cert-dir,
    /// --tls-verify) with an optional prefix ("src-", "dest-").
    bool takeRegistryOptions(QStringList &args, const QString &prefix,
                             Oci::RegistryOptions *options, QString *problem);

    QString m_output;
};

} // namespace Berth::Cli
