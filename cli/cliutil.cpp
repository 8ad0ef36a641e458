// SPDX-License-Identifier: Apache-2.0
#include "cliutil.h"

#include "common/yamljson.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

QTextStream &outStream()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &errStream()
{
    static QTextStream s(stderr);
    return s;
}

void writeOut(const QByteArray &data)
{
    outStream().flush();
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

namespace {
/// Set once the API server refused the session's token: how to log in again.
QString s_logInAgain;
} // namespace

int fail(const Error &error)
{
    errStream() << "error: " << error.message() << Qt::endl;
    if (error.kind() == Error::Kind::Unauthorized && !s_logInAgain.isEmpty())
        errStream() << s_logInAgain << Qt::endl;
    return 1;
}

int usageError(const QString &problem)
{
    errStream() << "error: " << problem << '\n'
                << QCoreApplication::translate("Berthctl", "See 'berthctl --help'.") << Qt::endl;
    return 2;
}

Result<void> openSession(Kube::ClusterSession *session, const QString &context)
{
    if (session->isOpen())
        return {};
    if (Result<void> opened = session->open(context); !opened)
        return opened;
    QObject::connect(session, &Kube::ClusterSession::expired, session, [session] {
        s_logInAgain = QCoreApplication::translate(
                           "Berthctl",
                           "Get a new token (in the web console: your name > Copy login "
                           "command) and log in again: berthctl login --server %1 --token TOKEN")
                           .arg(session->connection().server.toString());
    });
    for (const QString &warning : session->connection().warnings)
        errStream() << "warning: " << warning << Qt::endl;
    return {};
}

namespace {
int s_signalPipe[2] = {-1, -1};

void onSignal(int number)
{
    const int saved = errno;
    const char byte = char(number);
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
    // A second Ctrl+C ends the process as usual, should the cleanup hang.
    std::signal(number, SIG_DFL);
    errno = saved;
}
} // namespace

Interruption::Interruption()
{
    if (s_signalPipe[0] < 0 && ::pipe2(s_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
        char byte = 0;
        while (::read(s_signalPipe[0], &byte, 1) == 1) {
            if (m_signal == 0)
                m_signal = byte;
        }
        if (m_stop)
            m_stop();
        else if (m_reply)
            m_reply->abort();
    });
    struct sigaction action
    { };
    action.sa_handler = onSignal;
    action.sa_flags = SA_RESTART; // the transfer threads' reads and writes go on
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

Interruption::~Interruption()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

void Interruption::watch(Reply *reply)
{
    m_stop = nullptr;
    m_reply = reply;
    if (m_signal)
        reply->abort();
}

void Interruption::watch(std::function<void()> stop)
{
    m_reply = nullptr;
    m_stop = std::move(stop);
    if (m_signal)
        m_stop();
}

void wait(Reply *reply)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, &Reply::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

bool takeOption(QStringList &args, const QStringList &names, QString *value)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        for (const QString &name : names) {
            if (args[i] == name && i + 1 < args.size()) {
                *value = args[i + 1];
                args.remove(i, 2);
                return true;
            }
            if (name.startsWith(u"--"_s) && args[i].startsWith(name + u'=')) {
                *value = args[i].mid(name.size() + 1);
                args.removeAt(i);
                return true;
            }
        }
    }
    return false;
}

bool takeFlag(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0)
        return args.removeOne(name + u"=true"_s);
    args.removeAt(i);
    return true;
}

void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(qMax(widths.size(), row.size()), 0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row[c].size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += row[c].leftJustified(widths[c] + 3);
        outStream() << line.trimmed() << '\n';
    }
    outStream().flush();
}

void printStructured(const QJsonValue &value, const QString &output)
{
    if (output == u"json")
        writeOut(value.isArray() ? QJsonDocument(value.toArray()).toJson()
                                 : QJsonDocument(value.toObject()).toJson());
    else
        writeOut(jsonToYaml(value));
}

void printList(const QStringList &items, const QString &output)
{
    if (output == u"json" || output == u"yaml")
        printStructured(QJsonArray::fromStringList(items), output);
    else
        writeOut(items.isEmpty() ? QByteArray() : items.join(u'\n').toUtf8() + '\n');
}

} // namespace Berth::Cli
