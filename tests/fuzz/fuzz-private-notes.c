/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: private/<plan-uuid>.json (FORMAT.md §6) through the
 * store's guard and sfg_private_notes_new_from_json(), then the round trip
 * of fuzz-common.c. */

#include <string.h>

#include "fuzz-common.h"
#include "sfg-manager-template.h"
#include "sfg-model-error.h"
#include "sfg-private-notes.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(SfgPrivateNotes) notes = NULL;
  g_autoptr(GError) error = NULL;
  const SfgManagerItem *prep, *bias, *checklist;
  gsize text_len = 0;
  guint ticks = 0;

  sfg_fuzz_init ();
  node = sfg_fuzz_parse_input (data, size);
  if (node == NULL)
    return 0;
  notes = sfg_private_notes_new_from_json (node, &error);
  if (notes == NULL)
    {
      sfg_fuzz_check_refusal (error, SFG_MODEL_ERROR);
      return 0;
    }

  /* Every getter the notes page uses, on whatever was loaded. */
  prep = sfg_manager_template_get_preparation ();
  for (guint i = 0; i < SFG_MANAGER_N_PREPARATION; i++)
    text_len += strlen (sfg_private_notes_get_preparation (notes, prep[i].id) ?: "");
  bias = sfg_manager_template_get_bias_checks ();
  for (guint i = 0; i < SFG_MANAGER_N_BIAS_CHECKS; i++)
    ticks += sfg_private_notes_get_bias_check (notes, bias[i].id);
  checklist = sfg_manager_template_get_checklist ();
  for (guint i = 0; i < SFG_MANAGER_N_CHECKLIST; i++)
    ticks += sfg_private_notes_get_checklist (notes, checklist[i].id);
  for (guint stage = 1; stage <= SFG_PRIVATE_NOTES_N_STAGES; stage++)
    text_len += strlen (sfg_private_notes_get_stage_notes (notes, stage) ?: "");
  if (ticks > SFG_MANAGER_N_BIAS_CHECKS + SFG_MANAGER_N_CHECKLIST || text_len > size)
    sfg_fuzz_fail ("more ticks or text than the file holds");

  sfg_fuzz_round_trip (notes, (SfgFuzzParseFunc) sfg_private_notes_new_from_json,
                       (SfgFuzzToJsonFunc) sfg_private_notes_to_json, g_object_unref);
  return 0;
}
