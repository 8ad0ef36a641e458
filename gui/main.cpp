// SPDX-License-Identifier: Apache-2.0
#include "common/allocator.h"
#include "common/translations.h"
#include "mainwindow.h"
#include "session.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    Berth::tuneAllocatorForTransfers();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Berth"_s);
    QApplication::setOrganizationName(u"Berth"_s);
    QApplication::setApplicationVersion(QStringLiteral(QT_STRINGIFY(BERTH_VERSION)));
    QApplication::setDesktopFileName(u"io.github.berth.Berth"_s);
    Berth::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Console for the OpenShift internal image registry."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kubeconfig(
        u"kubeconfig"_s, QApplication::translate("main", "The kubeconfig file to use."), u"FILE"_s);
    const QCommandLineOption context(
        u"context"_s, QApplication::translate("main", "The kubeconfig context to open."),
        u"NAME"_s);
    parser.addOptions({kubeconfig, context});
    parser.process(app);

    Berth::Gui::applyTheme(
        Berth::Gui::themeFromString(QSettings().value(u"view/theme"_s).toString()));
    Berth::Gui::Session session;
    if (parser.isSet(kubeconfig))
        session.setKubeconfigPaths({parser.value(kubeconfig)});
    Berth::Gui::MainWindow window(&session);
    window.start(parser.value(context));
    const int code = app.exec();
    QSettings().setValue(u"window/geometry"_s, window.saveGeometry());
    return code;
}
