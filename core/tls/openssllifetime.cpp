// SPDX-License-Identifier: Apache-2.0
#include "openssllifetime.h"

#include <openssl/crypto.h>

namespace Berth::Tls {

void keepOpenSslUntilExit()
{
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace Berth::Tls
