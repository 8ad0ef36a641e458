// SPDX-License-Identifier: Apache-2.0
// berth-sandbox: a simulated OpenShift API and registry front for Berth's tests and demo.
#include "sandbox.h"
#include "tls/openssllifetime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

static int s_signalPipe[2];

static void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(s_signalPipe[1], &c, 1);
}

int main(int argc, char **argv)
{
    Berth::Tls::keepOpenSslUntilExit();
    QCoreApplication app(argc, argv);
    app.setApplicationName(u"berth-sandbox"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A simulated OpenShift API server and registry front for Berth."_s);
    parser.addHelpOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s, u"Directory for CAs, kubeconfig, tokens and objects."_s, u"DIR"_s);
    const QCommandLineOption apiPort(u"api-port"_s, u"API port (0: any free port)."_s, u"N"_s,
                                     u"0"_s);
    const QCommandLineOption registryPort(u"registry-port"_s,
                                          u"Registry port (0: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption dockerRegistry(u"docker-registry"_s, u"The docker-registry binary."_s,
                                            u"PATH"_s, u"docker-registry"_s);
    const QCommandLineOption reset(u"reset"_s, u"Start from the initial state."_s);
    parser.addOptions({dataDir, apiPort, registryPort, dockerRegistry, reset});
    parser.process(app);
    if (!parser.isSet(dataDir)) {
        std::fprintf(stderr, "berth-sandbox: --data-dir is required\n");
        return 2;
    }
    Berth::Sandbox::SandboxOptions options;
    options.dataDir = parser.value(dataDir);
    options.apiPort = quint16(parser.value(apiPort).toUInt());
    options.registryPort = quint16(parser.value(registryPort).toUInt());
    options.dockerRegistry = parser.value(dockerRegistry);
    options.reset = parser.isSet(reset);

    if (::pipe(s_signalPipe) != 0)
        return 1;
    QSocketNotifier notifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    Berth::Sandbox::Sandbox sandbox(options);
    if (!sandbox.start()) {
        std::fprintf(stderr, "berth-sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    std::printf("%s\n", qPrintable(sandbox.readyLine()));
    std::fflush(stdout);
    return app.exec();
}
