/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: journals/<uuid>.json (FORMAT.md §5) through the store's
 * guard and sfg_journal_new_from_json(), a carried-forward copy, then the
 * round trip of fuzz-common.c. */

#include "fuzz-common.h"
#include "sfg-journal.h"
#include "sfg-model-error.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(SfgJournal) journal = NULL;
  g_autoptr(SfgJournal) next = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;

  sfg_fuzz_init ();
  node = sfg_fuzz_parse_input (data, size);
  if (node == NULL)
    return 0;
  journal = sfg_journal_new_from_json (node, &error);
  if (journal == NULL)
    {
      sfg_fuzz_check_refusal (error, SFG_MODEL_ERROR);
      return 0;
    }

  ids = sfg_journal_dup_answered_ids (journal);
  for (guint i = 0; ids[i] != NULL; i++)
    if (sfg_journal_get_answer (journal, ids[i]) == NULL)
      sfg_fuzz_fail ("answered id “%s” has no answer", ids[i]);

  /* Starting the next journal from a loaded one keeps every answer. */
  next = sfg_journal_new_carry_forward (journal, "2030-01-31");
  for (guint i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (sfg_journal_get_answer (next, ids[i]),
                   sfg_journal_get_answer (journal, ids[i])) != 0)
      sfg_fuzz_fail ("carrying forward lost the answer to “%s”", ids[i]);

  sfg_fuzz_round_trip (journal, (SfgFuzzParseFunc) sfg_journal_new_from_json,
                       (SfgFuzzToJsonFunc) sfg_journal_to_json, g_object_unref);
  sfg_fuzz_round_trip (next, (SfgFuzzParseFunc) sfg_journal_new_from_json,
                       (SfgFuzzToJsonFunc) sfg_journal_to_json, g_object_unref);
  return 0;
}
