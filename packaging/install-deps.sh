#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what Berth needs to build, run and test on Debian 12 / Ubuntu 24.04.
# Idempotent and quiet when everything is already there.
set -euo pipefail

packages=(
    cmake g++ ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6svg6 qt6-translations-l10n
    libyaml-cpp-dev libssl-dev openssl zlib1g-dev libdtl-dev
    xvfb xauth imagemagick
    dbus at-spi2-core python3-pyatspi
    docker-registry skopeo podman apache2-utils
    python3 curl stress-ng
)
command -v kubectl >/dev/null 2>&1 || packages+=(kubernetes-client)
command -v clang-format >/dev/null 2>&1 || packages+=(clang-format)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
