// SPDX-License-Identifier: Apache-2.0
#include "authfile.h"

#include "common/atomicfile.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThreadPool>
#include <QtConcurrent>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth::Workstation {

QThreadPool *AuthFile::pool()
{
    static QThreadPool *one = [] {
        auto *pool = new QThreadPool(qApp);
        pool->setMaxThreadCount(1);
        return pool;
    }();
    return one;
}

ValueReply<StoredCredential> *AuthFile::storeInBackground(const QString &path,
                                                          const QString &registry,
                                                          const Credential &credential,
                                                          QObject *parent)
{
    auto *reply = new ValueReply<StoredCredential>(parent);
    QtConcurrent::run(pool(), [path, registry, credential] {
        return store(path, registry, credential);
    }).then(reply, [reply](const Result<StoredCredential> &stored) {
        if (stored)
            reply->finishWith(*stored);
        else
            reply->finish(stored.error());
    });
    return reply;
}

QStringList AuthFile::defaultPaths()
{
    const QString override = qEnvironmentVariable("REGISTRY_AUTH_FILE");
    if (!override.isEmpty())
        return {override};
    QStringList out;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        out.append(runtime + u"/containers/auth.json"_s);
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + u"/.config"_s;
    out.append(config + u"/containers/auth.json"_s);
    out.append(QDir::homePath() + u"/.docker/config.json"_s);
    out.append(QDir::homePath() + u"/.dockercfg"_s);
    return out;
}

namespace {
/// What a `docker-credential-HELPER VERB` run gave: its exit code and what it printed.
struct HelperRun
{
    int exitCode = 0;
    QByteArray out;
    QByteArray err;
};
/// Runs `docker-credential-HELPER VERB` with `input` on its standard input, as docker does.
Result<HelperRun> runHelper(const QString &helper, const QString &verb, const QByteArray &input)
{
    QProcess p;
    p.start(u"docker-credential-"_s + helper, {verb});
    if (!p.waitForStarted(5000))
        return Error(
            Error::Kind::Io,
            Tr::tr("the credential helper docker-credential-%1 could not be started").arg(helper));
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        return Error(
            Error::Kind::Timeout,
            Tr::tr("the credential helper docker-credential-%1 did not answer").arg(helper));
    }
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return HelperRun {code, p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

static Result<std::optional<Credential>> getFromHelper(const QString &helper,
                                                       const QString &registry)
{
    const Result<HelperRun> run = runHelper(helper, u"get"_s, registry.toUtf8());
    if (!run)
        return run.error();
    const QByteArray out = run->out;
    if (run->exitCode != 0) {
        if (out.contains("credentials not found"))
            return std::optional<Credential>();
        return Error(Error::Kind::Io,
                     Tr::tr("docker-credential-%1 failed for %2").arg(helper, registry));
    }
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    Credential c;
    c.username = o.value("Username"_L1).toString();
    c.password = o.value("Secret"_L1).toString();
    if (c.username == u"<token>") {
        c.identityToken = c.password;
        c.password.clear();
        c.username.clear();
    }
    return std::optional<Credential>(c);
}

static Result<Credential> decodeEntry(const QJsonObject &entry, const QString &key,
                                      const QString &path)
{
    Credential c;
    const QString auth = entry.value("auth"_L1).toString();
    if (!auth.isEmpty()) {
        const QByteArray decoded
            = QByteArray::fromBase64(auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.indexOf(':');
        if (decoded.isEmpty() || colon < 0)
            return Error(
                Error::Kind::Parse,
                Tr::tr("the \"auth\" of %1 in %2 is not base64 of user:password").arg(key, path));
        c.username = QString::fromUtf8(decoded.left(colon));
        c.password = QString::fromUtf8(decoded.mid(colon + 1));
    } else {
        c.username = entry.value("username"_L1).toString();
        c.password = entry.value("password"_L1).toString();
    }
    c.identityToken = entry.value("identitytoken"_L1).toString();
    return c;
}

/// "host", "https://host", "http://host/v1/" all name the same registry.
static QString normalizedKey(QString key)
{
    if (key.startsWith(u"https://"_s))
        key = key.mid(8);
    else if (key.startsWith(u"http://"_s))
        key = key.mid(7);
    while (key.endsWith(u'/'))
        key.chop(1);
    if (key == u"index.docker.io/v1" || key == u"index.docker.io" || key == u"registry-1.docker.io")
        return u"docker.io"_s;
    return key;
}

QString AuthFile::containersPath()
{
    const QString override = qEnvironmentVariable("REGISTRY_AUTH_FILE");
    if (!override.isEmpty())
        return override;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        return runtime + u"/containers/auth.json"_s;
    return u"/run/containers/%1/auth.json"_s.arg(::getuid());
}

QString AuthFile::dockerPath()
{
    const QString dir = qEnvironmentVariable("DOCKER_CONFIG");
    return (dir.isEmpty() ? QDir::homePath() + u"/.docker"_s : dir) + u"/config.json"_s;
}

namespace {

/// The spans of a JSON object's members in its text, to change one and keep every other byte.
struct Member
{
    QString key;
    qsizetype keyStart = 0;
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
};
struct ObjectSpan
{
    qsizetype open = 0; ///< the '{'
    qsizetype close = 0; ///< the '}'
    QList<Member> members;
};

/// A scanner of JSON text that QJsonDocument has already found valid.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    { }

    void skipSpace()
    {
        while (m_at < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text.at(m_at)))
            ++m_at;
    }
    void skipString()
    {
        ++m_at; // the opening quote
        while (m_at < m_text.size() && m_text.at(m_at) != '"')
            m_at += m_text.at(m_at) == '\\' ? 2 : 1;
        ++m_at;
    }
    void skipValue()
    {
        skipSpace();
        if (m_at >= m_text.size())
            return;
        const char c = m_text.at(m_at);
        if (c == '"') {
            skipString();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            do {
                const char d = m_text.at(m_at);
                if (d == '"') {
                    skipString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']')
                    --depth;
                ++m_at;
            } while (depth > 0 && m_at < m_text.size());
        } else {
            while (m_at < m_text.size() && !QByteArrayView(",}] \t\r\n").contains(m_text.at(m_at)))
                ++m_at;
        }
    }
    /// The object at the scanner's position.
    ObjectSpan object()
    {
        ObjectSpan span;
        if (m_at == 0 && m_text.startsWith("\xEF\xBB\xBF")) // a byte order mark
            m_at = 3;
        skipSpace();
        span.open = m_at++;
        while (true) {
            skipSpace();
            if (m_at >= m_text.size() || m_text.at(m_at) == '}')
                break;
            if (m_text.at(m_at) == ',') {
                ++m_at;
                continue;
            }
            Member m;
            m.keyStart = m_at;
            skipString();
            const QByteArray raw = m_text.mid(m.keyStart, m_at - m.keyStart);
            m.key = QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
            skipSpace();
            ++m_at; // ':'
            skipSpace();
            m.valueStart = m_at;
            skipValue();
            m.valueEnd = m_at;
            span.members.append(m);
        }
        span.close = m_at;
        return span;
    }
    void seek(qsizetype at) { m_at = at; }

private:
    const QByteArray &m_text;
    qsizetype m_at = 0;
};

/// The whitespace before the first member of `span` (its indentation), else `fallback`.
QByteArray indentOf(const QByteArray &text, const ObjectSpan &span, const QByteArray &fallback)
{
    if (span.members.isEmpty())
        return fallback;
    const qsizetype start = span.open + 1;
    return text.mid(start, span.members.first().keyStart - start);
}

/// `text` with the member `key: value` added at the end of `span`, indented as its others.
QByteArray withMember(QByteArray text, const ObjectSpan &span, const QByteArray &key,
                      const QByteArray &value, const QByteArray &fallbackIndent)
{
    const QByteArray indent = indentOf(text, span, fallbackIndent);
    if (span.members.isEmpty()) {
        const QByteArray outer = indent.left(indent.size() - 1);
        text.replace(span.open + 1, span.close - span.open - 1,
                     QByteArray(indent + key + ": " + value + outer));
        return text;
    }
    text.insert(span.members.last().valueEnd, QByteArray(',' + indent + key + ": " + value));
    return text;
}

} // namespace

Result<QByteArray> AuthFile::withEntry(const QByteArray &file, const QString &registry,
                                       const QByteArray &entry, const QString &path)
{
    const QByteArray key
        = QJsonDocument(QJsonArray {registry}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (file.trimmed().isEmpty())
        return QByteArray("{\n\t\"auths\": {\n\t\t" + key + ": " + entry + "\n\t}\n}\n");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file, &parseError);
    if (!doc.isObject())
        return Error(
            Error::Kind::Parse,
            Tr::tr("%1 is not a JSON object (%2); Berth leaves it as it is: fix or move "
                   "it, then try again")
                .arg(path, doc.isNull() ? parseError.errorString() : Tr::tr("not an object")));
    const QJsonValue auths = doc.object().value("auths"_L1);
    if (!auths.isUndefined() && !auths.isObject())
        return Error(Error::Kind::Parse,
                     Tr::tr("the \"auths\" of %1 is not a JSON object; Berth leaves the file as it "
                            "is: fix or move it, then try again")
                         .arg(path));
    Scanner scanner(file);
    const ObjectSpan root = scanner.object();
    const auto authsMember = std::find_if(root.members.cbegin(), root.members.cend(),
                                          [](const Member &m) { return m.key == u"auths"; });
    QByteArray out;
    if (authsMember == root.members.cend()) {
        out = withMember(file, root, "\"auths\"", "{\n\t\t" + key + ": " + entry + "\n\t}", "\n\t");
    } else {
        scanner.seek(authsMember->valueStart);
        const ObjectSpan hosts = scanner.object();
        // Every key that names this host ("r:5000", "https://r:5000/") gets the entry, from
        // the last so that the earlier spans stay where they are: docker and podman read any
        // of them.
        out = file;
        bool found = false;
        for (auto m = hosts.members.crbegin(); m != hosts.members.crend(); ++m) {
            if (normalizedKey(m->key) != registry)
                continue;
            out.replace(m->valueStart, m->valueEnd - m->valueStart, entry);
            found = true;
        }
        if (!found)
            out = withMember(file, hosts, key, entry, "\n\t\t");
    }
    // What was written must read back as the file with that entry, and nothing else changed.
    const QJsonObject entryObject = QJsonDocument::fromJson(entry).object();
    QJsonObject expected = doc.object();
    QJsonObject hostsExpected = expected.value("auths"_L1).toObject();
    bool named = false;
    for (const QString &k : hostsExpected.keys()) {
        if (normalizedKey(k) == registry) {
            hostsExpected.insert(k, entryObject);
            named = true;
        }
    }
    if (!named)
        hostsExpected.insert(registry, entryObject);
    expected.insert(u"auths"_s, hostsExpected);
    const QJsonObject actual = QJsonDocument::fromJson(out).object();
    if (actual != expected)
        return Error(Error::Kind::Parse,
                     Tr::tr("Berth could not edit %1 without changing other entries; it is left "
                            "as it is. Save the login with podman login or docker login instead, "
                            "and report this file's layout")
                         .arg(path));
    return out;
}

static Result<void> storeThroughHelper(const QString &helper, const QString &registry,
                                       const Credential &credential)
{
    const Result<HelperRun> run
        = runHelper(helper, u"store"_s,
                    QJsonDocument(QJsonObject {{u"ServerURL"_s, registry},
                                               {u"Username"_s, credential.username},
                                               {u"Secret"_s, credential.password}})
                        .toJson(QJsonDocument::Compact));
    if (!run)
        return run.error();
    if (run->exitCode != 0)
        return Error(
            Error::Kind::Io,
            Tr::tr("docker-credential-%1 could not store the login for %2: %3")
                .arg(helper, registry, QString::fromUtf8(run->out + run->err).trimmed().left(300)));
    return {};
}

Result<StoredCredential> AuthFile::store(const QString &path, const QString &registry,
                                         const Credential &credential)
{
    QFile existing(path);
    QByteArray current;
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io,
                         Tr::tr("cannot read %1: %2").arg(path, existing.errorString()));
        current = existing.readAll();
    }
    const QJsonObject root = QJsonDocument::fromJson(current).object();
    QString helper;
    const QJsonObject helpers = root.value("credHelpers"_L1).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        if (normalizedKey(it.key()) == registry)
            helper = it.value().toString();
    }
    if (helper.isEmpty())
        helper = root.value("credsStore"_L1).toString();
    if (!helper.isEmpty()) {
        if (Result<void> stored = storeThroughHelper(helper, registry, credential); !stored)
            return stored.error();
        return StoredCredential {path, helper};
    }
    const QByteArray auth = (credential.username + u':' + credential.password).toUtf8().toBase64();
    const Result<void> written
        = updateFileAtomically(path, [&](const QByteArray &text) -> Result<QByteArray> {
              // Indented with tabs, as podman and docker write their files.
              return withEntry(text, registry, "{\n\t\t\t\"auth\": \"" + auth + "\"\n\t\t}", path);
          });
    if (!written)
        return written.error();
    return StoredCredential {path, {}};
}

Result<std::optional<Credential>>
AuthFile::lookup(const QString &registry, const QString &repository, const QStringList &paths)
{
    // Candidate keys, most specific first.
    QStringList candidates;
    QString scope = registry + u'/' + repository;
    while (true) {
        candidates.append(scope);
        const qsizetype slash = scope.lastIndexOf(u'/');
        if (slash < 0)
            break;
        scope.truncate(slash);
    }
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io, Tr::tr("cannot read %1: %2").arg(path, f.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (!doc.isObject())
            return Error(Error::Kind::Parse,
                         Tr::tr("%1 is not valid JSON: %2").arg(path, parseError.errorString()));
        const QJsonObject root = doc.object();
        // ~/.dockercfg is the legacy format: the auths map at the top level.
        const QJsonObject auths
            = root.contains("auths"_L1) ? root.value("auths"_L1).toObject() : root;
        const QJsonObject helpers = root.value("credHelpers"_L1).toObject();
        for (const QString &candidate : std::as_const(candidates)) {
            for (auto it = auths.begin(); it != auths.end(); ++it) {
                if (normalizedKey(it.key()) != candidate || !it.value().isObject())
                    continue;
                auto c = decodeEntry(it.value().toObject(), it.key(), path);
                if (!c)
                    return c.error();
                if (!c->isEmpty())
                    return std::optional<Credential>(*c);
            }
        }
        for (auto it = helpers.begin(); it != helpers.end(); ++it) {
            if (normalizedKey(it.key()) == registry)
                return getFromHelper(it.value().toString(), registry);
        }
        const QString store = root.value("credsStore"_L1).toString();
        if (!store.isEmpty()) {
            auto fromStore = getFromHelper(store, registry);
            if (!fromStore || *fromStore)
                return fromStore;
        }
    }
    return std::optional<Credential>();
}

} // namespace Berth::Workstation
