// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/resourcetype.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Berth {
class Reply;
namespace Kube {
class KubeClient;
}
namespace OpenShift {
class ChangePlan;
class YamlEdit;
} // namespace OpenShift
} // namespace Berth

namespace Berth::Gui {

class YamlEditor;

/// Edit YAML for an object a page shows, as `kubectl edit` does it but checked first: the text
/// is parsed (a syntax error is marked at its line), apiVersion, kind and name may not change,
/// and the server's dry run judges it; its 422 causes are marked at their lines. Nothing is
/// sent for real here: Stage puts the guarded replace in the plan, for the Review pane. On any
/// refusal the dialog stays open with the text as typed. view() shows an object that must not be
/// edited this way (an operator's), read-only, with the reason and Find.
class EditYamlDialog final : public QDialog
{
    Q_OBJECT
public:
    EditYamlDialog(Kube::KubeClient *client, OpenShift::ChangePlan *plan,
                   const Kube::ResourceType &type, const QString &ns, const QString &name,
                   QWidget *parent = nullptr);
    ~EditYamlDialog() override;

    /// Opens the dialog on the object; true when an edit was staged.
    static bool edit(Kube::KubeClient *client, OpenShift::ChangePlan *plan,
                     const Kube::ResourceType &type, const QString &ns, const QString &name,
                     QWidget *parent);
    /// Shows the object read-only, saying `why` it is not edited here and where to change it.
    static void view(Kube::KubeClient *client, const Kube::ResourceType &type, const QString &ns,
                     const QString &name, const QString &why, QWidget *parent);

    YamlEditor *editor() const { return m_editor; }
    /// Parses, checks and dry-runs the text; stages it and accepts when the server agrees.
    void stage();

Q_SIGNALS:
    /// The object is loaded into the editor.
    void loaded();
    /// A stage() ended without staging: the problems are shown.
    void refused();

private:
    void find(bool backwards);
    void showProblems(const QString &message, const QList<std::pair<int, QString>> &lines);

    Kube::KubeClient *m_client;
    OpenShift::ChangePlan *m_plan;
    Kube::ResourceType m_type;
    std::unique_ptr<OpenShift::YamlEdit> m_edit;
    QPointer<Reply> m_request;
    YamlEditor *m_editor;
    QLineEdit *m_find;
    QLabel *m_status;
    QListWidget *m_problems;
    QPushButton *m_stage;
    QString m_readOnlyReason; ///< set by view(): no Stage, the editor stays read-only
};

} // namespace Berth::Gui
