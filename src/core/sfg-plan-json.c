/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-plan"

/* Reading and writing plans/<uuid>.json (FORMAT.md §4). */

#include <glib/gi18n.h>

#include "sfg-json-util.h"
#include "sfg-model-error.h"
#include "sfg-plan-private.h"

static gboolean
read_header (SfgPlan     *self,
             JsonObject  *root,
             GError     **error)
{
  JsonObject *header;

  if (!sfg_json_get_object (root, "header", &header, error))
    return FALSE;
  if (header == NULL)
    header = json_object_new ();
  else
    json_object_ref (header);

  if (!sfg_json_get_text (header, "name", &self->name, error)
      || !sfg_json_get_text (header, "role", &self->role, error)
      || !sfg_json_get_text (header, "team", &self->team, error)
      || !sfg_json_get_text (header, "line-manager", &self->line_manager, error))
    {
      json_object_unref (header);
      g_prefix_error (error, _("“header”: "));
      return FALSE;
    }
  json_object_unref (header);
  return TRUE;
}

/* A position id, or for the aspiration also "consolidate". */
static gboolean
read_position (JsonObject  *root,
               const char  *member,
               gboolean     aspiration,
               char       **field,
               GError     **error)
{
  if (!sfg_json_get_string (root, member, FALSE, field, error))
    return FALSE;
  if (*field == NULL || sfg_framework_is_position_id (*field)
      || (aspiration && g_str_equal (*field, SFG_ASPIRATION_CONSOLIDATE)))
    return TRUE;

  if (aspiration)
    g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                 _("“%s” must be a position of the framework or “%s”"),
                 member, SFG_ASPIRATION_CONSOLIDATE);
  else
    g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                 _("“%s” must be a position of the framework"), member);
  return FALSE;
}

static gboolean
read_items (SfgPlan     *self,
            JsonObject  *root,
            const char  *member,
            GError     **error)
{
  gboolean actions = g_str_equal (member, "actions");
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!sfg_json_get_array (root, member, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(GObject) item = NULL;
      const char *id;

      if (actions)
        item = (GObject *) sfg_action_new_from_json (node, error);
      else
        item = (GObject *) sfg_objective_new_from_json (node, error);
      if (item == NULL)
        {
          g_prefix_error (error, _("“%s” item %u: "), member, i + 1);
          return FALSE;
        }

      id = actions ? sfg_action_get_id (SFG_ACTION (item)) : sfg_objective_get_id (SFG_OBJECTIVE (item));
      if (!g_hash_table_add (ids, (gpointer) id))
        {
          g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_DUPLICATE,
                       _("“%s” item %u: the id “%s” is used more than once"), member, i + 1, id);
          return FALSE;
        }
      sfg_plan_append_item (self, actions ? self->actions : self->objectives, item);
    }
  return TRUE;
}

static gboolean
read_sign_off (SfgPlan     *self,
               JsonObject  *root,
               GError     **error)
{
  JsonObject *sign_off;

  if (!sfg_json_get_object (root, "sign-off", &sign_off, error))
    return FALSE;
  if (sign_off == NULL)
    return TRUE;

  if (!sfg_json_get_text (sign_off, "individual-name", &self->individual_name, error)
      || !sfg_json_get_text (sign_off, "manager-name", &self->manager_name, error)
      || !sfg_json_get_date (sign_off, "agreed-date", &self->agreed_date, error))
    {
      g_prefix_error (error, _("“sign-off”: "));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_revision (JsonObject  *object,
               const char  *member,
               gboolean     required,
               gint64      *revision,
               GError     **error)
{
  if (!sfg_json_get_int (object, member, required, revision, error))
    return FALSE;
  if (*revision < 1)
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be a whole number of at least 1"), member);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_based_on (SfgPlan     *self,
               JsonObject  *root,
               GError     **error)
{
  JsonObject *based_on;

  if (!sfg_json_get_object (root, "based-on", &based_on, error))
    return FALSE;
  if (based_on == NULL)
    return TRUE;

  self->based_on_revision = 1;
  if (!sfg_json_get_uuid (based_on, "plan-id", TRUE, &self->based_on_plan_id, error)
      || !read_revision (based_on, "revision", TRUE, &self->based_on_revision, error))
    {
      g_prefix_error (error, _("“based-on”: "));
      return FALSE;
    }
  return TRUE;
}

static SfgPlanEvent *
read_event (JsonNode  *node,
            GError   **error)
{
  SfgPlanEvent *event = g_new0 (SfgPlanEvent, 1);
  JsonObject *object;

  event->revision = 1;
  object = sfg_json_node_get_object (node, _("event"), error);
  if (object == NULL
      || !sfg_json_get_string (object, "event", TRUE, &event->event, error)
      || !sfg_json_get_time (object, "at", &event->at, error)
      || !read_revision (object, "revision", FALSE, &event->revision, error)
      || !sfg_json_get_string (object, "individual-name", FALSE, &event->individual_name, error)
      || !sfg_json_get_string (object, "manager-name", FALSE, &event->manager_name, error)
      || !sfg_json_get_date (object, "agreed-date", &event->agreed_date, error))
    {
      sfg_plan_event_free (event);
      return NULL;
    }
  if (!g_str_equal (event->event, "agreed") && !g_str_equal (event->event, "reopened"))
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be one of %s"), "event", "“agreed”, “reopened”");
      sfg_plan_event_free (event);
      return NULL;
    }
  event->raw = json_object_ref (object);
  return event;
}

static gboolean
read_history (SfgPlan     *self,
              JsonObject  *root,
              GError     **error)
{
  JsonArray *array;

  if (!sfg_json_get_array (root, "history", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      SfgPlanEvent *event = read_event (json_array_get_element (array, i), error);

      if (event == NULL)
        {
          g_prefix_error (error, _("“history” item %u: "), i + 1);
          return FALSE;
        }
      g_ptr_array_add (self->history, event);
    }
  return TRUE;
}

SfgPlan *
sfg_plan_new_from_json (JsonNode  *node,
                        GError   **error)
{
  g_autoptr(SfgPlan) self = g_object_new (SFG_TYPE_PLAN, NULL);
  JsonObject *root;
  gint64 version;
  int status = SFG_PLAN_STATUS_DRAFT;

  root = sfg_json_node_get_object (node, _("plan"), error);
  if (root == NULL
      || !sfg_json_read_version (root, &version, error)
      || !sfg_json_get_uuid (root, "id", TRUE, &self->id, error)
      || !sfg_json_get_uuid (root, "person-id", TRUE, &self->person_id, error)
      || !read_header (self, root, error)
      || !sfg_json_get_date (root, "date", &self->date, error)
      || !read_position (root, "current-position", FALSE, &self->current_position, error)
      || !read_position (root, "aspiration", TRUE, &self->aspiration, error)
      || !sfg_json_get_text (root, "evidence", &self->evidence, error)
      || !sfg_json_get_text (root, "reflections", &self->reflections, error)
      || !sfg_json_get_enum (root, "status", SFG_TYPE_PLAN_STATUS, &status, error))
    return NULL;

  /* The status decides whether the items read next are frozen. */
  self->status = status;

  if (!read_items (self, root, "objectives", error)
      || !read_items (self, root, "actions", error)
      || !sfg_json_get_text (root, "next-steps", &self->next_steps, error)
      || !sfg_json_get_text (root, "reasonable-adjustments", &self->reasonable_adjustments, error)
      || !sfg_json_get_date (root, "next-review-date", &self->next_review_date, error)
      || !sfg_json_get_text (root, "no-actions-reason", &self->no_actions_reason, error)
      || !read_sign_off (self, root, error)
      || !sfg_json_get_boolean (root, "changed-after-agreement", &self->changed_after_agreement, error)
      || !sfg_json_get_time (root, "changed-after-agreement-at", &self->changed_after_agreement_at, error)
      || !read_revision (root, "revision", FALSE, &self->revision, error)
      || !read_based_on (self, root, error)
      || !read_history (self, root, error)
      || !sfg_json_get_time (root, "created", &self->created, error)
      || !sfg_json_get_time (root, "modified", &self->modified, error))
    return NULL;

  self->raw = json_object_ref (root);
  return g_steal_pointer (&self);
}

static JsonArray *
items_to_json (GListStore *store)
{
  JsonArray *array = json_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (SFG_IS_ACTION (item))
        json_array_add_element (array, sfg_action_to_json (SFG_ACTION (item)));
      else
        json_array_add_element (array, sfg_objective_to_json (SFG_OBJECTIVE (item)));
    }
  return array;
}

static JsonArray *
history_to_json (SfgPlan *self)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < self->history->len; i++)
    {
      SfgPlanEvent *event = g_ptr_array_index (self->history, i);
      JsonObject *object = sfg_json_object_copy (event->raw);

      json_object_set_string_member (object, "event", event->event);
      sfg_json_set_string (object, "at", event->at);
      json_object_set_int_member (object, "revision", event->revision);
      if (event->individual_name != NULL || event->manager_name != NULL || event->agreed_date != NULL)
        {
          sfg_json_set_string (object, "individual-name", event->individual_name);
          sfg_json_set_string (object, "manager-name", event->manager_name);
          sfg_json_set_string (object, "agreed-date", event->agreed_date);
        }
      json_array_add_element (array, sfg_json_node_new_object (object));
    }
  return array;
}

JsonNode *
sfg_plan_to_json (SfgPlan *self)
{
  JsonObject *root;
  JsonObject *header;

  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  root = sfg_json_object_copy (self->raw);
  json_object_set_int_member (root, "version", SFG_FORMAT_VERSION);
  json_object_set_string_member (root, "id", self->id);
  json_object_set_string_member (root, "person-id", self->person_id);

  header = sfg_json_object_copy_member (self->raw, "header");
  sfg_json_set_text (header, "name", self->name);
  sfg_json_set_text (header, "role", self->role);
  sfg_json_set_text (header, "team", self->team);
  sfg_json_set_text (header, "line-manager", self->line_manager);
  json_object_set_object_member (root, "header", header);

  sfg_json_set_string (root, "date", self->date);
  sfg_json_set_string (root, "current-position", self->current_position);
  sfg_json_set_string (root, "aspiration", self->aspiration);
  sfg_json_set_text (root, "evidence", self->evidence);
  sfg_json_set_text (root, "reflections", self->reflections);
  json_object_set_array_member (root, "objectives", items_to_json (self->objectives));
  json_object_set_array_member (root, "actions", items_to_json (self->actions));
  sfg_json_set_text (root, "next-steps", self->next_steps);
  sfg_json_set_text (root, "reasonable-adjustments", self->reasonable_adjustments);
  sfg_json_set_string (root, "next-review-date", self->next_review_date);
  sfg_json_set_text (root, "no-actions-reason", self->no_actions_reason);
  sfg_json_set_enum (root, "status", SFG_TYPE_PLAN_STATUS, self->status);

  if (self->individual_name != NULL || self->manager_name != NULL || self->agreed_date != NULL)
    {
      JsonObject *sign_off = sfg_json_object_copy_member (self->raw, "sign-off");

      sfg_json_set_text (sign_off, "individual-name", self->individual_name);
      sfg_json_set_text (sign_off, "manager-name", self->manager_name);
      sfg_json_set_string (sign_off, "agreed-date", self->agreed_date);
      json_object_set_object_member (root, "sign-off", sign_off);
    }
  else
    json_object_set_null_member (root, "sign-off");

  json_object_set_boolean_member (root, "changed-after-agreement", self->changed_after_agreement);
  sfg_json_set_string (root, "changed-after-agreement-at", self->changed_after_agreement_at);
  json_object_set_int_member (root, "revision", self->revision);

  if (self->based_on_plan_id != NULL)
    {
      JsonObject *based_on = sfg_json_object_copy_member (self->raw, "based-on");

      json_object_set_string_member (based_on, "plan-id", self->based_on_plan_id);
      json_object_set_int_member (based_on, "revision", self->based_on_revision);
      json_object_set_object_member (root, "based-on", based_on);
    }
  else
    json_object_set_null_member (root, "based-on");

  json_object_set_array_member (root, "history", history_to_json (self));
  sfg_json_set_string (root, "created", self->created);
  sfg_json_set_string (root, "modified", self->modified);
  return sfg_json_node_new_object (root);
}
