/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-window.h"

G_BEGIN_DECLS

/*
 * Hooks for the benchmarks and the crash-safety test, switched on only by
 * environment variables and read when the main window is created:
 *
 * SFG_EXIT_AFTER_FIRST_FRAME=1  print the monotonic time (µs) of the first
 *   painted frame and quit (tests/bench/startup.py).
 * SFG_TEST_TYPE_INTO_JOURNAL=1  at the first painted frame print
 *   "ready N" (N: files that could not be loaded as they were), then type
 *   into the newest journal's answers, a character every few milliseconds,
 *   as a keyboard would, until the process ends (tests/test-crash-safety.c
 *   kills it).
 */
void sfg_test_mode_attach (SfgWindow *window);

G_END_DECLS
