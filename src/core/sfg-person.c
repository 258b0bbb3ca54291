/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-person"

#include <glib/gi18n.h>

#include "sfg-json-util.h"
#include "sfg-model-error.h"
#include "sfg-person.h"

struct _SfgPerson
{
  GObject parent_instance;

  char *id;
  char *name;
  char *role;
  char *team;
  char *line_manager;

  /* The object read from disk, so unknown members survive a rewrite. */
  JsonObject *raw;
};

G_DEFINE_FINAL_TYPE (SfgPerson, sfg_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_TEAM,
  PROP_LINE_MANAGER,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
sfg_person_finalize (GObject *object)
{
  SfgPerson *self = (SfgPerson *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->team, g_free);
  g_clear_pointer (&self->line_manager, g_free);
  g_clear_pointer (&self->raw, json_object_unref);

  G_OBJECT_CLASS (sfg_person_parent_class)->finalize (object);
}

static void
sfg_person_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SfgPerson *self = SFG_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_TEAM:
      g_value_set_string (value, self->team);
      break;
    case PROP_LINE_MANAGER:
      g_value_set_string (value, self->line_manager);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_person_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SfgPerson *self = SFG_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      sfg_person_set_name (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      sfg_person_set_role (self, g_value_get_string (value));
      break;
    case PROP_TEAM:
      sfg_person_set_team (self, g_value_get_string (value));
      break;
    case PROP_LINE_MANAGER:
      sfg_person_set_line_manager (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_person_class_init (SfgPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sfg_person_finalize;
  object_class->get_property = sfg_person_get_property;
  object_class->set_property = sfg_person_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEAM] =
    g_param_spec_string ("team", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE_MANAGER] =
    g_param_spec_string ("line-manager", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgPerson::changed:
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
sfg_person_init (SfgPerson *self)
{
  self->name = g_strdup ("");
  self->role = g_strdup ("");
  self->team = g_strdup ("");
  self->line_manager = g_strdup ("");
}

SfgPerson *
sfg_person_new (void)
{
  SfgPerson *self = g_object_new (SFG_TYPE_PERSON, NULL);

  self->id = g_uuid_string_random ();
  return self;
}

SfgPerson *
sfg_person_new_from_json (JsonNode  *node,
                          GError   **error)
{
  g_autoptr(SfgPerson) self = g_object_new (SFG_TYPE_PERSON, NULL);
  JsonObject *object;

  object = sfg_json_node_get_object (node, _("person"), error);
  if (object == NULL)
    return NULL;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->team, g_free);
  g_clear_pointer (&self->line_manager, g_free);

  if (!sfg_json_get_uuid (object, "id", TRUE, &self->id, error)
      || !sfg_json_get_text (object, "name", &self->name, error)
      || !sfg_json_get_text (object, "role", &self->role, error)
      || !sfg_json_get_text (object, "team", &self->team, error)
      || !sfg_json_get_text (object, "line-manager", &self->line_manager, error))
    return NULL;

  self->raw = json_object_ref (object);
  return g_steal_pointer (&self);
}

JsonNode *
sfg_person_to_json (SfgPerson *self)
{
  JsonObject *object;

  g_return_val_if_fail (SFG_IS_PERSON (self), NULL);

  object = sfg_json_object_copy (self->raw);
  json_object_set_string_member (object, "id", self->id);
  sfg_json_set_text (object, "name", self->name);
  sfg_json_set_text (object, "role", self->role);
  sfg_json_set_text (object, "team", self->team);
  sfg_json_set_text (object, "line-manager", self->line_manager);
  return sfg_json_node_new_object (object);
}

const char *
sfg_person_get_id (SfgPerson *self)
{
  g_return_val_if_fail (SFG_IS_PERSON (self), NULL);

  return self->id;
}

static void
changed (SfgPerson *self,
         int        prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
sfg_person_get_name (SfgPerson *self)
{
  g_return_val_if_fail (SFG_IS_PERSON (self), NULL);

  return self->name;
}

void
sfg_person_set_name (SfgPerson  *self,
                     const char *name)
{
  g_return_if_fail (SFG_IS_PERSON (self));

  if (sfg_str_replace (&self->name, name))
    changed (self, PROP_NAME);
}

const char *
sfg_person_get_role (SfgPerson *self)
{
  g_return_val_if_fail (SFG_IS_PERSON (self), NULL);

  return self->role;
}

void
sfg_person_set_role (SfgPerson  *self,
                     const char *role)
{
  g_return_if_fail (SFG_IS_PERSON (self));

  if (sfg_str_replace (&self->role, role))
    changed (self, PROP_ROLE);
}

const char *
sfg_person_get_team (SfgPerson *self)
{
  g_return_val_if_fail (SFG_IS_PERSON (self), NULL);

  return self->team;
}

void
sfg_person_set_team (SfgPerson  *self,
                     const char *team)
{
  g_return_if_fail (SFG_IS_PERSON (self));

  if (sfg_str_replace (&self->team, team))
    changed (self, PROP_TEAM);
}

const char *
sfg_person_get_line_manager (SfgPerson *self)
{
  g_return_val_if_fail (SFG_IS_PERSON (self), NULL);

  return self->line_manager;
}

void
sfg_person_set_line_manager (SfgPerson  *self,
                             const char *line_manager)
{
  g_return_if_fail (SFG_IS_PERSON (self));

  if (sfg_str_replace (&self->line_manager, line_manager))
    changed (self, PROP_LINE_MANAGER);
}
