/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-private-notes"

#include <glib/gi18n.h>

#include "sfg-json-util.h"
#include "sfg-manager-template.h"
#include "sfg-model-error.h"
#include "sfg-private-notes.h"

struct _SfgPrivateNotes
{
  GObject parent_instance;

  char *plan_id;
  char *preparation[SFG_MANAGER_N_PREPARATION];
  gboolean bias_checks[SFG_MANAGER_N_BIAS_CHECKS];
  gboolean checklist[SFG_MANAGER_N_CHECKLIST];
  char *stage_notes[SFG_PRIVATE_NOTES_N_STAGES];
  char *created;
  char *modified;

  JsonObject *raw;
};

G_DEFINE_FINAL_TYPE (SfgPrivateNotes, sfg_private_notes, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN_ID,
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

static const char * const stage_ids[SFG_PRIVATE_NOTES_N_STAGES] = {
  "stage-1", "stage-2", "stage-3",
};

static int
item_index (const SfgManagerItem *items,
            guint                 n_items,
            const char           *id)
{
  for (guint i = 0; i < n_items; i++)
    if (g_strcmp0 (items[i].id, id) == 0)
      return i;
  return -1;
}

static void
sfg_private_notes_finalize (GObject *object)
{
  SfgPrivateNotes *self = (SfgPrivateNotes *)object;

  g_clear_pointer (&self->plan_id, g_free);
  for (guint i = 0; i < SFG_MANAGER_N_PREPARATION; i++)
    g_clear_pointer (&self->preparation[i], g_free);
  for (guint i = 0; i < SFG_PRIVATE_NOTES_N_STAGES; i++)
    g_clear_pointer (&self->stage_notes[i], g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->raw, json_object_unref);

  G_OBJECT_CLASS (sfg_private_notes_parent_class)->finalize (object);
}

static void
sfg_private_notes_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SfgPrivateNotes *self = SFG_PRIVATE_NOTES (object);

  switch (prop_id)
    {
    case PROP_PLAN_ID:
      g_value_set_string (value, self->plan_id);
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
sfg_private_notes_class_init (SfgPrivateNotesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sfg_private_notes_finalize;
  object_class->get_property = sfg_private_notes_get_property;

  properties[PROP_PLAN_ID] = g_param_spec_string ("plan-id", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgPrivateNotes::changed:
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
sfg_private_notes_init (SfgPrivateNotes *self)
{
}

static void
changed (SfgPrivateNotes *self)
{
  g_free (self->modified);
  self->modified = sfg_time_now ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_signal_emit (self, signals[CHANGED], 0);
}

SfgPrivateNotes *
sfg_private_notes_new (const char *plan_id)
{
  SfgPrivateNotes *self;

  g_return_val_if_fail (g_uuid_string_is_valid (plan_id), NULL);

  self = g_object_new (SFG_TYPE_PRIVATE_NOTES, NULL);
  self->plan_id = g_strdup (plan_id);
  for (guint i = 0; i < SFG_MANAGER_N_PREPARATION; i++)
    self->preparation[i] = g_strdup ("");
  for (guint i = 0; i < SFG_PRIVATE_NOTES_N_STAGES; i++)
    self->stage_notes[i] = g_strdup ("");
  self->created = sfg_time_now ();
  self->modified = g_strdup (self->created);
  return self;
}

/* Reads one nested object of texts or booleans, naming it in errors. */
static gboolean
read_group (JsonObject           *root,
            const char           *member,
            const SfgManagerItem *items,
            const char * const   *ids,
            guint                 n,
            char                **texts,
            gboolean             *flags,
            GError              **error)
{
  JsonObject *group;

  if (!sfg_json_get_object (root, member, &group, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      const char *id = items != NULL ? items[i].id : ids[i];
      gboolean ok;

      if (group == NULL)
        {
          if (texts != NULL)
            texts[i] = g_strdup ("");
          continue;
        }
      if (texts != NULL)
        ok = sfg_json_get_text (group, id, &texts[i], error);
      else
        ok = sfg_json_get_boolean (group, id, &flags[i], error);
      if (!ok)
        {
          g_prefix_error (error, _("“%s”: "), member);
          return FALSE;
        }
    }
  return TRUE;
}

SfgPrivateNotes *
sfg_private_notes_new_from_json (JsonNode  *node,
                                 GError   **error)
{
  g_autoptr(SfgPrivateNotes) self = g_object_new (SFG_TYPE_PRIVATE_NOTES, NULL);
  JsonObject *root;
  gint64 version;

  root = sfg_json_node_get_object (node, _("private notes"), error);
  if (root == NULL
      || !sfg_json_read_version (root, &version, error)
      || !sfg_json_get_uuid (root, "plan-id", TRUE, &self->plan_id, error)
      || !read_group (root, "preparation", sfg_manager_template_get_preparation (), NULL,
                      SFG_MANAGER_N_PREPARATION, self->preparation, NULL, error)
      || !read_group (root, "bias-check", sfg_manager_template_get_bias_checks (), NULL,
                      SFG_MANAGER_N_BIAS_CHECKS, NULL, self->bias_checks, error)
      || !read_group (root, "checklist", sfg_manager_template_get_checklist (), NULL,
                      SFG_MANAGER_N_CHECKLIST, NULL, self->checklist, error)
      || !read_group (root, "stage-notes", NULL, stage_ids,
                      SFG_PRIVATE_NOTES_N_STAGES, self->stage_notes, NULL, error)
      || !sfg_json_get_time (root, "created", &self->created, error)
      || !sfg_json_get_time (root, "modified", &self->modified, error))
    return NULL;

  self->raw = json_object_ref (root);
  return g_steal_pointer (&self);
}

JsonNode *
sfg_private_notes_to_json (SfgPrivateNotes *self)
{
  const SfgManagerItem *preparation = sfg_manager_template_get_preparation ();
  const SfgManagerItem *bias_checks = sfg_manager_template_get_bias_checks ();
  const SfgManagerItem *checklist = sfg_manager_template_get_checklist ();
  JsonObject *root;
  JsonObject *group;

  g_return_val_if_fail (SFG_IS_PRIVATE_NOTES (self), NULL);

  root = sfg_json_object_copy (self->raw);
  json_object_set_int_member (root, "version", SFG_FORMAT_VERSION);
  json_object_set_string_member (root, "plan-id", self->plan_id);

  group = sfg_json_object_copy_member (self->raw, "preparation");
  for (guint i = 0; i < SFG_MANAGER_N_PREPARATION; i++)
    sfg_json_set_text (group, preparation[i].id, self->preparation[i]);
  json_object_set_object_member (root, "preparation", group);

  group = sfg_json_object_copy_member (self->raw, "bias-check");
  for (guint i = 0; i < SFG_MANAGER_N_BIAS_CHECKS; i++)
    json_object_set_boolean_member (group, bias_checks[i].id, self->bias_checks[i]);
  json_object_set_object_member (root, "bias-check", group);

  group = sfg_json_object_copy_member (self->raw, "checklist");
  for (guint i = 0; i < SFG_MANAGER_N_CHECKLIST; i++)
    json_object_set_boolean_member (group, checklist[i].id, self->checklist[i]);
  json_object_set_object_member (root, "checklist", group);

  group = sfg_json_object_copy_member (self->raw, "stage-notes");
  for (guint i = 0; i < SFG_PRIVATE_NOTES_N_STAGES; i++)
    sfg_json_set_text (group, stage_ids[i], self->stage_notes[i]);
  json_object_set_object_member (root, "stage-notes", group);

  sfg_json_set_string (root, "created", self->created);
  sfg_json_set_string (root, "modified", self->modified);
  return sfg_json_node_new_object (root);
}

const char *
sfg_private_notes_get_plan_id (SfgPrivateNotes *self)
{
  g_return_val_if_fail (SFG_IS_PRIVATE_NOTES (self), NULL);

  return self->plan_id;
}

const char *
sfg_private_notes_get_preparation (SfgPrivateNotes *self,
                                   const char      *item_id)
{
  int i;

  g_return_val_if_fail (SFG_IS_PRIVATE_NOTES (self), NULL);
  i = item_index (sfg_manager_template_get_preparation (), SFG_MANAGER_N_PREPARATION, item_id);
  g_return_val_if_fail (i >= 0, NULL);

  return self->preparation[i];
}

void
sfg_private_notes_set_preparation (SfgPrivateNotes *self,
                                   const char      *item_id,
                                   const char      *text)
{
  int i;

  g_return_if_fail (SFG_IS_PRIVATE_NOTES (self));
  i = item_index (sfg_manager_template_get_preparation (), SFG_MANAGER_N_PREPARATION, item_id);
  g_return_if_fail (i >= 0);

  if (sfg_str_replace (&self->preparation[i], text))
    changed (self);
}

gboolean
sfg_private_notes_get_bias_check (SfgPrivateNotes *self,
                                  const char      *item_id)
{
  int i;

  g_return_val_if_fail (SFG_IS_PRIVATE_NOTES (self), FALSE);
  i = item_index (sfg_manager_template_get_bias_checks (), SFG_MANAGER_N_BIAS_CHECKS, item_id);
  g_return_val_if_fail (i >= 0, FALSE);

  return self->bias_checks[i];
}

void
sfg_private_notes_set_bias_check (SfgPrivateNotes *self,
                                  const char      *item_id,
                                  gboolean         done)
{
  int i;

  g_return_if_fail (SFG_IS_PRIVATE_NOTES (self));
  i = item_index (sfg_manager_template_get_bias_checks (), SFG_MANAGER_N_BIAS_CHECKS, item_id);
  g_return_if_fail (i >= 0);

  if (self->bias_checks[i] == !!done)
    return;
  self->bias_checks[i] = !!done;
  changed (self);
}

gboolean
sfg_private_notes_get_checklist (SfgPrivateNotes *self,
                                 const char      *item_id)
{
  int i;

  g_return_val_if_fail (SFG_IS_PRIVATE_NOTES (self), FALSE);
  i = item_index (sfg_manager_template_get_checklist (), SFG_MANAGER_N_CHECKLIST, item_id);
  g_return_val_if_fail (i >= 0, FALSE);

  return self->checklist[i];
}

void
sfg_private_notes_set_checklist (SfgPrivateNotes *self,
                                 const char      *item_id,
                                 gboolean         done)
{
  int i;

  g_return_if_fail (SFG_IS_PRIVATE_NOTES (self));
  i = item_index (sfg_manager_template_get_checklist (), SFG_MANAGER_N_CHECKLIST, item_id);
  g_return_if_fail (i >= 0);

  if (self->checklist[i] == !!done)
    return;
  self->checklist[i] = !!done;
  changed (self);
}

/* @stage: 1 to 3 */
const char *
sfg_private_notes_get_stage_notes (SfgPrivateNotes *self,
                                   guint            stage)
{
  g_return_val_if_fail (SFG_IS_PRIVATE_NOTES (self), NULL);
  g_return_val_if_fail (stage >= 1 && stage <= SFG_PRIVATE_NOTES_N_STAGES, NULL);

  return self->stage_notes[stage - 1];
}

void
sfg_private_notes_set_stage_notes (SfgPrivateNotes *self,
                                   guint            stage,
                                   const char      *text)
{
  g_return_if_fail (SFG_IS_PRIVATE_NOTES (self));
  g_return_if_fail (stage >= 1 && stage <= SFG_PRIVATE_NOTES_N_STAGES);

  if (sfg_str_replace (&self->stage_notes[stage - 1], text))
    changed (self);
}

const char *
sfg_private_notes_get_created (SfgPrivateNotes *self)
{
  g_return_val_if_fail (SFG_IS_PRIVATE_NOTES (self), NULL);

  return self->created;
}

const char *
sfg_private_notes_get_modified (SfgPrivateNotes *self)
{
  g_return_val_if_fail (SFG_IS_PRIVATE_NOTES (self), NULL);

  return self->modified;
}
