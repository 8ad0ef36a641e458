// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSignalSpy>

#include <source_location>

namespace Berth {
class Reply;
}

namespace Berth::Test {

/// Runs the event loop until `reply` finishes. On a timeout the test fails (QTest::qFail, at the
/// caller's line), the reply is aborted (so it finishes as Cancelled, never as "no error", and no
/// slot runs after the caller has returned) and false is returned. Read the reply's result in a
/// slot connected to finished(): the reply deletes itself after it.
bool await(Reply *reply, int timeoutMs = 30000,
           std::source_location where = std::source_location::current());

/// The same for any signal `spy` records (a page's loaded(), a process's output): true once it
/// has fired at least once more than before the call, else the test fails.
[[nodiscard]] bool await(QSignalSpy &spy, int timeoutMs = 30000,
                         std::source_location where = std::source_location::current());

} // namespace Berth::Test
