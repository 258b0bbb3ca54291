/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* json-glib 1.6 keeps no line numbers in its nodes, so an error about a member
 * found after parsing cannot say where it is.  This finds the line again in the
 * text.  @data must have passed sfg_json_guard_check_text(); @path is
 * NULL-terminated, one segment per level: a member name for an object, a
 * decimal index for an array.  Returns the 1-based line where that value
 * starts (for a repeated member name, the last one: the one json-glib keeps),
 * or 0 when there is no such value. */
guint sfg_json_locate_line (const char         *data,
                            gsize               length,
                            const char * const *path);

G_END_DECLS
