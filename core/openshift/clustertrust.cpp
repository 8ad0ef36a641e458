// SPDX-License-Identifier: Apache-2.0
#include "clustertrust.h"

#include "oci/imagereference.h"
#include "tls/certificates.h"
#include "tls/handshake.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

namespace {

const QString s_configNamespace = u"openshift-config"_s;
const QString s_defaultConfigMap = u"registry-cas"_s;

/// host:port -> host and port, 443 when none is given.
std::pair<QString, quint16> splitHost(const QString &host)
{
    const QUrl url(u"https://"_s + host);
    return {url.host(), quint16(url.port(443))};
}

/// Every certificate of `wanted` is in `bundle`.
bool containsAll(const QList<QSslCertificate> &bundle, const QList<QSslCertificate> &wanted)
{
    return std::all_of(wanted.cbegin(), wanted.cend(),
                       [&bundle](const QSslCertificate &c) { return bundle.contains(c); });
}

QString configMapValue(const QJsonObject &configMap, const QString &key)
{
    return configMap.value("data"_L1).toObject().value(key).toString();
}

} // namespace

QString CaSource::name(Kind kind)
{
    switch (kind) {
    case Kind::RouterCa:
        return u"router-ca"_s;
    case Kind::DefaultIngressCert:
        return u"default-ingress-cert"_s;
    case Kind::Presented:
        return u"presented"_s;
    }
    return {};
}

std::optional<CaSource::Kind> CaSource::fromName(const QString &name)
{
    for (Kind k : {Kind::RouterCa, Kind::DefaultIngressCert, Kind::Presented}) {
        if (CaSource::name(k) == name)
            return k;
    }
    return std::nullopt;
}

QString CaSource::label(Kind kind)
{
    switch (kind) {
    case Kind::RouterCa:
        return u"secret/router-ca -n openshift-ingress-operator"_s;
    case Kind::DefaultIngressCert:
        return u"configmap/default-ingress-cert -n openshift-config-managed"_s;
    case Kind::Presented:
        return Tr::tr("the chain the registry's route presents");
    }
    return {};
}

QString CaSource::note(Kind kind)
{
    switch (kind) {
    case Kind::RouterCa:
        return Tr::tr("The ingress operator's own signing CA, which the procedure extracts. It is "
                      "right while the routes use the certificate the operator generated; once "
                      "an administrator replaces the ingress certificate, it no longer signs "
                      "what the routes present.");
    case Kind::DefaultIngressCert:
        return Tr::tr("The CA bundle the ingress operator publishes for the certificate the "
                      "routes serve now, whether generated or replaced. Right in both cases.");
    case Kind::Presented:
        return Tr::tr("What the route sends when Berth connects. Use it only when no cluster "
                      "source verifies the route, and only after comparing its fingerprint with "
                      "one obtained another way: a connection can be intercepted.");
    }
    return {};
}

const CaSource *RegistryCa::source(CaSource::Kind kind) const
{
    for (const CaSource &s : sources) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

Result<CaSource> RegistryCa::choose(std::optional<CaSource::Kind> kind,
                                    const QString &fingerprint) const
{
    if (!kind && recommended < 0)
        return Error(Error::Kind::Tls, recommendation);
    const CaSource &chosen = sources.at(kind ? qsizetype(*kind) : recommended);
    if (chosen.certificates.isEmpty())
        return Error(Error::Kind::NotFound,
                     Tr::tr("%1 gives no certificate: %2")
                         .arg(CaSource::label(chosen.kind),
                              chosen.problem.isEmpty() ? presentedProblem : chosen.problem));
    if (chosen.kind == CaSource::Kind::Presented
        && Tls::normalizedFingerprint(fingerprint)
            != Tls::normalizedFingerprint(Tls::sha256Fingerprint(chosen.certificates.first())))
        return Error(
            Error::Kind::Tls,
            fingerprint.isEmpty()
                ? Tr::tr("what %1 presents is taken only with its SHA-256 fingerprint, "
                         "obtained another way: it is %2")
                      .arg(host, Tls::sha256Fingerprint(chosen.certificates.first()))
                : Tr::tr("%1 presents SHA-256 %2, not %3: the connection may be "
                         "intercepted; nothing is trusted")
                      .arg(host, Tls::sha256Fingerprint(chosen.certificates.first()), fingerprint));
    return chosen;
}

const TrustedHost *ClusterTrustState::find(const QString &host) const
{
    const Result<QString> key = ClusterTrust::configMapKey(host);
    if (!key)
        return nullptr;
    for (const TrustedHost &h : hosts) {
        if (h.key == *key)
            return &h;
    }
    return nullptr;
}

ClusterTrust::ClusterTrust(Kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Result<QString> ClusterTrust::configMapKey(const QString &host)
{
    static const QRegularExpression keyChars(u"^[-._a-zA-Z0-9]+\\z"_s);
    const auto [name, port] = splitHost(host);
    if (!Oci::isValidRegistryHost(host) || name.isEmpty())
        return Error(
            Error::Kind::InvalidInput,
            Tr::tr("\"%1\" is not a registry host (HOST or HOST:PORT)").arg(host.left(200)));
    if (!keyChars.match(name).hasMatch())
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("a ConfigMap key cannot name the IPv6 address %1; use the "
                            "registry's hostname")
                         .arg(name));
    return port == 443 ? name : name + u".."_s + QString::number(port);
}

QString ClusterTrust::hostOfKey(const QString &key)
{
    const qsizetype dots = key.lastIndexOf(u".."_s);
    return dots < 0 ? key : key.left(dots) + u':' + key.mid(dots + 2);
}

ValueReply<RegistryCa> *ClusterTrust::findCa(const QString &host)
{
    auto *reply = new ValueReply<RegistryCa>(this);
    auto found = std::make_shared<RegistryCa>();
    found->host = host;
    for (CaSource::Kind kind : {CaSource::Kind::RouterCa, CaSource::Kind::DefaultIngressCert,
                                CaSource::Kind::Presented}) {
        CaSource source;
        source.kind = kind;
        found->sources.append(source);
    }
    auto pending = std::make_shared<int>(3);
    auto done = [reply, found, pending] {
        if (--*pending > 0)
            return;
        RegistryCa &ca = *found;
        for (CaSource &s : ca.sources) {
            if (s.kind == CaSource::Kind::Presented && !ca.presented.isEmpty())
                s.certificates = {ca.presented.anchor()};
            if (s.certificates.isEmpty())
                continue;
            if (ca.presented.isEmpty()) {
                s.verification = ca.presentedProblem;
                continue;
            }
            const Result<void> verified
                = Tls::verifyChain(ca.presented.certificates, s.certificates, ca.host);
            s.verifiesRoute = bool(verified);
            s.verification = verified ? QString() : verified.error().detail();
        }
        // Only the cluster's own sources are recommended: what a connection presents is what
        // an interceptor would present too.
        for (qsizetype i = 0; i < ca.sources.size(); ++i) {
            if (ca.sources.at(i).verifiesRoute
                && ca.sources.at(i).kind != CaSource::Kind::Presented) {
                ca.recommended = i;
                break;
            }
        }
        const CaSource &routerCa = ca.sources.first();
        if (ca.recommended < 0 && ca.presented.isEmpty() && !routerCa.certificates.isEmpty()) {
            // Nothing to check against (no route yet): the procedure's source, said as such.
            ca.recommended = 0;
            ca.recommendation = Tr::tr("Berth could not check the CA against the registry's "
                                       "route (%1); %2 is what the procedure uses. Check again "
                                       "once the route answers.")
                                    .arg(ca.presentedProblem, CaSource::label(routerCa.kind));
        } else if (ca.recommended < 0) {
            const CaSource &presented = ca.sources.last();
            ca.recommendation = ca.presented.isEmpty()
                ? Tr::tr("Berth cannot recommend a CA: %1 did not present a certificate (%2).")
                      .arg(ca.host, ca.presentedProblem)
                : presented.verifiesRoute
                ? Tr::tr("No CA the cluster publishes verifies what %1 presents; only its own "
                         "chain does. Berth does not choose it for you: compare SHA-256 %2 with "
                         "the one your administrator gives, then choose it with that "
                         "fingerprint.")
                      .arg(ca.host, Tls::sha256Fingerprint(presented.certificates.first()))
                : Tr::tr("No source verifies the certificate %1 presents; its chain is "
                         "incomplete or not meant for this host.")
                      .arg(ca.host);
        } else {
            ca.recommendation
                = Tr::tr("%1 verifies the certificate %2 presents: Berth "
                         "recommends it.")
                      .arg(CaSource::label(ca.sources.at(ca.recommended).kind), ca.host);
        }
        reply->finishWith(ca);
    };

    auto readInto = [reply, found, done](CaSource::Kind kind, auto *read, auto extract) {
        QObject::connect(read, &Reply::finished, reply, [found, done, kind, read, extract] {
            CaSource &s = found->sources[qsizetype(kind)];
            if (read->error()) {
                s.problem = read->error().message();
            } else if (Result<QList<QSslCertificate>> certs
                       = Tls::parseCertificates(extract(read->value()));
                       certs) {
                s.certificates = *certs;
            } else {
                s.problem = certs.error().detail();
            }
            done();
        });
    };
    readInto(CaSource::Kind::RouterCa,
             reply->follow(m_client->get(Kube::Resources::secrets(),
                                         u"openshift-ingress-operator"_s, u"router-ca"_s)),
             [](const QJsonObject &secret) {
                 return QByteArray::fromBase64(
                     secret.value("data"_L1).toObject().value("tls.crt"_L1).toString().toLatin1());
             });
    readInto(CaSource::Kind::DefaultIngressCert,
             reply->follow(m_client->get(Kube::Resources::configMaps(),
                                         u"openshift-config-managed"_s, u"default-ingress-cert"_s)),
             [](const QJsonObject &configMap) {
                 return configMapValue(configMap, u"ca-bundle.crt"_s).toUtf8();
             });
    if (host.isEmpty()) {
        found->presentedProblem = Tr::tr("no registry host is known yet");
        done();
        return reply;
    }
    const auto [name, port] = splitHost(host);
    auto *handshake = reply->follow(Tls::fetchPresentedChain(name, port, {}, reply));
    connect(handshake, &Reply::finished, reply, [handshake, found, done] {
        if (handshake->error())
            found->presentedProblem = handshake->error().detail();
        else
            found->presented = handshake->value();
        done();
    });
    return reply;
}

ValueReply<ClusterTrustState> *ClusterTrust::state()
{
    auto *reply = new ValueReply<ClusterTrustState>(this);
    auto *config = reply->follow(m_client->get(Kube::Resources::imageConfigs(), {}, u"cluster"_s));
    reply->chain(config, [this, reply, config] {
        const QString name = config->value()
                                 .value("spec"_L1)
                                 .toObject()
                                 .value("additionalTrustedCA"_L1)
                                 .toObject()
                                 .value("name"_L1)
                                 .toString();
        if (name.isEmpty()) {
            reply->finishWith(ClusterTrustState {});
            return;
        }
        auto *read = reply->follow(readConfigMap(name));
        reply->chain(read, [reply, read] { reply->finishWith(read->value()); });
    });
    return reply;
}

ValueReply<ClusterTrustState> *ClusterTrust::readConfigMap(const QString &name)
{
    auto *reply = new ValueReply<ClusterTrustState>(this);
    auto *read
        = reply->follow(m_client->get(Kube::Resources::configMaps(), s_configNamespace, name));
    connect(read, &Reply::finished, reply, [reply, read, name] {
        if (read->error() && read->error().kind() != Error::Kind::NotFound) {
            reply->finish(read->error());
            return;
        }
        ClusterTrustState state;
        state.configMap = name;
        state.configMapExists = !read->error();
        const QJsonObject data = read->value().value("data"_L1).toObject();
        for (auto it = data.begin(); it != data.end(); ++it) {
            TrustedHost h;
            h.key = it.key();
            h.host = hostOfKey(it.key());
            if (auto certs = Tls::parseCertificates(it.value().toString().toUtf8()))
                h.certificates = *certs;
            state.hosts.append(h);
        }
        reply->finishWith(state);
    });
    return reply;
}

ValueReply<TrustPlan> *ClusterTrust::trust(const QString &host, const QList<QSslCertificate> &ca,
                                           const QString &configMap, bool replace)
{
    auto *reply = new ValueReply<TrustPlan>(this);
    const Result<QString> key = configMapKey(host);
    if (!key) {
        reply->finish(key.error());
        return reply;
    }
    if (!configMap.isEmpty())
        if (Result<void> named = Change::checkName(u"ConfigMap"_s, configMap); !named) {
            reply->finish(named.error());
            return reply;
        }
    if (ca.isEmpty()) {
        reply->finish(
            Error(Error::Kind::InvalidInput, Tr::tr("there is no CA certificate to trust")));
        return reply;
    }
    const QString pem = QString::fromLatin1(Tls::toPem(ca));
    auto *state = reply->follow(this->state());
    // images.config first: the ConfigMap it names gets the key; else the one asked for, as it is.
    auto planOn = [reply, key = *key, pem, ca, configMap, host,
                   replace](const ClusterTrustState &current, bool referenced) {
        TrustPlan plan;
        plan.key = key;
        plan.configMap = current.configMap;
        if (referenced && !configMap.isEmpty() && configMap != current.configMap)
            plan.notes.append(
                Tr::tr("images.config already takes its trusted CAs from ConfigMap %1; the key "
                       "%2 goes there, since pointing it at %3 would drop the hosts %1 trusts.")
                    .arg(current.configMap, key, configMap));
        const TrustedHost *existing = current.find(host);
        const QByteArray stdinArgument = (u"--from-file="_s + key + u"=/dev/stdin"_s).toUtf8();
        if (!current.configMapExists) {
            Change create;
            create.write = Change::Write::Create;
            create.type = Kube::Resources::configMaps();
            create.ns = s_configNamespace;
            create.name = plan.configMap;
            create.object = QJsonObject {
                {u"apiVersion"_s, u"v1"_s},
                {u"kind"_s, u"ConfigMap"_s},
                {u"metadata"_s,
                 QJsonObject {{u"name"_s, plan.configMap}, {u"namespace"_s, s_configNamespace}}},
                {u"data"_s, QJsonObject {{key, pem}}}};
            create.summary = Tr::tr("Create ConfigMap %1 in %2 holding the CA for %3")
                                 .arg(plan.configMap, s_configNamespace, host);
            create.command = Command({u"oc"_s, u"create"_s, u"configmap"_s, plan.configMap, u"-n"_s,
                                      s_configNamespace, QString::fromUtf8(stdinArgument)});
            create.command.setInput(pem);
            plan.changes.append(create);
        } else if (!existing || !containsAll(existing->certificates, ca)) {
            if (existing && !replace) {
                reply->finish(Error(Error::Kind::InvalidInput,
                                    Tr::tr("ConfigMap %1 already holds another CA for %2 (key "
                                           "%3); Berth keeps it. Choose to replace it")
                                        .arg(plan.configMap, host, key),
                                    u"AnotherCa"_s));
                return;
            }
            if (existing)
                plan.notes.append(Tr::tr("ConfigMap %1 holds another CA for %2; it is replaced.")
                                      .arg(plan.configMap, host));
            Change patch;
            patch.type = Kube::Resources::configMaps();
            patch.ns = s_configNamespace;
            patch.name = plan.configMap;
            patch.patch = QJsonDocument(QJsonObject {{u"data"_s, QJsonObject {{key, pem}}}})
                              .toJson(QJsonDocument::Compact);
            patch.summary
                = Tr::tr("Add the CA for %1 to ConfigMap %2 in %3, keeping its other keys")
                      .arg(host, plan.configMap, s_configNamespace);
            patch.command = Command({u"oc"_s, u"set"_s, u"data"_s, u"configmap/"_s + plan.configMap,
                                     u"-n"_s, s_configNamespace, QString::fromUtf8(stdinArgument)});
            patch.command.setInput(pem);
            plan.changes.append(patch);
        }
        if (!referenced) {
            Change point;
            point.type = Kube::Resources::imageConfigs();
            point.name = u"cluster"_s;
            point.patch
                = QJsonDocument(
                      QJsonObject {{u"spec"_s,
                                    QJsonObject {{u"additionalTrustedCA"_s,
                                                  QJsonObject {{u"name"_s, plan.configMap}}}}}})
                      .toJson(QJsonDocument::Compact);
            point.summary = Tr::tr("Make the nodes trust the CAs of ConfigMap %1 "
                                   "(images.config additionalTrustedCA)")
                                .arg(plan.configMap);
            point.command = Command({u"oc"_s, u"patch"_s, u"image.config.openshift.io/cluster"_s,
                                     u"--type=merge"_s, u"-p"_s, QString::fromUtf8(point.patch)});
            plan.changes.append(point);
        }
        if (plan.changes.isEmpty())
            plan.notes.append(Tr::tr("The cluster already trusts this CA for %1 (ConfigMap %2, "
                                     "key %3).")
                                  .arg(host, plan.configMap, key));
        reply->finishWith(plan);
    };
    reply->chain(state, [this, reply, state, planOn, configMap] {
        const ClusterTrustState current = state->value();
        if (!current.configMap.isEmpty())
            return planOn(current, true);
        auto *read
            = reply->follow(readConfigMap(configMap.isEmpty() ? s_defaultConfigMap : configMap));
        reply->chain(read, [read, planOn] { planOn(read->value(), false); });
    });
    return reply;
}

} // namespace Berth::OpenShift
