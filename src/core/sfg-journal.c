/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "sfg-journal.h"
#include "sfg-json-util.h"
#include "sfg-model-error.h"

struct _SfgJournal
{
  GObject parent_instance;

  char *id;
  char *date;
  char *name;
  char *line_manager;
  char *other_reflections;
  char *carried_from;
  char *created;
  char *modified;
  GHashTable *answers;   /* question id → answer, never empty strings */

  JsonObject *raw;
};

G_DEFINE_FINAL_TYPE (SfgJournal, sfg_journal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_NAME,
  PROP_LINE_MANAGER,
  PROP_OTHER_REFLECTIONS,
  PROP_CARRIED_FROM,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
sfg_journal_finalize (GObject *object)
{
  SfgJournal *self = (SfgJournal *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->line_manager, g_free);
  g_clear_pointer (&self->other_reflections, g_free);
  g_clear_pointer (&self->carried_from, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->raw, json_object_unref);

  G_OBJECT_CLASS (sfg_journal_parent_class)->finalize (object);
}

static void
sfg_journal_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SfgJournal *self = SFG_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_LINE_MANAGER:
      g_value_set_string (value, self->line_manager);
      break;
    case PROP_OTHER_REFLECTIONS:
      g_value_set_string (value, self->other_reflections);
      break;
    case PROP_CARRIED_FROM:
      g_value_set_string (value, self->carried_from);
      break;
    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_journal_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SfgJournal *self = SFG_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_DATE:
      sfg_journal_set_date (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      sfg_journal_set_name (self, g_value_get_string (value));
      break;
    case PROP_LINE_MANAGER:
      sfg_journal_set_line_manager (self, g_value_get_string (value));
      break;
    case PROP_OTHER_REFLECTIONS:
      sfg_journal_set_other_reflections (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_journal_class_init (SfgJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sfg_journal_finalize;
  object_class->get_property = sfg_journal_get_property;
  object_class->set_property = sfg_journal_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_LINE_MANAGER] = g_param_spec_string ("line-manager", NULL, NULL, "", rw);
  properties[PROP_OTHER_REFLECTIONS] = g_param_spec_string ("other-reflections", NULL, NULL, "", rw);
  properties[PROP_CARRIED_FROM] = g_param_spec_string ("carried-from", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgJournal::changed:
   *
   * Emitted after any change that is saved to disk.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sfg_journal_init (SfgJournal *self)
{
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
changed (SfgJournal *self,
         int         prop)
{
  g_free (self->modified);
  self->modified = sfg_time_now ();

  if (prop != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_signal_emit (self, signals[CHANGED], 0);
}

SfgJournal *
sfg_journal_new (void)
{
  SfgJournal *self = g_object_new (SFG_TYPE_JOURNAL, NULL);

  self->id = g_uuid_string_random ();
  self->date = sfg_date_today ();
  self->name = g_strdup ("");
  self->line_manager = g_strdup ("");
  self->other_reflections = g_strdup ("");
  self->created = sfg_time_now ();
  self->modified = g_strdup (self->created);
  return self;
}

/**
 * sfg_journal_new_carry_forward:
 * @previous: the journal to start from; it is not changed
 * @date: (nullable): the new journal's date, "YYYY-MM-DD"
 *
 * Returns: (transfer full): a new journal holding @previous's header and answers
 */
SfgJournal *
sfg_journal_new_carry_forward (SfgJournal *previous,
                               const char *date)
{
  SfgJournal *self;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (SFG_IS_JOURNAL (previous), NULL);
  g_return_val_if_fail (date == NULL || sfg_date_is_valid (date), NULL);

  self = sfg_journal_new ();
  g_free (self->date);
  self->date = g_strdup (date);
  sfg_str_replace (&self->name, previous->name);
  sfg_str_replace (&self->line_manager, previous->line_manager);
  sfg_str_replace (&self->other_reflections, previous->other_reflections);
  self->carried_from = g_strdup (previous->id);

  g_hash_table_iter_init (&iter, previous->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (self->answers, g_strdup (key), g_strdup (value));

  return self;
}

static gboolean
read_answers (SfgJournal  *self,
              JsonObject  *root,
              GError     **error)
{
  JsonObject *answers;
  g_autoptr(GList) members = NULL;

  if (!sfg_json_get_object (root, "answers", &answers, error))
    return FALSE;
  if (answers == NULL)
    return TRUE;

  members = json_object_get_members (answers);
  for (GList *l = members; l != NULL; l = l->next)
    {
      g_autofree char *answer = NULL;

      if (!sfg_json_get_string (answers, l->data, FALSE, &answer, error))
        {
          g_prefix_error (error, _("“answers”: "));
          return FALSE;
        }
      if (answer != NULL && *answer != '\0')
        g_hash_table_insert (self->answers, g_strdup (l->data), g_steal_pointer (&answer));
    }
  return TRUE;
}

SfgJournal *
sfg_journal_new_from_json (JsonNode  *node,
                           GError   **error)
{
  g_autoptr(SfgJournal) self = g_object_new (SFG_TYPE_JOURNAL, NULL);
  JsonObject *root;
  gint64 version;

  root = sfg_json_node_get_object (node, _("journal"), error);
  if (root == NULL
      || !sfg_json_read_version (root, &version, error)
      || !sfg_json_get_uuid (root, "id", TRUE, &self->id, error)
      || !sfg_json_get_date (root, "date", &self->date, error)
      || !sfg_json_get_text (root, "name", &self->name, error)
      || !sfg_json_get_text (root, "line-manager", &self->line_manager, error)
      || !read_answers (self, root, error)
      || !sfg_json_get_text (root, "other-reflections", &self->other_reflections, error)
      || !sfg_json_get_uuid (root, "carried-from", FALSE, &self->carried_from, error)
      || !sfg_json_get_time (root, "created", &self->created, error)
      || !sfg_json_get_time (root, "modified", &self->modified, error))
    return NULL;

  self->raw = json_object_ref (root);
  return g_steal_pointer (&self);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * sfg_journal_dup_answered_ids:
 *
 * Returns: (transfer full): the question ids that have an answer, sorted
 */
char **
sfg_journal_dup_answered_ids (SfgJournal *self)
{
  char **ids;
  guint n;

  g_return_val_if_fail (SFG_IS_JOURNAL (self), NULL);

  ids = (char **) g_hash_table_get_keys_as_array (self->answers, &n);
  for (guint i = 0; i < n; i++)
    ids[i] = g_strdup (ids[i]);
  qsort (ids, n, sizeof (char *), compare_strings);
  return ids;
}

JsonNode *
sfg_journal_to_json (SfgJournal *self)
{
  JsonObject *root;
  JsonObject *answers;
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (SFG_IS_JOURNAL (self), NULL);

  root = sfg_json_object_copy (self->raw);
  json_object_set_int_member (root, "version", SFG_FORMAT_VERSION);
  json_object_set_string_member (root, "id", self->id);
  sfg_json_set_string (root, "date", self->date);
  sfg_json_set_text (root, "name", self->name);
  sfg_json_set_text (root, "line-manager", self->line_manager);

  /* Sorted, so an unchanged journal is written byte for byte the same. */
  answers = json_object_new ();
  ids = sfg_journal_dup_answered_ids (self);
  for (guint i = 0; ids[i] != NULL; i++)
    json_object_set_string_member (answers, ids[i], g_hash_table_lookup (self->answers, ids[i]));
  json_object_set_object_member (root, "answers", answers);

  sfg_json_set_text (root, "other-reflections", self->other_reflections);
  sfg_json_set_string (root, "carried-from", self->carried_from);
  sfg_json_set_string (root, "created", self->created);
  sfg_json_set_string (root, "modified", self->modified);
  return sfg_json_node_new_object (root);
}

const char *
sfg_journal_get_id (SfgJournal *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL (self), NULL);

  return self->id;
}

const char *
sfg_journal_get_date (SfgJournal *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL (self), NULL);

  return self->date;
}

void
sfg_journal_set_date (SfgJournal *self,
                      const char *date)
{
  g_return_if_fail (SFG_IS_JOURNAL (self));
  g_return_if_fail (date == NULL || *date == '\0' || sfg_date_is_valid (date));

  if (sfg_opt_str_replace (&self->date, date))
    changed (self, PROP_DATE);
}

const char *
sfg_journal_get_name (SfgJournal *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL (self), NULL);

  return self->name;
}

void
sfg_journal_set_name (SfgJournal *self,
                      const char *name)
{
  g_return_if_fail (SFG_IS_JOURNAL (self));

  if (sfg_str_replace (&self->name, name))
    changed (self, PROP_NAME);
}

const char *
sfg_journal_get_line_manager (SfgJournal *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL (self), NULL);

  return self->line_manager;
}

void
sfg_journal_set_line_manager (SfgJournal *self,
                              const char *line_manager)
{
  g_return_if_fail (SFG_IS_JOURNAL (self));

  if (sfg_str_replace (&self->line_manager, line_manager))
    changed (self, PROP_LINE_MANAGER);
}

const char *
sfg_journal_get_other_reflections (SfgJournal *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL (self), NULL);

  return self->other_reflections;
}

void
sfg_journal_set_other_reflections (SfgJournal *self,
                                   const char *text)
{
  g_return_if_fail (SFG_IS_JOURNAL (self));

  if (sfg_str_replace (&self->other_reflections, text))
    changed (self, PROP_OTHER_REFLECTIONS);
}

/**
 * sfg_journal_get_answer:
 *
 * Returns: the answer to @question_id; "" when unanswered
 */
const char *
sfg_journal_get_answer (SfgJournal *self,
                        const char *question_id)
{
  const char *answer;

  g_return_val_if_fail (SFG_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  answer = g_hash_table_lookup (self->answers, question_id);
  return answer != NULL ? answer : "";
}

/* An empty or NULL @answer removes the answer. */
void
sfg_journal_set_answer (SfgJournal *self,
                        const char *question_id,
                        const char *answer)
{
  g_return_if_fail (SFG_IS_JOURNAL (self));
  g_return_if_fail (question_id != NULL && *question_id != '\0');

  if (answer == NULL || *answer == '\0')
    {
      if (!g_hash_table_remove (self->answers, question_id))
        return;
    }
  else
    {
      if (g_strcmp0 (g_hash_table_lookup (self->answers, question_id), answer) == 0)
        return;
      g_hash_table_insert (self->answers, g_strdup (question_id), g_strdup (answer));
    }
  changed (self, PROP_0);
}

const char *
sfg_journal_get_carried_from (SfgJournal *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL (self), NULL);

  return self->carried_from;
}

const char *
sfg_journal_get_created (SfgJournal *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL (self), NULL);

  return self->created;
}

const char *
sfg_journal_get_modified (SfgJournal *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL (self), NULL);

  return self->modified;
}
