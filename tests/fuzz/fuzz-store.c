/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: the store's whole load path on a real folder — the
 * guard, the model, setting a refused file aside, falling back on NAME.good,
 * refreshing NAME.good — checked against FORMAT.md §9–10:
 *   - a file that loads is left byte-identical and copied to NAME.good
 *     (read-only and untouched when its version is newer);
 *   - a refused file is never lost: it is set aside with its bytes intact,
 *     and the good copy, when there is one, is used and put back.
 * Two bits of the input's length choose the case: bit 0 loads the raw
 * document (sfg_store_load) instead of a journal (sfg_store_load_object),
 * bit 1 puts a valid NAME.good next to the file. */

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "sfg-journal.h"
#include "sfg-json-guard.h"
#include "sfg-model-error.h"
#include "sfg-store.h"

#define RELPATH "journals/0f9b6a52-3c1e-4d7a-9e1b-2a4c6d8e0f13.json"

static const char good_journal[] =
  "{\n"
  "  \"version\" : 1,\n"
  "  \"id\" : \"0f9b6a52-3c1e-4d7a-9e1b-2a4c6d8e0f13\",\n"
  "  \"date\" : \"2025-03-20\",\n"
  "  \"name\" : \"Sam Jones\",\n"
  "  \"line-manager\" : \"Priya Shah\",\n"
  "  \"answers\" : {\n"
  "    \"wellbeing.1\" : \"Mostly well; the move was hard.\"\n"
  "  },\n"
  "  \"other-reflections\" : \"\",\n"
  "  \"carried-from\" : null,\n"
  "  \"created\" : \"2025-03-20T18:00:00Z\",\n"
  "  \"modified\" : \"2025-03-21T07:12:09Z\"\n"
  "}\n";

static char *base_dir;

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
remove_base_dir (void)
{
  remove_tree (base_dir);
}

static void
write_file (const char *path,
            const char *data,
            gsize       len)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents_full (path, data, (gssize) len, G_FILE_SET_CONTENTS_NONE, 0600,
                                 &error))
    sfg_fuzz_fail ("could not write %s: %s", path, error->message);
}

/* Fails unless @path holds exactly @data. */
static void
check_file (const char *path,
            const char *data,
            gsize       len,
            const char *what)
{
  g_autofree char *contents = NULL;
  gsize got = 0;

  if (!g_file_get_contents (path, &contents, &got, NULL))
    sfg_fuzz_fail ("%s: %s is missing", what, path);
  if (got != len || memcmp (contents, data, len) != 0)
    sfg_fuzz_fail ("%s: %s does not hold the expected %zu bytes (it holds %zu)", what, path,
                   len, got);
}

/* The set-aside copies of NAME in the journals folder. */
static GPtrArray *
corrupt_copies (const char *dir)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (strstr (name, ".json.corrupt-") != NULL)
      g_ptr_array_add (found, g_build_filename (dir, name, NULL));
  return found;
}

static guint
n_problems (SfgStore *store)
{
  return g_strv_length ((char **) sfg_store_get_load_problems (store));
}

/* What the loader should make of the bytes, worked out without the store. */
static gboolean
expect_loads (const uint8_t *data,
              size_t         size,
              gboolean       raw,
              gint64        *version)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(SfgJournal) journal = NULL;

  *version = 0;
  node = sfg_json_guard_parse_document ((const char *) data, size, version, NULL);
  if (node == NULL)
    return FALSE;
  if (raw)
    return TRUE;
  journal = sfg_journal_new_from_json (node, NULL);
  return journal != NULL;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gboolean raw = (size & 1) != 0;
  gboolean with_good = (size & 2) != 0;
  g_autofree char *data_dir = NULL;
  g_autofree char *journals = NULL;
  g_autofree char *path = NULL;
  g_autofree char *good_path = NULL;
  g_autoptr(SfgStore) store = NULL;
  g_autoptr(GPtrArray) aside = NULL;
  g_autoptr(GError) error = NULL;
  gpointer loaded;
  gboolean read_only = FALSE;
  gboolean loads;
  gint64 version;

  sfg_fuzz_init ();
  if (base_dir == NULL)
    {
      const char *tmp = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : NULL;
      g_autofree char *template = g_build_filename (tmp ? tmp : g_get_tmp_dir (),
                                                    "sfg-fuzz-store-XXXXXX", NULL);

      base_dir = g_mkdtemp (g_steal_pointer (&template));
      if (base_dir == NULL)
        sfg_fuzz_fail ("could not make a temporary folder");
      atexit (remove_base_dir);
    }

  data_dir = g_build_filename (base_dir, "data", NULL);
  journals = g_build_filename (data_dir, "journals", NULL);
  path = g_build_filename (data_dir, RELPATH, NULL);
  good_path = g_strconcat (path, ".good", NULL);

  store = sfg_store_new (data_dir, &error);
  if (store == NULL)
    sfg_fuzz_fail ("could not make the store: %s", error->message);
  write_file (path, (const char *) data, size);
  if (with_good)
    write_file (good_path, good_journal, strlen (good_journal));

  loads = expect_loads (data, size, raw, &version);
  if (!loads && sfg_fuzz_expect_valid ())
    sfg_fuzz_fail ("a seed does not load");
  if (raw)
    loaded = sfg_store_load (store, RELPATH, &read_only, &error);
  else
    loaded = sfg_store_load_object (store, RELPATH, (SfgStoreParseFunc) sfg_journal_new_from_json,
                                    &read_only, &error);
  aside = corrupt_copies (journals);

  if (loads)
    {
      if (loaded == NULL)
        sfg_fuzz_fail ("a loadable file was refused: %s", error->message);
      check_file (path, (const char *) data, size, "a file that loaded");
      if (aside->len != 0)
        sfg_fuzz_fail ("a file that loaded was set aside");
      if (version > 1)
        {
          if (!read_only || !sfg_store_is_read_only (store, RELPATH) || n_problems (store) != 1)
            sfg_fuzz_fail ("a newer file is not read-only with a message");
          if (with_good)
            check_file (good_path, good_journal, strlen (good_journal), "a newer file's good copy");
          else if (g_file_test (good_path, G_FILE_TEST_EXISTS))
            sfg_fuzz_fail ("a newer file was copied to NAME.good");
        }
      else
        {
          if (read_only || n_problems (store) != 0)
            sfg_fuzz_fail ("a good file is read-only or reported");
          check_file (good_path, (const char *) data, size, "the refreshed good copy");
        }
    }
  else if (version > 1)
    {
      /* Newer, and the model cannot make sense of it: left alone. */
      if (loaded != NULL || !read_only)
        sfg_fuzz_fail ("an unreadable newer file was not left read-only");
      check_file (path, (const char *) data, size, "an unreadable newer file");
      if (aside->len != 0)
        sfg_fuzz_fail ("an unreadable newer file was set aside");
    }
  else
    {
      /* Refused: set aside, bytes intact, reported. */
      if (aside->len != 1)
        sfg_fuzz_fail ("a refused file was set aside %u times", aside->len);
      check_file (g_ptr_array_index (aside, 0), (const char *) data, size, "the set-aside copy");
      if (n_problems (store) != 1)
        sfg_fuzz_fail ("a refused file was not reported");
      if (with_good)
        {
          if (loaded == NULL)
            sfg_fuzz_fail ("the good copy was not used: %s", error->message);
          check_file (path, good_journal, strlen (good_journal), "the file put back");
        }
      else
        {
          if (loaded != NULL)
            sfg_fuzz_fail ("a refused file without a good copy loaded");
          sfg_fuzz_check_refusal (error, SFG_STORE_ERROR);
          if (!sfg_store_error_is_refusal (error))
            sfg_fuzz_fail ("a refusal not counted as one: %s", error->message);
          if (g_file_test (path, G_FILE_TEST_EXISTS))
            sfg_fuzz_fail ("a refused file was left in place");
        }
    }
  if (loaded != NULL && error != NULL)
    sfg_fuzz_fail ("a load returned both a result and an error");

  if (loaded != NULL)
    {
      if (raw)
        json_node_unref (loaded);
      else
        g_object_unref (loaded);
    }
  g_clear_object (&store);
  remove_tree (data_dir);
  return 0;
}
