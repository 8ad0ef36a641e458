// SPDX-License-Identifier: Apache-2.0
#include "berthctl.h"
#include "common/allocator.h"
#include "common/translations.h"
#include "tls/openssllifetime.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    Berth::Tls::keepOpenSslUntilExit();
    Berth::tuneAllocatorForTransfers();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("berthctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QT_STRINGIFY(BERTH_VERSION)));
    Berth::installTranslations();
    return Berth::Cli::Berthctl().run(QCoreApplication::arguments());
}
