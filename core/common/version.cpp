// SPDX-License-Identifier: Apache-2.0
#include "version.h"

#include "error.h"

#include <QtGlobal>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace Berth {

QString versionText(const QString &program)
{
#ifdef BERTH_HAVE_KSYNTAXHIGHLIGHTING
    const QString highlighting = Tr::tr("yes");
#else
    const QString highlighting = Tr::tr("no (built-in YAML highlighter)");
#endif
    return u"%1 %2\nQt %3\n%4\nKSyntaxHighlighting: %5\n"_s.arg(
        program, QStringLiteral(QT_STRINGIFY(BERTH_VERSION)), QString::fromLatin1(qVersion()),
        QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)), highlighting);
}

} // namespace Berth
