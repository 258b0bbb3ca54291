/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-people"

#include <glib/gi18n.h>

#include "sfg-json-util.h"
#include "sfg-model-error.h"
#include "sfg-people.h"

struct _SfgPeople
{
  GObject parent_instance;

  GListStore *store;
  JsonObject *raw;
};

static void sfg_people_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SfgPeople, sfg_people, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, sfg_people_list_model_init))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
sfg_people_get_item_type (GListModel *model)
{
  return SFG_TYPE_PERSON;
}

static guint
sfg_people_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (SFG_PEOPLE (model)->store));
}

static gpointer
sfg_people_get_item (GListModel *model,
                     guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (SFG_PEOPLE (model)->store), position);
}

static void
sfg_people_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sfg_people_get_item_type;
  iface->get_n_items = sfg_people_get_n_items;
  iface->get_item = sfg_people_get_item;
}

static void
store_items_changed_cb (GListModel *store,
                        guint       position,
                        guint       removed,
                        guint       added,
                        SfgPeople  *self)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
person_changed_cb (SfgPerson *person,
                   SfgPeople *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
sfg_people_dispose (GObject *object)
{
  SfgPeople *self = (SfgPeople *)object;

  if (self->store != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SfgPerson) person = g_list_model_get_item (G_LIST_MODEL (self->store), i);

          g_signal_handlers_disconnect_by_func (person, person_changed_cb, self);
        }
      g_signal_handlers_disconnect_by_func (self->store, store_items_changed_cb, self);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sfg_people_parent_class)->dispose (object);
}

static void
sfg_people_finalize (GObject *object)
{
  SfgPeople *self = (SfgPeople *)object;

  g_clear_pointer (&self->raw, json_object_unref);

  G_OBJECT_CLASS (sfg_people_parent_class)->finalize (object);
}

static void
sfg_people_class_init (SfgPeopleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sfg_people_dispose;
  object_class->finalize = sfg_people_finalize;

  /**
   * SfgPeople::changed:
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
sfg_people_init (SfgPeople *self)
{
  self->store = g_list_store_new (SFG_TYPE_PERSON);
  g_signal_connect (self->store, "items-changed", G_CALLBACK (store_items_changed_cb), self);
}

SfgPeople *
sfg_people_new (void)
{
  return g_object_new (SFG_TYPE_PEOPLE, NULL);
}

static void
append (SfgPeople *self,
        SfgPerson *person)
{
  g_signal_connect (person, "changed", G_CALLBACK (person_changed_cb), self);
  g_list_store_append (self->store, person);
}

SfgPeople *
sfg_people_new_from_json (JsonNode  *node,
                          GError   **error)
{
  g_autoptr(SfgPeople) self = sfg_people_new ();
  JsonObject *root;
  JsonArray *array;
  gint64 version;

  root = sfg_json_node_get_object (node, "people.json", error);
  if (root == NULL
      || !sfg_json_read_version (root, &version, error)
      || !sfg_json_get_array (root, "people", &array, error))
    return NULL;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autoptr(SfgPerson) person = NULL;

      person = sfg_person_new_from_json (json_array_get_element (array, i), error);
      if (person == NULL)
        {
          g_prefix_error (error, _("“people” item %u: "), i + 1);
          return NULL;
        }
      if (sfg_people_lookup (self, sfg_person_get_id (person)) != NULL)
        {
          g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_DUPLICATE,
                       _("“people” item %u: the id “%s” is used more than once"),
                       i + 1, sfg_person_get_id (person));
          return NULL;
        }
      append (self, person);
    }

  self->raw = json_object_ref (root);
  return g_steal_pointer (&self);
}

JsonNode *
sfg_people_to_json (SfgPeople *self)
{
  JsonObject *root;
  JsonArray *array;
  guint n;

  g_return_val_if_fail (SFG_IS_PEOPLE (self), NULL);

  root = sfg_json_object_copy (self->raw);
  json_object_set_int_member (root, "version", SFG_FORMAT_VERSION);

  array = json_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfgPerson) person = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      json_array_add_element (array, sfg_person_to_json (person));
    }
  json_object_set_array_member (root, "people", array);

  return sfg_json_node_new_object (root);
}

/**
 * sfg_people_lookup:
 *
 * Returns: (transfer none) (nullable): the person with @id
 */
SfgPerson *
sfg_people_lookup (SfgPeople  *self,
                   const char *id)
{
  guint n;

  g_return_val_if_fail (SFG_IS_PEOPLE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfgPerson) person = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (g_strcmp0 (sfg_person_get_id (person), id) == 0)
        return person;   /* the store keeps its reference */
    }
  return NULL;
}

gboolean
sfg_people_add (SfgPeople  *self,
                SfgPerson  *person,
                GError    **error)
{
  g_return_val_if_fail (SFG_IS_PEOPLE (self), FALSE);
  g_return_val_if_fail (SFG_IS_PERSON (person), FALSE);

  if (sfg_people_lookup (self, sfg_person_get_id (person)) != NULL)
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_DUPLICATE,
                   _("The person “%s” is already in the list"), sfg_person_get_name (person));
      return FALSE;
    }

  append (self, person);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
sfg_people_remove (SfgPeople *self,
                   SfgPerson *person)
{
  guint position;

  g_return_val_if_fail (SFG_IS_PEOPLE (self), FALSE);
  g_return_val_if_fail (SFG_IS_PERSON (person), FALSE);

  if (!g_list_store_find (self->store, person, &position))
    return FALSE;

  g_signal_handlers_disconnect_by_func (person, person_changed_cb, self);
  g_list_store_remove (self->store, position);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}
