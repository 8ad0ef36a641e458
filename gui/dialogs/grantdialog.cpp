// SPDX-License-Identifier: Apache-2.0
#include "grantdialog.h"

#include "accessibility.h"
#include "models/grantmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

GrantDialog::GrantDialog(const QString &project, QWidget *parent)
    : QDialog(parent)
    , m_role(new QComboBox(this))
    , m_allows(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_project(new QLineEdit(project, this))
    , m_clusterWide(new QCheckBox(tr("Cluster-&wide (every project)"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Grant a Role"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_role->setEditable(true);
    m_role->addItems({u"registry-viewer"_s, u"registry-editor"_s, u"registry-admin"_s,
                      u"system:image-puller"_s, u"system:image-pusher"_s});
    nameComboBox(m_role, tr("Role"));
    form->addRow(tr("&Role:"), m_role);
    m_allows->setWordWrap(true);
    describeMessageLabel(m_allows, tr("What the role allows"));
    form->addRow(QString(), m_allows);
    for (const auto kind : {OpenShift::Subject::Kind::User, OpenShift::Subject::Kind::Group,
                            OpenShift::Subject::Kind::ServiceAccount})
        m_kind->addItem(GrantModel::kindName(kind), int(kind));
    m_kind->setAccessibleName(tr("Grant to"));
    form->addRow(tr("&Grant to:"), m_kind);
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);
    m_project->setAccessibleName(tr("Project"));
    m_project->setPlaceholderText(u"team-a"_s);
    form->addRow(tr("&Project:"), m_project);
    m_clusterWide->setAccessibleName(tr("Cluster-wide"));
    form->addRow(QString(), m_clusterWide);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    describeMessageLabel(m_problem, tr("Problem"));
    layout->addWidget(m_problem);
    // Staged, not applied: the Review pane shows the binding before anything is sent.
    QPushButton *stage = m_buttons->addButton(tr("&Stage"), QDialogButtonBox::AcceptRole);
    stage->setAccessibleName(tr("Stage the grant"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GrantDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_role, &QComboBox::currentTextChanged, this, &GrantDialog::update);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &GrantDialog::update);
    connect(m_clusterWide, &QCheckBox::toggled, this, &GrantDialog::update);
    update();
    m_name->setFocus();
}

void GrantDialog::prefill(const QString &role, const OpenShift::Subject &subject,
                          const QString &project, const QString &problem)
{
    m_role->setCurrentText(role);
    m_kind->setCurrentIndex(m_kind->findData(int(subject.kind)));
    m_name->setText(subject.name);
    m_clusterWide->setChecked(project.isEmpty());
    m_project->setText(subject.kind == OpenShift::Subject::Kind::ServiceAccount ? subject.ns
                                                                                : project);
    showMessage(m_problem, problem);
    update();
}

QString GrantDialog::role() const
{
    return m_role->currentText().trimmed();
}

OpenShift::Subject GrantDialog::subject() const
{
    const QString name = m_name->text().trimmed();
    switch (OpenShift::Subject::Kind(m_kind->currentData().toInt())) {
    case OpenShift::Subject::Kind::Group:
        return OpenShift::Subject::group(name);
    case OpenShift::Subject::Kind::ServiceAccount:
        return OpenShift::Subject::serviceAccount(m_project->text().trimmed(), name);
    case OpenShift::Subject::Kind::User:
        break;
    }
    return OpenShift::Subject::user(name);
}

QString GrantDialog::project() const
{
    return m_clusterWide->isChecked() ? QString() : m_project->text().trimmed();
}

void GrantDialog::update()
{
    const QString allows = OpenShift::RoleBindings::roleInPlainWords(role());
    showMessage(m_allows,
                allows.isEmpty() ? tr("Not one of the registry's roles: see what it allows "
                                      "with oc describe clusterrole %1.")
                                       .arg(role())
                                 : tr("Whoever has %1 %2.").arg(role(), allows));
    // A service account is in a project: granting it cluster-wide is done by its user name,
    // system:serviceaccount:PROJECT:NAME, as a user.
    const bool serviceAccount
        = m_kind->currentData().toInt() == int(OpenShift::Subject::Kind::ServiceAccount);
    m_clusterWide->setEnabled(!serviceAccount);
    if (serviceAccount)
        m_clusterWide->setChecked(false);
    m_project->setEnabled(!m_clusterWide->isChecked());
    static const QStringList examples {u"alice"_s, u"ocp-user-group"_s, u"builder"_s};
    m_name->setPlaceholderText(examples.value(m_kind->currentIndex()));
}

void GrantDialog::accept()
{
    if (const Result<void> names = OpenShift::RoleBindings::checkNames(
            role(), m_name->text().trimmed(), project(), m_clusterWide->isChecked());
        !names) {
        showMessage(m_problem, names.error().message());
        return;
    }
    QDialog::accept();
}

} // namespace Berth::Gui
