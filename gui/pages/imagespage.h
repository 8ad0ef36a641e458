// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "page.h"

#include "imagedetailsview.h"

#include "workstation/authfile.h"

#include <QMap>
#include <QNetworkAccessManager>
#include <QPointer>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Berth {
class Error;
class Reply;
namespace Oci {
struct ImageDetails;
struct ImageLocation;
class RegistryClient;
struct RegistryOptions;
} // namespace Oci
namespace Kube {
class ClusterSession;
}
namespace OpenShift {
class ClusterRegistry;
struct TagInfo;
} // namespace OpenShift
} // namespace Berth

namespace Berth::Gui {

class ActivityModel;
class CatalogModel;
class ImageStreamModel;
class TagModel;

/// Images of two kinds of source. The cluster's registry: a project's repositories and tags
/// (from its ImageStreams), removing a tag as `oc tag -d` does. Any other registry, added by
/// its address: its catalog (a page at a time) and tags, deleting an image by its digest. For
/// both: an image's details (from the registry), pulling into an OCI directory and pushing, with
/// progress and Cancel.
class ImagesPage final : public Page
{
    Q_OBJECT
public:
    ImagesPage(Kube::ClusterSession *session, ActivityModel *activity, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    /// Pulls the selected tag into `directory` (for tests; the button asks for a folder).
    void pullTo(const QString &directory);
    /// Pushes the image at `source` (oci:DIR or docker-archive:FILE) to NAME:TAG in the current
    /// project (for tests; the buttons ask for a folder or a file).
    void pushFrom(const QString &source, const QString &nameAndTag);
    /// Copies the selected tag to `destination` (HOST/REPOSITORY:TAG), every platform of it:
    /// the blobs the destination lacks, then the manifest. Within one registry nothing but the
    /// manifest moves (a retag).
    void copyTo(const QString &destination);
    QString details() const;
    /// Browses `host` (HOST[:PORT]), added to the sources if it is not one yet; `login`, when
    /// given, is used for it in this window and, with `save`, written to auth.json first.
    void addRegistry(const QString &host, const std::optional<Workstation::Credential> &login,
                     bool save);

Q_SIGNALS:
    void loaded();
    /// The tags of the selected repository are in the table.
    void tagsShown();
    void inspected();
    void pulled(bool ok);
    void pushed(bool ok);
    void copied(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// Asks for NAME:TAG, suggesting `name`, then pushes `source`.
    void askAndPush(const QString &source, const QString &name);
    /// Shows in the activity panel where a registry sends credentials for tokens.
    void noteRealm(const QString &registry, const QString &realmHost);
    /// Whether the source is the cluster (else a registry added by address).
    bool browsingCluster() const;
    /// Where the images of the source are: the cluster's registry host, or the one added.
    QString currentHost() const;
    /// The selected repository's path in the registry (PROJECT/NAME on the cluster).
    QString repositoryPath() const;
    /// HOST/REPOSITORY:TAG of the selected tag.
    QString selectedImage() const;
    /// The other tags of the selected image stream that point at `digest` (none elsewhere).
    QStringList otherStreamTags(const QString &digest, const QString &tag) const;
    /// A client of currentHost(), made again after a refresh or another host.
    Oci::RegistryClient *client();
    /// Lets the client go, with what it is reading, so that the next is made anew.
    void dropClient();
    void sourceChanged();
    /// Drops the registry being browsed from the sources, and its login typed in this window.
    void forgetRegistry();
    /// Keeps the registries added (the hosts, after the cluster's) for the next window.
    void saveSources() const;
    /// Shows the repository typed in the filter of a registry's catalog, listed or not.
    void openTypedRepository();
    /// Reads the catalog of a registry added by address.
    void browseRegistry();
    void showTags();
    void inspect();
    /// Shows the details of `reference` (a tag, or a digest) of the selected repository.
    void inspectReference(const QString &reference, ImageDetailsView::Origin origin);
    void removeTag();
    /// Deletes the selected tag's image from a registry added by address, once the user saw
    /// every tag going with its digest.
    void deleteImage();
    QString selectedRepository() const;
    QString selectedTag() const;
    void setProblem(const QString &text);
    void updateActions();
    /// Runs a copy with the progress bar and Cancel; `done` gets whether it worked.
    void transfer(const Oci::ImageLocation &from, const Oci::ImageLocation &to,
                  const QString &summary, std::function<void(bool)> done);

    /// Reads where the cluster's registry answers and picks the first that does.
    void findRegistry();
    /// The registry's credentials for `host`: the session's token only if `host` is the
    /// cluster's registry (ClusterRegistry decides), else what auth.json holds for it.
    void credentialsFor(const QString &host, Oci::RegistryOptions *options) const;
    /// Shows `error`; a 401 of the cluster's registry says which permission is missing.
    void showRegistryError(const Error &error, const QString &repository, bool push);
    /// A registry whose certificate this workstation does not trust: the chain it presents in
    /// the certificate dialog and, when the user trusts it, its CA written for rootless Podman
    /// and skopeo (as the Trust page's Export CA), which Berth reads at its next request.
    /// `error` is the TLS failure; when it names another host (a token realm, blob storage)
    /// nothing is offered. `then` gets true once it is written, false when it is not
    /// (declined, refused, another host, or already offered for this host since the last
    /// refresh).
    void offerTrust(const QString &host, const Error &error,
                    std::function<void(bool trusted)> then);

    Kube::ClusterSession *m_session;
    ActivityModel *m_activity;
    QNetworkAccessManager m_nam;
    QPointer<OpenShift::ClusterRegistry> m_clusterRegistry; ///< of the open session
    int m_registrySearch = 0; ///< findRegistry()'s newest search
    QStringList m_probedHosts; ///< the candidates the shown host was picked from
    QStringList m_trustOffered; ///< hosts whose certificate was offered since the last refresh
    ImageStreamModel *m_streams;
    TagModel *m_tags;
    QSortFilterProxyModel *m_streamProxy;
    QComboBox *m_source;
    QPushButton *m_addRegistry;
    QPushButton *m_forgetRegistry;
    QFormLayout *m_top;
    QComboBox *m_project;
    QComboBox *m_registry;
    QLineEdit *m_filter;
    QTableView *m_streamView;
    QTableView *m_tagView;
    ImageDetailsView *m_details;
    QPushButton *m_pull;
    QPushButton *m_copy;
    QPushButton *m_push;
    QPushButton *m_pushArchive;
    QPushButton *m_remove;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_problem;
    QPointer<Reply> m_transfer;
    QPointer<Reply> m_listing;
    QPointer<Reply> m_inspecting; ///< the details being read
    QPointer<Reply> m_tagListing; ///< a registry's tags being read
    QPointer<Reply> m_deleting; ///< an image deletion: its plan, the confirmation, the delete
    QPointer<Oci::RegistryClient> m_client; ///< of currentHost(), for browsing and details
    QPointer<CatalogModel> m_catalog; ///< of the registry added by address being browsed
    QMap<QString, Workstation::Credential> m_logins; ///< typed in this window, by host
};

} // namespace Berth::Gui
