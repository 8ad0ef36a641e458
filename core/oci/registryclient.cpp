// SPDX-License-Identifier: Apache-2.0
#include "registryclient.h"

#include "authchallenge.h"
#include "blobdownload.h"
#include "blobupload.h"
#include "common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

static const QString catalogScope = u"registry:catalog:*"_s;

RegistryClient::RegistryClient(RegistryTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

Error PageTrail::step(const QString &next, qsizetype items)
{
    if (m_seen.contains(next) || m_seen.size() >= 1000 || items >= 100000)
        return Error(Error::Kind::Parse,
                     Tr::tr("the registry's pages loop or never end; stopped after %n page(s)",
                            nullptr, int(m_seen.size())));
    m_seen.insert(next);
    return {};
}

ValueReply<ListPage> *RegistryClient::listPage(const QString &path, const QString &key,
                                               const QString &scope)
{
    auto *reply = new ValueReply<ListPage>(this);
    RegistryReply *page = reply->follow(
        m_transport->send(RegistryRequest::to("GET", path, scope, 4 * 1024 * 1024)));
    connect(page, &Reply::finished, reply, [page, reply, key] {
        if (const Error error = page->unexpected({200}))
            return reply->finish(error);
        ListPage out;
        const QJsonValue list = QJsonDocument::fromJson(page->body()).object().value(key);
        static const QRegularExpression tagRe(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}\\z"_s);
        for (const QJsonValue &v : list.toArray()) {
            // Registries' quirks: null entries (Nexus) and digest-shaped "tags" (Artifactory) are
            // skipped.
            if (v.isNull() || (key == u"tags" && v.toString().startsWith(u"sha256:"_s))) {
                qCWarning(lcOci) << "skipping" << (v.isNull() ? u"null"_s : v.toString().left(80))
                                 << "in the" << key << "list of" << page->url().path();
                continue;
            }
            if (key == u"tags" && !tagRe.match(v.toString()).hasMatch())
                return reply->finish(Error(Error::Kind::Parse,
                                           Tr::tr("the registry listed an invalid tag \"%1\"")
                                               .arg(v.toString().left(200))));
            out.items.append(v.toString());
        }
        const QString next = nextLink(QString::fromLatin1(page->header("Link")));
        if (next.isEmpty())
            return reply->finishWith(out);
        // Only path and query are followed, on this registry.
        const QUrl target = page->url().resolved(QUrl(next));
        if (target.host() != page->url().host() || target.port() != page->url().port())
            return reply->finish(
                Error(Error::Kind::Forbidden,
                      Tr::tr("the registry's next page is on another host (%1); refused")
                          .arg(target.host())));
        out.next = target.path(QUrl::FullyEncoded)
            + (target.hasQuery() ? u'?' + target.query(QUrl::FullyEncoded) : QString());
        reply->finishWith(out);
    });
    return reply;
}

void RegistryClient::listPaged(ValueReply<QStringList> *reply, const QString &path,
                               const QString &key, const QString &scope, QStringList items,
                               std::shared_ptr<PageTrail> trail)
{
    auto *page = reply->follow(listPage(path, key, scope));
    connect(page, &Reply::finished, reply, [=, this]() mutable {
        if (page->error())
            return reply->finish(page->error());
        items += page->value().items;
        const QString next = page->value().next;
        if (next.isEmpty())
            return reply->finishWith(items);
        if (const Error error = trail->step(next, items.size()))
            return reply->finish(error);
        listPaged(reply, next, key, scope, items, trail);
    });
}

ValueReply<QStringList> *RegistryClient::catalog()
{
    auto *reply = new ValueReply<QStringList>(this);
    listPaged(reply, u"/v2/_catalog?n=1000"_s, u"repositories"_s, catalogScope, {},
              std::make_shared<PageTrail>());
    return reply;
}

ValueReply<ListPage> *RegistryClient::catalogPage(const QString &next, int size)
{
    return listPage(next.isEmpty() ? u"/v2/_catalog?n=%1"_s.arg(size) : next, u"repositories"_s,
                    catalogScope);
}

ValueReply<QStringList> *RegistryClient::tags(const QString &repository)
{
    auto *reply = new ValueReply<QStringList>(this);
    listPaged(reply, u"/v2/%1/tags/list?n=1000"_s.arg(repository), u"tags"_s, pullScope(repository),
              {}, std::make_shared<PageTrail>());
    return reply;
}

ValueReply<Manifest> *RegistryClient::manifest(const QString &repository, const QString &reference)
{
    auto *reply = new ValueReply<Manifest>(this);
    RegistryRequest request
        = RegistryRequest::to("GET", u"/v2/%1/manifests/%2"_s.arg(repository, reference),
                              pullScope(repository), maxManifestSize);
    request.headers = {{"Accept", MediaType::acceptHeader()}};
    RegistryReply *r = reply->follow(m_transport->send(request));
    connect(r, &Reply::finished, reply, [r, reply, reference] {
        if (r->error()) {
            if (r->error().kind() == Error::Kind::Parse)
                return reply->finish(Error(Error::Kind::Parse,
                                           Tr::tr("the manifest is larger than 4 MiB; refused")));
            return reply->finish(r->error());
        }
        if (const Error error = r->unexpected({200}))
            return reply->finish(error);
        auto m = Manifest::parse(r->body(), QString::fromLatin1(r->header("Content-Type")));
        if (!m)
            return reply->finish(m.error());
        // Pulled by digest: the body must be that digest (never trust Docker-Content-Digest).
        if (const auto wanted = Digest::parse(reference)) {
            DigestHasher hasher(wanted->algorithm());
            hasher.addData(r->body());
            if (hasher.finish() != *wanted)
                return reply->finish(Error(
                    Error::Kind::Parse,
                    Tr::tr("the manifest does not match its digest %1").arg(wanted->toString())));
            m->digest = *wanted;
        }
        reply->finishWith(*m);
    });
    return reply;
}

ValueReply<Descriptor> *RegistryClient::headManifest(const QString &repository,
                                                     const QString &reference)
{
    auto *reply = new ValueReply<Descriptor>(this);
    RegistryRequest request = RegistryRequest::to(
        "HEAD", u"/v2/%1/manifests/%2"_s.arg(repository, reference), pullScope(repository));
    request.headers = {{"Accept", MediaType::acceptHeader()}};
    RegistryReply *r = reply->follow(m_transport->send(request));
    connect(r, &Reply::finished, reply, [this, r, reply, repository, reference] {
        if (const Error error = r->unexpected({200}))
            return reply->finish(error);
        auto digest = Digest::parse(QString::fromLatin1(r->header("Docker-Content-Digest")));
        if (!digest) {
            // No usable header: fetch and hash the manifest ourselves.
            auto *full = reply->follow(manifest(repository, reference));
            connect(full, &Reply::finished, reply, [full, reply] {
                if (full->error())
                    return reply->finish(full->error());
                reply->finishWith({full->value().mediaType,
                                   full->value().digest,
                                   full->value().raw.size(),
                                   {},
                                   {}});
            });
            return;
        }
        reply->finishWith({QString::fromLatin1(r->header("Content-Type")),
                           *digest,
                           r->header("Content-Length").toLongLong(),
                           {},
                           {}});
    });
    return reply;
}

ValueReply<Digest> *RegistryClient::putManifest(const QString &repository, const QString &reference,
                                                const QByteArray &raw, const QString &mediaType)
{
    auto *reply = new ValueReply<Digest>(this);
    const Digest ours = Digest::sha256(raw);
    RegistryRequest request = RegistryRequest::to(
        "PUT", u"/v2/%1/manifests/%2"_s.arg(repository, reference), pushScope(repository));
    request.headers = {{"Content-Type", mediaType.toLatin1()}};
    request.body = raw;
    RegistryReply *r = reply->follow(m_transport->send(request));
    connect(r, &Reply::finished, reply, [r, reply, ours] {
        if (const Error error = r->unexpected({200, 201, 202}))
            return reply->finish(error);
        const QByteArray theirs = r->header("Docker-Content-Digest");
        if (!theirs.isEmpty() && QString::fromLatin1(theirs) != ours.toString())
            return reply->finish(
                Error(Error::Kind::Parse,
                      Tr::tr("the registry stored the manifest as %1, not %2")
                          .arg(QString::fromLatin1(theirs).left(100), ours.toString())));
        reply->finishWith(ours);
    });
    return reply;
}

Reply *RegistryClient::deleteManifest(const QString &repository, const Digest &digest)
{
    auto *reply = new Reply(this);
    RegistryReply *r = reply->follow(m_transport->send(
        RegistryRequest::to("DELETE", u"/v2/%1/manifests/%2"_s.arg(repository, digest.toString()),
                            u"repository:%1:delete"_s.arg(repository))));
    connect(r, &Reply::finished, reply, [r, reply] {
        if (const Error error = r->unexpected({200, 202}))
            return reply->finish(error);
        reply->finish();
    });
    return reply;
}

ValueReply<bool> *RegistryClient::blobExists(const QString &repository, const Descriptor &blob)
{
    auto *reply = new ValueReply<bool>(this);
    RegistryReply *r = reply->follow(m_transport->send(
        RegistryRequest::to("HEAD", u"/v2/%1/blobs/%2"_s.arg(repository, blob.digest.toString()),
                            pullScope(repository))));
    connect(r, &Reply::finished, reply, [r, reply, blob] {
        if (!r->error() && r->status() == 404)
            return reply->finishWith(false);
        if (const Error error = r->unexpected({200}))
            return reply->finish(error);
        const QByteArray length = r->header("Content-Length");
        if (!length.isEmpty() && blob.size > 0 && length.toLongLong() != blob.size)
            return reply->finish(Error(Error::Kind::Parse,
                                       Tr::tr("the registry has %1 with %2 bytes, not %3")
                                           .arg(blob.digest.toString())
                                           .arg(length.toLongLong())
                                           .arg(blob.size)));
        reply->finishWith(true);
    });
    return reply;
}

ValueReply<QByteArray> *RegistryClient::smallBlob(const QString &repository, const Descriptor &blob)
{
    auto *reply = new ValueReply<QByteArray>(this);
    RegistryReply *r = reply->follow(m_transport->send(
        RegistryRequest::to("GET", u"/v2/%1/blobs/%2"_s.arg(repository, blob.digest.toString()),
                            pullScope(repository), maxManifestSize)));
    connect(r, &Reply::finished, reply, [r, reply, blob] {
        if (const Error error = r->unexpected({200}))
            return reply->finish(error);
        DigestHasher hasher(blob.digest.algorithm());
        hasher.addData(r->body());
        if (hasher.finish() != blob.digest)
            return reply->finish(
                Error(Error::Kind::Parse,
                      Tr::tr("blob digest mismatch for %1").arg(blob.digest.toString())));
        reply->finishWith(r->body());
    });
    return reply;
}

Reply *RegistryClient::downloadBlob(const QString &repository, const Descriptor &blob,
                                    const QString &path)
{
    auto *reply = new Reply(this);
    startBlobDownload(m_transport, reply, repository, blob, path);
    return reply;
}

ValueReply<RegistryClient::UploadOutcome> *RegistryClient::uploadBlob(const QString &repository,
                                                                      const Descriptor &blob,
                                                                      const QString &path,
                                                                      const QString &mountFrom)
{
    auto *reply = new ValueReply<UploadOutcome>(this);
    startBlobUpload(m_transport, reply, repository, blob, path, mountFrom, m_chunkSize);
    return reply;
}

ValueReply<Descriptor> *RegistryClient::uploadStream(const QString &repository, ChunkReader read,
                                                     const QString &mediaType)
{
    auto *reply = new ValueReply<Descriptor>(this);
    startStreamUpload(m_transport, reply, repository, std::move(read), mediaType, m_chunkSize);
    return reply;
}

} // namespace Berth::Oci
