// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "httpclient.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace Berth::Kube {

struct KubeCluster
{
    QString name;
    QString server;
    QString certificateAuthority; ///< a file
    QByteArray certificateAuthorityData; ///< PEM (base64-decoded from the file)
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
};

struct KubeUser
{
    QString name;
    QString token;
    QString tokenFile;
    QString execCommand; ///< an exec credential plugin: never run without asking
    QStringList execArgs;
    bool hasExec() const { return !execCommand.isEmpty(); }
};

struct KubeContext
{
    QString name;
    QString cluster;
    QString user;
    QString ns;
};

/// Everything needed to talk to one cluster as one user.
struct ClusterConnection
{
    QString contextName;
    QUrl server;
    TlsSettings tls;
    QByteArray token;
    QString ns;
    QString userEntry; ///< kubeconfig user name, e.g. "kubeadmin/api-x:6443"
    /// What to tell the user once about where the token came from (a file others may read,
    /// with the chmod command that fixes it).
    QStringList warnings;
};

/// kubeconfig files as `oc` and `kubectl` read and write them. Several files ($KUBECONFIG)
/// merge as kubectl merges them: the first file to name an entry wins. Writes go to the file
/// that holds the entry (a new one to the first existing file), keep every field Berth does not
/// model, and are atomic with mode 0600 under kubectl's `.lock` protocol.
class KubeConfig
{
public:
    KubeConfig();
    KubeConfig(KubeConfig &&) noexcept;
    KubeConfig &operator=(KubeConfig &&) noexcept;
    ~KubeConfig();

    /// `$KUBECONFIG` split on ':' if set, else `~/.kube/config`.
    static QStringList defaultPaths();
    /// Reads the files; a missing file is an empty config. A file that does not parse is an error.
    static Result<KubeConfig> load(const QStringList &paths);
    static Result<KubeConfig> load(const QString &path) { return load(QStringList {path}); }

    QStringList paths() const;
    QStringList contextNames() const;
    QString currentContext() const;
    std::optional<KubeContext> context(const QString &name) const;
    std::optional<KubeCluster> cluster(const QString &name) const;
    std::optional<KubeUser> user(const QString &name) const;

    void setCluster(const KubeCluster &cluster);
    void setUser(const KubeUser &user);
    void setContext(const KubeContext &context);
    void setCurrentContext(const QString &name);

    /// Writes every file that changed.
    Result<void> save();

    /// What to tell the user about the files (group- or world-readable, stale lock).
    QStringList warnings() const;

    /// The connection for `contextName` (the current context when empty). Fails for a missing
    /// context, an unreadable CA file, or an exec plugin (shown, never run).
    Result<ClusterConnection> connection(const QString &contextName = {}) const;

    /// The YAML of file `index`, as save() would write it; empty if it cannot be written.
    QByteArray toYaml(int index = 0) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// oc's nickname of a server: "host:port" with '.' turned into '-' (`api-ocp-example-com:6443`).
QString clusterNickname(const QUrl &server);

} // namespace Berth::Kube
