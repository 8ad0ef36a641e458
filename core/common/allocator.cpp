// SPDX-License-Identifier: Apache-2.0
#include "allocator.h"

#include <cstdlib> // defines __GLIBC__ with glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Berth {

void tuneAllocatorForTransfers()
{
#if defined(__GLIBC__)
    // Below 4 MiB from the heap (a network chunk is at most about 1 MiB); up to 16 MiB of free
    // heap kept for the next chunk instead of being trimmed. Setting either turns off glibc's
    // own adjustment, so both are set.
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
#endif
}

} // namespace Berth
