// SPDX-License-Identifier: Apache-2.0
#include "kubeconfig.h"

#include "common/atomicfile.h"
#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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

/// Sets `node[key]` to the string `value`, marked as a string ("!", as a quoted scalar reads) so
/// that emit() quotes it when a YAML reader would take it for something else.
void setString(YAML::Node node, const char *key, const QString &value)
{
    node[key] = toStd(value);
    node[key].SetTag("!");
}

/// True when `s`, written as a plain scalar, reads back as this same string in YAML 1.1 (Go's
/// yaml.v2, which kubectl and oc use: yes/no/on/off/y/n are booleans, 0777 is octal) and in
/// YAML 1.2. Anything else is written double-quoted, which both read as a string.
bool plainIsSafe(const std::string &s)
{
    static const QRegularExpression safe(u"\\A[A-Za-z0-9_./][A-Za-z0-9_./:+=~@-]*\\z"_s);
    static const QRegularExpression notAString(u"\\A(y|yes|n|no|true|false|on|off|null)\\z"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    // The int, float and timestamp forms of YAML 1.1 (yaml.org/type) and 1.2's core schema.
    static const QRegularExpression number(
        u"\\A(?:[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+"
        "|[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?"
        "|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|\\.(?:inf|Inf|INF))"
        "|\\.(?:nan|NaN|NAN)|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)\\z"_s,
        QRegularExpression::CaseInsensitiveOption); // Go reads 0X1F and 0B101 too
    const QString text = QString::fromStdString(s);
    // yaml.v2 drops every '_' before it parses a number: 1e1_0 is a float to kubectl.
    const QString digits = QString(text).remove(u'_');
    return safe.match(text).hasMatch() && !notAString.match(text).hasMatch()
        && !number.match(text).hasMatch() && !number.match(digits).hasMatch()
        && !text.endsWith(u':');
}

/// Emits `node` as yaml-cpp would, except that strings are quoted when their plain form would
/// read as another type: `name: "on"`, `namespace: "2024"` and `token: "12345"` stay strings
/// for kubectl. A scalar that was plain in the file keeps its form (a boolean stays a boolean).
void emit(YAML::Emitter &out, const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    if (!tag.empty() && tag != "?" && tag != "!")
        out << YAML::VerbatimTag(tag);
    switch (node.Type()) {
    case YAML::NodeType::Map:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (YAML::const_iterator it = node.begin(); it != node.end(); ++it) {
            out << YAML::Key;
            emit(out, it->first);
            out << YAML::Value;
            emit(out, it->second);
        }
        out << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (YAML::const_iterator it = node.begin(); it != node.end(); ++it)
            emit(out, *it);
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar:
        if (tag != "?" && !plainIsSafe(node.Scalar()))
            out << YAML::DoubleQuoted;
        out << node.Scalar();
        break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        out << YAML::Null;
        break;
    }
}

/// Why `root` is not a kubeconfig kubectl would read (a section that is not a list, an entry
/// that is not a mapping, a name that is not a string), or empty. After this, every access
/// Berth makes is to a node of the shape it expects, so no yaml-cpp exception can escape.
QString shapeProblem(const YAML::Node &root)
{
    if (const YAML::Node current = root["current-context"];
        current && !current.IsScalar() && !current.IsNull())
        return u"current-context is not a string"_s;
    const std::pair<const char *, const char *> sections[]
        = {{"clusters", "cluster"}, {"users", "user"}, {"contexts", "context"}};
    for (const auto &[section, inner] : sections) {
        const YAML::Node list = root[section];
        if (!list || list.IsNull())
            continue;
        if (!list.IsSequence())
            return u"%1 is not a list"_s.arg(QLatin1StringView(section));
        int index = 0;
        for (YAML::const_iterator it = list.begin(); it != list.end(); ++it, ++index) {
            const QString where = u"%1[%2]"_s.arg(QLatin1StringView(section)).arg(index);
            if (!it->IsMap())
                return u"%1 is not a mapping"_s.arg(where);
            if (const YAML::Node name = (*it)["name"]; name && !name.IsScalar())
                return u"%1.name is not a string"_s.arg(where);
            const YAML::Node body = (*it)[inner];
            if (!body || body.IsNull())
                continue;
            if (!body.IsMap())
                return u"%1.%2 is not a mapping"_s.arg(where, QLatin1StringView(inner));
            for (YAML::const_iterator field = body.begin(); field != body.end(); ++field) {
                const std::string key = field->first.IsScalar() ? field->first.Scalar() : "";
                if (key == "exec") {
                    if (!field->second.IsMap() && !field->second.IsNull())
                        return u"%1.user.exec is not a mapping"_s.arg(where);
                    continue;
                }
                if (!field->second.IsScalar() && !field->second.IsNull()
                    && (key == "server" || key == "token" || key == "tokenFile"
                        || key == "certificate-authority" || key == "certificate-authority-data"
                        || key == "cluster" || key == "user" || key == "namespace"))
                    return u"%1.%2.%3 is not a string"_s.arg(where, QLatin1StringView(inner),
                                                             QString::fromStdString(key));
            }
        }
    }
    return {};
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
        setString(node, key, value);
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
            YAML::Node entry(YAML::NodeType::Map); // not a lazy null node: setString() shares it
            setString(entry, "name", name);
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
            if (const QString problem = shapeProblem(f.root); !problem.isEmpty())
                return Error(Error::Kind::Parse,
                             Tr::tr("%1 is not a valid kubeconfig: %2").arg(path, problem));
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
    setString(c, "server", cluster.server);
    setOrRemove(c, "certificate-authority", cluster.certificateAuthority);
    setOrRemove(c, "certificate-authority-data",
                QString::fromLatin1(cluster.certificateAuthorityData.toBase64()));
    if (cluster.insecureSkipTlsVerify) {
        c["insecure-skip-tls-verify"] = true;
        c["insecure-skip-tls-verify"].SetTag("?"); // a boolean, written plain
    } else
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
    setString(c, "cluster", context.cluster);
    setString(c, "user", context.user);
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
    setString(f.root, "current-context", name);
    f.dirty = true;
}

QByteArray KubeConfig::toYaml(int index) const
{
    YAML::Node root = YAML::Clone(d->files.at(size_t(index)).root);
    if (!root["apiVersion"])
        setString(root, "apiVersion", u"v1"_s);
    if (!root["kind"])
        setString(root, "kind", u"Config"_s);
    for (const char *section : {"clusters", "contexts", "users"}) {
        if (!root[section] || root[section].IsNull())
            root[section] = YAML::Node(YAML::NodeType::Sequence);
    }
    YAML::Emitter out;
    emit(out, root);
    if (!out.good()) {
        qCWarning(lcKube) << "cannot write the kubeconfig as YAML:" << out.GetLastError().c_str();
        return {}; // never a truncated file
    }
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
        const QByteArray yaml = toYaml(int(i));
        const Result<void> written = yaml.isEmpty()
            ? Result<void>(
                Error(Error::Kind::Io,
                      Tr::tr("cannot write %1 as YAML; it was left as it was").arg(f.path)))
            : writeFileAtomically(f.path, yaml, FileSecrecy::Secret);
        ::unlink(QFile::encodeName(lockPath).constData());
        if (!written)
            return written.error();
        f.dirty = false;
        f.existed = true;
        qCInfo(lcKube) << "wrote kubeconfig" << f.path;
    }
    return {};
}

/// The warning for a file that holds a secret and that other users may read, or empty.
static QString readableByOthers(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 077))
        return Tr::tr("%1 is readable by other users; run: chmod 600 %1").arg(path);
    return {};
}

QStringList KubeConfig::warnings() const
{
    QStringList out;
    for (const File &f : d->files) {
        if (const QString warning = readableByOthers(f.path); !warning.isEmpty())
            out.append(warning);
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
        if (!conn.token.isEmpty()) {
            const int holder = d->owner("users", ctx->user);
            if (const QString warning = readableByOthers(d->files[size_t(holder)].path);
                !warning.isEmpty())
                conn.warnings.append(warning);
        }
        if (conn.token.isEmpty() && !u->tokenFile.isEmpty()) {
            if (const QString warning = readableByOthers(u->tokenFile); !warning.isEmpty())
                conn.warnings.append(warning);
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
