#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The README's first command: installs what is missing, builds, starts berth-sandbox (a simulated
# OpenShift cluster) and opens Berth logged in to it. Closing Berth stops the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
build=${BERTH_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target berth berth-sandbox berthctl

data=${BERTH_SANDBOX_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/berth-sandbox}
mkdir -p "$data"
coproc SANDBOX { exec "$build/tests/sandbox/berth-sandbox" --data-dir "$data"; }
trap 'kill "$SANDBOX_PID" 2>/dev/null; wait "$SANDBOX_PID" 2>/dev/null || true' EXIT
read -r ready <&"${SANDBOX[0]}"
echo "$ready"
kubeconfig=${ready##*kubeconfig=}
echo "Tokens of kubeadmin, developer and viewer: $data/tokens.json"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting Berth on a virtual one (Xvfb)." >&2
    xvfb-run -a "$build/gui/berth" --kubeconfig "$kubeconfig"
    exit
fi
"$build/gui/berth" --kubeconfig "$kubeconfig"
