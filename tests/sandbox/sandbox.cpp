// SPDX-License-Identifier: Apache-2.0
#include "sandbox.h"

#include "certificateauthority.h"
#include "common/atomicfile.h"
#include "common/yamljson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslKey>

using namespace Qt::StringLiterals;

// The fixtures are compiled into this static library; register them before first use.
static void initFixtures()
{
    Q_INIT_RESOURCE(fixtures);
}

namespace Berth::Sandbox {

/// The wildcard domain of the simulated router.
static const QString s_routerDomain = QStringLiteral("apps.sandbox.berth.test");

static const QString fixtures = u":/fixtures"_s;

Sandbox::Sandbox(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    initFixtures();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(200);
    connect(&m_saveTimer, &QTimer::timeout, this,
            [this] { m_store.save(m_options.dataDir + u"/objects.json"_s); });
}

Sandbox::~Sandbox()
{
    if (m_saveTimer.isActive())
        m_store.save(m_options.dataDir + u"/objects.json"_s);
}

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static bool writeFile(const QString &path, const QByteArray &data,
                      FileSecrecy secrecy = FileSecrecy::Public)
{
    return bool(writeFileAtomically(path, data, secrecy));
}

bool Sandbox::prepareCertificates()
{
    const QDir dir(m_options.dataDir);
    auto loadOrCreate
        = [&](const QString &name, const QString &cn) -> std::optional<CertificateAuthority> {
        const KeyPair stored {readFile(dir.filePath(name + u".crt"_s)),
                              readFile(dir.filePath(name + u".key"_s))};
        if (!stored.certificatePem.isEmpty())
            return CertificateAuthority::load(stored);
        CertificateAuthority ca = CertificateAuthority::create(cn);
        const KeyPair pair = ca.pair();
        if (!writeFile(dir.filePath(name + u".crt"_s), pair.certificatePem)
            || !writeFile(dir.filePath(name + u".key"_s), pair.keyPem, FileSecrecy::Secret))
            return std::nullopt;
        return ca;
    };
    auto apiCa = loadOrCreate(u"api-ca"_s, u"kube-apiserver-lb-signer"_s);
    auto routerCa = loadOrCreate(u"router-ca"_s,
                                 u"ingress-operator@%1"_s.arg(QDateTime::currentSecsSinceEpoch()));
    if (!apiCa || !routerCa) {
        m_error = u"cannot create the certificate authorities in "_s + m_options.dataDir;
        return false;
    }
    m_apiCaPem = apiCa->pair().certificatePem;
    m_routerCaPem = routerCa->pair().certificatePem;
    m_routerCaKeyPem = routerCa->pair().keyPem;
    // Serving certificates are re-issued at every start (cheap, never stale).
    const KeyPair api
        = apiCa->issue(u"api.sandbox.berth.test"_s, {u"localhost"_s, u"api.sandbox.berth.test"_s},
                       {u"127.0.0.1"_s, u"::1"_s});
    const KeyPair router
        = routerCa->issue(u"*."_s + s_routerDomain, {u"*."_s + s_routerDomain, u"localhost"_s},
                          {u"127.0.0.1"_s, u"::1"_s});
    writeFile(dir.filePath(u"api.crt"_s), api.certificatePem);
    writeFile(dir.filePath(u"api.key"_s), api.keyPem, FileSecrecy::Secret);
    writeFile(dir.filePath(u"registry.crt"_s), router.certificatePem + m_routerCaPem);
    writeFile(dir.filePath(u"registry.key"_s), router.keyPem, FileSecrecy::Secret);
    return true;
}

static QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return u"sha256~"_s
        + QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool Sandbox::prepareTokens()
{
    const QString path = m_options.dataDir + u"/tokens.json"_s;
    const QJsonObject stored = QJsonDocument::fromJson(readFile(path)).object();
    QJsonObject out = stored;
    for (const QString &identity : {u"kubeadmin"_s, u"developer"_s, u"viewer"_s}) {
        if (out.value(identity).toString().isEmpty())
            out.insert(identity, newToken());
        m_tokens.insert(identity, out.value(identity).toString());
    }
    if (out != stored && !writeFile(path, QJsonDocument(out).toJson(), FileSecrecy::Secret)) {
        m_error = u"cannot write "_s + path;
        return false;
    }
    return true;
}

static QList<QJsonObject> fixtureObjects(const QString &relative)
{
    QList<QJsonObject> out;
    const auto docs = yamlDocumentsToJson(readFile(fixtures + u'/' + relative));
    if (!docs)
        return out;
    for (const QJsonValue &d : *docs) {
        const QJsonObject o = d.toObject();
        if (o.value("kind"_L1).toString() == u"List") {
            for (const QJsonValue &item : o.value("items"_L1).toArray())
                out.append(item.toObject());
        } else if (!o.isEmpty()) {
            out.append(o);
        }
    }
    return out;
}

// A cluster installed at `version` and not updating, as the cluster-version operator reports it.
static QJsonObject clusterVersionStatus(const QString &version)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto condition = [&](const QString &type, const QString &status, const QString &message) {
        return QJsonObject {{u"type"_s, type},
                            {u"status"_s, status},
                            {u"lastTransitionTime"_s, now},
                            {u"message"_s, message}};
    };
    const QString done = u"Done applying %1"_s.arg(version);
    return {
        {u"desired"_s, QJsonObject {{u"version"_s, version}}},
        {u"history"_s,
         QJsonArray {QJsonObject {{u"state"_s, u"Completed"_s},
                                  {u"version"_s, version},
                                  {u"startedTime"_s, now},
                                  {u"completionTime"_s, now},
                                  {u"verified"_s, false}}}},
        {u"conditions"_s,
         QJsonArray {
             condition(u"Available"_s, u"True"_s, done), condition(u"Failing"_s, u"False"_s, {}),
             condition(u"Progressing"_s, u"False"_s, u"Cluster version is %1"_s.arg(version))}}};
}

void Sandbox::seed()
{
    auto put = [this](QJsonObject o) {
        const ApiResource *r = m_catalog->findKind(o.value("apiVersion"_L1).toString(),
                                                   o.value("kind"_L1).toString());
        if (!r)
            return;
        QJsonObject meta = o.value("metadata"_L1).toObject();
        for (const char *f :
             {"resourceVersion", "uid", "selfLink", "creationTimestamp", "managedFields"})
            meta.remove(QLatin1StringView(f));
        o.insert(u"metadata"_s, meta);
        if (!m_store.get(r->key(), meta.value("namespace"_L1).toString(),
                         meta.value("name"_L1).toString()))
            m_store.put(r->key(), o);
    };
    auto meta = [](const QString &name, const QString &ns = {}) {
        QJsonObject m {{u"name"_s, name}};
        if (!ns.isEmpty())
            m.insert(u"namespace"_s, ns);
        return m;
    };
    for (const QString &ns :
         {u"default"_s, u"kube-system"_s, u"openshift"_s, u"openshift-config"_s,
          u"openshift-config-managed"_s, u"openshift-image-registry"_s, u"openshift-ingress"_s,
          u"openshift-ingress-operator"_s, u"team-a"_s}) {
        put({{u"apiVersion"_s, u"v1"_s},
             {u"kind"_s, u"Namespace"_s},
             {u"metadata"_s, meta(ns)},
             {u"spec"_s, QJsonObject {{u"finalizers"_s, QJsonArray {u"kubernetes"_s}}}},
             {u"status"_s, QJsonObject {{u"phase"_s, u"Active"_s}}}});
        put({{u"apiVersion"_s, u"v1"_s},
             {u"kind"_s, u"ServiceAccount"_s},
             {u"metadata"_s, meta(u"default"_s, ns)}});
    }
    put({{u"apiVersion"_s, u"v1"_s},
         {u"kind"_s, u"ServiceAccount"_s},
         {u"metadata"_s, meta(u"builder"_s, u"team-a"_s)}});

    for (const QString &f : {u"samples/storageclass_vsphere_thin.yaml"_s,
                             u"samples/storageclass_trident_ontap-gold.yaml"_s,
                             u"samples/config.openshift.io_image_cluster.yaml"_s,
                             u"samples/secret_pull-secret_openshift-config.yaml"_s}) {
        for (const QJsonObject &o : fixtureObjects(f))
            put(o);
    }
    // The registry config as a vSphere install leaves it: Removed, no storage.
    for (QJsonObject o :
         fixtureObjects(u"samples/imageregistry.operator.openshift.io_config_cluster.yaml"_s)) {
        QJsonObject spec = o.value("spec"_L1).toObject();
        spec.insert(u"managementState"_s, u"Removed"_s);
        spec.insert(u"storage"_s, QJsonObject());
        spec.insert(u"httpSecret"_s, newToken().mid(7));
        o.insert(u"spec"_s, spec);
        o.insert(u"status"_s, QJsonObject {{u"conditions"_s, QJsonArray()}});
        put(o);
    }
    const auto pruner
        = QJsonDocument::fromJson(
              readFile(
                  fixtures
                  + u"/samples/imageregistry.operator.openshift.io_imagepruner_cluster.insights-capture.json"_s))
              .object();
    if (!pruner.isEmpty()) {
        QJsonObject p = pruner;
        p.insert(u"apiVersion"_s, u"imageregistry.operator.openshift.io/v1"_s);
        p.insert(u"kind"_s, u"ImagePruner"_s);
        put(p);
    }
    // The router CA, as the ingress operator publishes it (this sandbox's real router CA).
    put({{u"apiVersion"_s, u"v1"_s},
         {u"kind"_s, u"Secret"_s},
         {u"metadata"_s, meta(u"router-ca"_s, u"openshift-ingress-operator"_s)},
         {u"type"_s, u"kubernetes.io/tls"_s},
         {u"data"_s,
          QJsonObject {{u"tls.crt"_s, QString::fromLatin1(m_routerCaPem.toBase64())},
                       {u"tls.key"_s, QString::fromLatin1(m_routerCaKeyPem.toBase64())}}}});
    put({{u"apiVersion"_s, u"v1"_s},
         {u"kind"_s, u"ConfigMap"_s},
         {u"metadata"_s, meta(u"default-ingress-cert"_s, u"openshift-config-managed"_s)},
         {u"data"_s, QJsonObject {{u"ca-bundle.crt"_s, QString::fromLatin1(m_routerCaPem)}}}});
    // The ingress domain: routes get <name>-<namespace>.<domain>, as the router serves them.
    put({{u"apiVersion"_s, u"config.openshift.io/v1"_s},
         {u"kind"_s, u"Ingress"_s},
         {u"metadata"_s, meta(u"cluster"_s)},
         {u"spec"_s, QJsonObject {{u"domain"_s, s_routerDomain}}}});
    put({{u"apiVersion"_s, u"config.openshift.io/v1"_s},
         {u"kind"_s, u"ClusterVersion"_s},
         {u"metadata"_s, meta(u"version"_s)},
         {u"spec"_s,
          QJsonObject {{u"channel"_s, u"stable-4.16"_s},
                       {u"clusterID"_s, u"b3a7e6a2-8d4f-4a7e-9a51-sandbox00001"_s}}},
         {u"status"_s, clusterVersionStatus(u"4.16.21"_s)}});

    // RBAC: the fixtures' roles, plus the Kubernetes roles they aggregate into.
    for (const QString &f : {u"rbac/openshift-apiserver_bootstrap_cluster_roles.yaml"_s,
                             u"rbac/clusterrole_system_registry.yaml"_s}) {
        for (const QJsonObject &o : fixtureObjects(f))
            put(o);
    }
    auto rule = [](QStringList groups, QStringList resources, QStringList verbs) {
        return QJsonObject {{u"apiGroups"_s, QJsonArray::fromStringList(groups)},
                            {u"resources"_s, QJsonArray::fromStringList(resources)},
                            {u"verbs"_s, QJsonArray::fromStringList(verbs)}};
    };
    const QStringList read {u"get"_s, u"list"_s, u"watch"_s};
    const QStringList all {u"*"_s};
    auto role = [&](const QString &name, QJsonArray rules, QJsonObject labels = {},
                    QString aggregateFrom = {}) {
        QJsonObject m = meta(name);
        if (!labels.isEmpty())
            m.insert(u"labels"_s, labels);
        QJsonObject o {{u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s},
                       {u"kind"_s, u"ClusterRole"_s},
                       {u"metadata"_s, m},
                       {u"rules"_s, rules}};
        if (!aggregateFrom.isEmpty())
            o.insert(
                u"aggregationRule"_s,
                QJsonObject {{u"clusterRoleSelectors"_s,
                              QJsonArray {QJsonObject {
                                  {u"matchLabels"_s, QJsonObject {{aggregateFrom, u"true"_s}}}}}}});
        put(o);
    };
    const QString toAdmin = u"rbac.authorization.k8s.io/aggregate-to-admin"_s;
    const QString toEdit = u"rbac.authorization.k8s.io/aggregate-to-edit"_s;
    const QString toView = u"rbac.authorization.k8s.io/aggregate-to-view"_s;
    role(u"cluster-admin"_s, {rule(all, all, all)});
    role(u"admin"_s, {}, {}, toAdmin);
    role(u"edit"_s, {}, {{toAdmin, u"true"_s}}, toEdit);
    role(u"view"_s, {}, {{toEdit, u"true"_s}}, toView);
    const QStringList core {u"pods"_s,    u"services"_s,        u"configmaps"_s,
                            u"secrets"_s, u"serviceaccounts"_s, u"persistentvolumeclaims"_s,
                            u"events"_s};
    role(u"system:aggregate-to-admin"_s,
         {rule({u"rbac.authorization.k8s.io"_s}, {u"roles"_s, u"rolebindings"_s}, all)},
         {{toAdmin, u"true"_s}});
    role(u"system:aggregate-to-edit"_s,
         {rule({u""_s}, core, all), rule({u"apps"_s}, {u"deployments"_s}, all)},
         {{toEdit, u"true"_s}});
    role(u"system:aggregate-to-view"_s,
         {rule({u""_s},
               core.mid(0, 3)
                   + QStringList {u"serviceaccounts"_s, u"persistentvolumeclaims"_s, u"events"_s},
               read),
          rule({u"apps"_s}, {u"deployments"_s}, read),
          rule({u""_s}, {u"namespaces"_s}, {u"get"_s})},
         {{toView, u"true"_s}});
    role(u"system:basic-user"_s,
         {rule({u"authentication.k8s.io"_s}, {u"selfsubjectreviews"_s}, {u"create"_s}),
          rule({u"authorization.k8s.io"_s},
               {u"selfsubjectaccessreviews"_s, u"selfsubjectrulesreviews"_s}, {u"create"_s})});
    role(u"system:storage-reader"_s, {rule({u"storage.k8s.io"_s}, {u"storageclasses"_s}, read)});
    auto clusterBinding = [&](const QString &name, const QString &roleName, const QString &kind,
                              const QString &subject) {
        put({{u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s},
             {u"kind"_s, u"ClusterRoleBinding"_s},
             {u"metadata"_s, meta(name)},
             {u"roleRef"_s,
              QJsonObject {{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s},
                           {u"kind"_s, u"ClusterRole"_s},
                           {u"name"_s, roleName}}},
             {u"subjects"_s,
              QJsonArray {QJsonObject {{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s},
                                       {u"kind"_s, kind},
                                       {u"name"_s, subject}}}}});
    };
    clusterBinding(u"cluster-admins"_s, u"cluster-admin"_s, u"Group"_s, u"system:cluster-admins"_s);
    clusterBinding(u"basic-users"_s, u"basic-user"_s, u"Group"_s, u"system:authenticated"_s);
    clusterBinding(u"self-access-reviewers"_s, u"self-access-reviewer"_s, u"Group"_s,
                   u"system:authenticated"_s);
    clusterBinding(u"system:basic-user"_s, u"system:basic-user"_s, u"Group"_s,
                   u"system:authenticated"_s);
    clusterBinding(u"system:storage-readers"_s, u"system:storage-reader"_s, u"Group"_s,
                   u"system:authenticated"_s);
    put({{u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s},
         {u"kind"_s, u"RoleBinding"_s},
         {u"metadata"_s, meta(u"admin"_s, u"team-a"_s)},
         {u"roleRef"_s,
          QJsonObject {{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s},
                       {u"kind"_s, u"ClusterRole"_s},
                       {u"name"_s, u"admin"_s}}},
         {u"subjects"_s,
          QJsonArray {QJsonObject {{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s},
                                   {u"kind"_s, u"User"_s},
                                   {u"name"_s, u"developer"_s}}}}});
    for (const QString &u : {u"developer"_s, u"viewer"_s})
        put({{u"apiVersion"_s, u"user.openshift.io/v1"_s},
             {u"kind"_s, u"User"_s},
             {u"metadata"_s, meta(u)},
             {u"identities"_s, QJsonArray {QString(u"htpasswd:"_s + u)}}});
    put({{u"apiVersion"_s, u"user.openshift.io/v1"_s},
         {u"kind"_s, u"Group"_s},
         {u"metadata"_s, meta(u"ocp-user-group"_s)},
         {u"users"_s, QJsonArray {u"viewer"_s}}});
}

void Sandbox::writeKubeconfig()
{
    const QString server = apiUrl();
    const QString nick = u"127-0-0-1:%1"_s.arg(m_apiServer->port());
    const QJsonObject config {
        {u"apiVersion"_s, u"v1"_s},
        {u"kind"_s, u"Config"_s},
        {u"clusters"_s,
         QJsonArray {QJsonObject {{u"name"_s, nick},
                                  {u"cluster"_s,
                                   QJsonObject {{u"server"_s, server},
                                                {u"certificate-authority-data"_s,
                                                 QString::fromLatin1(m_apiCaPem.toBase64())}}}}}},
        {u"users"_s,
         QJsonArray {QJsonObject {
             {u"name"_s, QString(u"kubeadmin/"_s + nick)},
             {u"user"_s, QJsonObject {{u"token"_s, m_tokens.value(u"kubeadmin"_s)}}}}}},
        {u"contexts"_s,
         QJsonArray {QJsonObject {{u"name"_s, u"default/%1/kubeadmin"_s.arg(nick)},
                                  {u"context"_s,
                                   QJsonObject {{u"cluster"_s, nick},
                                                {u"user"_s, QString(u"kubeadmin/"_s + nick)},
                                                {u"namespace"_s, u"default"_s}}}}}},
        {u"current-context"_s, u"default/%1/kubeadmin"_s.arg(nick)}};
    writeFile(kubeconfigPath(), jsonToYaml(config), FileSecrecy::Secret);
}

void Sandbox::scheduleSave()
{
    m_saveTimer.start();
}

bool Sandbox::start()
{
    if (m_options.dataDir.isEmpty()) {
        m_error = u"--data-dir is required"_s;
        return false;
    }
    QDir dir(m_options.dataDir);
    if (m_options.reset && dir.exists())
        dir.removeRecursively();
    if (!QDir().mkpath(m_options.dataDir)) {
        m_error = u"cannot create "_s + m_options.dataDir;
        return false;
    }
    m_options.dataDir = QDir(m_options.dataDir).absolutePath();
    if (!prepareCertificates() || !prepareTokens())
        return false;

    m_catalog = std::make_unique<ResourceCatalog>(fixtures);
    const bool loaded = m_store.load(m_options.dataDir + u"/objects.json"_s);
    if (!loaded) {
        seed();
        m_store.save(m_options.dataDir + u"/objects.json"_s);
    }

    QHash<QString, Identity> identities;
    identities.insert(
        m_tokens.value(u"kubeadmin"_s),
        {u"kubeadmin"_s,
         {u"system:cluster-admins"_s, u"system:authenticated"_s, u"system:authenticated:oauth"_s}});
    identities.insert(
        m_tokens.value(u"developer"_s),
        {u"developer"_s, {u"system:authenticated"_s, u"system:authenticated:oauth"_s}});
    identities.insert(
        m_tokens.value(u"viewer"_s),
        {u"viewer"_s,
         {u"ocp-user-group"_s, u"system:authenticated"_s, u"system:authenticated:oauth"_s}});
    m_api = std::make_unique<ApiServer>(&m_store, m_catalog.get(), identities);
    connect(m_api.get(), &ApiServer::mutated, this, &Sandbox::scheduleSave);

    auto sslFor = [](const QString &certPath, const QString &keyPath) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(QSslCertificate::fromPath(certPath));
        QFile keyFile(keyPath);
        keyFile.open(QIODevice::ReadOnly);
        ssl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        return ssl;
    };
    // The API serves its CA too, so that a client can show and pin the whole chain.
    writeFile(dir.filePath(u"api-chain.crt"_s), readFile(dir.filePath(u"api.crt"_s)) + m_apiCaPem);
    const QSslConfiguration apiSsl
        = sslFor(dir.filePath(u"api-chain.crt"_s), dir.filePath(u"api.key"_s));
    m_apiServer = new HttpServer(
        [this](const ServerRequest &r, ResponseWriter *w) { m_api->handle(r, w); }, this);
    // kube-apiserver reads at most 3 MiB of a request body.
    m_apiServer->setMaxBody(3 * 1024 * 1024, [](ResponseWriter *w) {
        const ApiServer::Reply r = ApiServer::status(
            413, u"RequestEntityTooLarge"_s, u"Request entity too large: limit is 3145728"_s);
        w->send(r.status, {{"Content-Type", "application/json"}, {"Connection", "close"}},
                QJsonDocument(r.body).toJson(QJsonDocument::Compact));
    });
    if (!m_apiServer->listen(m_options.apiPort, &apiSsl)) {
        m_error = u"cannot listen on the API port: "_s + m_apiServer->errorString();
        return false;
    }
    const QSslConfiguration registrySsl
        = sslFor(dir.filePath(u"registry.crt"_s), dir.filePath(u"registry.key"_s));
    m_operator = std::make_unique<OperatorSimulator>(&m_store, s_routerDomain);
    m_front = std::make_unique<RegistryFront>(m_api.get(), &m_store, m_operator.get());
    connect(m_front.get(), &RegistryFront::mutated, this, &Sandbox::scheduleSave);
    if (!m_front->startBackend(m_options.dockerRegistry, m_options.dataDir + u"/registry"_s)) {
        m_error = m_front->errorString();
        return false;
    }
    m_registryServer = new HttpServer(
        [this](const ServerRequest &r, ResponseWriter *w) { m_front->handle(r, w); }, this);
    // The front holds what it forwards in memory: large enough for any layer a demo pushes.
    m_registryServer->setMaxBody(qint64(2) * 1024 * 1024 * 1024);
    if (!m_registryServer->listen(m_options.registryPort, &registrySsl)) {
        m_error = u"cannot listen on the registry port: "_s + m_registryServer->errorString();
        return false;
    }
    writeKubeconfig();

    m_operator->setFrontHost(u"127.0.0.1:%1"_s.arg(m_registryServer->port()));
    connect(m_operator.get(), &OperatorSimulator::mutated, this, &Sandbox::scheduleSave);
    m_operator->step(); // consistent state before `ready`
    m_operator->start(m_options.operatorIntervalMs);
    return true;
}

QString Sandbox::apiUrl() const
{
    return u"https://127.0.0.1:%1"_s.arg(m_apiServer->port());
}

QString Sandbox::registryUrl() const
{
    return u"https://127.0.0.1:%1"_s.arg(m_registryServer->port());
}

QString Sandbox::kubeconfigPath() const
{
    return m_options.dataDir + u"/kubeconfig"_s;
}

QString Sandbox::readyLine() const
{
    return u"ready api=%1 registry=%2 kubeconfig=%3"_s.arg(apiUrl(), registryUrl(),
                                                           kubeconfigPath());
}

} // namespace Berth::Sandbox
