/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-action"

#include <glib/gi18n.h>

#include "sfg-action.h"
#include "sfg-framework.h"
#include "sfg-json-util.h"
#include "sfg-model-error.h"
#include "sfg-plan-private.h"

struct _SfgAction
{
  GObject parent_instance;

  char *id;
  char *description;
  char *position_id;
  char *initiative_id;
  char *initiative_text;
  SfgActionOwner owner;
  char *owner_other;
  char *target_date;
  SfgActionStatus status;
  char *progress_notes;
  char *carried_from;
  gboolean frozen;

  JsonObject *raw;
};

G_DEFINE_ENUM_TYPE (SfgActionOwner, sfg_action_owner,
                    G_DEFINE_ENUM_VALUE (SFG_ACTION_OWNER_INDIVIDUAL, "individual"),
                    G_DEFINE_ENUM_VALUE (SFG_ACTION_OWNER_LINE_MANAGER, "line-manager"),
                    G_DEFINE_ENUM_VALUE (SFG_ACTION_OWNER_BOTH, "both"),
                    G_DEFINE_ENUM_VALUE (SFG_ACTION_OWNER_OTHER, "other"))

G_DEFINE_ENUM_TYPE (SfgActionStatus, sfg_action_status,
                    G_DEFINE_ENUM_VALUE (SFG_ACTION_STATUS_NOT_STARTED, "not-started"),
                    G_DEFINE_ENUM_VALUE (SFG_ACTION_STATUS_IN_PROGRESS, "in-progress"),
                    G_DEFINE_ENUM_VALUE (SFG_ACTION_STATUS_DONE, "done"),
                    G_DEFINE_ENUM_VALUE (SFG_ACTION_STATUS_CARRIED_FORWARD, "carried-forward"),
                    G_DEFINE_ENUM_VALUE (SFG_ACTION_STATUS_DROPPED, "dropped"))

G_DEFINE_FINAL_TYPE (SfgAction, sfg_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DESCRIPTION,
  PROP_POSITION_ID,
  PROP_INITIATIVE_ID,
  PROP_INITIATIVE_TEXT,
  PROP_OWNER,
  PROP_OWNER_OTHER,
  PROP_TARGET_DATE,
  PROP_STATUS,
  PROP_PROGRESS_NOTES,
  PROP_CARRIED_FROM,
  PROP_FROZEN,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

const char *
sfg_action_owner_to_label (SfgActionOwner owner)
{
  switch (owner)
    {
    case SFG_ACTION_OWNER_INDIVIDUAL:
      return _("Individual");
    case SFG_ACTION_OWNER_LINE_MANAGER:
      return _("Line manager");
    case SFG_ACTION_OWNER_BOTH:
      return _("Both");
    case SFG_ACTION_OWNER_OTHER:
      return _("Other");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sfg_action_status_to_label (SfgActionStatus status)
{
  switch (status)
    {
    case SFG_ACTION_STATUS_NOT_STARTED:
      return _("Not started");
    case SFG_ACTION_STATUS_IN_PROGRESS:
      return _("In progress");
    case SFG_ACTION_STATUS_DONE:
      return _("Done");
    case SFG_ACTION_STATUS_CARRIED_FORWARD:
      return _("Carried forward");
    case SFG_ACTION_STATUS_DROPPED:
      return _("Dropped");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
sfg_action_finalize (GObject *object)
{
  SfgAction *self = (SfgAction *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->position_id, g_free);
  g_clear_pointer (&self->initiative_id, g_free);
  g_clear_pointer (&self->initiative_text, g_free);
  g_clear_pointer (&self->owner_other, g_free);
  g_clear_pointer (&self->target_date, g_free);
  g_clear_pointer (&self->progress_notes, g_free);
  g_clear_pointer (&self->carried_from, g_free);
  g_clear_pointer (&self->raw, json_object_unref);

  G_OBJECT_CLASS (sfg_action_parent_class)->finalize (object);
}

static void
sfg_action_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SfgAction *self = SFG_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_POSITION_ID:
      g_value_set_string (value, self->position_id);
      break;
    case PROP_INITIATIVE_ID:
      g_value_set_string (value, self->initiative_id);
      break;
    case PROP_INITIATIVE_TEXT:
      g_value_set_string (value, self->initiative_text);
      break;
    case PROP_OWNER:
      g_value_set_enum (value, self->owner);
      break;
    case PROP_OWNER_OTHER:
      g_value_set_string (value, self->owner_other);
      break;
    case PROP_TARGET_DATE:
      g_value_set_string (value, self->target_date);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_PROGRESS_NOTES:
      g_value_set_string (value, self->progress_notes);
      break;
    case PROP_CARRIED_FROM:
      g_value_set_string (value, self->carried_from);
      break;
    case PROP_FROZEN:
      g_value_set_boolean (value, self->frozen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_action_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SfgAction *self = SFG_ACTION (object);
  g_autoptr(GError) error = NULL;

  switch (prop_id)
    {
    case PROP_DESCRIPTION:
      sfg_action_set_description (self, g_value_get_string (value), &error);
      break;
    case PROP_OWNER:
      sfg_action_set_owner (self, g_value_get_enum (value), &error);
      break;
    case PROP_OWNER_OTHER:
      sfg_action_set_owner_other (self, g_value_get_string (value), &error);
      break;
    case PROP_TARGET_DATE:
      sfg_action_set_target_date (self, g_value_get_string (value), &error);
      break;
    case PROP_STATUS:
      sfg_action_set_status (self, g_value_get_enum (value));
      break;
    case PROP_PROGRESS_NOTES:
      sfg_action_set_progress_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }

  /* Views must not offer frozen fields for editing; tell the developer. */
  if (error != NULL)
    g_warning ("Action “%s” not changed: %s", pspec->name, error->message);
}

static void
sfg_action_class_init (SfgActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sfg_action_finalize;
  object_class->get_property = sfg_action_get_property;
  object_class->set_property = sfg_action_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", rw);
  properties[PROP_POSITION_ID] = g_param_spec_string ("position-id", NULL, NULL, NULL, ro);
  properties[PROP_INITIATIVE_ID] = g_param_spec_string ("initiative-id", NULL, NULL, NULL, ro);
  properties[PROP_INITIATIVE_TEXT] = g_param_spec_string ("initiative-text", NULL, NULL, NULL, ro);
  properties[PROP_OWNER] = g_param_spec_enum ("owner", NULL, NULL, SFG_TYPE_ACTION_OWNER,
                                              SFG_ACTION_OWNER_INDIVIDUAL, rw);
  properties[PROP_OWNER_OTHER] = g_param_spec_string ("owner-other", NULL, NULL, "", rw);
  properties[PROP_TARGET_DATE] = g_param_spec_string ("target-date", NULL, NULL, NULL, rw);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, SFG_TYPE_ACTION_STATUS,
                                               SFG_ACTION_STATUS_NOT_STARTED, rw);
  properties[PROP_PROGRESS_NOTES] = g_param_spec_string ("progress-notes", NULL, NULL, "", rw);
  properties[PROP_CARRIED_FROM] = g_param_spec_string ("carried-from", NULL, NULL, NULL, ro);
  properties[PROP_FROZEN] = g_param_spec_boolean ("frozen", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgAction::changed:
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
sfg_action_init (SfgAction *self)
{
}

SfgAction *
sfg_action_new (const char *description)
{
  SfgAction *self = g_object_new (SFG_TYPE_ACTION, NULL);

  self->id = g_uuid_string_random ();
  self->description = g_strdup (description != NULL ? description : "");
  self->owner_other = g_strdup ("");
  self->progress_notes = g_strdup ("");
  return self;
}

/* The action keeps the initiative's text as shown now (FORMAT.md §4). */
SfgAction *
sfg_action_new_from_initiative (SfgInitiative *initiative)
{
  SfgAction *self;

  g_return_val_if_fail (initiative != NULL, NULL);

  self = sfg_action_new (sfg_initiative_get_text (initiative));
  self->position_id = g_strdup (sfg_initiative_get_position_id (initiative));
  self->initiative_id = g_strdup (sfg_initiative_get_id (initiative));
  self->initiative_text = g_strdup (sfg_initiative_get_text (initiative));
  return self;
}

SfgAction *
sfg_action_new_carried_forward (SfgAction *previous)
{
  SfgAction *self;

  g_return_val_if_fail (SFG_IS_ACTION (previous), NULL);

  self = sfg_action_new (previous->description);
  self->position_id = g_strdup (previous->position_id);
  self->initiative_id = g_strdup (previous->initiative_id);
  self->initiative_text = g_strdup (previous->initiative_text);
  self->owner = previous->owner;
  sfg_str_replace (&self->owner_other, previous->owner_other);
  self->target_date = g_strdup (previous->target_date);
  self->status = SFG_ACTION_STATUS_CARRIED_FORWARD;
  sfg_str_replace (&self->progress_notes, previous->progress_notes);
  self->carried_from = g_strdup (previous->id);
  return self;
}

static gboolean
read_link (SfgAction   *self,
           JsonObject  *object,
           GError     **error)
{
  if (!sfg_json_get_string (object, "position-id", FALSE, &self->position_id, error)
      || !sfg_json_get_string (object, "initiative-id", FALSE, &self->initiative_id, error)
      || !sfg_json_get_string (object, "initiative-text", FALSE, &self->initiative_text, error))
    return FALSE;

  if (self->position_id != NULL && !sfg_framework_is_position_id (self->position_id))
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be a position of the framework"), "position-id");
      return FALSE;
    }
  if (self->initiative_id != NULL && *self->initiative_id == '\0')
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must not be empty"), "initiative-id");
      return FALSE;
    }
  return TRUE;
}

SfgAction *
sfg_action_new_from_json (JsonNode  *node,
                          GError   **error)
{
  g_autoptr(SfgAction) self = g_object_new (SFG_TYPE_ACTION, NULL);
  JsonObject *object;
  int owner = SFG_ACTION_OWNER_INDIVIDUAL;
  int status = SFG_ACTION_STATUS_NOT_STARTED;

  object = sfg_json_node_get_object (node, _("action"), error);
  if (object == NULL
      || !sfg_json_get_uuid (object, "id", TRUE, &self->id, error)
      || !sfg_json_get_text (object, "description", &self->description, error)
      || !read_link (self, object, error)
      || !sfg_json_get_enum (object, "owner", SFG_TYPE_ACTION_OWNER, &owner, error)
      || !sfg_json_get_text (object, "owner-other", &self->owner_other, error)
      || !sfg_json_get_date (object, "target-date", &self->target_date, error)
      || !sfg_json_get_enum (object, "status", SFG_TYPE_ACTION_STATUS, &status, error)
      || !sfg_json_get_text (object, "progress-notes", &self->progress_notes, error)
      || !sfg_json_get_uuid (object, "carried-from", FALSE, &self->carried_from, error))
    return NULL;

  self->owner = owner;
  self->status = status;
  self->raw = json_object_ref (object);
  return g_steal_pointer (&self);
}

JsonNode *
sfg_action_to_json (SfgAction *self)
{
  JsonObject *object;

  g_return_val_if_fail (SFG_IS_ACTION (self), NULL);

  object = sfg_json_object_copy (self->raw);
  json_object_set_string_member (object, "id", self->id);
  sfg_json_set_text (object, "description", self->description);
  sfg_json_set_string (object, "position-id", self->position_id);
  sfg_json_set_string (object, "initiative-id", self->initiative_id);
  sfg_json_set_string (object, "initiative-text", self->initiative_text);
  sfg_json_set_enum (object, "owner", SFG_TYPE_ACTION_OWNER, self->owner);
  sfg_json_set_text (object, "owner-other", self->owner_other);
  sfg_json_set_string (object, "target-date", self->target_date);
  sfg_json_set_enum (object, "status", SFG_TYPE_ACTION_STATUS, self->status);
  sfg_json_set_text (object, "progress-notes", self->progress_notes);
  sfg_json_set_string (object, "carried-from", self->carried_from);
  return sfg_json_node_new_object (object);
}

static void
changed (SfgAction *self,
         int        prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
check_frozen (SfgAction  *self,
              GError    **error)
{
  if (self->frozen)
    {
      sfg_set_frozen_error (error);
      return FALSE;
    }
  return TRUE;
}

const char *
sfg_action_get_id (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), NULL);

  return self->id;
}

const char *
sfg_action_get_description (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), NULL);

  return self->description;
}

gboolean
sfg_action_set_description (SfgAction   *self,
                            const char  *description,
                            GError     **error)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), FALSE);

  if (g_strcmp0 (self->description, description != NULL ? description : "") == 0)
    return TRUE;
  if (!check_frozen (self, error))
    return FALSE;

  sfg_str_replace (&self->description, description);
  changed (self, PROP_DESCRIPTION);
  return TRUE;
}

const char *
sfg_action_get_position_id (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), NULL);

  return self->position_id;
}

const char *
sfg_action_get_initiative_id (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), NULL);

  return self->initiative_id;
}

const char *
sfg_action_get_initiative_text (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), NULL);

  return self->initiative_text;
}

/**
 * sfg_action_set_initiative:
 * @position_id: (nullable): a position id, or %NULL to unlink the action
 *
 * Links the action to a framework initiative (or unlinks it). The
 * description is left as it is.
 */
gboolean
sfg_action_set_initiative (SfgAction   *self,
                           const char  *position_id,
                           const char  *initiative_id,
                           const char  *initiative_text,
                           GError     **error)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), FALSE);

  if (position_id == NULL)
    initiative_id = initiative_text = NULL;
  else if (!sfg_framework_is_position_id (position_id)
           || initiative_id == NULL || *initiative_id == '\0' || initiative_text == NULL)
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("An action can only be linked to an initiative of a framework position"));
      return FALSE;
    }

  if (g_strcmp0 (self->position_id, position_id) == 0
      && g_strcmp0 (self->initiative_id, initiative_id) == 0
      && g_strcmp0 (self->initiative_text, initiative_text) == 0)
    return TRUE;
  if (!check_frozen (self, error))
    return FALSE;

  g_free (self->position_id);
  self->position_id = g_strdup (position_id);
  g_free (self->initiative_id);
  self->initiative_id = g_strdup (initiative_id);
  g_free (self->initiative_text);
  self->initiative_text = g_strdup (initiative_text);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INITIATIVE_ID]);
  changed (self, PROP_INITIATIVE_TEXT);
  return TRUE;
}

SfgActionOwner
sfg_action_get_owner (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), SFG_ACTION_OWNER_INDIVIDUAL);

  return self->owner;
}

gboolean
sfg_action_set_owner (SfgAction       *self,
                      SfgActionOwner   owner,
                      GError         **error)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), FALSE);
  g_return_val_if_fail (owner <= SFG_ACTION_OWNER_OTHER, FALSE);

  if (self->owner == owner)
    return TRUE;
  if (!check_frozen (self, error))
    return FALSE;

  self->owner = owner;
  changed (self, PROP_OWNER);
  return TRUE;
}

const char *
sfg_action_get_owner_other (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), NULL);

  return self->owner_other;
}

gboolean
sfg_action_set_owner_other (SfgAction   *self,
                            const char  *owner_other,
                            GError     **error)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), FALSE);

  if (g_strcmp0 (self->owner_other, owner_other != NULL ? owner_other : "") == 0)
    return TRUE;
  if (!check_frozen (self, error))
    return FALSE;

  sfg_str_replace (&self->owner_other, owner_other);
  changed (self, PROP_OWNER_OTHER);
  return TRUE;
}

const char *
sfg_action_get_target_date (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), NULL);

  return self->target_date;
}

/* @date: "YYYY-MM-DD", or NULL/"" for none */
gboolean
sfg_action_set_target_date (SfgAction   *self,
                            const char  *date,
                            GError     **error)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), FALSE);

  if (date != NULL && *date != '\0' && !sfg_date_is_valid (date))
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be a date (YYYY-MM-DD)"), "target-date");
      return FALSE;
    }
  if (g_strcmp0 (self->target_date, date != NULL && *date != '\0' ? date : NULL) == 0)
    return TRUE;
  if (!check_frozen (self, error))
    return FALSE;

  sfg_opt_str_replace (&self->target_date, date);
  changed (self, PROP_TARGET_DATE);
  return TRUE;
}

SfgActionStatus
sfg_action_get_status (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), SFG_ACTION_STATUS_NOT_STARTED);

  return self->status;
}

/* Editable also while the plan is agreed: monitoring goes on after sign-off. */
void
sfg_action_set_status (SfgAction       *self,
                       SfgActionStatus  status)
{
  g_return_if_fail (SFG_IS_ACTION (self));
  g_return_if_fail (status <= SFG_ACTION_STATUS_DROPPED);

  if (self->status == status)
    return;

  self->status = status;
  changed (self, PROP_STATUS);
}

const char *
sfg_action_get_progress_notes (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), NULL);

  return self->progress_notes;
}

void
sfg_action_set_progress_notes (SfgAction  *self,
                               const char *notes)
{
  g_return_if_fail (SFG_IS_ACTION (self));

  if (sfg_str_replace (&self->progress_notes, notes))
    changed (self, PROP_PROGRESS_NOTES);
}

const char *
sfg_action_get_carried_from (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), NULL);

  return self->carried_from;
}

gboolean
sfg_action_get_frozen (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), FALSE);

  return self->frozen;
}

void
sfg_action_set_frozen (SfgAction *self,
                       gboolean   frozen)
{
  g_return_if_fail (SFG_IS_ACTION (self));

  frozen = !!frozen;
  if (self->frozen == frozen)
    return;
  self->frozen = frozen;
  /* Not saved: it follows the plan's status. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROZEN]);
}

/* Done or dropped: not carried into a follow-up plan. */
gboolean
sfg_action_is_finished (SfgAction *self)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), FALSE);

  return self->status == SFG_ACTION_STATUS_DONE || self->status == SFG_ACTION_STATUS_DROPPED;
}

/**
 * sfg_action_is_overdue:
 * @today: today's date, "YYYY-MM-DD"
 *
 * Returns: whether the target date is before @today while the action is
 *   neither done nor dropped
 */
gboolean
sfg_action_is_overdue (SfgAction  *self,
                       const char *today)
{
  g_return_val_if_fail (SFG_IS_ACTION (self), FALSE);
  g_return_val_if_fail (sfg_date_is_valid (today), FALSE);

  /* ISO dates compare as strings. */
  return self->target_date != NULL && g_strcmp0 (self->target_date, today) < 0
         && !sfg_action_is_finished (self);
}
