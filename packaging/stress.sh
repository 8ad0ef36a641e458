#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the whole suite N times (default 30) at -j2 while both CPUs are loaded, as issue 7 asks
# before a change is called done, and says how many runs passed. Uses the build of
# packaging/test.sh (run it first); the logs of failed runs are kept in the build directory.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
build=${BERTH_BUILD_DIR:-build}
command -v stress-ng >/dev/null || { echo "stress-ng is missing: run packaging/install-deps.sh" >&2; exit 2; }
stress-ng --cpu "$(nproc)" --timeout 0 >/dev/null 2>&1 &
load=$!
trap 'kill $load 2>/dev/null || true' EXIT
passed=0
for i in $(seq 1 "$runs"); do
    start=$(date +%s)
    if (cd "$build" && ctest -j2 --timeout 300 --output-on-failure >"stress-run.log" 2>&1); then
        passed=$((passed + 1))
        echo "run $i passed in $(($(date +%s) - start)) s ($passed of $i)"
    else
        cp "$build/stress-run.log" "$build/stress-failed-$i.log"
        echo "run $i failed: $build/stress-failed-$i.log" >&2
    fi
done
echo "$passed passed, $((runs - passed)) failed"
[ "$passed" -eq "$runs" ]
