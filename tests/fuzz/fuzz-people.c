/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: people.json (FORMAT.md §3) through the store's guard
 * and sfg_people_new_from_json(), then the round trip of fuzz-common.c. */

#include "fuzz-common.h"
#include "sfg-model-error.h"
#include "sfg-people.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(SfgPeople) people = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  sfg_fuzz_init ();
  node = sfg_fuzz_parse_input (data, size);
  if (node == NULL)
    return 0;
  people = sfg_people_new_from_json (node, &error);
  if (people == NULL)
    {
      sfg_fuzz_check_refusal (error, SFG_MODEL_ERROR);
      return 0;
    }

  /* What the people list does with a loaded file: look everyone up by id. */
  n = g_list_model_get_n_items (G_LIST_MODEL (people));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfgPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (sfg_people_lookup (people, sfg_person_get_id (person)) != person)
        sfg_fuzz_fail ("person %u is not found by its id", i);
    }

  sfg_fuzz_round_trip (people, (SfgFuzzParseFunc) sfg_people_new_from_json,
                       (SfgFuzzToJsonFunc) sfg_people_to_json, g_object_unref);
  return 0;
}
