// SPDX-License-Identifier: Apache-2.0
#include "edityamldialog.h"

#include "accessibility.h"
#include "editor/yamleditor.h"

#include "common/yamljson.h"
#include "kube/kubeclient.h"
#include "openshift/changeplan.h"
#include "openshift/yamledit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

EditYamlDialog::EditYamlDialog(Kube::KubeClient *client, OpenShift::ChangePlan *plan,
                               const Kube::ResourceType &type, const QString &ns,
                               const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_plan(plan)
    , m_type(type)
    , m_editor(new YamlEditor(this))
    , m_find(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_stage(new QPushButton(tr("&Stage"), this))
{
    setWindowTitle(tr("Edit YAML — %1 %2").arg(type.kind, name));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);
    auto *findRow = new QHBoxLayout;
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    findRow->addWidget(findLabel);
    m_find->setAccessibleName(tr("Find in the YAML"));
    m_find->setPlaceholderText(tr("Enter: next, Shift+Enter: previous"));
    m_find->setClearButtonEnabled(true);
    nameClearButton(m_find, tr("Clear the search"));
    findRow->addWidget(m_find);
    layout->addLayout(findRow);
    m_editor->setAccessibleName(tr("YAML of the object"));
    m_editor->setReadOnly(true); // until it is loaded
    layout->addWidget(m_editor, 1);
    m_status->setWordWrap(true);
    describeMessageLabel(m_status, tr("Edit status"));
    showMessage(m_status, tr("Reading %1 %2…").arg(type.kind, name));
    layout->addWidget(m_status);
    m_problems->setAccessibleName(tr("Problems, by line"));
    m_problems->setVisible(false);
    m_problems->setMaximumHeight(110);
    letTabLeave(m_problems);
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_stage->setAccessibleName(tr("Stage the edited object"));
    m_stage->setToolTip(tr("Checked by a server dry run first; sent for real only from the "
                           "Review pane (Ctrl+S)"));
    m_stage->setShortcut(QKeySequence::Save);
    m_stage->setEnabled(false);
    m_stage->setAutoDefault(false);
    buttons->addButton(m_stage, QDialogButtonBox::ActionRole);
    // No default button: Enter in the editor is a new line, never a submission.
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    }
    layout->addWidget(buttons);
    orderTabs({m_find, m_editor, m_problems});
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stage, &QPushButton::clicked, this, &EditYamlDialog::stage);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(new QShortcut(QKeySequence(u"Shift+Return"_s), m_find), &QShortcut::activated, this,
            [this] { find(true); });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_editor->goToLine(item->data(Qt::UserRole).toInt());
        m_editor->setFocus();
    });

    auto *read = client->get(type, ns, name);
    m_request = read;
    connect(read, &Reply::finished, this, [this, read] {
        m_request = nullptr;
        if (read->error()) {
            if (read->error().kind() != Error::Kind::Cancelled)
                showMessage(m_status, read->error().message());
            return;
        }
        m_edit = std::make_unique<OpenShift::YamlEdit>(m_type, read->value());
        m_editor->setPlainText(m_edit->text());
        const bool editable = m_readOnlyReason.isEmpty();
        m_editor->setReadOnly(!editable);
        m_stage->setEnabled(editable);
        showMessage(m_status,
                    editable ? tr("Edit, then Stage: the server checks it before it is staged.")
                             : m_readOnlyReason);
        m_editor->setFocus();
        Q_EMIT loaded();
    });
}

EditYamlDialog::~EditYamlDialog()
{
    if (m_request)
        m_request->abort();
}

bool EditYamlDialog::edit(Kube::KubeClient *client, OpenShift::ChangePlan *plan,
                          const Kube::ResourceType &type, const QString &ns, const QString &name,
                          QWidget *parent)
{
    EditYamlDialog dialog(client, plan, type, ns, name, parent);
    return dialog.exec() == QDialog::Accepted;
}

void EditYamlDialog::view(Kube::KubeClient *client, const Kube::ResourceType &type,
                          const QString &ns, const QString &name, const QString &why,
                          QWidget *parent)
{
    EditYamlDialog dialog(client, nullptr, type, ns, name, parent);
    dialog.setWindowTitle(tr("YAML — %1 %2").arg(type.kind, name));
    dialog.m_editor->setAccessibleName(tr("YAML of the object, read-only"));
    dialog.m_readOnlyReason = why;
    dialog.m_stage->hide();
    dialog.exec();
}

void EditYamlDialog::find(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags
        = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_editor->find(text, flags)) {
        // Around the end, as editors do.
        QTextCursor start = m_editor->textCursor();
        start.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_editor->setTextCursor(start);
        if (!m_editor->find(text, flags))
            showMessage(m_status, tr("\"%1\" is not in the YAML.").arg(text));
    }
}

void EditYamlDialog::showProblems(const QString &message,
                                  const QList<std::pair<int, QString>> &lines)
{
    showMessage(m_status, message);
    QMap<int, QString> marks;
    m_problems->clear();
    for (const auto &[line, text] : lines) {
        auto *item = new QListWidgetItem(line > 0 ? tr("Line %1: %2").arg(line).arg(text) : text,
                                         m_problems);
        item->setData(Qt::UserRole, line);
        if (line > 0)
            marks[line] += (marks.contains(line) ? u"\n"_s : QString()) + text;
    }
    m_editor->setProblems(marks);
    m_problems->setVisible(!lines.isEmpty());
    if (!marks.isEmpty())
        m_editor->goToLine(marks.firstKey());
    Q_EMIT refused();
}

void EditYamlDialog::stage()
{
    if (!m_edit || m_request)
        return;
    int errorLine = 0;
    const QString text = m_editor->toPlainText();
    const auto change = m_edit->change(text, &errorLine);
    if (!change) {
        // Never sent: the text stays as typed.
        showProblems(change.error().message(),
                     errorLine > 0
                         ? QList<std::pair<int, QString>> {{errorLine, change.error().message()}}
                         : QList<std::pair<int, QString>>());
        return;
    }
    if (!change->has_value()) {
        showProblems(tr("Nothing changed: there is nothing to stage."), {});
        return;
    }
    const OpenShift::Change edited = **change;
    showMessage(m_status, tr("Checking with the server (dry run)…"));
    m_stage->setEnabled(false);
    auto *dryRun = edited.send(m_client, edited.guard, true);
    m_request = dryRun;
    connect(dryRun, &Reply::finished, this, [this, dryRun, edited, text] {
        m_request = nullptr;
        m_stage->setEnabled(true);
        if (dryRun->error()) {
            if (dryRun->error().kind() == Error::Kind::Cancelled)
                return;
            // The server's causes, at the lines of their fields.
            QList<std::pair<int, QString>> lines;
            for (const StatusCause &cause : dryRun->error().causes())
                lines.append({yamlLineOf(text.toUtf8(), cause.field),
                              cause.field.isEmpty() ? cause.message
                                                    : u"%1: %2"_s.arg(cause.field, cause.message)});
            showProblems(dryRun->error().message(), lines);
            return;
        }
        m_editor->setProblems({});
        m_plan->add(edited);
        accept();
    });
}

} // namespace Berth::Gui
