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
    // Over the UTF-8 bytes, as Go does: a character outside the BMP stays one sequence.
    const QByteArray utf8 = text.toUtf8();
    QByteArray out = "\"";
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto b = static_cast<unsigned char>(utf8.at(i));
        if (b == 0xE2 && i + 2 < utf8.size() && static_cast<unsigned char>(utf8.at(i + 1)) == 0x80
            && (static_cast<unsigned char>(utf8.at(i + 2)) & 0xFE) == 0xA8) {
            out += static_cast<unsigned char>(utf8.at(i + 2)) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        switch (b) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (b < 0x20 || b == '<' || b == '>' || b == '&')
                out += "\\u" + QByteArray::number(b, 16).rightJustified(4, '0');
            else
                out += char(b);
        }
    }
    return out + '"';
}

/// `current` with `secret` appended to its imagePullSecrets; nullopt when it is there.
std::optional<QJsonObject> withPullSecret(const QJsonObject &current, const QString &secret)
{
    QJsonArray pulls = current.value("imagePullSecrets"_L1).toArray();
    for (const QJsonValue &v : std::as_const(pulls)) {
        if (v.toObject().value("name"_L1).toString() == secret)
            return std::nullopt;
    }
    pulls.append(QJsonObject {{u"name"_s, secret}});
    QJsonObject out = current;
    out.insert(u"imagePullSecrets"_s, pulls);
    return out;
}

/// The replace `oc secrets link` sends, on the account as `current` has it; rebuilt the same
/// way on the account as the plan finds it when it sends the change.
Change linkChange(const QString &ns, const QString &serviceAccount, const QString &secret,
                  const QJsonObject &current)
{
    Change change;
    change.write = Change::Write::Replace;
    change.type = Kube::Resources::serviceAccounts();
    change.ns = ns;
    change.name = serviceAccount;
    change.object = withPullSecret(current, secret).value_or(current);
    change.summary = Tr::tr("Let pods of service account %1 in %2 pull with secret %3")
                         .arg(serviceAccount, ns, secret);
    change.command = Command(
        {u"oc"_s, u"secrets"_s, u"link"_s, serviceAccount, secret, u"--for=pull"_s, u"-n"_s, ns});
    change.rebase = [ns, serviceAccount, secret](const QJsonObject &now) {
        return linkChange(ns, serviceAccount, secret, now);
    };
    return change;
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
    connect(account, &Reply::finished, reply, [this, reply, account, ns, serviceAccount, secret] {
        if (account->error()) {
            reply->finish(account->error().kind() == Error::Kind::NotFound
                              ? Error(Error::Kind::NotFound,
                                      Tr::tr("service account %1 does not exist in %2; create it "
                                             "(oc create serviceaccount %1 -n %2), then link")
                                          .arg(serviceAccount, ns))
                              : account->error());
            return;
        }
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
            // As oc secrets link: nothing sent when it is there already.
            if (!withPullSecret(current, secret)) {
                reply->finishWith(std::nullopt);
                return;
            }
            reply->finishWith(linkChange(ns, serviceAccount, secret, current));
        });
    });
    return reply;
}

QString PullSecrets::podSpecSnippet(const QString &secret)
{
    return u"spec:\n  imagePullSecrets:\n  - name: "_s + secret + u'\n';
}

} // namespace Berth::OpenShift
