// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Berth::Tls {

/// Keeps OpenSSL's global state until the process is gone; call it first in main(), before
/// anything uses OpenSSL. By default OpenSSL frees that state in an exit handler, and a thread
/// still ending then frees its own OpenSSL state into freed memory and crashes the exit. Qt's
/// threads are detached: QThread::wait() returns before their thread-local destructors run.
void keepOpenSslUntilExit();

} // namespace Berth::Tls
