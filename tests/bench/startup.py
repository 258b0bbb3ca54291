#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up of the app against its floor, measured in one run.

Each program is spawned RUNS times, alternating, with SFG_EXIT_AFTER_FIRST_FRAME=1;
it prints CLOCK_MONOTONIC (µs) at its first painted frame. Prints the medians of
spawn → first frame and their ratio; exits non-zero if the ratio exceeds
SFG_BENCH_MAX_RATIO (default 2.5: the floor's pages are empty, while the app
loads the data folder and builds the journal's 33 questions for its first
frame). Run under tests/headless-run.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get('SFG_BENCH_RUNS', '15'))
MAX_RATIO = float(os.environ.get('SFG_BENCH_MAX_RATIO', '2.5'))


def first_frame_ms(argv, data_home):
    env = dict(os.environ, SFG_EXIT_AFTER_FIRST_FRAME='1', XDG_DATA_HOME=data_home)
    start = time.monotonic_ns() // 1000
    out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        sys.exit('%s failed: %s' % (argv[0], out.stderr))
    painted = int(out.stdout.strip().splitlines()[-1])
    return (painted - start) / 1000.0


def main():
    app, floor = sys.argv[1], sys.argv[2]
    times = {'app': [], 'floor': []}
    with tempfile.TemporaryDirectory() as data_home:
        for _ in range(RUNS):
            times['floor'].append(first_frame_ms([floor], data_home))
            times['app'].append(first_frame_ms([app], data_home))
    app_ms = statistics.median(times['app'])
    floor_ms = statistics.median(times['floor'])
    ratio = app_ms / floor_ms
    print('start-up to first frame, median of %d: app %.1f ms, floor %.1f ms, ratio %.2f'
          % (RUNS, app_ms, floor_ms, ratio))
    return 0 if ratio <= MAX_RATIO else 1


if __name__ == '__main__':
    sys.exit(main())
