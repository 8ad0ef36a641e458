// SPDX-License-Identifier: Apache-2.0
#include "imagedetailsview.h"

#include "accessibility.h"
#include "oci/imagedetails.h"
#include "oci/imagelocation.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

namespace {

/// A cell that shows `shown` and sorts by `value` (by its text when not given).
QStandardItem *cell(const QString &shown, const QVariant &value = {})
{
    auto *item = new QStandardItem(shown);
    item->setData(value.isValid() ? value : QVariant(shown), Qt::UserRole);
    return item;
}

/// A row of plain cells.
QList<QStandardItem *> row(const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &text : cells)
        items.append(cell(text));
    return items;
}

/// `model` behind a proxy that sorts by each cell's value: sizes and numbers as numbers.
QSortFilterProxyModel *sortedByValue(QStandardItemModel *model)
{
    auto *proxy = new QSortFilterProxyModel(model);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    return proxy;
}

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

ImageDetailsView::ImageDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_content(new QScrollArea(this))
    , m_summary(new QWidget(this))
    , m_name(selectableLabel(m_summary))
    , m_digest(new QLineEdit(m_summary))
    , m_copyDigest(new QPushButton(tr("&Copy", "the digest"), m_summary))
    , m_back(new QPushButton(tr("&Back to the Index"), this))
    , m_mediaType(selectableLabel(m_summary))
    , m_created(selectableLabel(m_summary))
    , m_size(selectableLabel(m_summary))
    , m_platform(selectableLabel(m_summary))
    , m_otherTags(selectableLabel(m_summary))
    , m_tabs(new QTabWidget(this))
    , m_layers(new QStandardItemModel(0, 4, this))
    , m_platforms(new QStandardItemModel(0, 3, this))
    , m_config(new QStandardItemModel(0, 2, this))
    , m_history(new QStandardItemModel(0, 4, this))
    , m_commands(new QPlainTextEdit(this))
    , m_copyCommands(new QPushButton(tr("Copy Co&mmands"), this))
    , m_copyDetails(new QPushButton(tr("Copy Deta&ils"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    describeMessageLabel(m_message, tr("Image details"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_message, 1);
    top->addWidget(m_back, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *form = new QFormLayout(m_summary);
    form->setContentsMargins(0, 0, 0, 0);
    m_name->setAccessibleDescription(tr("Image"));
    form->addRow(tr("Image:"), m_name);
    m_digest->setReadOnly(true);
    m_digest->setAccessibleName(tr("Digest"));
    m_copyDigest->setAccessibleName(tr("Copy the digest"));
    connect(m_copyDigest, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_digest->text()); });
    m_back->setAccessibleName(tr("Back to the index"));
    connect(m_back, &QPushButton::clicked, this, &ImageDetailsView::backToIndex);
    auto *digestRow = new QHBoxLayout;
    digestRow->addWidget(m_digest, 1);
    digestRow->addWidget(m_copyDigest);
    form->addRow(tr("Digest:"), digestRow);
    m_mediaType->setAccessibleDescription(tr("Media type"));
    form->addRow(tr("Media type:"), m_mediaType);
    m_created->setAccessibleDescription(tr("Created"));
    form->addRow(tr("Created:"), m_created);
    m_size->setAccessibleDescription(tr("Size"));
    form->addRow(tr("Size:"), m_size);
    m_platform->setAccessibleDescription(tr("Platform"));
    form->addRow(tr("Platform:"), m_platform);
    m_otherTags->setAccessibleDescription(tr("Other tags of this digest"));
    form->addRow(tr("Other tags:"), m_otherTags);
    // The summary, tabs and Copy Details scroll when the window is short (1024x700).
    auto *content = new QWidget(m_content);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);

    m_layers->setHorizontalHeaderLabels({u"#"_s, tr("Digest"), tr("Size"), tr("Media type")});
    QTableView *layers = makeTable(sortedByValue(m_layers), tr("Layers"), m_tabs);
    m_tabs->addTab(layers, tr("Layers"));
    m_tables.append(layers);
    m_platforms->setHorizontalHeaderLabels({tr("Platform"), tr("Digest"), tr("Size")});
    m_platformView = makeTable(sortedByValue(m_platforms), tr("Platforms"), m_tabs);
    m_platformView->setToolTip(tr("Enter or a double click opens the platform's image"));
    connect(m_platformView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const auto digest = Oci::Digest::parse(index.siblingAtColumn(1).data().toString()))
            Q_EMIT platformChosen(*digest);
    });
    m_tabs->addTab(m_platformView, tr("Platforms"));
    m_tables.append(m_platformView);
    m_config->setHorizontalHeaderLabels({tr("Setting"), tr("Value")});
    QTableView *config = makeTable(m_config, tr("Config"), m_tabs);
    config->setSortingEnabled(false); // in the order a Containerfile reads
    m_tabs->addTab(config, tr("Config"));
    m_tables.append(config);
    m_history->setHorizontalHeaderLabels({u"#"_s, tr("Created"), tr("Instruction"), tr("Layer")});
    QTableView *history = makeTable(sortedByValue(m_history), tr("History"), m_tabs);
    m_tabs->addTab(history, tr("History"));
    m_tables.append(history);
    auto *commands = new QWidget(m_tabs);
    auto *commandsLayout = new QVBoxLayout(commands);
    m_commands->setReadOnly(true);
    m_commands->setAccessibleName(tr("Commands"));
    commandsLayout->addWidget(m_commands);
    m_copyCommands->setAccessibleName(tr("Copy the commands"));
    connect(m_copyCommands, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_commands->toPlainText()); });
    commandsLayout->addWidget(m_copyCommands, 0, Qt::AlignRight);
    m_tabs->addTab(commands, tr("Commands"));
    // One line a row; digests and instructions take what is left, shortened in their middle.
    for (const auto &[table, wide] :
         {std::pair {layers, 1}, std::pair {m_platformView, 1}, std::pair {history, 2}}) {
        table->setTextElideMode(Qt::ElideMiddle);
        table->horizontalHeader()->setStretchLastSection(false);
        table->horizontalHeader()->setSectionResizeMode(wide, QHeaderView::Stretch);
    }
    for (QTableView *table : std::as_const(m_tables))
        table->setWordWrap(false);
    m_tabs->setAccessibleName(tr("Image details tabs"));
    m_tabs->setMinimumHeight(160);
    contentLayout->addWidget(m_tabs, 1);
    m_copyDetails->setAccessibleName(tr("Copy the image details"));
    connect(m_copyDetails, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text); });
    contentLayout->addWidget(m_copyDetails, 0, Qt::AlignRight);
    m_content->setWidget(content);
    m_content->setWidgetResizable(true);
    m_content->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_content, 1);
    clear();
}

QList<QWidget *> ImageDetailsView::focusOrder() const
{
    QList<QWidget *> order {m_digest, m_copyDigest, m_back, m_tabs};
    for (QTableView *table : m_tables)
        order.append(table);
    return order + QList<QWidget *> {m_commands, m_copyCommands, m_copyDetails};
}

void ImageDetailsView::showMessage(const QString &message, Origin origin)
{
    m_text = message;
    Gui::showMessage(m_message,
                     message.isEmpty() ? tr("Select a tag to see its details.") : message);
    m_message->setVisible(true);
    m_back->setVisible(origin
                       == Origin::IndexPlatform); // a platform that failed: back to its index
    m_content->setVisible(false);
}

void ImageDetailsView::showImage(const Oci::ImageDetails &image, Origin origin,
                                 const QStringList &otherTags, const QList<Command> &extraCommands)
{
    const Oci::Manifest &m = image.manifest;
    const QLocale locale = this->locale();
    const QString name = image.registry + u'/' + image.repository;
    m_text = describe(image, otherTags);
    m_message->setVisible(false);
    m_back->setVisible(origin == Origin::IndexPlatform);
    m_content->setVisible(true);

    m_name->setText(name + (Oci::Digest::parse(image.reference) ? u'@' : u':') + image.reference);
    m_digest->setText(m.digest.toString());
    m_digest->setCursorPosition(0);
    m_mediaType->setText(m.mediaType);
    const auto &config = image.config;
    m_created->setText(config && config->created.isValid()
                           ? locale.toString(config->created.toLocalTime(), QLocale::LongFormat)
                           : tr("not said"));
    const qint64 size = m.isIndex ? -1 : m.layersSize();
    //: %1: a size; %2: how many layers.
    m_size->setText(size < 0 ? tr("not known")
                             : tr("%1 as stored; layers: %2")
                                   .arg(locale.formattedDataSize(size))
                                   .arg(m.layers.size()));
    //: %1: how many platforms an index has.
    m_platform->setText(
        m.isIndex    ? tr("an index; platforms: %1").arg(m.manifests.size())
            : config ? Oci::Platform {config->os, config->architecture, config->variant}.toString()
                     : QString());
    m_otherTags->setText(otherTags.isEmpty() ? tr("none known") : otherTags.join(u", "_s));

    m_layers->removeRows(0, m_layers->rowCount());
    for (qsizetype i = 0; i < m.layers.size(); ++i) {
        const Oci::Descriptor &layer = m.layers.at(i);
        m_layers->appendRow({cell(locale.toString(i + 1), i + 1), cell(layer.digest.toString()),
                             cell(locale.formattedDataSize(layer.size), layer.size),
                             cell(layer.mediaType)});
    }
    m_platforms->removeRows(0, m_platforms->rowCount());
    for (const Oci::Descriptor &d : m.manifests)
        m_platforms->appendRow({cell(d.platform.toString()), cell(d.digest.toString()),
                                cell(locale.formattedDataSize(d.size), d.size)});
    m_config->removeRows(0, m_config->rowCount());
    if (config) {
        const auto add = [this](const QString &setting, const QString &value) {
            if (!value.isEmpty())
                m_config->appendRow(row({setting, value}));
        };
        for (const auto &[setting, value] : startSettings(*config))
            add(setting, value);
        for (const QString &variable : config->env)
            add(tr("Environment"), variable);
        for (auto it = config->labels.cbegin(); it != config->labels.cend(); ++it)
            add(tr("Label"), it.key() + u'=' + it.value());
        add(tr("Author"), config->author);
    } else if (!image.configError.isEmpty()) {
        m_config->appendRow(row({tr("Not read"), image.configError}));
    }
    m_history->removeRows(0, m_history->rowCount());
    if (config) {
        for (qsizetype i = 0; i < config->history.size(); ++i) {
            const Oci::ImageConfig::Step &step = config->history.at(i);
            m_history->appendRow(
                {cell(locale.toString(i + 1), i + 1),
                 cell(step.created.isValid()
                          ? locale.toString(step.created.toLocalTime(), QLocale::ShortFormat)
                          : QString(),
                      step.created),
                 cell(step.createdBy), cell(step.emptyLayer ? tr("none") : tr("a layer"))});
        }
    }
    for (QTableView *table : std::as_const(m_tables))
        table->resizeColumnsToContents();
    // An image's tabs, or an index's platforms; the commands for both. From an index to an
    // image, its layers come first.
    const bool wasIndex = m_tabs->currentWidget() == m_platformView;
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab) == m_platformView)
            m_tabs->setTabVisible(tab, m.isIndex);
        else if (tab != m_tabs->count() - 1)
            m_tabs->setTabVisible(tab, !m.isIndex);
    }
    if (m.isIndex)
        m_tabs->setCurrentWidget(m_platformView);
    else if (wasIndex)
        m_tabs->setCurrentWidget(m_tables.first());

    QStringList commands;
    for (const Command &command :
         Oci::ImageLocation::readCommands(name + u'@' + m.digest.toString()) + extraCommands)
        commands.append(command.toShell());
    m_commands->setPlainText(commands.join(u'\n'));
}

QList<std::pair<QString, QString>>
ImageDetailsView::startSettings(const Oci::ImageConfig &config) const
{
    QList<std::pair<QString, QString>> settings;
    for (const auto &[setting, value] :
         {std::pair {tr("Entrypoint"), Command(config.entrypoint).toShell()},
          std::pair {tr("Command"), Command(config.cmd).toShell()},
          std::pair {tr("User"), config.user},
          std::pair {tr("Working directory"), config.workingDir},
          std::pair {tr("Exposed ports"), config.exposedPorts.join(u", "_s)},
          std::pair {tr("Volumes"), config.volumes.join(u", "_s)}}) {
        if (!value.isEmpty())
            settings.append({setting, value});
    }
    return settings;
}

QString ImageDetailsView::describe(const Oci::ImageDetails &image,
                                   const QStringList &otherTags) const
{
    const Oci::Manifest &m = image.manifest;
    const QString name = image.registry + u'/' + image.repository;
    QString text
        = tr("Image: %1\nDigest: %2\nMedia type: %3\n")
              .arg(name + (Oci::Digest::parse(image.reference) ? u'@' : u':') + image.reference,
                   m.digest.toString(), m.mediaType);
    if (!otherTags.isEmpty())
        text += tr("Other tags of this digest: %1\n").arg(otherTags.join(u", "_s));
    if (m.isIndex) {
        for (const Oci::Descriptor &d : m.manifests)
            text += tr("Platform %1: %2\n").arg(d.platform.toString(), d.digest.toString());
    } else if (const qint64 size = m.layersSize(); size >= 0) {
        text += tr("Layers: %1, %2 as stored (%3 bytes)\nConfig: %4\n")
                    .arg(m.layers.size())
                    .arg(locale().formattedDataSize(size), locale().toString(size),
                         m.config.digest.toString());
    }
    if (!image.configError.isEmpty())
        text += tr("The config could not be read: %1\n").arg(image.configError);
    if (const auto &config = image.config) {
        const auto line = [&text](const QString &label, const QString &value) {
            if (!value.isEmpty())
                text += label.arg(value) + u'\n';
        };
        line(tr("Created: %1"),
             config->created.isValid()
                 ? locale().toString(config->created.toLocalTime(), QLocale::LongFormat)
                 : QString());
        if (!config->os.isEmpty() || !config->architecture.isEmpty())
            line(tr("Platform: %1"),
                 Oci::Platform {config->os, config->architecture, config->variant}.toString());
        for (const auto &[setting, value] : startSettings(*config))
            text += setting + u": "_s + value + u'\n';
        if (!config->env.isEmpty())
            text += tr("Environment:\n") + u"  "_s + config->env.join(u"\n  "_s) + u'\n';
        if (!config->labels.isEmpty()) {
            text += tr("Labels:\n");
            for (auto it = config->labels.cbegin(); it != config->labels.cend(); ++it)
                text += u"  %1=%2\n"_s.arg(it.key(), it.value());
        }
        if (!config->history.isEmpty()) {
            text += tr("History (oldest first):\n");
            for (const Oci::ImageConfig::Step &step : config->history)
                text += u"  "_s + step.createdBy + u'\n';
        }
    }
    text += tr("Pull: %1\n")
                .arg(Oci::ImageLocation::readCommands(name + u'@' + m.digest.toString())
                         .constFirst()
                         .toShell());
    return text;
}

} // namespace Berth::Gui
