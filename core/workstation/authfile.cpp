// SPDX-License-Identifier: Apache-2.0
#include "authfile.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Berth::Workstation {

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

static Result<std::optional<Credential>> runHelper(const QString &helper, const QString &registry)
{
    QProcess p;
    p.start(u"docker-credential-"_s + helper, {u"get"_s});
    if (!p.waitForStarted(5000))
        return Error(
            Error::Kind::Io,
            Tr::tr("the credential helper docker-credential-%1 could not be started").arg(helper));
    p.write(registry.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        return Error(
            Error::Kind::Timeout,
            Tr::tr("the credential helper docker-credential-%1 did not answer").arg(helper));
    }
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitCode() != 0) {
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
                return runHelper(it.value().toString(), registry);
        }
        const QString store = root.value("credsStore"_L1).toString();
        if (!store.isEmpty()) {
            auto fromStore = runHelper(store, registry);
            if (!fromStore || *fromStore)
                return fromStore;
        }
    }
    return std::optional<Credential>();
}

} // namespace Berth::Workstation
