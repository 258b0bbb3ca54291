#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one libFuzzer harness (tests/fuzz/meson.build), printing TAP:
#   1. the harness is built (or found);
#   2. every seed of corpus/<harness>/ loads (SFG_FUZZ_EXPECT_VALID=1) and every
#      input of regress/<harness>/ and regress/json/ runs without a finding,
#      under ASan and UBSan;
#   3. fuzzing for --seconds (or $SFG_FUZZ_SECONDS with --long) finds nothing.
# A finding leaves its input in WORK/artifacts/: keep it in regress/<harness>/.
#
# Usage: run-fuzz.sh --source SRC --work DIR --harness NAME
#                    (--exe HARNESS | --nested CLANG_BUILD_DIR [--meson MESON])
#                    (--seconds N | --long)
# With --nested, a clang build of the same source with -Dfuzzing=true is set up
# in CLANG_BUILD_DIR (once; later runs only rebuild what changed).  Without a
# clang that can build libFuzzer programs the test is skipped.  CC_FUZZ names
# another clang (default: clang).

set -u

source_dir= work= harness= exe= nested= meson=meson seconds= long=
while [ $# -gt 0 ]; do
  case "$1" in
    --source) source_dir=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --harness) harness=$2; shift 2 ;;
    --exe) exe=$2; shift 2 ;;
    --nested) nested=$2; shift 2 ;;
    --meson) meson=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --long) long=1; shift ;;
    *) echo "Bail out! run-fuzz.sh: unknown argument $1"; exit 1 ;;
  esac
done

if [ -n "$long" ]; then
  seconds=${SFG_FUZZ_SECONDS:-}
  if [ -z "$seconds" ]; then
    echo "1..0 # SKIP long fuzzing runs only when SFG_FUZZ_SECONDS is set"
    exit 0
  fi
fi
case "$seconds" in
  ''|*[!0-9]*) echo "Bail out! run-fuzz.sh: the number of seconds must be a whole number"; exit 1 ;;
esac

fuzz_src=$source_dir/tests/fuzz
mkdir -p "$work" || exit 1
log=$work/$harness.log
: > "$log"

# Prints the end of the log as TAP comments.
show_log() {
  tail -n "${1:-40}" "$log" | sed 's/^/# /'
}

# ---- 1. the harness ----
if [ -z "$exe" ]; then
  clang=${CC_FUZZ:-clang}
  if ! command -v "$clang" > /dev/null 2>&1; then
    echo "1..0 # SKIP clang is not installed: the libFuzzer harnesses need it"
    exit 0
  fi
  probe=$work/probe
  printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput (const uint8_t *d, size_t n);\nint LLVMFuzzerTestOneInput (const uint8_t *d, size_t n) { (void) d; (void) n; return 0; }\n' > "$probe.c"
  if ! "$clang" -fsanitize=fuzzer,address,undefined -o "$probe" "$probe.c" > "$probe.log" 2>&1; then
    echo "1..0 # SKIP clang cannot build libFuzzer programs (its compiler-rt runtime is missing)"
    exit 0
  fi

  # One set-up and build at a time: the harnesses' tests run in parallel.
  exec 9> "$nested.lock"
  flock 9
  if [ ! -f "$nested/build.ninja" ]; then
    rm -rf "$nested"
    if ! CC=$clang "$meson" setup "$nested" "$source_dir" -Dfuzzing=true > "$log" 2>&1; then
      echo "1..1"
      echo "not ok 1 - set up a clang build with -Dfuzzing=true in $nested"
      show_log
      exit 1
    fi
  fi
  if ! ninja -C "$nested" "tests/fuzz/fuzz-$harness" > "$log" 2>&1; then
    echo "1..1"
    echo "not ok 1 - build fuzz-$harness with clang in $nested"
    show_log
    exit 1
  fi
  flock -u 9
  exe=$nested/tests/fuzz/fuzz-$harness
fi
echo "1..3"
if [ ! -x "$exe" ]; then
  echo "not ok 1 - fuzz-$harness: no harness at $exe"
  exit 1
fi
echo "ok 1 - fuzz-$harness built"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
artifacts=$work/artifacts/$harness/
mkdir -p "$artifacts"
libfuzzer_opts=(
  -artifact_prefix="$artifacts"
  -dict="$fuzz_src/json.dict"
  -max_len=16384
  -timeout=10
  -rss_limit_mb=2048
)

# ---- 2. replay ----
shopt -s nullglob
seeds=("$fuzz_src/corpus/$harness"/*)
regress=("$fuzz_src/regress/$harness"/* "$fuzz_src/regress/json"/*)
status=ok
if [ ${#seeds[@]} -eq 0 ]; then
  echo "# no seeds in corpus/$harness" >> "$log"
  status="not ok"
elif ! SFG_FUZZ_EXPECT_VALID=1 "$exe" "${libfuzzer_opts[@]}" "${seeds[@]}" > "$log" 2>&1; then
  status="not ok"
elif [ ${#regress[@]} -gt 0 ] && ! "$exe" "${libfuzzer_opts[@]}" "${regress[@]}" >> "$log" 2>&1; then
  status="not ok"
fi
echo "$status 2 - fuzz-$harness: replay of ${#seeds[@]} seeds (each must load) and ${#regress[@]} regress inputs"
if [ "$status" != ok ]; then
  show_log
  echo "not ok 3 - fuzz-$harness: not fuzzed (the replay failed)"
  exit 1
fi

# ---- 3. fuzz ----
# New inputs go to a corpus in the build tree; the seeds stay untouched.
corpus=$work/corpus-$harness
mkdir -p "$corpus"
start=$(date +%s)
"$exe" "${libfuzzer_opts[@]}" -max_total_time="$seconds" -print_final_stats=1 \
  "$corpus" "$fuzz_src/corpus/$harness" > "$log" 2>&1
rc=$?
elapsed=$(( $(date +%s) - start ))
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
units=$(find "$corpus" -type f | wc -l)
if [ $rc -eq 0 ]; then
  echo "ok 3 - fuzz-$harness: ${execs:-?} executions in ${elapsed} s (${rate:-?}/s, ${cov:-cov: ?}, corpus $units), no finding"
else
  echo "not ok 3 - fuzz-$harness: a finding after ${execs:-?} executions (exit $rc)"
  show_log 60
  for f in "$artifacts"*; do
    echo "# input kept in $f: copy it to tests/fuzz/regress/$harness/ and fix the bug"
  done
  exit 1
fi
