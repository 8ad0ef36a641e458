#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when a translation file is not what lupdate makes of the sources: a string without its
# translation (unfinished), a translation of a string the code no longer has (vanished), or any
# other drift. Usage: translations_current.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    extra=()
    [ "$name" = berth_en.ts ] && extra=(-pluralonly)
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none "${extra[@]}" core gui cli \
        -ts "$work/$name")
    unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
    if [ "$unfinished" != 0 ]; then
        echo "$name: $unfinished string(s) without a translation:" >&2
        grep -B2 'type="unfinished"' "$work/$name" | grep '<source>' >&2
        status=1
    fi
    if ! diff -u "$ts" "$work/$name" >&2; then
        echo "$name is not current: run lupdate -no-obsolete -locations none core gui cli -ts $ts" >&2
        status=1
    fi
done
exit $status
