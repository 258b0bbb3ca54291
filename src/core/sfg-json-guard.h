/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Checks on untrusted JSON text and on documents about to be written, for the
 * traps of json-glib 1.6 (platform-facts.md): it crashes on deep nesting, it
 * silently truncates "\u0000", wraps integers beyond 64 bits, reads 1e309 as
 * infinity and writes infinity and NaN as text it cannot read back.  Errors
 * are in SFG_STORE_ERROR (sfg-store.h). */

gboolean  sfg_json_guard_check_text     (const char  *data,
                                         gsize        length,
                                         GError     **error);
gboolean  sfg_json_guard_check_node     (JsonNode    *node,
                                         GError     **error);
JsonNode *sfg_json_guard_parse          (const char  *data,
                                         gsize        length,
                                         GError     **error);
JsonNode *sfg_json_guard_parse_document (const char  *data,
                                         gsize        length,
                                         gint64      *version,
                                         GError     **error);
char     *sfg_json_guard_generate       (JsonNode    *node,
                                         gsize       *length);

G_END_DECLS
