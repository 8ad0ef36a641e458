// SPDX-License-Identifier: Apache-2.0
#include "command.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
struct SecretFlag
{
    QLatin1StringView flag;
    QLatin1StringView variable;
};
// The flags of oc, podman, docker and skopeo whose value is a credential.
constexpr SecretFlag s_secretFlags[] = {
    {"--token"_L1, "OC_TOKEN"_L1},
    {"--password"_L1, "PASSWORD"_L1},
    {"--docker-password"_L1, "PASSWORD"_L1},
    {"--registry-token"_L1, "REGISTRY_TOKEN"_L1},
    {"--src-registry-token"_L1, "SRC_REGISTRY_TOKEN"_L1},
    {"--dest-registry-token"_L1, "DEST_REGISTRY_TOKEN"_L1},
    {"--creds"_L1, "CREDS"_L1},
    {"--src-creds"_L1, "SRC_CREDS"_L1},
    {"--dest-creds"_L1, "DEST_CREDS"_L1},
    {"--src-password"_L1, "SRC_PASSWORD"_L1},
    {"--dest-password"_L1, "DEST_PASSWORD"_L1},
    {"--auth-basic"_L1, "CREDS"_L1}, // oc registry login --auth-basic=USER:PASS
};

QLatin1StringView variableFor(QStringView flag, QStringView program, QStringView subcommand)
{
    // `-p` is a password only to `oc login`, `podman login` and `docker login`: it is the
    // patch of `oc patch` and a port of `podman run`.
    if (flag == u"-p" && subcommand == u"login"
        && (program == u"oc" || program == u"podman" || program == u"docker"))
        return "PASSWORD"_L1;
    for (const SecretFlag &s : s_secretFlags) {
        if (flag == s.flag)
            return s.variable;
    }
    return {};
}
} // namespace

Command::Command(const QStringList &arguments)
{
    for (const QString &a : arguments)
        *this << a;
}

Command &Command::operator<<(const QString &argument)
{
    const QString program = m_arguments.isEmpty() ? QString() : m_arguments.constFirst().text;
    const QString subcommand = m_arguments.size() < 2 ? QString() : m_arguments.at(1).text;
    // "--token VALUE": the flag came alone, this is its value.
    if (!m_arguments.isEmpty() && m_arguments.constLast().variable.isEmpty()) {
        if (const QLatin1StringView variable
            = variableFor(m_arguments.constLast().text, program, subcommand);
            !variable.isEmpty()) {
            m_arguments.append({{}, variable});
            return *this;
        }
    }
    // "--token=VALUE".
    if (const qsizetype eq = argument.indexOf(u'='); eq > 0) {
        if (const QLatin1StringView variable
            = variableFor(QStringView(argument).left(eq), program, subcommand);
            !variable.isEmpty() && eq + 1 < argument.size()) {
            m_arguments.append({argument.left(eq + 1), variable});
            return *this;
        }
    }
    // A token on its own, wherever it appears: an OpenShift OAuth token, or a service account
    // token (a JWT: three base64url parts, the first a JSON header).
    static const QRegularExpression token(
        u"^(sha256~[A-Za-z0-9_-]+|eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*)$"_s);
    if (token.match(argument).hasMatch()) {
        m_arguments.append({{}, u"OC_TOKEN"_s});
        return *this;
    }
    m_arguments.append({argument, {}});
    return *this;
}

Command &Command::secret(const QString &prefix, const QString &variable)
{
    m_arguments.append({prefix, variable});
    return *this;
}

QStringList Command::arguments() const
{
    QStringList out;
    for (const Argument &a : m_arguments)
        out.append(a.variable.isEmpty() ? a.text : a.text + u'$' + a.variable);
    return out;
}

QStringList Command::variables() const
{
    QStringList out;
    for (const Argument &a : m_arguments) {
        if (!a.variable.isEmpty() && !out.contains(a.variable))
            out.append(a.variable);
    }
    return out;
}

QString Command::quote(const QString &argument)
{
    // POSIX shell: these never split, glob or expand; anything else goes in single quotes,
    // where only the single quote itself needs care ('\'').
    static const QRegularExpression safe(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString Command::toShell() const
{
    QStringList words;
    for (const Argument &a : m_arguments) {
        if (a.variable.isEmpty())
            words.append(quote(a.text));
        else
            words.append((a.text.isEmpty() ? QString() : quote(a.text)) + u"\"$"_s + a.variable
                         + u'"');
    }
    QString line = words.join(u' ');
    if (m_input.isEmpty())
        return line;
    // A delimiter the input does not hold on a line of its own.
    QString delimiter = u"BERTH_EOF"_s;
    const QStringList inputLines = m_input.split(u'\n');
    while (inputLines.contains(delimiter))
        delimiter += u'_';
    return line + u" <<'"_s + delimiter + u"'\n"_s + m_input
        + (m_input.endsWith(u'\n') ? QString() : u"\n"_s) + delimiter;
}

} // namespace Berth
