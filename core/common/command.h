// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Berth {

/// A command line as an argument vector, never a joined string: the `oc` (or podman, docker)
/// equivalent of what Berth did. A secret is never held: an argument that carries one
/// (`--token=...`, `--password`, `-p` after a user, a `sha256~` token) becomes a reference to an
/// environment variable, shown and exported as `--token="$OC_TOKEN"`.
class Command
{
public:
    Command() = default;
    explicit Command(const QStringList &arguments);

    /// Appends one argument; a secret one is replaced by its variable (see the class brief).
    Command &operator<<(const QString &argument);
    /// Appends `prefix` joined to the value of `variable`: `--token=` and OC_TOKEN give
    /// `--token="$OC_TOKEN"`.
    Command &secret(const QString &prefix, const QString &variable);

    /// Text the command reads on its standard input (`oc create -f -`); a script gives it as a
    /// quoted here-document, so nothing in it expands. Never a secret: it is shown and written
    /// as it is.
    void setInput(const QString &input) { m_input = input; }
    QString input() const { return m_input; }

    bool isEmpty() const { return m_arguments.isEmpty(); }
    /// The arguments as shown: literal ones as given, secret ones as `PREFIX$VARIABLE`.
    QStringList arguments() const;
    /// The environment variables the command needs, in order of first use.
    QStringList variables() const;
    /// The line for a POSIX shell: arguments quoted where the shell would split or expand them.
    QString toShell() const;

    /// `argument` as a POSIX shell word: unchanged when it is safe, else in single quotes.
    static QString quote(const QString &argument);

    bool operator==(const Command &other) const = default;

private:
    struct Argument
    {
        QString text; ///< the literal, or the prefix of a secret
        QString variable; ///< set for a secret
        bool operator==(const Argument &other) const = default;
    };
    QList<Argument> m_arguments;
    QString m_input;
};

} // namespace Berth
