// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/command.h"
#include "oci/digest.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace Berth::Oci {
struct ImageConfig;
struct ImageDetails;
} // namespace Berth::Oci

namespace Berth::Gui {

/// One tag or digest, inspected: a summary (name, the digest to copy, media type, created, size,
/// platform, the other tags of the digest), then tabs: its layers with their size, or an index's
/// platforms (Enter or a double click opens one); the config (entrypoint, command, user, working
/// directory, ports, volumes, environment, labels); the build history; and the commands that
/// pull or read it, ready to copy.
class ImageDetailsView final : public QWidget
{
    Q_OBJECT
public:
    /// What is shown: a tag or digest of the repository, or one platform of the index a tag
    /// points to (Back to the Index returns to it).
    enum class Origin { Repository, IndexPlatform };

    explicit ImageDetailsView(QWidget *parent = nullptr);

    /// Shows `image`; `otherTags` have its digest; `commands` come after the pull commands.
    void showImage(const Oci::ImageDetails &image, Origin origin, const QStringList &otherTags,
                   const QList<Command> &commands = {});
    /// Shows nothing but `message` (empty: the placeholder), about a read from `origin`.
    void showMessage(const QString &message, Origin origin = Origin::Repository);
    void clear() { showMessage({}); }
    /// What is shown, as plain text (what Copy Details copies).
    QString text() const { return m_text; }
    /// The controls Tab reaches, in screen order (those hidden are passed over).
    QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    /// The user opened the platform `digest` of the index shown.
    void platformChosen(const Berth::Oci::Digest &digest);
    /// The user asked for the index again, from one of its platforms.
    void backToIndex();

private:
    /// How a container of `config` starts (entrypoint, command, user, working directory, ports,
    /// volumes), as (setting, value) for each one set.
    QList<std::pair<QString, QString>> startSettings(const Oci::ImageConfig &config) const;
    QString describe(const Oci::ImageDetails &image, const QStringList &otherTags) const;

    QLabel *m_message;
    QScrollArea *m_content; ///< the summary, the tabs and Copy Details
    QWidget *m_summary;
    QLabel *m_name;
    QLineEdit *m_digest;
    QPushButton *m_copyDigest;
    QPushButton *m_back;
    QLabel *m_mediaType;
    QLabel *m_created;
    QLabel *m_size;
    QLabel *m_platform;
    QLabel *m_otherTags;
    QTabWidget *m_tabs;
    QStandardItemModel *m_layers;
    QStandardItemModel *m_platforms;
    QTableView *m_platformView;
    QStandardItemModel *m_config;
    QStandardItemModel *m_history;
    QPlainTextEdit *m_commands;
    QPushButton *m_copyCommands;
    QList<QTableView *> m_tables;
    QPushButton *m_copyDetails;
    QString m_text;
};

} // namespace Berth::Gui
