/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: index.json (FORMAT.md §7) through the store's guard and
 * sfg_index_new_from_json(), its CSV export read back, then the round trip of
 * fuzz-common.c. */

#include <string.h>

#include "fuzz-common.h"
#include "sfg-index.h"
#include "sfg-model-error.h"

#define N_COLUMNS 11

/* An RFC 4180 reader: the records of @csv, each a GPtrArray of cells. */
static GPtrArray *
read_csv (const char *csv)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *record = NULL;
  const char *p = csv;

  while (*p != '\0')
    {
      GString *cell = g_string_new (NULL);

      if (record == NULL)
        record = g_ptr_array_new_with_free_func (g_free);
      if (*p != '"')
        sfg_fuzz_fail ("a CSV cell is not quoted at offset %td", p - csv);
      for (p++;; p++)
        {
          if (*p == '\0')
            sfg_fuzz_fail ("a CSV cell is not closed");
          if (*p == '"' && p[1] == '"')
            p++;
          else if (*p == '"')
            break;
          g_string_append_c (cell, *p);
        }
      p++;
      g_ptr_array_add (record, g_string_free (cell, FALSE));
      if (*p == ',')
        p++;
      else if (p[0] == '\r' && p[1] == '\n')
        {
          p += 2;
          g_ptr_array_add (records, g_steal_pointer (&record));
        }
      else
        sfg_fuzz_fail ("a CSV cell is followed by neither a comma nor a line end");
    }
  if (record != NULL)
    sfg_fuzz_fail ("the CSV export does not end with a line end");
  return records;
}

/* A cell a spreadsheet would run as a formula gets a leading quote. */
static void
check_cell (const char *cell,
            const char *value)
{
  if (value == NULL)
    value = "";
  if (value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL)
    {
      if (cell[0] != '\'' || strcmp (cell + 1, value) != 0)
        sfg_fuzz_fail ("a formula-like CSV cell was not defused: %s", cell);
    }
  else if (strcmp (cell, value) != 0)
    sfg_fuzz_fail ("a CSV cell changed on the way: “%s” for “%s”", cell, value);
}

static void
entries_free (gpointer entries)
{
  g_ptr_array_unref (entries);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) records = NULL;

  sfg_fuzz_init ();
  node = sfg_fuzz_parse_input (data, size);
  if (node == NULL)
    return 0;
  entries = sfg_index_new_from_json (node, &error);
  if (entries == NULL)
    {
      sfg_fuzz_check_refusal (error, SFG_MODEL_ERROR);
      return 0;
    }
  if (!sfg_index_equal (entries, entries))
    sfg_fuzz_fail ("an index differs from itself");

  /* The CSV export takes the same columns: it must be text, with a header
   * line and one line (at least) per entry. */
  csv = sfg_index_to_csv (entries);
  if (csv == NULL || !g_utf8_validate (csv, -1, NULL))
    sfg_fuzz_fail ("the CSV export is not UTF-8 text");
  records = read_csv (csv);
  if (records->len != entries->len + 1)
    sfg_fuzz_fail ("%u CSV records for %u entries", records->len, entries->len);
  for (guint i = 0; i < records->len; i++)
    {
      GPtrArray *record = g_ptr_array_index (records, i);
      const SfgIndexEntry *entry;

      if (record->len != N_COLUMNS)
        sfg_fuzz_fail ("CSV record %u has %u cells", i, record->len);
      if (i == 0)
        continue;
      entry = g_ptr_array_index (entries, i - 1);
      check_cell (g_ptr_array_index (record, 0), entry->plan_id);
      check_cell (g_ptr_array_index (record, 2), entry->name);
      check_cell (g_ptr_array_index (record, 10), entry->modified);
    }

  sfg_fuzz_round_trip (entries, (SfgFuzzParseFunc) sfg_index_new_from_json,
                       (SfgFuzzToJsonFunc) sfg_index_to_json, entries_free);
  return 0;
}
