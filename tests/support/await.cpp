// SPDX-License-Identifier: Apache-2.0
#include "await.h"

#include "common/reply.h"

#include <QTest>

namespace Berth::Test {

bool await(Reply *reply, int timeoutMs, std::source_location where)
{
    QSignalSpy spy(reply, &Reply::finished);
    if (await(spy, timeoutMs, where))
        return true;
    reply->abort();
    spy.wait(5000);
    return false;
}

bool await(QSignalSpy &spy, int timeoutMs, std::source_location where)
{
    if (spy.wait(timeoutMs))
        return true;
    const QByteArray message
        = "timed out after " + QByteArray::number(timeoutMs) + " ms waiting for " + spy.signal();
    QTest::qFail(message.constData(), where.file_name(), int(where.line()));
    return false;
}

} // namespace Berth::Test
