/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-library"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sfg-index.h"
#include "sfg-json-guard.h"
#include "sfg-library-private.h"
#include "sfg-model-error.h"

/* Loading: every file through sfg_store_load_object(), so a refused file is
 * set aside and its good copy used; index.json, a cache rebuilt from the
 * plans. */

#define INDEX_FILE "index.json"

/* sfg_store_load_object() passes no user data to the parser; loading runs
 * on the main thread only, so the id a file's name promises travels here. */
static const char *expected_id;

static gboolean
check_expected_id (const char  *member,
                   const char  *id,
                   GError     **error)
{
  if (expected_id == NULL || g_strcmp0 (id, expected_id) == 0)
    return TRUE;
  g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
               _("its “%s” is “%s”, but its file name says “%s”"), member, id, expected_id);
  return FALSE;
}

gpointer
sfg_library_parse_plan (JsonNode  *node,
            GError   **error)
{
  g_autoptr(SfgPlan) plan = sfg_plan_new_from_json (node, error);

  if (plan == NULL || !check_expected_id ("id", sfg_plan_get_id (plan), error))
    return NULL;
  return g_steal_pointer (&plan);
}

static gpointer
parse_journal (JsonNode  *node,
               GError   **error)
{
  g_autoptr(SfgJournal) journal = sfg_journal_new_from_json (node, error);

  if (journal == NULL || !check_expected_id ("id", sfg_journal_get_id (journal), error))
    return NULL;
  return g_steal_pointer (&journal);
}

gpointer
sfg_library_parse_notes (JsonNode  *node,
             GError   **error)
{
  g_autoptr(SfgPrivateNotes) notes = sfg_private_notes_new_from_json (node, error);

  if (notes == NULL
      || !check_expected_id ("plan-id", sfg_private_notes_get_plan_id (notes), error))
    return NULL;
  return g_steal_pointer (&notes);
}

static gpointer
parse_people (JsonNode  *node,
              GError   **error)
{
  return sfg_people_new_from_json (node, error);
}

/* Loads one file.  NULL when there is nothing to use: the file is missing,
 * or it was refused and had no good copy (the store has told the user), or
 * it could not be read at all, which is reported here and the file is never
 * written while the app runs. */
gpointer
sfg_library_load_model (SfgLibrary        *self,
            const char        *relpath,
            const char        *id,
            SfgStoreParseFunc  parse,
            gboolean          *read_only,
            GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *reason = NULL;
  guint n_problems = self->problems->len;
  gpointer model;

  expected_id = id;
  model = sfg_store_load_object (self->store, relpath, parse, read_only, &local_error);
  expected_id = NULL;

  /* A refused file the store set aside is reported by the store. */
  if (model != NULL
      || g_error_matches (local_error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND)
      || self->problems->len > n_problems)
    return model;

  g_hash_table_add (self->unreadable, g_strdup (relpath));
  reason = g_strdup (local_error->message);
  g_strchomp (reason);
  if (g_str_has_suffix (reason, "."))
    reason[strlen (reason) - 1] = '\0';
  if (sfg_store_is_read_only (self->store, relpath))
    message = g_strdup_printf (_("“%s” was written by a newer version of Scope for Growth and "
                                 "cannot be shown by this version (%s). It was left as it is "
                                 "and will not be changed."), relpath, reason);
  else
    message = g_strdup_printf (_("%s. It was left as it is and will not be changed while Scope "
                                 "for Growth is open."), reason);
  sfg_library_add_problem (self, relpath, NULL, message);
  if (error != NULL && *error == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/* "plans/<uuid>.json" for every plan file, and for a good copy whose file is
 * missing, so the store puts that file back. */
static GPtrArray *
list_files (SfgLibrary *self,
            const char *subdir)
{
  g_auto(GStrv) listed = sfg_store_list (self->store, subdir);
  g_autofree char *dir = sfg_store_get_path (self->store, subdir);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  for (guint i = 0; listed[i] != NULL; i++)
    g_ptr_array_add (files, g_strdup (listed[i]));

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *stem = NULL;
      g_autofree char *relpath = NULL;
      g_autofree char *path = NULL;

      if (name[0] == '.' || !g_str_has_suffix (name, ".json.good"))
        continue;
      stem = g_strndup (name, strlen (name) - strlen (".good"));
      relpath = g_strconcat (subdir, "/", stem, NULL);
      path = g_build_filename (dir, stem, NULL);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        g_ptr_array_add (files, g_steal_pointer (&relpath));
    }
  return files;
}

/* The id a file name promises: "plans/<id>.json" → "<id>". */
char *
sfg_library_relpath_id (const char *relpath)
{
  g_autofree char *base = g_path_get_basename (relpath);

  return g_strndup (base, strlen (base) - strlen (".json"));
}

/* ---- index.json ---- */

static GPtrArray *
build_index (SfgLibrary *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->plans));
  g_autoptr(GPtrArray) plans = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (plans, g_list_model_get_item (G_LIST_MODEL (self->plans), i));
  return sfg_index_build (plans);
}

/* Rebuilt, not edited: when anything differs from what was last queued,
 * the whole index is written again. */
void
sfg_library_update_index (SfgLibrary *self)
{
  g_autoptr(GPtrArray) entries = build_index (self);
  g_autoptr(JsonNode) node = NULL;

  if (self->index != NULL && sfg_index_equal (self->index, entries))
    return;
  g_clear_pointer (&self->index, g_ptr_array_unref);
  self->index = g_steal_pointer (&entries);
  if (self->index_read_only || !sfg_library_relpath_is_writable (self, INDEX_FILE))
    return;
  node = sfg_index_to_json (self->index);
  sfg_store_queue_node (self->store, INDEX_FILE, node);
}

static gboolean
index_idle_cb (gpointer data)
{
  SfgLibrary *self = data;

  self->index_idle_id = 0;
  sfg_library_update_index (self);
  return G_SOURCE_REMOVE;
}

/* Coalesces the changes of one main-loop turn (typing changes "modified",
 * an indexed column, at every key). */
void
sfg_library_schedule_index (SfgLibrary *self)
{
  if (self->index_idle_id == 0 && self->loaded)
    self->index_idle_id = g_idle_add (index_idle_cb, self);
}

/* index.json is a cache: it is read without the store's set-aside and good
 * copy, and anything wrong with it just means it is rebuilt. */
static JsonNode *
read_index (SfgLibrary *self,
            gint64     *version)
{
  g_autofree char *path = sfg_store_get_path (self->store, INDEX_FILE);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  gsize len = 0;
  JsonNode *node;

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size > SFG_STORE_MAX_FILE_SIZE)
    return NULL;
  if (!g_file_get_contents (path, &contents, &len, &error))
    {
      g_debug ("index.json cannot be read, so it is rebuilt: %s", error->message);
      return NULL;
    }
  node = sfg_json_guard_parse_document (contents, len, version, &error);
  if (node == NULL)
    g_debug ("index.json is not usable, so it is rebuilt: %s", error->message);
  return node;
}

static void
load_index (SfgLibrary *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->plans));
  g_autoptr(GPtrArray) plans = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(JsonNode) stored = NULL;
  gint64 version = 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (plans, g_list_model_get_item (G_LIST_MODEL (self->plans), i));

  stored = read_index (self, &version);
  /* A newer version's index is that version's business. */
  self->index_read_only = stored != NULL && version > SFG_STORE_FORMAT_VERSION;
  self->index = sfg_index_build (plans);
  if (self->index_read_only || sfg_index_is_current (stored, plans))
    return;

  g_debug ("index.json is missing, bad or stale; rebuilding it from plans/");
  g_clear_pointer (&self->index, g_ptr_array_unref);
  sfg_library_update_index (self);
}

/* ---- models ---- */

static int
compare_plans_ptr (gconstpointer a,
                   gconstpointer b)
{
  return sfg_library_compare_plans (*(gpointer const *) a, *(gpointer const *) b, NULL);
}

static int
compare_journals_ptr (gconstpointer a,
                      gconstpointer b)
{
  return sfg_library_compare_journals (*(gpointer const *) a, *(gpointer const *) b, NULL);
}

static void
load_people (SfgLibrary  *self,
             GError     **error)
{
  g_autoptr(SfgPeople) people = NULL;
  gboolean read_only = FALSE;

  people = sfg_library_load_model (self, PEOPLE_FILE, NULL, parse_people, &read_only, error);
  if (people == NULL)
    people = sfg_people_new ();
  if (read_only)
    g_hash_table_add (self->read_only, people);

  sfg_library_unwatch (self, self->people);
  g_set_object (&self->people, people);
  sfg_library_watch (self, people);
}

static void
load_dir (SfgLibrary        *self,
          const char        *subdir,
          SfgStoreParseFunc  parse,
          GPtrArray         *models,
          GError           **error)
{
  g_autoptr(GPtrArray) files = list_files (self, subdir);

  for (guint i = 0; i < files->len; i++)
    {
      const char *relpath = g_ptr_array_index (files, i);
      g_autofree char *id = sfg_library_relpath_id (relpath);
      gboolean read_only = FALSE;
      GObject *model = sfg_library_load_model (self, relpath, id, parse, &read_only, error);

      if (model == NULL)
        continue;
      if (read_only)
        g_hash_table_add (self->read_only, model);
      g_ptr_array_add (models, model);
    }
}

/**
 * sfg_library_load:
 *
 * Loads people.json, every plan and journal, and checks index.json
 * (rebuilt when missing, bad or stale).  Call once.  A refused file is set
 * aside by the store and its good copy used; everything that loads is
 * loaded, whatever else fails.
 *
 * Returns: %FALSE when some file could not be read at all (permissions, an
 *   I/O error); it is left alone and never written.  Every problem is also
 *   in sfg_library_get_load_problems().
 */
gboolean
sfg_library_load (SfgLibrary  *self,
                  GError     **error)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) journals = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (!self->loaded, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  load_people (self, &local_error);
  load_dir (self, "plans", sfg_library_parse_plan, plans, &local_error);
  load_dir (self, "journals", parse_journal, journals, &local_error);

  g_ptr_array_sort (plans, compare_plans_ptr);
  g_ptr_array_sort (journals, compare_journals_ptr);
  for (guint i = 0; i < plans->len; i++)
    sfg_library_watch (self, g_ptr_array_index (plans, i));
  for (guint i = 0; i < journals->len; i++)
    sfg_library_watch (self, g_ptr_array_index (journals, i));
  g_list_store_splice (self->plans, 0, 0, plans->pdata, plans->len);
  g_list_store_splice (self->journals, 0, 0, journals->pdata, journals->len);

  load_index (self);
  self->loaded = TRUE;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}
