// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <utility>

#include <unistd.h>

namespace Berth {

/// A file descriptor that closes itself.
struct Fd
{
    int fd = -1;
    explicit Fd(int f = -1)
        : fd(f)
    { }
    Fd(Fd &&o) noexcept
        : fd(std::exchange(o.fd, -1))
    { }
    Fd &operator=(Fd &&o) noexcept
    {
        std::swap(fd, o.fd);
        return *this;
    }
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace Berth
