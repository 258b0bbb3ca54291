/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-library"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sfg-json-util.h"
#include "sfg-library-private.h"
#include "sfg-model-error.h"
/* For sfg_library_dup_unsaved(): which documents are not on disk yet. */
#include "sfg-store-private.h"

/* The models and their files (FORMAT.md §1).  This file: the object, the
 * models' "changed" (each queues its file), order, creating and looking up.
 * sfg-library-load.c loads and keeps index.json; sfg-library-delete.c
 * deletes and restores plans. */

G_DEFINE_FINAL_TYPE (SfgLibrary, sfg_library, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum
{
  LOAD_PROBLEM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- files ---- */

char *
sfg_library_plan_relpath (const char *plan_id)
{
  return g_strdup_printf ("plans/%s.json", plan_id);
}

static char *
journal_relpath (const char *journal_id)
{
  return g_strdup_printf ("journals/%s.json", journal_id);
}

char *
sfg_library_notes_relpath (const char *plan_id)
{
  return g_strdup_printf ("private/%s.json", plan_id);
}

/* The file a model is saved to, or NULL for anything else. */
static char *
model_relpath (SfgLibrary *self,
               gpointer    model)
{
  if (SFG_IS_PERSON (model) || SFG_IS_PEOPLE (model))
    return g_strdup (PEOPLE_FILE);
  if (SFG_IS_PLAN (model))
    return sfg_library_plan_relpath (sfg_plan_get_id (model));
  if (SFG_IS_JOURNAL (model))
    return journal_relpath (sfg_journal_get_id (model));
  if (SFG_IS_PRIVATE_NOTES (model))
    return sfg_library_notes_relpath (sfg_private_notes_get_plan_id (model));
  return NULL;
}

gboolean
sfg_library_relpath_is_writable (SfgLibrary *self,
                     const char *relpath)
{
  return !sfg_store_is_read_only (self->store, relpath)
         && !g_hash_table_contains (self->unreadable, relpath);
}

/* Every save goes through here: a read-only model is never written. */
void
sfg_library_queue_save (SfgLibrary            *self,
            gpointer               model,
            SfgStoreSerializeFunc  func)
{
  g_autofree char *relpath = model_relpath (self, model);

  if (g_hash_table_contains (self->read_only, model) || !sfg_library_relpath_is_writable (self, relpath))
    {
      g_debug ("%s is read-only; not saving", relpath);
      return;
    }
  sfg_store_queue (self->store, relpath, model, func);
}

void
sfg_library_add_problem (SfgLibrary *self,
             const char *relpath,
             const char *set_aside,
             const char *message)
{
  g_ptr_array_insert (self->problems, (int) self->problems->len - 1, g_strdup (message));
  g_signal_emit (self, signals[LOAD_PROBLEM], 0, relpath, set_aside, message);
}

static void
store_load_problem_cb (SfgStore   *store,
                       const char *relpath,
                       const char *set_aside,
                       const char *message,
                       gpointer    user_data)
{
  sfg_library_add_problem (SFG_LIBRARY (user_data), relpath, set_aside, message);
}

/* ---- order: newest date first, undated last ---- */

static int
compare_dated (const char *date_a,
               const char *created_a,
               const char *id_a,
               const char *date_b,
               const char *created_b,
               const char *id_b)
{
  int cmp;

  if (date_a != NULL && *date_a == '\0')
    date_a = NULL;
  if (date_b != NULL && *date_b == '\0')
    date_b = NULL;
  if ((date_a == NULL) != (date_b == NULL))
    return date_a == NULL ? 1 : -1;
  if ((cmp = g_strcmp0 (date_b, date_a)) != 0)
    return cmp;
  if ((cmp = g_strcmp0 (created_b, created_a)) != 0)
    return cmp;
  return g_strcmp0 (id_a, id_b);
}

int
sfg_library_compare_plans (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  SfgPlan *pa = (SfgPlan *) a;
  SfgPlan *pb = (SfgPlan *) b;

  return compare_dated (sfg_plan_get_date (pa), sfg_plan_get_created (pa), sfg_plan_get_id (pa),
                        sfg_plan_get_date (pb), sfg_plan_get_created (pb), sfg_plan_get_id (pb));
}

int
sfg_library_compare_journals (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  SfgJournal *ja = (SfgJournal *) a;
  SfgJournal *jb = (SfgJournal *) b;

  return compare_dated (sfg_journal_get_date (ja), sfg_journal_get_created (ja),
                        sfg_journal_get_id (ja), sfg_journal_get_date (jb),
                        sfg_journal_get_created (jb), sfg_journal_get_id (jb));
}

/* After a date change: moves @item only when it is out of order, so a list
 * showing it is disturbed as little as possible, and in one "items-changed"
 * so a listener never sees it missing (the window's current plan). */
static void
keep_sorted (GListStore       *list,
             gpointer          item,
             GCompareDataFunc  compare)
{
  GListModel *model = G_LIST_MODEL (list);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) items = NULL;
  guint pos;
  guint target = 0;
  guint lo, hi;

  if (!g_list_store_find (list, item, &pos))
    return;

  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_ptr_array_remove_index (items, pos);
  while (target < items->len && compare (g_ptr_array_index (items, target), item, NULL) <= 0)
    target++;
  if (target == pos)
    return;

  g_ptr_array_insert (items, (int) target, g_object_ref (item));
  lo = MIN (pos, target);
  hi = MAX (pos, target);
  g_list_store_splice (list, lo, hi - lo + 1, items->pdata + lo, hi - lo + 1);
}

/* ---- models ---- */

static void
people_changed_cb (SfgPeople  *people,
                   SfgLibrary *self)
{
  sfg_library_queue_save (self, people, (SfgStoreSerializeFunc) sfg_people_to_json);
}

static void
plan_changed_cb (SfgPlan    *plan,
                 SfgLibrary *self)
{
  sfg_library_queue_save (self, plan, (SfgStoreSerializeFunc) sfg_plan_to_json);
  keep_sorted (self->plans, plan, sfg_library_compare_plans);
  sfg_library_schedule_index (self);
}

static void
journal_changed_cb (SfgJournal *journal,
                    SfgLibrary *self)
{
  sfg_library_queue_save (self, journal, (SfgStoreSerializeFunc) sfg_journal_to_json);
  keep_sorted (self->journals, journal, sfg_library_compare_journals);
}

static void
notes_changed_cb (SfgPrivateNotes *notes,
                  SfgLibrary      *self)
{
  sfg_library_queue_save (self, notes, (SfgStoreSerializeFunc) sfg_private_notes_to_json);
}

/* Every change of @model queues its file. */
void
sfg_library_watch (SfgLibrary *self,
                   gpointer    model)
{
  GCallback callback;

  if (SFG_IS_PLAN (model))
    callback = G_CALLBACK (plan_changed_cb);
  else if (SFG_IS_JOURNAL (model))
    callback = G_CALLBACK (journal_changed_cb);
  else if (SFG_IS_PRIVATE_NOTES (model))
    callback = G_CALLBACK (notes_changed_cb);
  else if (SFG_IS_PEOPLE (model))
    callback = G_CALLBACK (people_changed_cb);
  else
    g_return_if_reached ();
  g_signal_connect_object (model, "changed", callback, self, 0);
}

void
sfg_library_unwatch (SfgLibrary *self,
                     gpointer    model)
{
  g_signal_handlers_disconnect_by_data (model, self);
}

void
sfg_library_add_plan (SfgLibrary *self,
          SfgPlan    *plan,
          gboolean    save)
{
  g_list_store_insert_sorted (self->plans, plan, sfg_library_compare_plans, NULL);
  sfg_library_watch (self, plan);
  if (save)
    sfg_library_queue_save (self, plan, (SfgStoreSerializeFunc) sfg_plan_to_json);
  sfg_library_schedule_index (self);
}

static void
add_journal (SfgLibrary *self,
             SfgJournal *journal)
{
  g_list_store_insert_sorted (self->journals, journal, sfg_library_compare_journals, NULL);
  sfg_library_watch (self, journal);
  sfg_library_queue_save (self, journal, (SfgStoreSerializeFunc) sfg_journal_to_json);
}

void
sfg_library_add_notes (SfgLibrary      *self,
           SfgPrivateNotes *notes)
{
  g_hash_table_replace (self->notes, g_strdup (sfg_private_notes_get_plan_id (notes)),
                        g_object_ref (notes));
  sfg_library_watch (self, notes);
}

/* ---- object ---- */

static void
sfg_library_dispose (GObject *object)
{
  SfgLibrary *self = SFG_LIBRARY (object);

  g_clear_handle_id (&self->index_idle_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_load_problem_cb, self);
  g_clear_object (&self->store);
  g_clear_object (&self->framework);
  g_clear_object (&self->people);
  g_clear_object (&self->plans);
  g_clear_object (&self->journals);
  g_clear_pointer (&self->notes, g_hash_table_unref);
  g_clear_pointer (&self->deleted, g_hash_table_unref);

  G_OBJECT_CLASS (sfg_library_parent_class)->dispose (object);
}

static void
sfg_library_finalize (GObject *object)
{
  SfgLibrary *self = SFG_LIBRARY (object);

  g_clear_pointer (&self->read_only, g_hash_table_unref);
  g_clear_pointer (&self->unreadable, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->index, g_ptr_array_unref);

  G_OBJECT_CLASS (sfg_library_parent_class)->finalize (object);
}

static void
sfg_library_constructed (GObject *object)
{
  SfgLibrary *self = SFG_LIBRARY (object);
  const char * const *problems;

  G_OBJECT_CLASS (sfg_library_parent_class)->constructed (object);

  g_return_if_fail (SFG_IS_STORE (self->store));

  /* Problems found before the library existed are kept too. */
  problems = sfg_store_get_load_problems (self->store);
  for (guint i = 0; problems[i] != NULL; i++)
    g_ptr_array_insert (self->problems, (int) self->problems->len - 1, g_strdup (problems[i]));
  g_signal_connect (self->store, "load-problem", G_CALLBACK (store_load_problem_cb), self);
}

static void
sfg_library_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SfgLibrary *self = SFG_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_library_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SfgLibrary *self = SFG_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_library_class_init (SfgLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sfg_library_constructed;
  object_class->dispose = sfg_library_dispose;
  object_class->finalize = sfg_library_finalize;
  object_class->get_property = sfg_library_get_property;
  object_class->set_property = sfg_library_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SFG_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                         | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgLibrary::load-problem:
   * @relpath: the file
   * @set_aside: (nullable): where a refused file was moved
   * @message: what happened, in plain words
   */
  signals[LOAD_PROBLEM] =
    g_signal_new ("load-problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
}

static void
sfg_library_init (SfgLibrary *self)
{
  self->framework = sfg_framework_new ();
  self->people = sfg_people_new ();
  self->plans = g_list_store_new (SFG_TYPE_PLAN);
  self->journals = g_list_store_new (SFG_TYPE_JOURNAL);
  self->notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->read_only = g_hash_table_new (NULL, NULL);
  self->unreadable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, sfg_library_deleted_plan_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->problems, NULL);
}

SfgLibrary *
sfg_library_new (SfgStore *store)
{
  g_return_val_if_fail (SFG_IS_STORE (store), NULL);

  return g_object_new (SFG_TYPE_LIBRARY, "store", store, NULL);
}

SfgStore *
sfg_library_get_store (SfgLibrary *self)
{
  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  return self->store;
}

SfgFramework *
sfg_library_get_framework (SfgLibrary *self)
{
  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  return self->framework;
}

SfgPeople *
sfg_library_get_people (SfgLibrary *self)
{
  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  return self->people;
}

/**
 * sfg_library_add_person:
 * @name: (nullable): the person's full name
 *
 * Returns: (transfer none) (nullable): the new person, saved to
 *   people.json; %NULL when people.json is read-only
 */
SfgPerson *
sfg_library_add_person (SfgLibrary *self,
                        const char *name)
{
  g_autoptr(SfgPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);

  if (sfg_library_is_read_only (self, self->people))
    return NULL;
  person = sfg_person_new ();
  sfg_person_set_name (person, name != NULL ? name : "");
  if (!sfg_people_add (self->people, person, &error))
    {
      /* A new person has a new id: this cannot happen. */
      g_critical ("Could not add a person: %s", error->message);
      return NULL;
    }
  return person;
}

GListModel *
sfg_library_get_plans (SfgLibrary *self)
{
  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->plans);
}

/**
 * sfg_library_lookup_plan:
 *
 * Returns: (transfer none) (nullable): the plan with @plan_id
 */
SfgPlan *
sfg_library_lookup_plan (SfgLibrary *self,
                         const char *plan_id)
{
  guint n;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);

  if (plan_id == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->plans));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfgPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);

      if (g_strcmp0 (sfg_plan_get_id (plan), plan_id) == 0)
        return plan;
    }
  return NULL;
}

/**
 * sfg_library_create_plan:
 *
 * Returns: (transfer none): a new draft plan for @person, dated today and
 *   saved at once
 */
SfgPlan *
sfg_library_create_plan (SfgLibrary *self,
                         SfgPerson  *person)
{
  g_autoptr(SfgPlan) plan = NULL;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (SFG_IS_PERSON (person), NULL);

  plan = sfg_plan_new (person);
  sfg_library_add_plan (self, plan, TRUE);
  return plan;
}

/**
 * sfg_library_start_follow_up:
 * @previous: a plan of the library; it is not changed
 *
 * Returns: (transfer none) (nullable): the follow-up plan (FORMAT.md §4),
 *   dated today and saved at once
 */
SfgPlan *
sfg_library_start_follow_up (SfgLibrary  *self,
                             SfgPlan     *previous,
                             GError     **error)
{
  g_autoptr(SfgPlan) plan = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (SFG_IS_PLAN (previous), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_list_store_find (self->plans, previous, NULL))
    {
      g_set_error_literal (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND,
                           _("This plan is no longer in your plans, so it cannot be followed "
                             "up."));
      return NULL;
    }
  today = sfg_date_today ();
  plan = sfg_plan_new_follow_up (previous, today);
  sfg_library_add_plan (self, plan, TRUE);
  return plan;
}

/**
 * sfg_library_get_private_notes:
 *
 * Loads the notes the first time they are asked for; a plan without notes
 * gets empty ones, written when they are first changed.  Never part of the
 * plan's file.
 *
 * Returns: (transfer none): the line manager's private notes on @plan
 */
SfgPrivateNotes *
sfg_library_get_private_notes (SfgLibrary *self,
                               SfgPlan    *plan)
{
  g_autoptr(SfgPrivateNotes) notes = NULL;
  g_autofree char *relpath = NULL;
  SfgPrivateNotes *loaded;
  const char *plan_id;
  gboolean read_only = FALSE;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (SFG_IS_PLAN (plan), NULL);

  plan_id = sfg_plan_get_id (plan);
  loaded = g_hash_table_lookup (self->notes, plan_id);
  if (loaded != NULL)
    return loaded;

  relpath = sfg_library_notes_relpath (plan_id);
  notes = sfg_library_load_model (self, relpath, plan_id, sfg_library_parse_notes, &read_only, NULL);
  if (notes == NULL)
    notes = sfg_private_notes_new (plan_id);
  if (read_only)
    g_hash_table_add (self->read_only, notes);
  sfg_library_add_notes (self, notes);
  return notes;
}

GListModel *
sfg_library_get_journals (SfgLibrary *self)
{
  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->journals);
}

/**
 * sfg_library_lookup_journal:
 *
 * Returns: (transfer none) (nullable): the journal with @journal_id
 */
SfgJournal *
sfg_library_lookup_journal (SfgLibrary *self,
                            const char *journal_id)
{
  guint n;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);

  if (journal_id == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->journals));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfgJournal) journal = g_list_model_get_item (G_LIST_MODEL (self->journals), i);

      if (g_strcmp0 (sfg_journal_get_id (journal), journal_id) == 0)
        return journal;
    }
  return NULL;
}

/**
 * sfg_library_create_journal:
 * @carry_forward_from: (nullable): a journal to start from (its header and
 *   answers are copied; it is not changed), or %NULL for a blank journal
 *
 * Returns: (transfer none): the new journal, dated today and saved at once
 */
SfgJournal *
sfg_library_create_journal (SfgLibrary *self,
                            SfgJournal *carry_forward_from)
{
  g_autoptr(SfgJournal) journal = NULL;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (carry_forward_from == NULL || SFG_IS_JOURNAL (carry_forward_from), NULL);

  if (carry_forward_from != NULL)
    {
      g_autofree char *today = sfg_date_today ();

      journal = sfg_journal_new_carry_forward (carry_forward_from, today);
    }
  else
    {
      journal = sfg_journal_new ();
    }
  add_journal (self, journal);
  return journal;
}

/**
 * sfg_library_is_read_only:
 * @model: (type GObject): people, a person, a plan, a journal or private notes
 *
 * Returns: %TRUE when @model's file is from a newer version or could not be
 *   read: it is shown but never saved, and views should not offer to edit it
 */
gboolean
sfg_library_is_read_only (SfgLibrary *self,
                          gpointer    model)
{
  g_autofree char *relpath = NULL;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (model), FALSE);

  if (SFG_IS_PERSON (model))
    model = self->people;
  if (g_hash_table_contains (self->read_only, model))
    return TRUE;
  relpath = model_relpath (self, model);
  return relpath != NULL && !sfg_library_relpath_is_writable (self, relpath);
}

/**
 * sfg_library_get_load_problems:
 *
 * Returns: (transfer none): every "load-problem" message so far, in plain
 *   words, for a window that opens after loading
 */
const char * const *
sfg_library_get_load_problems (SfgLibrary *self)
{
  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  return (const char * const *) self->problems->pdata;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* What a file holds, for a person deciding whether to lose it. */
static char *
describe_file (SfgLibrary *self,
               const char *relpath)
{
  g_autofree char *id = NULL;
  SfgPlan *plan;
  SfgJournal *journal;

  if (g_str_equal (relpath, PEOPLE_FILE))
    return g_strdup (_("the list of people"));
  if (!g_str_has_suffix (relpath, ".json"))
    return NULL;
  id = sfg_library_relpath_id (relpath);
  if (g_str_has_prefix (relpath, "plans/") || g_str_has_prefix (relpath, "private/"))
    {
      gboolean notes = g_str_has_prefix (relpath, "private/");
      const char *name;

      plan = sfg_library_lookup_plan (self, id);
      name = plan != NULL ? sfg_plan_get_name (plan) : NULL;
      if (name == NULL || *name == '\0')
        return g_strdup (notes ? _("your private notes on a plan") : _("a plan"));
      return g_strdup_printf (notes ? _("your private notes on the plan for %s")
                                    : _("the plan for %s"), name);
    }
  if (g_str_has_prefix (relpath, "journals/"))
    {
      journal = sfg_library_lookup_journal (self, id);
      if (journal == NULL || sfg_journal_get_date (journal) == NULL)
        return g_strdup (_("a journal"));
      return g_strdup_printf (_("your journal dated %s"), sfg_journal_get_date (journal));
    }
  /* index.json: a cache, rebuilt on the next start. */
  return NULL;
}

/**
 * sfg_library_dup_unsaved:
 *
 * Returns: (transfer full): what has changes that are not on disk yet, in
 *   plain words ("the plan for Sam Jones"), sorted; empty when all is saved
 */
char **
sfg_library_dup_unsaved (SfgLibrary *self)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  SfgStoreDoc *doc;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);

  g_hash_table_iter_init (&iter, self->store->docs);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &doc))
    {
      char *what;

      if (!doc->dirty && !doc->writing)
        continue;
      what = describe_file (self, doc->relpath);
      if (what != NULL)
        g_ptr_array_add (out, what);
    }
  g_ptr_array_sort (out, compare_strings);
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

static void
store_flushed_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (sfg_store_flush_finish (SFG_STORE (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sfg_library_flush_async:
 *
 * Writes every unsaved change now (on quit or close).
 */
void
sfg_library_flush_async (SfgLibrary          *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (SFG_IS_LIBRARY (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sfg_library_flush_async);
  if (self->index_idle_id != 0)
    {
      g_clear_handle_id (&self->index_idle_id, g_source_remove);
      sfg_library_update_index (self);
    }
  sfg_store_flush_async (self->store, cancellable, store_flushed_cb, task);
}

/**
 * sfg_library_flush_finish:
 *
 * Returns: %TRUE when everything is on disk; %FALSE with the plain-words
 *   save error when something is still unsaved (it is kept in memory)
 */
gboolean
sfg_library_flush_finish (SfgLibrary    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
