// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "change.h"
#include "common/reply.h"
#include "common/result.h"
#include "tls/certificateinfo.h"

namespace Berth::OpenShift {

/// One place the registry's certificate authority can be taken from, and what it gives.
struct CaSource
{
    enum class Kind {
        RouterCa, ///< secret/router-ca in openshift-ingress-operator (the procedure's)
        DefaultIngressCert, ///< configmap/default-ingress-cert in openshift-config-managed
        Presented, ///< the top of the chain the registry's route presents
    };
    Kind kind = Kind::RouterCa;
    QList<QSslCertificate> certificates; ///< empty when it could not be read
    QString problem; ///< why it could not be read
    bool verifiesRoute = false; ///< the presented chain verifies against it, for the host
    QString verification; ///< why it does not verify; empty when it does

    /// "router-ca", "default-ingress-cert", "presented": the --source names.
    static QString name(Kind kind);
    static std::optional<Kind> fromName(const QString &name);
    /// "secret/router-ca -n openshift-ingress-operator"
    static QString label(Kind kind);
    /// When this source is the right one, in plain words.
    static QString note(Kind kind);
};

/// The registry host's CA sources, and the one Berth recommends: the first of the cluster's own
/// sources that verifies what the route presents. The presented chain is never recommended
/// (an interceptor presents one too): it is taken only when named, with its fingerprint.
struct RegistryCa
{
    QString host; ///< host[:port] the chain was fetched from
    Tls::PresentedChain presented;
    QString presentedProblem; ///< no handshake: why
    QList<CaSource> sources; ///< RouterCa, DefaultIngressCert, Presented, in that order
    qsizetype recommended = -1;
    QString recommendation; ///< one sentence saying which and why

    const CaSource *source(CaSource::Kind kind) const;
    /// The CA to trust: `kind`'s, else the recommended one. The presented chain only with the
    /// SHA-256 `fingerprint` of its top certificate, obtained another way. An error says why
    /// there is none.
    Result<CaSource> choose(std::optional<CaSource::Kind> kind,
                            const QString &fingerprint = {}) const;
};

/// A host the cluster's nodes trust through images.config's additionalTrustedCA.
struct TrustedHost
{
    QString key; ///< "host..port"
    QString host; ///< "host:port"
    QList<QSslCertificate> certificates;
};

/// What images.config.openshift.io/cluster makes the nodes trust.
struct ClusterTrustState
{
    QString configMap; ///< spec.additionalTrustedCA.name; empty: none
    bool configMapExists = false;
    QList<TrustedHost> hosts;

    /// The entry for `host` (host[:port], 443 as no port), or nullptr.
    const TrustedHost *find(const QString &host) const;
};

/// The changes that make the nodes trust a CA for a host, with what Berth noticed.
struct TrustPlan
{
    QList<Change> changes; ///< empty when the cluster already trusts exactly that
    QStringList notes;
    QString configMap; ///< where the key goes
    QString key;
};

/// Step 5 of the procedure: the router CA, and the cluster's trust of the registry's route.
class ClusterTrust final : public QObject
{
    Q_OBJECT
public:
    explicit ClusterTrust(Kube::KubeClient *client, QObject *parent = nullptr);

    /// Reads every CA source and the chain `host` (host[:port], 443 when none) presents, and
    /// verifies that chain against each. Finishes with an error only when aborted; a source
    /// that cannot be read says why. With no `host` (no route yet), or no handshake, router-ca
    /// is recommended as the procedure's source, saying that it could not be checked.
    ValueReply<RegistryCa> *findCa(const QString &host);

    /// The ConfigMap images.config points at, and the hosts it holds.
    ValueReply<ClusterTrustState> *state();

    /// As `oc create configmap NAME -n openshift-config --from-file=host..port=tls.crt` and
    /// `oc patch image.config.openshift.io/cluster --type=merge -p
    /// '{"spec":{"additionalTrustedCA":{"name":"NAME"}}}'`: the key is added to the ConfigMap,
    /// keeping its other keys, or the ConfigMap is made; images.config is pointed at it unless
    /// it already is. When images.config already names another ConfigMap, the key goes there
    /// instead (replacing the reference would drop the hosts it trusts), and a note says so.
    /// `configMap` empty: the one referenced, else "registry-cas". A key that holds the CA
    /// (alone or in a bundle) needs nothing; one that holds another CA is kept, an error, unless
    /// `replace`.
    ValueReply<TrustPlan> *trust(const QString &host, const QList<QSslCertificate> &ca,
                                 const QString &configMap, bool replace = false);

    /// "host..port" for host:port, "host" for host or host:443; an error for a host a
    /// ConfigMap key cannot hold (an IPv6 literal, anything but letters, digits, '-' and '.').
    static Result<QString> configMapKey(const QString &host);
    /// "host:port" for a key made by configMapKey().
    static QString hostOfKey(const QString &key);

private:
    /// The ConfigMap `name` of openshift-config and its hosts (not there: configMapExists false).
    ValueReply<ClusterTrustState> *readConfigMap(const QString &name);

    Kube::KubeClient *m_client;
};

} // namespace Berth::OpenShift
