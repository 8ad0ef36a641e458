// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openshift/rolebindings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Berth::Gui {

/// Asks who gets which role where, as `oc policy add-role-to-user|-group` takes it: the role
/// (with what it allows in plain words), a user, group or service account, and a project or
/// the whole cluster. Names the server would refuse are refused here.
class GrantDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `project`: the project to offer (empty: none yet).
    explicit GrantDialog(const QString &project, QWidget *parent = nullptr);

    /// Shows again what was typed, with why the server refused it.
    void prefill(const QString &role, const OpenShift::Subject &subject, const QString &project,
                 const QString &problem);

    QString role() const;
    OpenShift::Subject subject() const;
    /// Empty: cluster-wide.
    QString project() const;

    void accept() override;

private:
    void update();

    QComboBox *m_role;
    QLabel *m_allows;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_project;
    QCheckBox *m_clusterWide;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Berth::Gui
