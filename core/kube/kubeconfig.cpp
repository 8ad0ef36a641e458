// SPDX-License-Identifier: Apache-2.0
#include "kubeconfig.h"

#include "common/atomicfile.h"
#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth::Kube {

namespace {

struct File
{
    QString path;
    bool existed = false;
    bool dirty = false;
    YAML::Node root;
};

QString str(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.as<std::string>());
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

/// The entry of `section` (clusters, users, contexts) named `name`, or an invalid node.
YAML::Node findEntry(const YAML::Node &root, const char *section, const QString &name)
{
    const YAML::Node list = root[section];
    if (!list || !list.IsSequence())
        return YAML::Node(YAML::NodeType::Undefined);
    for (YAML::const_iterator it = list.begin(); it != list.end(); ++it) {
        if (str((*it)["name"]) == name)
            return *it;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

void setOrRemove(YAML::Node node, const char *key, const QString &value)
{
    if (value.isEmpty())
        node.remove(key);
    else
        node[key] = toStd(value);
}

} // namespace

struct KubeConfig::Private
{
    std::vector<File> files;

    /// The index of the first file holding `name` in `section`, or -1.
    int owner(const char *section, const QString &name) const
    {
        for (size_t i = 0; i < files.size(); ++i) {
            if (findEntry(files[i].root, section, name).IsDefined())
                return int(i);
        }
        return -1;
    }
    /// The inner map (`cluster:`, `user:`, `context:`) of the first entry named `name`, and
    /// the index of its file; an undefined node and -1 when there is none.
    std::pair<YAML::Node, int> lookup(const char *section, const char *inner,
                                      const QString &name) const
    {
        const int index = owner(section, name);
        if (index < 0)
            return {YAML::Node(YAML::NodeType::Undefined), -1};
        return {findEntry(files[size_t(index)].root, section, name)[inner], index};
    }
    /// kubectl's default destination: the first existing file, else the last one named.
    int destination() const
    {
        for (size_t i = 0; i < files.size(); ++i) {
            if (files[i].existed)
                return int(i);
        }
        return int(files.size()) - 1;
    }
    YAML::Node entryFor(const char *section, const char *inner, const QString &name)
    {
        int index = owner(section, name);
        if (index < 0) {
            index = destination();
            File &f = files[size_t(index)];
            YAML::Node entry;
            entry["name"] = toStd(name);
            entry[inner] = YAML::Node(YAML::NodeType::Map);
            f.root[section].push_back(entry);
        }
        File &f = files[size_t(index)];
        f.dirty = true;
        YAML::Node entry = findEntry(f.root, section, name);
        if (!entry[inner] || !entry[inner].IsMap())
            entry[inner] = YAML::Node(YAML::NodeType::Map);
        return entry[inner];
    }
};

KubeConfig::KubeConfig()
    : d(std::make_unique<Private>())
{ }
KubeConfig::KubeConfig(KubeConfig &&) noexcept = default;
KubeConfig &KubeConfig::operator=(KubeConfig &&) noexcept = default;
KubeConfig::~KubeConfig() = default;

QStringList KubeConfig::defaultPaths()
{
    const QByteArray env = qgetenv("KUBECONFIG");
    QStringList out;
    if (!env.isEmpty()) {
        const QStringList parts = QString::fromLocal8Bit(env).split(u':', Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            if (!out.contains(p))
                out.append(p);
        }
    }
    if (out.isEmpty())
        out.append(QDir::homePath() + u"/.kube/config"_s);
    return out;
}

Result<KubeConfig> KubeConfig::load(const QStringList &paths)
{
    KubeConfig config;
    for (const QString &path : paths) {
        File f;
        f.path = path;
        QFile file(path);
        if (file.exists()) {
            if (!file.open(QIODevice::ReadOnly))
                return Error(Error::Kind::Io,
                             Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
            f.existed = true;
            const QByteArray data = file.readAll();
            try {
                f.root = YAML::Load(data.toStdString());
            } catch (const YAML::Exception &e) {
                return Error(Error::Kind::Parse,
                             Tr::tr("%1 is not a valid kubeconfig: %2")
                                 .arg(path, QString::fromStdString(e.what())));
            }
            if (f.root.IsNull())
                f.root = YAML::Node(YAML::NodeType::Map);
            if (!f.root.IsMap())
                return Error(Error::Kind::Parse,
                             Tr::tr("%1 is not a valid kubeconfig: not a mapping").arg(path));
        } else {
            f.root = YAML::Node(YAML::NodeType::Map);
        }
        config.d->files.push_back(std::move(f));
    }
    if (config.d->files.empty())
        return Error(Error::Kind::InvalidInput, Tr::tr("no kubeconfig file given"));
    return config;
}

QStringList KubeConfig::paths() const
{
    QStringList out;
    for (const File &f : d->files)
        out.append(f.path);
    return out;
}

QStringList KubeConfig::contextNames() const
{
    QStringList out;
    for (const File &f : d->files) {
        const YAML::Node list = f.root["contexts"];
        if (!list || !list.IsSequence())
            continue;
        for (YAML::const_iterator it = list.begin(); it != list.end(); ++it) {
            const QString name = str((*it)["name"]);
            if (!name.isEmpty() && !out.contains(name))
                out.append(name);
        }
    }
    return out;
}

QString KubeConfig::currentContext() const
{
    for (const File &f : d->files) {
        const QString current = str(f.root["current-context"]);
        if (!current.isEmpty())
            return current;
    }
    return {};
}

std::optional<KubeContext> KubeConfig::context(const QString &name) const
{
    const auto [c, i] = d->lookup("contexts", "context", name);
    if (i < 0)
        return std::nullopt;
    return KubeContext {name, str(c["cluster"]), str(c["user"]), str(c["namespace"])};
}

std::optional<KubeCluster> KubeConfig::cluster(const QString &name) const
{
    const auto [c, i] = d->lookup("clusters", "cluster", name);
    if (i < 0)
        return std::nullopt;
    KubeCluster out;
    out.name = name;
    out.server = str(c["server"]);
    out.certificateAuthority = str(c["certificate-authority"]);
    out.certificateAuthorityData
        = QByteArray::fromBase64(str(c["certificate-authority-data"]).toLatin1());
    out.insecureSkipTlsVerify = str(c["insecure-skip-tls-verify"]) == u"true";
    out.tlsServerName = str(c["tls-server-name"]);
    // A relative CA path is relative to the file that names it, as in kubectl.
    if (!out.certificateAuthority.isEmpty() && QFileInfo(out.certificateAuthority).isRelative())
        out.certificateAuthority
            = QFileInfo(d->files[size_t(i)].path).absoluteDir().filePath(out.certificateAuthority);
    return out;
}

std::optional<KubeUser> KubeConfig::user(const QString &name) const
{
    const auto [u, i] = d->lookup("users", "user", name);
    if (i < 0)
        return std::nullopt;
    KubeUser out;
    out.name = name;
    out.token = str(u["token"]);
    out.tokenFile = str(u["tokenFile"]);
    const YAML::Node exec = u["exec"];
    if (exec && exec.IsMap()) {
        out.execCommand = str(exec["command"]);
        const YAML::Node args = exec["args"];
        if (args && args.IsSequence()) {
            for (YAML::const_iterator it = args.begin(); it != args.end(); ++it)
                out.execArgs.append(str(*it));
        }
    }
    return out;
}

void KubeConfig::setCluster(const KubeCluster &cluster)
{
    YAML::Node c = d->entryFor("clusters", "cluster", cluster.name);
    c["server"] = toStd(cluster.server);
    setOrRemove(c, "certificate-authority", cluster.certificateAuthority);
    setOrRemove(c, "certificate-authority-data",
                QString::fromLatin1(cluster.certificateAuthorityData.toBase64()));
    if (cluster.insecureSkipTlsVerify)
        c["insecure-skip-tls-verify"] = true;
    else
        c.remove("insecure-skip-tls-verify");
    setOrRemove(c, "tls-server-name", cluster.tlsServerName);
}

void KubeConfig::setUser(const KubeUser &user)
{
    YAML::Node u = d->entryFor("users", "user", user.name);
    setOrRemove(u, "token", user.token);
}

void KubeConfig::setContext(const KubeContext &context)
{
    YAML::Node c = d->entryFor("contexts", "context", context.name);
    c["cluster"] = toStd(context.cluster);
    c["user"] = toStd(context.user);
    setOrRemove(c, "namespace", context.ns);
}

void KubeConfig::setCurrentContext(const QString &name)
{
    int index = -1;
    for (size_t i = 0; i < d->files.size(); ++i) {
        if (!str(d->files[i].root["current-context"]).isEmpty()) {
            index = int(i);
            break;
        }
    }
    if (index < 0)
        index = d->destination();
    File &f = d->files[size_t(index)];
    f.root["current-context"] = toStd(name);
    f.dirty = true;
}

QByteArray KubeConfig::toYaml(int index) const
{
    YAML::Node root = YAML::Clone(d->files.at(size_t(index)).root);
    if (!root["apiVersion"])
        root["apiVersion"] = "v1";
    if (!root["kind"])
        root["kind"] = "Config";
    for (const char *section : {"clusters", "contexts", "users"}) {
        if (!root[section])
            root[section] = YAML::Node(YAML::NodeType::Sequence);
    }
    YAML::Emitter out;
    out << root;
    return QByteArray(out.c_str()) + '\n';
}

Result<void> KubeConfig::save()
{
    for (size_t i = 0; i < d->files.size(); ++i) {
        File &f = d->files[i];
        if (!f.dirty)
            continue;
        // kubectl's lock protocol: `<file>.lock`, created exclusively, removed after the write.
        const QString lockPath = f.path + u".lock"_s;
        QDir().mkpath(QFileInfo(f.path).absolutePath());
        const int fd
            = ::open(QFile::encodeName(lockPath).constData(), O_CREAT | O_EXCL | O_WRONLY, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                return Error(
                    Error::Kind::Io,
                    Tr::tr("the kubeconfig is locked by %1. If no oc or kubectl is running, "
                           "the lock was left by a crash: remove that file and try again.")
                        .arg(lockPath));
            return Error(Error::Kind::Io, Tr::tr("cannot create the lock file %1").arg(lockPath));
        }
        ::close(fd);
        const Result<void> written
            = writeFileAtomically(f.path, toYaml(int(i)), FileSecrecy::Secret);
        ::unlink(QFile::encodeName(lockPath).constData());
        if (!written)
            return written.error();
        f.dirty = false;
        f.existed = true;
        qCInfo(lcKube) << "wrote kubeconfig" << f.path;
    }
    return {};
}

QStringList KubeConfig::warnings() const
{
    QStringList out;
    for (const File &f : d->files) {
        struct stat st;
        if (::stat(QFile::encodeName(f.path).constData(), &st) == 0 && (st.st_mode & 077))
            out.append(Tr::tr("%1 is readable by other users; run: chmod 600 %1").arg(f.path));
        if (QFile::exists(f.path + u".lock"_s))
            out.append(Tr::tr("%1 exists: a stale lock left by a crashed oc or kubectl? Remove it "
                              "if none is running.")
                           .arg(f.path + u".lock"_s));
    }
    return out;
}

Result<ClusterConnection> KubeConfig::connection(const QString &contextName) const
{
    const QString name = contextName.isEmpty() ? currentContext() : contextName;
    if (name.isEmpty())
        return Error(Error::Kind::InvalidInput, Tr::tr("no current context: log in first"));
    const auto ctx = context(name);
    if (!ctx)
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("context \"%1\" not found in %2").arg(name, paths().join(u':')));
    const auto cl = cluster(ctx->cluster);
    if (!cl || cl->server.isEmpty())
        return Error(
            Error::Kind::InvalidInput,
            Tr::tr("cluster \"%1\" of context \"%2\" has no server").arg(ctx->cluster, name));
    ClusterConnection conn;
    conn.contextName = name;
    conn.server = QUrl(cl->server);
    conn.ns = ctx->ns.isEmpty() ? u"default"_s : ctx->ns;
    conn.userEntry = ctx->user;
    conn.tls.insecureSkipVerify = cl->insecureSkipTlsVerify;
    conn.tls.serverName = cl->tlsServerName;
    QByteArray pem = cl->certificateAuthorityData;
    if (pem.isEmpty() && !cl->certificateAuthority.isEmpty()) {
        QFile caFile(cl->certificateAuthority);
        if (!caFile.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io,
                         Tr::tr("cannot read the certificate authority %1: %2")
                             .arg(cl->certificateAuthority, caFile.errorString()));
        pem = caFile.readAll();
    }
    if (!pem.isEmpty()) {
        conn.tls.caCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
        if (conn.tls.caCertificates.isEmpty())
            return Error(
                Error::Kind::Parse,
                Tr::tr("the certificate authority of cluster \"%1\" is not PEM").arg(cl->name));
    }
    if (const auto u = user(ctx->user)) {
        if (u->hasExec())
            return Error(
                Error::Kind::InvalidInput,
                Tr::tr("user \"%1\" gets its credentials from a plugin: %2 %3. Berth does not run "
                       "plugins from a kubeconfig; log in with a token instead.")
                    .arg(u->name, u->execCommand, u->execArgs.join(u' ')));
        conn.token = u->token.toUtf8();
        if (conn.token.isEmpty() && !u->tokenFile.isEmpty()) {
            QFile tokenFile(u->tokenFile);
            if (!tokenFile.open(QIODevice::ReadOnly))
                return Error(Error::Kind::Io,
                             Tr::tr("cannot read the token file %1").arg(u->tokenFile));
            conn.token = tokenFile.readAll().trimmed();
        }
    }
    return conn;
}

QString clusterNickname(const QUrl &server)
{
    QString host = server.host();
    host.replace(u'.', u'-');
    const int port = server.port(server.scheme() == u"http" ? 80 : 443);
    return host + u':' + QString::number(port);
}

} // namespace Berth::Kube
