#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source file with a translatable string is listed in po/POTFILES.in,
and every listed file exists."""
import os
import re
import sys

top = sys.argv[1]
MARKERS = re.compile(r'\b(_|N_|C_|NC_|g_dngettext|ngettext)\s*\(\s*"|translatable="yes"')

with open(os.path.join(top, 'po', 'POTFILES.in'), encoding='utf-8') as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith('#')}

problems = []
for name in sorted(listed):
    if not os.path.exists(os.path.join(top, name)):
        problems.append('listed but missing: ' + name)
for root, _, files in os.walk(os.path.join(top, 'src')):
    for name in files:
        if not name.endswith(('.c', '.ui')):
            continue
        path = os.path.join(root, name)
        rel = os.path.relpath(path, top)
        with open(path, encoding='utf-8') as f:
            if MARKERS.search(f.read()) and rel not in listed:
                problems.append('not in po/POTFILES.in: ' + rel)
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
