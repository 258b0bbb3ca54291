/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sfg-test-utils.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sfg-library.h"
#include "sfg-store.h"

#include <stdlib.h>
#include <string.h>

char *
sfg_test_content_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "content.md", NULL);
}

static char **
read_content_lines (void)
{
  g_autofree char *path = sfg_test_content_path ();
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return g_strsplit (contents, "\n", -1);
}

/* "What am most proud *[mended: …]*" → "What am most proud" */
static char *
strip_mended_note (const char *text)
{
  const char *note = strstr (text, " *[mended");

  return g_strstrip (note != NULL ? g_strndup (text, note - text) : g_strdup (text));
}

/* Parses "**Title** (`id`)" or "**Title** (category, impact)". */
static gboolean
parse_heading (const char  *line,
               char       **title,
               char       **rest)
{
  const char *end;

  if (!g_str_has_prefix (line, "**"))
    return FALSE;
  end = strstr (line + 2, "** (");
  if (end == NULL || !g_str_has_suffix (line, ")"))
    return FALSE;
  *title = g_strndup (line + 2, end - (line + 2));
  *rest = g_strndup (end + 4, strlen (end + 4) - 1);
  return TRUE;
}

static void
section_free (gpointer data)
{
  SfgTestSection *section = data;

  g_free (section->id);
  g_free (section->title);
  g_ptr_array_unref (section->questions);
  g_free (section);
}

GPtrArray *
sfg_test_content_journal_sections (void)
{
  g_auto (GStrv) lines = read_content_lines ();
  GPtrArray *sections = g_ptr_array_new_with_free_func (section_free);
  SfgTestSection *current = NULL;
  gboolean in_journal = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *title = NULL;
      g_autofree char *rest = NULL;

      if (g_str_has_prefix (line, "## "))
        in_journal = g_str_has_prefix (line, "## 2.");
      if (!in_journal)
        continue;

      if (parse_heading (line, &title, &rest) && g_str_has_prefix (rest, "`"))
        {
          current = g_new0 (SfgTestSection, 1);
          current->title = g_steal_pointer (&title);
          current->id = g_strndup (rest + 1, strlen (rest) - 2);
          current->questions = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (sections, current);
        }
      else if (current != NULL && g_ascii_isdigit (line[0])
               && g_str_has_prefix (line + strspn (line, "0123456789"), ". "))
        g_ptr_array_add (current->questions, strip_mended_note (strstr (line, ". ") + 2));
      else if (line[0] != '\0' && !g_ascii_isdigit (line[0]))
        current = NULL;
    }

  return sections;
}

static void
position_free (gpointer data)
{
  SfgTestPosition *position = data;

  g_free (position->id);
  g_free (position->title);
  g_free (position->category);
  g_ptr_array_unref (position->initiatives);
  g_free (position);
}

GPtrArray *
sfg_test_content_positions (void)
{
  g_auto (GStrv) lines = read_content_lines ();
  GPtrArray *positions = g_ptr_array_new_with_free_func (position_free);
  SfgTestPosition *current = NULL;
  gboolean in_initiatives = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *title = NULL;
      g_autofree char *rest = NULL;

      if (g_str_has_prefix (line, "Suggested support and development initiatives"))
        in_initiatives = TRUE;
      else if (g_str_has_prefix (line, "Principles the grid"))
        in_initiatives = FALSE;
      if (!in_initiatives)
        continue;

      if (parse_heading (line, &title, &rest))
        {
          g_auto (GStrv) parts = g_strsplit (rest, ", ", 2);

          current = g_new0 (SfgTestPosition, 1);
          current->title = g_steal_pointer (&title);
          current->category = g_strdup (parts[0]);
          current->impact = atoi (parts[1]);
          current->id = g_strdup_printf ("%s-%d", current->category, current->impact);
          current->initiatives = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (positions, current);
        }
      else if (current != NULL && g_str_has_prefix (line, "- "))
        g_ptr_array_add (current->initiatives, g_strdup (line + 2));
    }

  return positions;
}

char *
sfg_test_make_temp_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("sfg-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* ---- store tests ---- */

/* NULL when the file does not exist. */
GBytes *
sfg_test_read_bytes (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, &error))
    {
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
      return NULL;
    }
  return g_bytes_new_take (contents, len);
}

void
sfg_test_write_file (const char *path,
                     const char *data,
                     gssize      length)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
  g_assert_no_error (error);
}

void
sfg_test_assert_file_bytes (const char *path,
                            GBytes     *expected)
{
  g_autoptr (GBytes) actual = sfg_test_read_bytes (path);

  g_assert_nonnull (actual);
  g_assert_cmpmem (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static void
flush_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GTask *outer = user_data;
  GError *error = NULL;

  if (sfg_store_flush_finish (SFG_STORE (source), result, &error))
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, error);
}

/* Flushes and runs the default main context until the flush finishes. */
gboolean
sfg_test_store_flush (SfgStore  *store,
                      GError   **error)
{
  g_autoptr (GTask) outer = g_task_new (NULL, NULL, NULL, NULL);

  sfg_store_flush_async (store, NULL, flush_cb, outer);
  while (!g_task_get_completed (outer))
    g_main_context_iteration (NULL, TRUE);
  return g_task_propagate_boolean (outer, error);
}

static void
library_flush_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GTask *outer = user_data;
  GError *error = NULL;

  if (sfg_library_flush_finish (SFG_LIBRARY (source), result, &error))
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, error);
}

/* Flushes every pending save and runs the default main context until the
 * flush finishes: call it before removing a data folder, or a save still
 * running would write into a folder that is going away. */
gboolean
sfg_test_library_flush (SfgLibrary  *library,
                        GError     **error)
{
  g_autoptr (GTask) outer = g_task_new (NULL, NULL, NULL, NULL);

  sfg_library_flush_async (library, NULL, library_flush_cb, outer);
  while (!g_task_get_completed (outer))
    g_main_context_iteration (NULL, TRUE);
  return g_task_propagate_boolean (outer, error);
}

/* valgrind preloads its vgpreload_*.so: the printing tests make their
 * largest documents smaller there (same code, a tenth of the time), so the
 * whole unit suite runs under valgrind in the CI's time. */
gboolean
sfg_test_under_valgrind (void)
{
  const char *preload = g_getenv ("LD_PRELOAD");

  return preload != NULL && strstr (preload, "vgpreload") != NULL;
}

/* Files named like g_file_set_contents_full()'s temporary files, anywhere
 * under @dir. */
guint
sfg_test_count_temp_files (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint count = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      gsize n = strlen (name);
      gboolean temp = n > 7 && name[n - 7] == '.';

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          count += sfg_test_count_temp_files (path);
          continue;
        }
      for (gsize i = n - 6; temp && i < n; i++)
        temp = g_ascii_isalnum (name[i]);
      if (temp)
        count++;
    }
  return count;
}

void
sfg_test_remove_tree (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        sfg_test_remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}
