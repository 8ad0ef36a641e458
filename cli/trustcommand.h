// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QSslCertificate>
#include <QStringList>

namespace Berth::Kube {
class ClusterSession;
}
namespace Berth::OpenShift {
struct RegistryCa;
}
namespace Berth::Workstation {
enum class CertsStore;
enum class ExistingCa;
} // namespace Berth::Workstation

namespace Berth::Cli {

/// `berthctl trust fetch-ca | cluster | export | status`: the registry's CA, and who trusts it
/// (steps 6, 7 and 10 of the procedure).
class TrustCommand
{
    Q_DECLARE_TR_FUNCTIONS(TrustCommand)
public:
    /// `file` is fetch-ca's -o: a file name there, not a format.
    TrustCommand(const QString &output, const QString &file, Kube::ClusterSession *session,
                 const QString &context, bool verbose);
    /// Returns the exit code (0, 1, or 2 for a usage error).
    int run(const QStringList &arguments);

    /// The real check of what export and login wrote: the container clients installed here
    /// run against `host` (Workstation::checkWithClients()) on `image`, else on the newest
    /// tag of the session's project, and what each said is printed, or appended to `json`
    /// when given.
    static void checkClients(Kube::ClusterSession *session, const QString &host,
                             const QString &image, const QString &authFile,
                             QJsonArray *json = nullptr);

private:
    int fetchCa(const QStringList &args);
    int cluster(const QStringList &args);
    int status(const QStringList &args);
    int exportCa(const QStringList &args);
    int installCa(const QStringList &args);
    /// What export would write, read only.
    int dryRunExport(const QList<Workstation::CertsStore> &stores,
                     const QList<Workstation::CertsStore> &asRoot, const QString &host,
                     const QList<QSslCertificate> &ca, Workstation::ExistingCa existing,
                     const QString &root);
    /// The CA of --ca-file, else of the cluster's source --source (or the recommended one).
    int takeCa(const QString &caFile, const QString &sourceName, const QString &fingerprint,
               const QString &host, QList<QSslCertificate> *ca);
    /// --host, else the first cluster registry host that answers; empty when none is known.
    QString registryHost(const QString &given);
    /// The CA sources of `host`, with the recommendation on stderr.
    int findCa(const QString &host, OpenShift::RegistryCa *found);

    QString m_output;
    QString m_file;
    Kube::ClusterSession *m_session;
    QString m_context;
    bool m_verbose;
};

} // namespace Berth::Cli
