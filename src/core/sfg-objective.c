/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-objective"

#include <glib/gi18n.h>

#include "sfg-json-util.h"
#include "sfg-model-error.h"
#include "sfg-objective.h"
#include "sfg-plan-private.h"

struct _SfgObjective
{
  GObject parent_instance;

  char *id;
  char *text;
  SfgObjectiveTerm term;
  gboolean frozen;

  JsonObject *raw;
};

G_DEFINE_ENUM_TYPE (SfgObjectiveTerm, sfg_objective_term,
                    G_DEFINE_ENUM_VALUE (SFG_OBJECTIVE_TERM_SHORT, "short"),
                    G_DEFINE_ENUM_VALUE (SFG_OBJECTIVE_TERM_LONGER, "longer"))

G_DEFINE_FINAL_TYPE (SfgObjective, sfg_objective, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_TERM,
  PROP_FROZEN,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
sfg_set_frozen_error (GError **error)
{
  g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_FROZEN,
               _("The plan has been agreed: reopen it to change this"));
}

static void
sfg_objective_finalize (GObject *object)
{
  SfgObjective *self = (SfgObjective *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->raw, json_object_unref);

  G_OBJECT_CLASS (sfg_objective_parent_class)->finalize (object);
}

static void
sfg_objective_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SfgObjective *self = SFG_OBJECTIVE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_TERM:
      g_value_set_enum (value, self->term);
      break;
    case PROP_FROZEN:
      g_value_set_boolean (value, self->frozen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_objective_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SfgObjective *self = SFG_OBJECTIVE (object);
  g_autoptr(GError) error = NULL;

  switch (prop_id)
    {
    case PROP_TEXT:
      sfg_objective_set_text (self, g_value_get_string (value), &error);
      break;
    case PROP_TERM:
      sfg_objective_set_term (self, g_value_get_enum (value), &error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }

  /* Views must not offer frozen fields for editing; tell the developer. */
  if (error != NULL)
    g_warning ("Objective “%s” not changed: %s", pspec->name, error->message);
}

static void
sfg_objective_class_init (SfgObjectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sfg_objective_finalize;
  object_class->get_property = sfg_objective_get_property;
  object_class->set_property = sfg_objective_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", rw);
  properties[PROP_TERM] = g_param_spec_enum ("term", NULL, NULL, SFG_TYPE_OBJECTIVE_TERM,
                                             SFG_OBJECTIVE_TERM_SHORT, rw);
  properties[PROP_FROZEN] = g_param_spec_boolean ("frozen", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgObjective::changed:
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
sfg_objective_init (SfgObjective *self)
{
}

SfgObjective *
sfg_objective_new (const char       *text,
                   SfgObjectiveTerm  term)
{
  SfgObjective *self = g_object_new (SFG_TYPE_OBJECTIVE, NULL);

  self->id = g_uuid_string_random ();
  self->text = g_strdup (text != NULL ? text : "");
  self->term = term;
  return self;
}

SfgObjective *
sfg_objective_new_from_json (JsonNode  *node,
                             GError   **error)
{
  g_autoptr(SfgObjective) self = g_object_new (SFG_TYPE_OBJECTIVE, NULL);
  JsonObject *object;
  int term = SFG_OBJECTIVE_TERM_SHORT;

  object = sfg_json_node_get_object (node, _("objective"), error);
  if (object == NULL
      || !sfg_json_get_uuid (object, "id", TRUE, &self->id, error)
      || !sfg_json_get_text (object, "text", &self->text, error)
      || !sfg_json_get_enum (object, "term", SFG_TYPE_OBJECTIVE_TERM, &term, error))
    return NULL;

  self->term = term;
  self->raw = json_object_ref (object);
  return g_steal_pointer (&self);
}

JsonNode *
sfg_objective_to_json (SfgObjective *self)
{
  JsonObject *object;

  g_return_val_if_fail (SFG_IS_OBJECTIVE (self), NULL);

  object = sfg_json_object_copy (self->raw);
  json_object_set_string_member (object, "id", self->id);
  sfg_json_set_text (object, "text", self->text);
  sfg_json_set_enum (object, "term", SFG_TYPE_OBJECTIVE_TERM, self->term);
  return sfg_json_node_new_object (object);
}

const char *
sfg_objective_get_id (SfgObjective *self)
{
  g_return_val_if_fail (SFG_IS_OBJECTIVE (self), NULL);

  return self->id;
}

const char *
sfg_objective_get_text (SfgObjective *self)
{
  g_return_val_if_fail (SFG_IS_OBJECTIVE (self), NULL);

  return self->text;
}

gboolean
sfg_objective_set_text (SfgObjective  *self,
                        const char    *text,
                        GError       **error)
{
  g_return_val_if_fail (SFG_IS_OBJECTIVE (self), FALSE);

  if (g_strcmp0 (self->text, text != NULL ? text : "") == 0)
    return TRUE;
  if (self->frozen)
    {
      sfg_set_frozen_error (error);
      return FALSE;
    }

  sfg_str_replace (&self->text, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

SfgObjectiveTerm
sfg_objective_get_term (SfgObjective *self)
{
  g_return_val_if_fail (SFG_IS_OBJECTIVE (self), SFG_OBJECTIVE_TERM_SHORT);

  return self->term;
}

gboolean
sfg_objective_set_term (SfgObjective      *self,
                        SfgObjectiveTerm   term,
                        GError           **error)
{
  g_return_val_if_fail (SFG_IS_OBJECTIVE (self), FALSE);

  if (self->term == term)
    return TRUE;
  if (self->frozen)
    {
      sfg_set_frozen_error (error);
      return FALSE;
    }

  self->term = term;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM]);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
sfg_objective_get_frozen (SfgObjective *self)
{
  g_return_val_if_fail (SFG_IS_OBJECTIVE (self), FALSE);

  return self->frozen;
}

void
sfg_objective_set_frozen (SfgObjective *self,
                          gboolean      frozen)
{
  g_return_if_fail (SFG_IS_OBJECTIVE (self));

  frozen = !!frozen;
  if (self->frozen == frozen)
    return;
  self->frozen = frozen;
  /* Not saved: it follows the plan's status. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROZEN]);
}
