// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workstation/authfile.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Berth::Gui {

/// Asks for a registry to browse by its address (HOST[:PORT]) and, when it wants one, a login:
/// kept for this window only, or saved in containers' auth.json as `podman login` saves it.
/// Without a login, the one auth.json or Docker's config.json holds for the host is used.
class AddRegistryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AddRegistryDialog(QWidget *parent = nullptr);

    QString host() const;
    /// The login typed; nullopt when none was.
    std::optional<Workstation::Credential> credential() const;
    /// Whether the login typed goes into auth.json.
    bool saveLogin() const;

    void accept() override;

private:
    QLineEdit *m_host;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_save;
    QLabel *m_problem;
};

} // namespace Berth::Gui
