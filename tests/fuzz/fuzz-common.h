/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Shared by the libFuzzer harnesses (tests/fuzz/fuzz-<loader>.c).
 *
 * The oracle of every model harness: untrusted bytes go through the same
 * guard the store uses; whatever a model accepts must come back from
 * to_json as a document the store would save (sfg_json_guard_check_node),
 * that loads again, and that serialises to the very same text — otherwise
 * an edit to that file could never be saved, or would change on the way. */

typedef gpointer  (*SfgFuzzParseFunc)  (JsonNode  *node,
                                        GError   **error);
typedef JsonNode *(*SfgFuzzToJsonFunc) (gpointer   model);

int      LLVMFuzzerInitialize     (int             *argc,
                                   char          ***argv);
int      LLVMFuzzerTestOneInput   (const uint8_t   *data,
                                   size_t           size);

void     sfg_fuzz_init            (void);
gboolean sfg_fuzz_expect_valid    (void);
char    *sfg_fuzz_generate        (JsonNode        *node,
                                   gsize           *length);
JsonNode *sfg_fuzz_parse_input    (const uint8_t   *data,
                                   size_t           size);
void     sfg_fuzz_check_refusal   (const GError    *error,
                                   GQuark           domain);
void     sfg_fuzz_round_trip      (gpointer         model,
                                   SfgFuzzParseFunc parse,
                                   SfgFuzzToJsonFunc to_json,
                                   GDestroyNotify   free_func);
void     sfg_fuzz_fail            (const char      *format,
                                   ...) G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN;

G_END_DECLS
