// SPDX-License-Identifier: Apache-2.0
#include "pullsecrets.h"

#include "workstation/certsdir.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

namespace {

/// A JSON string as Go's encoding/json writes it (kubectl's bytes): `<`, `>`, `&`, U+2028 and
/// U+2029 escaped too.
QByteArray goJsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20 || u == u'<' || u == u'>' || u == u'&' || u == 0x2028 || u == 0x2029)
                out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            else
                out += QString(c).toUtf8();
        }
    }
    return out + '"';
}

} // namespace

PullSecrets::PullSecrets(Kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QByteArray PullSecrets::dockerConfigJson(const PullSecretRequest &request)
{
    // kubectl's DockerConfigEntry: username, password, email (omitempty), auth.
    QByteArray entry = "{\"username\":" + goJsonString(request.username)
        + ",\"password\":" + goJsonString(request.password);
    if (!request.email.isEmpty())
        entry += ",\"email\":" + goJsonString(request.email);
    entry += ",\"auth\":"
        + goJsonString(QString::fromLatin1(
            (request.username + u':' + request.password).toUtf8().toBase64()))
        + '}';
    return "{\"auths\":{" + goJsonString(request.server) + ':' + entry + "}}";
}

Result<Change> PullSecrets::create(const PullSecretRequest &request)
{
    if (Result<void> named = Change::checkName(u"Secret"_s, request.name); !named)
        return named.error();
    if (Result<void> host = Workstation::checkRegistryHost(request.server); !host)
        return host.error();
    if (request.username.isEmpty() || request.password.isEmpty())
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("a pull secret needs a user name and a password (or a token)"));
    Change change;
    change.write = Change::Write::Create;
    change.type = Kube::Resources::secrets();
    change.ns = request.ns;
    change.name = request.name;
    change.object = QJsonObject {
        {u"apiVersion"_s, u"v1"_s},
        {u"kind"_s, u"Secret"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, request.name}, {u"namespace"_s, request.ns}}},
        {u"type"_s, u"kubernetes.io/dockerconfigjson"_s},
        {u"data"_s,
         QJsonObject {
             {u".dockerconfigjson"_s, QString::fromLatin1(dockerConfigJson(request).toBase64())}}}};
    change.summary = Tr::tr("Create pull secret %1 in %2 for %3 as %4")
                         .arg(request.name, request.ns, request.server, request.username);
    change.command = Command({u"oc"_s, u"create"_s, u"secret"_s, u"docker-registry"_s, request.name,
                              u"-n"_s, request.ns, u"--docker-server="_s + request.server,
                              u"--docker-username="_s + request.username,
                              u"--docker-password="_s + request.password});
    if (!request.email.isEmpty())
        change.command << u"--docker-email="_s + request.email;
    return change;
}

ValueReply<std::optional<Change>> *
PullSecrets::link(const QString &ns, const QString &serviceAccount, const QString &secret)
{
    auto *reply = new ValueReply<std::optional<Change>>(this);
    for (const auto &[kind, name] :
         {std::pair {u"ServiceAccount"_s, serviceAccount}, std::pair {u"Secret"_s, secret}}) {
        if (Result<void> named = Change::checkName(kind, name); !named) {
            reply->finish(named.error());
            return reply;
        }
    }
    auto *account
        = reply->follow(m_client->get(Kube::Resources::serviceAccounts(), ns, serviceAccount));
    reply->chain(account, [this, reply, account, ns, serviceAccount, secret] {
        auto *read = reply->follow(m_client->get(Kube::Resources::secrets(), ns, secret));
        // The account's reply is gone by the time the secret's answers: keep what it read.
        const QJsonObject current = account->value();
        connect(read, &Reply::finished, reply, [reply, read, current, ns, serviceAccount, secret] {
            if (read->error()) {
                reply->finish(read->error().kind() == Error::Kind::NotFound
                                  ? Error(Error::Kind::NotFound,
                                          Tr::tr("secret %1 does not exist in %2; create it "
                                                 "first, then link it")
                                              .arg(secret, ns))
                                  : read->error());
                return;
            }
            // As oc secrets link: append when absent, then a replace of the whole account at
            // the version read; rebuilt on the account as it is when the plan sends it.
            auto linked = [secret](const QJsonObject &current) -> std::optional<QJsonObject> {
                QJsonArray pulls = current.value("imagePullSecrets"_L1).toArray();
                for (const QJsonValue &v : std::as_const(pulls)) {
                    if (v.toObject().value("name"_L1).toString() == secret)
                        return std::nullopt;
                }
                pulls.append(QJsonObject {{u"name"_s, secret}});
                QJsonObject out = current;
                out.insert(u"imagePullSecrets"_s, pulls);
                return out;
            };
            const std::optional<QJsonObject> object = linked(current);
            if (!object) {
                reply->finishWith(std::nullopt);
                return;
            }
            Change change;
            change.write = Change::Write::Replace;
            change.type = Kube::Resources::serviceAccounts();
            change.ns = ns;
            change.name = serviceAccount;
            change.object = *object;
            change.summary = Tr::tr("Let pods of service account %1 in %2 pull with secret %3")
                                 .arg(serviceAccount, ns, secret);
            change.command = Command({u"oc"_s, u"secrets"_s, u"link"_s, serviceAccount, secret,
                                      u"--for=pull"_s, u"-n"_s, ns});
            Change base = change;
            change.rebase = [base, linked](const QJsonObject &current) {
                Change next = base;
                next.object = linked(current).value_or(current);
                return next;
            };
            reply->finishWith(change);
        });
    });
    return reply;
}

QString PullSecrets::podSpecSnippet(const QString &secret)
{
    return u"spec:\n  imagePullSecrets:\n  - name: "_s + secret + u'\n';
}

} // namespace Berth::OpenShift
