#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the unit suite under valgrind memcheck (issue 8): any definite leak,
# invalid read or write, or use of uninitialised memory fails the run.
#
# Usage: tests/run-valgrind.sh [BUILD_DIR] [extra `meson test` arguments]
#   BUILD_DIR is an ordinary (not sanitized) build, default _build in the
#   source tree; it is set up if missing.  Extra arguments replace the default
#   `--suite unit`.  The results are in BUILD_DIR/meson-logs/testlog-valgrind.json
#   (meson names the log of a wrapped run after the wrapper).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/_build}
[ $# -gt 0 ] && shift
suites=("$@")
[ ${#suites[@]} -eq 0 ] && suites=(--suite unit)

if ! command -v valgrind > /dev/null 2>&1; then
  echo "valgrind is not installed (Debian: valgrind)" >&2
  exit 1
fi
rm -f "$build/meson-logs/testlog-valgrind.json"
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$top" -Dwerror=true
fi
sanitize=$(meson introspect --buildoptions "$build" | /usr/bin/python3 -c \
  'import json, sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "b_sanitize"))')
if [ "$sanitize" != none ]; then
  echo "$build is built with a sanitizer; valgrind needs an ordinary build" >&2
  exit 1
fi
meson compile -C "$build"

# GLib 2.74's slice allocator hides frees from valgrind.
export G_SLICE=always-malloc

# No --track-origins=yes: it doubles the time. An uninitialised value is
# still reported; add it by hand to see where the value came from.
valgrind=(valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite
  --show-leak-kinds=definite --error-exitcode=1 --num-callers=40
  --suppressions="$top/tests/valgrind.supp")
meson test -C "$build" --print-errorlogs --num-processes 2 --timeout-multiplier 10 \
  --wrap="${valgrind[*]}" "${suites[@]}"
