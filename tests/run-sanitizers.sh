#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the unit suite built with AddressSanitizer (and LeakSanitizer) and
# UndefinedBehaviorSanitizer (issue 8).  Any report fails the run.
#
# Usage: tests/run-sanitizers.sh [BUILD_DIR] [extra `meson test` arguments]
#   The results are in BUILD_DIR/meson-logs/testlog-sanitizers.json: one line
#   per test, a test that was run again counted by its second run.
#   BUILD_DIR defaults to _build-asan in the source tree; it is set up on the
#   first run with -Db_sanitize=address,undefined and rebuilt on later runs.
#   Extra arguments replace the default `--suite unit`, e.g.
#   tests/run-sanitizers.sh _build-asan --suite unit --suite reliability
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/_build-asan}
[ $# -gt 0 ] && shift
suites=("$@")
[ ${#suites[@]} -eq 0 ] && suites=(--suite unit)

# A failed build must not leave the last run's results to be counted.
logs=$build/meson-logs
rm -f "$logs/testlog-sanitizers.json" "$logs/testlog-sanitizers-again.json"

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$top" -Dwerror=true -Db_sanitize=address,undefined
fi
# Everything: unit tests may run the app itself (SFG_BINARY).
meson compile -C "$build"

# Every UBSan finding stops the test (the default only prints and goes on);
# leaks are reported when each test process exits.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$top/tests/lsan.supp:print_suppressions=0}

if meson test -C "$build" --no-rebuild --print-errorlogs --num-processes 2 --timeout-multiplier 3 \
    --logbase testlog-sanitizers "${suites[@]}"; then
  exit 0
fi

# Debian's GLib has no frame pointers, so the fast unwinder cuts stacks short
# at the first GLib frame and lsan.supp cannot match GLib's own one-time
# allocations.  The slow unwinder gives whole stacks but makes every malloc
# several times slower, so only the tests that failed run again with it; a
# real finding fails again.
failed=$(/usr/bin/python3 - "$logs/testlog-sanitizers.json" <<'PY'
import json, sys
with open(sys.argv[1], encoding='utf-8') as f:
    results = [json.loads(line) for line in f if line.strip()]
# Names are logged as "project:suite / name".
print(' '.join(r['name'].split(' / ', 1)[-1] for r in results
               if r['result'] not in ('OK', 'SKIP', 'EXPECTEDFAIL')))
PY
)
if [ -z "$failed" ]; then
  exit 1
fi
echo "Running again with whole stacks: $failed"
export ASAN_OPTIONS=$ASAN_OPTIONS:fast_unwind_on_malloc=0
status=0
# shellcheck disable=SC2086
meson test -C "$build" --no-rebuild --print-errorlogs --num-processes 2 \
  --timeout-multiplier 6 --logbase testlog-sanitizers-again $failed || status=$?

# One line per test: the second run's result replaces the first's.
/usr/bin/python3 - "$logs/testlog-sanitizers.json" "$logs/testlog-sanitizers-again.json" <<'PY'
import json, sys
first, again = sys.argv[1], sys.argv[2]
def read(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]
latest = {r['name']: r for r in read(again)}
merged = [latest.get(r['name'], r) for r in read(first)]
with open(first, 'w', encoding='utf-8') as f:
    f.writelines(json.dumps(r) + '\n' for r in merged)
PY
exit $status
