/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-plan"

#include <glib/gi18n.h>

#include "sfg-json-util.h"
#include "sfg-model-error.h"
#include "sfg-plan.h"
#include "sfg-plan-private.h"


G_DEFINE_ENUM_TYPE (SfgPlanStatus, sfg_plan_status,
                    G_DEFINE_ENUM_VALUE (SFG_PLAN_STATUS_DRAFT, "draft"),
                    G_DEFINE_ENUM_VALUE (SFG_PLAN_STATUS_AGREED, "agreed"))

G_DEFINE_FINAL_TYPE (SfgPlan, sfg_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  /* editable strings, frozen while agreed */
  PROP_NAME,
  PROP_ROLE,
  PROP_TEAM,
  PROP_LINE_MANAGER,
  PROP_DATE,
  PROP_CURRENT_POSITION,
  PROP_ASPIRATION,
  PROP_EVIDENCE,
  PROP_REFLECTIONS,
  PROP_NEXT_STEPS,
  PROP_REASONABLE_ADJUSTMENTS,
  PROP_NEXT_REVIEW_DATE,
  PROP_NO_ACTIONS_REASON,
  /* read-only */
  PROP_STATUS,
  PROP_FROZEN,
  PROP_INDIVIDUAL_NAME,
  PROP_MANAGER_NAME,
  PROP_AGREED_DATE,
  PROP_CHANGED_AFTER_AGREEMENT,
  PROP_CHANGED_AFTER_AGREEMENT_AT,
  PROP_REVISION,
  PROP_BASED_ON_PLAN_ID,
  PROP_BASED_ON_REVISION,
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

void
sfg_plan_event_free (SfgPlanEvent *event)
{
  g_free (event->event);
  g_free (event->at);
  g_free (event->individual_name);
  g_free (event->manager_name);
  g_free (event->agreed_date);
  g_clear_pointer (&event->raw, json_object_unref);
  g_free (event);
}

/* The field behind an editable string property, or NULL. */
static char **
string_field (SfgPlan *self,
              guint    prop)
{
  switch (prop)
    {
    case PROP_NAME: return &self->name;
    case PROP_ROLE: return &self->role;
    case PROP_TEAM: return &self->team;
    case PROP_LINE_MANAGER: return &self->line_manager;
    case PROP_DATE: return &self->date;
    case PROP_CURRENT_POSITION: return &self->current_position;
    case PROP_ASPIRATION: return &self->aspiration;
    case PROP_EVIDENCE: return &self->evidence;
    case PROP_REFLECTIONS: return &self->reflections;
    case PROP_NEXT_STEPS: return &self->next_steps;
    case PROP_REASONABLE_ADJUSTMENTS: return &self->reasonable_adjustments;
    case PROP_NEXT_REVIEW_DATE: return &self->next_review_date;
    case PROP_NO_ACTIONS_REASON: return &self->no_actions_reason;
    default: return NULL;
    }
}

/* Optional values are NULL when unset; texts are "" when empty. */
static gboolean
is_optional (guint prop)
{
  return prop == PROP_DATE || prop == PROP_CURRENT_POSITION
         || prop == PROP_ASPIRATION || prop == PROP_NEXT_REVIEW_DATE;
}

static gboolean
is_aspiration (const char *value)
{
  return g_strcmp0 (value, SFG_ASPIRATION_CONSOLIDATE) == 0 || sfg_framework_is_position_id (value);
}

static gboolean
validate (guint        prop,
          const char  *value,
          GError     **error)
{
  const char *member = g_param_spec_get_name (properties[prop]);

  switch (prop)
    {
    case PROP_DATE:
    case PROP_NEXT_REVIEW_DATE:
      if (sfg_date_is_valid (value))
        return TRUE;
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be a date (YYYY-MM-DD)"), member);
      return FALSE;
    case PROP_CURRENT_POSITION:
      if (sfg_framework_is_position_id (value))
        return TRUE;
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be a position of the framework"), member);
      return FALSE;
    case PROP_ASPIRATION:
      if (is_aspiration (value))
        return TRUE;
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be a position of the framework or “%s”"),
                   member, SFG_ASPIRATION_CONSOLIDATE);
      return FALSE;
    default:
      return TRUE;
    }
}

static void
touch (SfgPlan *self)
{
  g_free (self->modified);
  self->modified = sfg_time_now ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
check_frozen (SfgPlan  *self,
              GError  **error)
{
  if (self->status == SFG_PLAN_STATUS_AGREED)
    {
      sfg_set_frozen_error (error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
set_string (SfgPlan     *self,
            guint        prop,
            const char  *value,
            GError     **error)
{
  char **field = string_field (self, prop);

  g_return_val_if_fail (field != NULL, FALSE);

  if (is_optional (prop))
    {
      if (value != NULL && *value == '\0')
        value = NULL;
      if (value != NULL && !validate (prop, value, error))
        return FALSE;
    }
  else if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return TRUE;
  if (!check_frozen (self, error))
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  touch (self);
  return TRUE;
}

static void
sfg_plan_dispose (GObject *object)
{
  SfgPlan *self = (SfgPlan *)object;

  g_clear_object (&self->objectives);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (sfg_plan_parent_class)->dispose (object);
}

static void
sfg_plan_finalize (GObject *object)
{
  SfgPlan *self = (SfgPlan *)object;

  for (guint prop = PROP_NAME; prop <= PROP_NO_ACTIONS_REASON; prop++)
    g_clear_pointer (string_field (self, prop), g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->individual_name, g_free);
  g_clear_pointer (&self->manager_name, g_free);
  g_clear_pointer (&self->agreed_date, g_free);
  g_clear_pointer (&self->changed_after_agreement_at, g_free);
  g_clear_pointer (&self->based_on_plan_id, g_free);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->raw, json_object_unref);

  G_OBJECT_CLASS (sfg_plan_parent_class)->finalize (object);
}

static void
sfg_plan_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SfgPlan *self = SFG_PLAN (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_value_set_string (value, *field);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_FROZEN:
      g_value_set_boolean (value, self->status == SFG_PLAN_STATUS_AGREED);
      break;
    case PROP_INDIVIDUAL_NAME:
      g_value_set_string (value, self->individual_name);
      break;
    case PROP_MANAGER_NAME:
      g_value_set_string (value, self->manager_name);
      break;
    case PROP_AGREED_DATE:
      g_value_set_string (value, self->agreed_date);
      break;
    case PROP_CHANGED_AFTER_AGREEMENT:
      g_value_set_boolean (value, self->changed_after_agreement);
      break;
    case PROP_CHANGED_AFTER_AGREEMENT_AT:
      g_value_set_string (value, self->changed_after_agreement_at);
      break;
    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;
    case PROP_BASED_ON_PLAN_ID:
      g_value_set_string (value, self->based_on_plan_id);
      break;
    case PROP_BASED_ON_REVISION:
      g_value_set_int64 (value, self->based_on_revision);
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
sfg_plan_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  SfgPlan *self = SFG_PLAN (object);
  g_autoptr(GError) error = NULL;

  if (string_field (self, prop_id) == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  /* Views must not offer frozen or invalid values; tell the developer. */
  if (!set_string (self, prop_id, g_value_get_string (value), &error))
    g_warning ("Plan “%s” not changed: %s", pspec->name, error->message);
}

static void
sfg_plan_class_init (SfgPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sfg_plan_dispose;
  object_class->finalize = sfg_plan_finalize;
  object_class->get_property = sfg_plan_get_property;
  object_class->set_property = sfg_plan_set_property;

  /* Property names are the file's member names (FORMAT.md §4). */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_PERSON_ID] = g_param_spec_string ("person-id", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "", rw);
  properties[PROP_TEAM] = g_param_spec_string ("team", NULL, NULL, "", rw);
  properties[PROP_LINE_MANAGER] = g_param_spec_string ("line-manager", NULL, NULL, "", rw);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, rw);
  properties[PROP_CURRENT_POSITION] = g_param_spec_string ("current-position", NULL, NULL, NULL, rw);
  properties[PROP_ASPIRATION] = g_param_spec_string ("aspiration", NULL, NULL, NULL, rw);
  properties[PROP_EVIDENCE] = g_param_spec_string ("evidence", NULL, NULL, "", rw);
  properties[PROP_REFLECTIONS] = g_param_spec_string ("reflections", NULL, NULL, "", rw);
  properties[PROP_NEXT_STEPS] = g_param_spec_string ("next-steps", NULL, NULL, "", rw);
  properties[PROP_REASONABLE_ADJUSTMENTS] =
    g_param_spec_string ("reasonable-adjustments", NULL, NULL, "", rw);
  properties[PROP_NEXT_REVIEW_DATE] = g_param_spec_string ("next-review-date", NULL, NULL, NULL, rw);
  properties[PROP_NO_ACTIONS_REASON] = g_param_spec_string ("no-actions-reason", NULL, NULL, "", rw);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, SFG_TYPE_PLAN_STATUS,
                                               SFG_PLAN_STATUS_DRAFT, ro);
  properties[PROP_FROZEN] = g_param_spec_boolean ("frozen", NULL, NULL, FALSE, ro);
  properties[PROP_INDIVIDUAL_NAME] = g_param_spec_string ("individual-name", NULL, NULL, NULL, ro);
  properties[PROP_MANAGER_NAME] = g_param_spec_string ("manager-name", NULL, NULL, NULL, ro);
  properties[PROP_AGREED_DATE] = g_param_spec_string ("agreed-date", NULL, NULL, NULL, ro);
  properties[PROP_CHANGED_AFTER_AGREEMENT] =
    g_param_spec_boolean ("changed-after-agreement", NULL, NULL, FALSE, ro);
  properties[PROP_CHANGED_AFTER_AGREEMENT_AT] =
    g_param_spec_string ("changed-after-agreement-at", NULL, NULL, NULL, ro);
  properties[PROP_REVISION] = g_param_spec_int64 ("revision", NULL, NULL, 1, G_MAXINT64, 1, ro);
  properties[PROP_BASED_ON_PLAN_ID] = g_param_spec_string ("based-on-plan-id", NULL, NULL, NULL, ro);
  properties[PROP_BASED_ON_REVISION] =
    g_param_spec_int64 ("based-on-revision", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgPlan::changed:
   *
   * Emitted after any change that is saved to disk, including changes of
   * the plan's objectives and actions.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sfg_plan_init (SfgPlan *self)
{
  self->objectives = g_list_store_new (SFG_TYPE_OBJECTIVE);
  self->actions = g_list_store_new (SFG_TYPE_ACTION);
  self->history = g_ptr_array_new_with_free_func ((GDestroyNotify) sfg_plan_event_free);
  self->revision = 1;
}

/* A change of an objective or an action is a change of the plan. */
static void
item_changed_cb (GObject *item,
                 SfgPlan *self)
{
  if (self->status == SFG_PLAN_STATUS_AGREED && !self->changed_after_agreement)
    {
      self->changed_after_agreement = TRUE;
      /* A file may hold a time without the flag: the flag's time wins. */
      g_free (self->changed_after_agreement_at);
      self->changed_after_agreement_at = sfg_time_now ();
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_AFTER_AGREEMENT]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_AFTER_AGREEMENT_AT]);
    }
  touch (self);
}

static void
set_item_frozen (gpointer item,
                 gboolean frozen)
{
  if (SFG_IS_ACTION (item))
    sfg_action_set_frozen (item, frozen);
  else
    sfg_objective_set_frozen (item, frozen);
}

void
sfg_plan_append_item (SfgPlan    *self,
                      GListStore *store,
                      gpointer    item)
{
  g_signal_connect_object (item, "changed", G_CALLBACK (item_changed_cb), self, 0);
  set_item_frozen (item, self->status == SFG_PLAN_STATUS_AGREED);
  g_list_store_append (store, item);
}

static void
freeze_items (SfgPlan  *self,
              gboolean  frozen)
{
  GListStore *stores[] = { self->objectives, self->actions };

  for (guint s = 0; s < G_N_ELEMENTS (stores); s++)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (stores[s])); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (stores[s]), i);

        set_item_frozen (item, frozen);
      }
}

static SfgPlan *
plan_new (void)
{
  SfgPlan *self = g_object_new (SFG_TYPE_PLAN, NULL);

  self->id = g_uuid_string_random ();
  for (guint prop = PROP_NAME; prop <= PROP_NO_ACTIONS_REASON; prop++)
    if (!is_optional (prop))
      *string_field (self, prop) = g_strdup ("");
  self->created = sfg_time_now ();
  self->modified = g_strdup (self->created);
  return self;
}

/**
 * sfg_plan_new:
 * @person: the person the plan belongs to; the header is a snapshot of it
 *
 * Returns: (transfer full): a new draft plan dated today
 */
SfgPlan *
sfg_plan_new (SfgPerson *person)
{
  SfgPlan *self;

  g_return_val_if_fail (SFG_IS_PERSON (person), NULL);

  self = plan_new ();
  self->person_id = g_strdup (sfg_person_get_id (person));
  sfg_str_replace (&self->name, sfg_person_get_name (person));
  sfg_str_replace (&self->role, sfg_person_get_role (person));
  sfg_str_replace (&self->team, sfg_person_get_team (person));
  sfg_str_replace (&self->line_manager, sfg_person_get_line_manager (person));
  self->date = sfg_date_today ();
  return self;
}

/**
 * sfg_plan_new_follow_up:
 * @previous: the plan to follow up; it is not changed
 * @date: (nullable): the new plan's date
 *
 * Returns: (transfer full): a new draft plan for the same person, with
 *   the header and positions copied, @previous's unfinished actions
 *   carried forward and "based-on" pointing at @previous's revision
 */
SfgPlan *
sfg_plan_new_follow_up (SfgPlan    *previous,
                        const char *date)
{
  SfgPlan *self;
  guint n;

  g_return_val_if_fail (SFG_IS_PLAN (previous), NULL);
  g_return_val_if_fail (date == NULL || sfg_date_is_valid (date), NULL);

  self = plan_new ();
  self->person_id = g_strdup (previous->person_id);
  sfg_str_replace (&self->name, previous->name);
  sfg_str_replace (&self->role, previous->role);
  sfg_str_replace (&self->team, previous->team);
  sfg_str_replace (&self->line_manager, previous->line_manager);
  self->date = g_strdup (date);
  self->current_position = g_strdup (previous->current_position);
  self->aspiration = g_strdup (previous->aspiration);
  self->based_on_plan_id = g_strdup (previous->id);
  self->based_on_revision = previous->revision;

  n = g_list_model_get_n_items (G_LIST_MODEL (previous->actions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfgAction) action = g_list_model_get_item (G_LIST_MODEL (previous->actions), i);
      g_autoptr(SfgAction) carried = NULL;

      if (sfg_action_is_finished (action))
        continue;
      carried = sfg_action_new_carried_forward (action);
      sfg_plan_append_item (self, self->actions, carried);
    }
  return self;
}

const char *
sfg_plan_get_id (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  return self->id;
}

const char *
sfg_plan_get_person_id (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  return self->person_id;
}

#define STRING_PROPERTY(name, PROP)                                     \
  const char *                                                          \
  sfg_plan_get_##name (SfgPlan *self)                                   \
  {                                                                     \
    g_return_val_if_fail (SFG_IS_PLAN (self), NULL);                    \
    return self->name;                                                  \
  }                                                                     \
  gboolean                                                              \
  sfg_plan_set_##name (SfgPlan     *self,                               \
                       const char  *value,                              \
                       GError     **error)                              \
  {                                                                     \
    g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);                   \
    return set_string (self, PROP, value, error);                       \
  }

STRING_PROPERTY (name, PROP_NAME)
STRING_PROPERTY (role, PROP_ROLE)
STRING_PROPERTY (team, PROP_TEAM)
STRING_PROPERTY (line_manager, PROP_LINE_MANAGER)
STRING_PROPERTY (date, PROP_DATE)
STRING_PROPERTY (current_position, PROP_CURRENT_POSITION)
STRING_PROPERTY (aspiration, PROP_ASPIRATION)
STRING_PROPERTY (evidence, PROP_EVIDENCE)
STRING_PROPERTY (reflections, PROP_REFLECTIONS)
STRING_PROPERTY (next_steps, PROP_NEXT_STEPS)
STRING_PROPERTY (reasonable_adjustments, PROP_REASONABLE_ADJUSTMENTS)
STRING_PROPERTY (next_review_date, PROP_NEXT_REVIEW_DATE)
STRING_PROPERTY (no_actions_reason, PROP_NO_ACTIONS_REASON)

#undef STRING_PROPERTY

/* Objectives and actions share the list operations. */

static gboolean
add_item (SfgPlan     *self,
          GListStore  *store,
          gpointer     item,
          GError     **error)
{
  guint position;

  if (!check_frozen (self, error))
    return FALSE;
  if (g_list_store_find (store, item, &position))
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_DUPLICATE,
                   _("This item is already in the plan"));
      return FALSE;
    }

  sfg_plan_append_item (self, store, item);
  touch (self);
  return TRUE;
}

static gboolean
find_item (GListStore  *store,
           gpointer     item,
           guint       *position,
           GError     **error)
{
  if (g_list_store_find (store, item, position))
    return TRUE;
  g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND,
               _("This item is not in the plan"));
  return FALSE;
}

static gboolean
remove_item (SfgPlan     *self,
             GListStore  *store,
             gpointer     item,
             GError     **error)
{
  guint position;

  if (!check_frozen (self, error) || !find_item (store, item, &position, error))
    return FALSE;

  g_signal_handlers_disconnect_by_func (item, item_changed_cb, self);
  set_item_frozen (item, FALSE);
  g_list_store_remove (store, position);
  touch (self);
  return TRUE;
}

static gboolean
move_item (SfgPlan     *self,
           GListStore  *store,
           gpointer     item,
           guint        new_position,
           GError     **error)
{
  g_autoptr(GObject) keep = NULL;
  guint position;
  guint n;

  if (!check_frozen (self, error) || !find_item (store, item, &position, error))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  new_position = MIN (new_position, n - 1);
  if (new_position == position)
    return TRUE;

  keep = g_object_ref (item);
  g_list_store_remove (store, position);
  g_list_store_insert (store, new_position, keep);
  touch (self);
  return TRUE;
}

/**
 * sfg_plan_get_objectives:
 *
 * Returns: (transfer none): the objectives (SfgObjective) in order; change
 *   the list only through the plan
 */
GListModel *
sfg_plan_get_objectives (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->objectives);
}

gboolean
sfg_plan_add_objective (SfgPlan       *self,
                        SfgObjective  *objective,
                        GError       **error)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (SFG_IS_OBJECTIVE (objective), FALSE);

  return add_item (self, self->objectives, objective, error);
}

gboolean
sfg_plan_remove_objective (SfgPlan       *self,
                           SfgObjective  *objective,
                           GError       **error)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (SFG_IS_OBJECTIVE (objective), FALSE);

  return remove_item (self, self->objectives, objective, error);
}

gboolean
sfg_plan_move_objective (SfgPlan       *self,
                         SfgObjective  *objective,
                         guint          position,
                         GError       **error)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (SFG_IS_OBJECTIVE (objective), FALSE);

  return move_item (self, self->objectives, objective, position, error);
}

/**
 * sfg_plan_get_actions:
 *
 * Returns: (transfer none): the actions (SfgAction) in order; change the
 *   list only through the plan
 */
GListModel *
sfg_plan_get_actions (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->actions);
}

gboolean
sfg_plan_add_action (SfgPlan    *self,
                     SfgAction  *action,
                     GError    **error)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (SFG_IS_ACTION (action), FALSE);

  return add_item (self, self->actions, action, error);
}

gboolean
sfg_plan_remove_action (SfgPlan    *self,
                        SfgAction  *action,
                        GError    **error)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (SFG_IS_ACTION (action), FALSE);

  return remove_item (self, self->actions, action, error);
}

gboolean
sfg_plan_move_action (SfgPlan    *self,
                      SfgAction  *action,
                      guint       position,
                      GError    **error)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (SFG_IS_ACTION (action), FALSE);

  return move_item (self, self->actions, action, position, error);
}

/**
 * sfg_plan_find_initiative_action:
 *
 * Returns: (transfer none) (nullable): the action linked to that initiative
 */
SfgAction *
sfg_plan_find_initiative_action (SfgPlan    *self,
                                 const char *position_id,
                                 const char *initiative_id)
{
  guint n;

  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfgAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      if (g_strcmp0 (sfg_action_get_position_id (action), position_id) == 0
          && g_strcmp0 (sfg_action_get_initiative_id (action), initiative_id) == 0)
        return action;   /* the list keeps its reference */
    }
  return NULL;
}

gboolean
sfg_plan_has_initiative (SfgPlan    *self,
                         const char *position_id,
                         const char *initiative_id)
{
  return sfg_plan_find_initiative_action (self, position_id, initiative_id) != NULL;
}

/**
 * sfg_plan_add_initiative_action:
 *
 * Adds an action for a framework initiative, keeping its id and text. Adding
 * an initiative the plan already has returns the existing action.
 *
 * Returns: (transfer none): the action, or %NULL with @error set
 */
SfgAction *
sfg_plan_add_initiative_action (SfgPlan       *self,
                                SfgFramework  *framework,
                                const char    *position_id,
                                const char    *initiative_id,
                                GError       **error)
{
  g_autoptr(SfgAction) action = NULL;
  SfgInitiative *initiative;
  SfgAction *existing;

  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);
  g_return_val_if_fail (SFG_IS_FRAMEWORK (framework), NULL);

  existing = sfg_plan_find_initiative_action (self, position_id, initiative_id);
  if (existing != NULL)
    return existing;

  initiative = sfg_framework_lookup_initiative (framework, initiative_id);
  if (initiative == NULL
      || g_strcmp0 (sfg_initiative_get_position_id (initiative), position_id) != 0)
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND,
                   _("The framework has no initiative “%s” for the position “%s”"),
                   initiative_id, position_id);
      return NULL;
    }

  action = sfg_action_new_from_initiative (initiative);
  if (!add_item (self, self->actions, action, error))
    return NULL;
  return action;   /* the list keeps its reference */
}

SfgPlanStatus
sfg_plan_get_status (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), SFG_PLAN_STATUS_DRAFT);

  return self->status;
}

gboolean
sfg_plan_get_frozen (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);

  return self->status == SFG_PLAN_STATUS_AGREED;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/**
 * sfg_plan_check_agreement:
 * @missing: (out) (optional) (transfer full) (element-type utf8): what the
 *   plan lacks, as phrases for "It needs …" ("a date", …)
 *
 * Returns: whether the plan's content allows agreement
 */
gboolean
sfg_plan_check_agreement (SfgPlan    *self,
                          GPtrArray **missing)
{
  g_autoptr(GPtrArray) lacks = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);

  if (self->date == NULL)
    g_ptr_array_add (lacks, g_strdup (_("a date")));
  if (self->current_position == NULL)
    g_ptr_array_add (lacks, g_strdup (_("a current position")));
  if (g_list_model_get_n_items (G_LIST_MODEL (self->actions)) == 0
      && is_blank (self->no_actions_reason))
    g_ptr_array_add (lacks, g_strdup (_("at least one action or a reason for no actions")));

  if (missing != NULL)
    *missing = g_ptr_array_ref (lacks);
  return lacks->len == 0;
}

static void
add_event (SfgPlan    *self,
           const char *kind)
{
  SfgPlanEvent *event = g_new0 (SfgPlanEvent, 1);

  event->event = g_strdup (kind);
  event->at = sfg_time_now ();
  event->revision = self->revision;
  if (g_str_equal (kind, "agreed"))
    {
      event->individual_name = g_strdup (self->individual_name);
      event->manager_name = g_strdup (self->manager_name);
      event->agreed_date = g_strdup (self->agreed_date);
    }
  g_ptr_array_add (self->history, event);
}

static void
notify_agreement (SfgPlan *self)
{
  static const guint props[] = {
    PROP_STATUS, PROP_FROZEN, PROP_INDIVIDUAL_NAME, PROP_MANAGER_NAME, PROP_AGREED_DATE,
    PROP_CHANGED_AFTER_AGREEMENT, PROP_CHANGED_AFTER_AGREEMENT_AT, PROP_REVISION,
  };

  for (guint i = 0; i < G_N_ELEMENTS (props); i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[props[i]]);
}

/**
 * sfg_plan_mark_agreed:
 *
 * Signs the plan off. Fails with SFG_MODEL_ERROR_INCOMPLETE, naming every
 * missing item, when sfg_plan_check_agreement() fails or a name or the
 * date is missing.
 */
gboolean
sfg_plan_mark_agreed (SfgPlan     *self,
                      const char  *individual_name,
                      const char  *manager_name,
                      const char  *agreed_date,
                      GError     **error)
{
  g_autoptr(GPtrArray) missing = NULL;

  g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);

  if (self->status == SFG_PLAN_STATUS_AGREED)
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_FROZEN,
                   _("The plan has already been agreed"));
      return FALSE;
    }

  sfg_plan_check_agreement (self, &missing);
  if (is_blank (individual_name))
    g_ptr_array_add (missing, g_strdup (_("the individual’s name")));
  if (is_blank (manager_name))
    g_ptr_array_add (missing, g_strdup (_("the line manager’s name")));
  if (!sfg_date_is_valid (agreed_date))
    g_ptr_array_add (missing, g_strdup (_("the date of agreement")));

  if (missing->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (missing, NULL);
      list = g_strjoinv (", ", (char **) missing->pdata);
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INCOMPLETE,
                   _("The plan cannot be agreed yet. It needs %s."), list);
      return FALSE;
    }

  g_free (self->individual_name);
  self->individual_name = g_strdup (individual_name);
  g_free (self->manager_name);
  self->manager_name = g_strdup (manager_name);
  g_free (self->agreed_date);
  self->agreed_date = g_strdup (agreed_date);
  self->status = SFG_PLAN_STATUS_AGREED;
  self->changed_after_agreement = FALSE;
  g_clear_pointer (&self->changed_after_agreement_at, g_free);
  add_event (self, "agreed");
  freeze_items (self, TRUE);

  notify_agreement (self);
  touch (self);
  return TRUE;
}

/**
 * sfg_plan_reopen:
 *
 * Makes an agreed plan a draft again: the reopening is recorded in the
 * history and the draft is the next revision (FORMAT.md §4).
 */
gboolean
sfg_plan_reopen (SfgPlan  *self,
                 GError  **error)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);

  if (self->status != SFG_PLAN_STATUS_AGREED)
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("Only an agreed plan can be reopened"));
      return FALSE;
    }

  add_event (self, "reopened");
  self->revision++;
  self->status = SFG_PLAN_STATUS_DRAFT;
  g_clear_pointer (&self->individual_name, g_free);
  g_clear_pointer (&self->manager_name, g_free);
  g_clear_pointer (&self->agreed_date, g_free);
  self->changed_after_agreement = FALSE;
  g_clear_pointer (&self->changed_after_agreement_at, g_free);
  freeze_items (self, FALSE);

  notify_agreement (self);
  touch (self);
  return TRUE;
}

const char *
sfg_plan_get_individual_name (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  return self->individual_name;
}

const char *
sfg_plan_get_manager_name (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  return self->manager_name;
}

const char *
sfg_plan_get_agreed_date (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  return self->agreed_date;
}

gboolean
sfg_plan_get_changed_after_agreement (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), FALSE);

  return self->changed_after_agreement;
}

const char *
sfg_plan_get_changed_after_agreement_at (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  return self->changed_after_agreement_at;
}

gint64
sfg_plan_get_revision (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), 0);

  return self->revision;
}

const char *
sfg_plan_get_based_on_plan_id (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  return self->based_on_plan_id;
}

gint64
sfg_plan_get_based_on_revision (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), 0);

  return self->based_on_revision;
}

guint
sfg_plan_get_n_events (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), 0);

  return self->history->len;
}

const SfgPlanEvent *
sfg_plan_get_event (SfgPlan *self,
                    guint    index)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < self->history->len, NULL);

  return g_ptr_array_index (self->history, index);
}

const char *
sfg_plan_get_created (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  return self->created;
}

const char *
sfg_plan_get_modified (SfgPlan *self)
{
  g_return_val_if_fail (SFG_IS_PLAN (self), NULL);

  return self->modified;
}
