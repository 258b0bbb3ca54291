/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-index"

#include <string.h>

#include <glib/gi18n.h>

#include "sfg-index.h"
#include "sfg-json-util.h"
#include "sfg-model-error.h"

SfgIndexEntry *
sfg_index_entry_new_from_plan (SfgPlan *plan)
{
  SfgIndexEntry *entry;

  g_return_val_if_fail (SFG_IS_PLAN (plan), NULL);

  entry = g_new0 (SfgIndexEntry, 1);
  entry->plan_id = g_strdup (sfg_plan_get_id (plan));
  entry->person_id = g_strdup (sfg_plan_get_person_id (plan));
  entry->name = g_strdup (sfg_plan_get_name (plan));
  entry->date = g_strdup (sfg_plan_get_date (plan));
  entry->status = g_strdup (sfg_enum_to_nick (SFG_TYPE_PLAN_STATUS, sfg_plan_get_status (plan)));
  entry->current_position = g_strdup (sfg_plan_get_current_position (plan));
  entry->aspiration = g_strdup (sfg_plan_get_aspiration (plan));
  entry->revision = sfg_plan_get_revision (plan);
  entry->modified = g_strdup (sfg_plan_get_modified (plan));
  return entry;
}

void
sfg_index_entry_free (SfgIndexEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->plan_id);
  g_free (entry->person_id);
  g_free (entry->name);
  g_free (entry->date);
  g_free (entry->status);
  g_free (entry->current_position);
  g_free (entry->aspiration);
  g_free (entry->modified);
  g_free (entry);
}

gboolean
sfg_index_entry_equal (const SfgIndexEntry *a,
                       const SfgIndexEntry *b)
{
  return g_strcmp0 (a->plan_id, b->plan_id) == 0
         && g_strcmp0 (a->person_id, b->person_id) == 0
         && g_strcmp0 (a->name, b->name) == 0
         && g_strcmp0 (a->date, b->date) == 0
         && g_strcmp0 (a->status, b->status) == 0
         && g_strcmp0 (a->current_position, b->current_position) == 0
         && g_strcmp0 (a->aspiration, b->aspiration) == 0
         && a->revision == b->revision
         && g_strcmp0 (a->modified, b->modified) == 0;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SfgIndexEntry *ea = *(const SfgIndexEntry * const *) a;
  const SfgIndexEntry *eb = *(const SfgIndexEntry * const *) b;

  return g_strcmp0 (ea->plan_id, eb->plan_id);
}

/**
 * sfg_index_build:
 * @plans: (element-type SfgPlan): the plans, in any order
 *
 * Returns: (transfer full) (element-type SfgIndexEntry): one entry per
 *   plan, sorted by plan id so the same plans always give the same index
 */
GPtrArray *
sfg_index_build (GPtrArray *plans)
{
  GPtrArray *entries;

  g_return_val_if_fail (plans != NULL, NULL);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sfg_index_entry_free);
  for (guint i = 0; i < plans->len; i++)
    g_ptr_array_add (entries, sfg_index_entry_new_from_plan (g_ptr_array_index (plans, i)));
  g_ptr_array_sort (entries, compare_entries);
  return entries;
}

JsonNode *
sfg_index_to_json (GPtrArray *entries)
{
  JsonObject *root = json_object_new ();
  JsonArray *array = json_array_new ();

  g_return_val_if_fail (entries != NULL, NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      const SfgIndexEntry *entry = g_ptr_array_index (entries, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "plan-id", entry->plan_id);
      json_object_set_string_member (object, "person-id", entry->person_id);
      sfg_json_set_text (object, "name", entry->name);
      sfg_json_set_string (object, "date", entry->date);
      json_object_set_string_member (object, "status", entry->status);
      sfg_json_set_string (object, "current-position", entry->current_position);
      sfg_json_set_string (object, "aspiration", entry->aspiration);
      json_object_set_int_member (object, "revision", entry->revision);
      sfg_json_set_string (object, "modified", entry->modified);
      json_array_add_element (array, sfg_json_node_new_object (object));
    }

  json_object_set_int_member (root, "version", SFG_FORMAT_VERSION);
  json_object_set_array_member (root, "plans", array);
  return sfg_json_node_new_object (root);
}

static SfgIndexEntry *
entry_from_json (JsonNode  *node,
                 GError   **error)
{
  g_autoptr(SfgIndexEntry) entry = g_new0 (SfgIndexEntry, 1);
  JsonObject *object;
  int status = 0;

  entry->revision = 1;
  object = sfg_json_node_get_object (node, _("entry"), error);
  if (object == NULL
      || !sfg_json_get_uuid (object, "plan-id", TRUE, &entry->plan_id, error)
      || !sfg_json_get_uuid (object, "person-id", TRUE, &entry->person_id, error)
      || !sfg_json_get_text (object, "name", &entry->name, error)
      || !sfg_json_get_date (object, "date", &entry->date, error)
      || !sfg_json_get_enum (object, "status", SFG_TYPE_PLAN_STATUS, &status, error)
      || !sfg_json_get_string (object, "current-position", FALSE, &entry->current_position, error)
      || !sfg_json_get_string (object, "aspiration", FALSE, &entry->aspiration, error)
      || !sfg_json_get_int (object, "revision", FALSE, &entry->revision, error)
      || !sfg_json_get_time (object, "modified", &entry->modified, error))
    return NULL;

  entry->status = g_strdup (sfg_enum_to_nick (SFG_TYPE_PLAN_STATUS, status));
  return g_steal_pointer (&entry);
}

/**
 * sfg_index_new_from_json:
 *
 * Returns: (transfer full) (element-type SfgIndexEntry): the entries of
 *   an index.json, or %NULL with @error naming the problem
 */
GPtrArray *
sfg_index_new_from_json (JsonNode  *node,
                         GError   **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  JsonObject *root;
  JsonArray *array;
  gint64 version;

  root = sfg_json_node_get_object (node, "index.json", error);
  if (root == NULL
      || !sfg_json_read_version (root, &version, error)
      || !sfg_json_get_array (root, "plans", &array, error))
    return NULL;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sfg_index_entry_free);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      SfgIndexEntry *entry = entry_from_json (json_array_get_element (array, i), error);

      if (entry == NULL)
        {
          g_prefix_error (error, _("“plans” item %u: "), i + 1);
          return NULL;
        }
      g_ptr_array_add (entries, entry);
    }
  return g_steal_pointer (&entries);
}

gboolean
sfg_index_equal (GPtrArray *a,
                 GPtrArray *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!sfg_index_entry_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

/**
 * sfg_index_is_current:
 * @index: (nullable): the parsed index.json, or %NULL when there is none
 * @plans: (element-type SfgPlan): the plans on disk
 *
 * Returns: whether @index says exactly what a rebuild from @plans would;
 *   when not, the index is missing, bad or stale and must be rebuilt
 */
gboolean
sfg_index_is_current (JsonNode  *index,
                      GPtrArray *plans)
{
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) built = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (plans != NULL, FALSE);

  if (index == NULL)
    return FALSE;
  stored = sfg_index_new_from_json (index, &error);
  if (stored == NULL)
    {
      g_debug ("index.json is not usable: %s", error->message);
      return FALSE;
    }
  built = sfg_index_build (plans);
  return sfg_index_equal (stored, built);
}

/* RFC 4180 quoting; a cell a spreadsheet would run as a formula is defused. */
static void
append_cell (GString    *csv,
             const char *value,
             gboolean    last)
{
  if (value == NULL)
    value = "";

  g_string_append_c (csv, '"');
  if (strchr ("=+-@\t\r", value[0]) != NULL && value[0] != '\0')
    g_string_append_c (csv, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
  g_string_append (csv, last ? "\r\n" : ",");
}

static const char *
position_title (const char *id)
{
  const SfgPosition *position;

  if (g_strcmp0 (id, SFG_ASPIRATION_CONSOLIDATE) == 0)
    return _("Stay and consolidate");
  position = sfg_framework_lookup_position (id);
  return position != NULL ? sfg_position_get_title (position) : "";
}

/**
 * sfg_index_to_csv:
 *
 * Returns: (transfer full): the entries as CSV for ESR or a local system
 *   (FORMAT.md §8), UTF-8 with a header row
 */
char *
sfg_index_to_csv (GPtrArray *entries)
{
  static const char * const columns[] = {
    "plan-id", "person-id", "name", "date", "status", "current-position",
    "current-position-title", "aspiration", "aspiration-title", "revision", "modified",
  };
  GString *csv = g_string_new (NULL);

  g_return_val_if_fail (entries != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    append_cell (csv, columns[i], i == G_N_ELEMENTS (columns) - 1);

  for (guint i = 0; i < entries->len; i++)
    {
      const SfgIndexEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *revision = g_strdup_printf ("%" G_GINT64_FORMAT, entry->revision);

      append_cell (csv, entry->plan_id, FALSE);
      append_cell (csv, entry->person_id, FALSE);
      append_cell (csv, entry->name, FALSE);
      append_cell (csv, entry->date, FALSE);
      append_cell (csv, entry->status, FALSE);
      append_cell (csv, entry->current_position, FALSE);
      append_cell (csv, position_title (entry->current_position), FALSE);
      append_cell (csv, entry->aspiration, FALSE);
      append_cell (csv, position_title (entry->aspiration), FALSE);
      append_cell (csv, revision, FALSE);
      append_cell (csv, entry->modified, TRUE);
    }
  return g_string_free (csv, FALSE);
}
