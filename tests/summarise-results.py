#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Summarise meson's testlog.json files as one line "N passed, N failed, N skipped".

Usage: summarise-results.py ALLOWED-SKIPS TESTLOG.json [TESTLOG.json...]

TAP tests count their subtests; other tests count once. With CI=true, a skip
whose reason is not listed in tests/allowed-skips counts as a failure.
"""
import json
import os
import re
import sys

TAP_LINE = re.compile(r'^(not ok|ok)\b[^#]*(?:#\s*(SKIP|TODO)\b\s*(.*))?$', re.I)
TAP_PLAN_SKIP = re.compile(r'^1\.\.0\s*#\s*SKIP\s*(.*)$', re.I)


def load_allowed(path):
    allowed = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            name, _, reason = line.partition('\t')
            if not reason:
                name, _, reason = line.partition(' ')
            allowed.append((name.strip(), reason.strip()))
    return allowed


def short_name(name):
    """"scope-for-growth:reliability / fuzz-people" → "fuzz-people"."""
    return name.split(' / ', 1)[-1]


def is_allowed(allowed, test, reason):
    return any(name in (test, short_name(test)) and want and want in reason
               for name, want in allowed)


def main():
    allowed = load_allowed(sys.argv[1])
    in_ci = os.environ.get('CI') == 'true'
    passed = failed = skipped = 0
    problems = []
    results = []
    for log_path in sys.argv[2:]:
        if not os.path.exists(log_path):
            # That run never got as far as its tests (e.g. its build failed).
            results.append({'name': log_path, 'result': 'ERROR', 'stdout': ''})
            continue
        with open(log_path, encoding='utf-8') as f:
            logged = [json.loads(line) for line in f if line.strip()]
        if not logged:
            # A run that counted nothing hides its tests, whatever the reason.
            results.append({'name': log_path + ' (no results)', 'result': 'ERROR', 'stdout': ''})
        results += logged
    for result in results:
        name = result['name']
        outcome = result['result']
        stdout = result.get('stdout') or ''
        tap_ok = tap_fail = 0
        skips = []
        for line in stdout.splitlines():
            m = TAP_PLAN_SKIP.match(line.strip())
            if m:
                skips.append(m.group(1) or '')
                continue
            m = TAP_LINE.match(line.strip())
            if not m:
                continue
            if m.group(2) and m.group(2).upper() == 'SKIP':
                skips.append(m.group(3) or '')
            elif m.group(1) == 'ok':
                tap_ok += 1
            elif not (m.group(2) and m.group(2).upper() == 'TODO'):
                tap_fail += 1
        if outcome in ('OK', 'EXPECTEDFAIL') and not tap_fail:
            passed += max(tap_ok, 0 if skips else 1)
        elif outcome == 'SKIP' and not tap_fail:
            passed += tap_ok
            if not skips:
                skips.append('(no reason given)')
        else:
            passed += tap_ok
            failed += max(tap_fail, 1)
            problems.append('%s: %s' % (name, outcome))
        for reason in skips:
            skipped += 1
            if in_ci and not is_allowed(allowed, name, reason):
                failed += 1
                problems.append('%s: skipped, and the reason is not in tests/allowed-skips: %s'
                                % (name, reason))
            else:
                print('skipped: %s: %s' % (name, reason))
    for problem in problems:
        print('FAILED ' + problem)
    print('%d passed, %d failed, %d skipped' % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
