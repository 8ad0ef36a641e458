// SPDX-License-Identifier: Apache-2.0
#include "common/allocator.h"
#include "common/translations.h"
#include "common/version.h"
#include "kube/clustersession.h"
#include "mainwindow.h"
#include "theme.h"
#include "tls/openssllifetime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;

/// The command line; help and version are answered (on stdout, exit 0) before any window.
static void describeOptions(QCommandLineParser &parser, QCommandLineOption *kubeconfig,
                            QCommandLineOption *context, QCommandLineOption *version)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Console for the OpenShift internal image registry."));
    parser.addHelpOption();
    *version
        = QCommandLineOption({u"v"_s, u"version"_s},
                             QCoreApplication::translate("main", "Displays version information."));
    *kubeconfig = QCommandLineOption(
        u"kubeconfig"_s, QCoreApplication::translate("main", "The kubeconfig file to use."),
        u"FILE"_s);
    *context = QCommandLineOption(
        u"context"_s, QCoreApplication::translate("main", "The kubeconfig context to open."),
        u"NAME"_s);
    parser.addOptions({*version, *kubeconfig, *context});
}

int main(int argc, char **argv)
{
    Berth::Tls::keepOpenSslUntilExit();
    Berth::tuneAllocatorForTransfers();
    // --help and --version need no display: answer them before QApplication opens one.
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version"
            || a == "-?") {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(u"Berth"_s);
            QCoreApplication::setApplicationVersion(QStringLiteral(QT_STRINGIFY(BERTH_VERSION)));
            Berth::installTranslations();
            QCommandLineParser parser;
            QCommandLineOption kubeconfig(u"kubeconfig"_s), context(u"context"_s),
                version(u"version"_s);
            describeOptions(parser, &kubeconfig, &context, &version);
            parser.process(app); // help: printed, exit 0
            if (parser.isSet(version)) {
                std::fputs(qPrintable(Berth::versionText(u"berth"_s)), stdout);
                return 0;
            }
            break;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Berth"_s);
    QApplication::setOrganizationName(u"Berth"_s);
    QApplication::setApplicationVersion(QStringLiteral(QT_STRINGIFY(BERTH_VERSION)));
    QApplication::setDesktopFileName(u"io.github.berth.Berth"_s);
    Berth::installTranslations();

    QCommandLineParser parser;
    QCommandLineOption kubeconfig(u"kubeconfig"_s), context(u"context"_s), version(u"version"_s);
    describeOptions(parser, &kubeconfig, &context, &version);
    parser.process(app);

    Berth::Gui::applyTheme(
        Berth::Gui::themeFromString(QSettings().value(u"view/theme"_s).toString()));
    Berth::Kube::ClusterSession session;
    if (parser.isSet(kubeconfig))
        session.setKubeconfigPaths({parser.value(kubeconfig)});
    Berth::Gui::MainWindow window(&session);
    window.start(parser.value(context));
    const int code = app.exec();
    QSettings().setValue(u"window/geometry"_s, window.saveGeometry());
    return code;
}
