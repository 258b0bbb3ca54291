/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: plans/<uuid>.json (FORMAT.md §4) through the store's
 * guard and sfg_plan_new_from_json(); then what the app does with a loaded
 * plan (its index entry, a follow-up, agreeing, reopening, monitoring an
 * agreed plan) and the round trip of fuzz-common.c on each result. */

#include "fuzz-common.h"
#include "sfg-index.h"
#include "sfg-model-error.h"
#include "sfg-plan.h"

static void
round_trip (SfgPlan *plan)
{
  sfg_fuzz_round_trip (plan, (SfgFuzzParseFunc) sfg_plan_new_from_json,
                       (SfgFuzzToJsonFunc) sfg_plan_to_json, g_object_unref);
}

static void
check_actions (SfgPlan *plan)
{
  GListModel *actions = sfg_plan_get_actions (plan);
  guint n = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfgAction) action = g_list_model_get_item (actions, i);
      const char *position = sfg_action_get_position_id (action);
      const char *initiative = sfg_action_get_initiative_id (action);

      if (position != NULL && initiative != NULL
          && sfg_plan_find_initiative_action (plan, position, initiative) == NULL)
        sfg_fuzz_fail ("action %u's initiative is not found in its own plan", i);
      if (sfg_action_get_frozen (action) != sfg_plan_get_frozen (plan))
        sfg_fuzz_fail ("action %u is frozen differently from its plan", i);
    }
}

/* Monitoring an agreed plan: status and notes stay editable. */
static void
monitor (SfgPlan *plan)
{
  GListModel *actions = sfg_plan_get_actions (plan);
  g_autoptr(SfgAction) action = NULL;

  if (g_list_model_get_n_items (actions) == 0)
    return;
  action = g_list_model_get_item (actions, 0);
  sfg_action_set_status (action, SFG_ACTION_STATUS_DONE);
  sfg_action_set_progress_notes (action, "Done, see the notes.");
  if (!sfg_plan_get_changed_after_agreement (plan))
    sfg_fuzz_fail ("monitoring an agreed plan did not mark it changed after agreement");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(SfgPlan) plan = NULL;
  g_autoptr(SfgPlan) follow_up = NULL;
  g_autoptr(SfgIndexEntry) entry = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  gint64 revision;

  sfg_fuzz_init ();
  node = sfg_fuzz_parse_input (data, size);
  if (node == NULL)
    return 0;
  plan = sfg_plan_new_from_json (node, &error);
  if (plan == NULL)
    {
      sfg_fuzz_check_refusal (error, SFG_MODEL_ERROR);
      return 0;
    }

  check_actions (plan);
  for (guint i = 0; i < sfg_plan_get_n_events (plan); i++)
    if (sfg_plan_get_event (plan, i) == NULL)
      sfg_fuzz_fail ("event %u is missing", i);
  entry = sfg_index_entry_new_from_plan (plan);
  if (entry == NULL || g_strcmp0 (entry->plan_id, sfg_plan_get_id (plan)) != 0)
    sfg_fuzz_fail ("the index entry does not name its plan");
  round_trip (plan);

  follow_up = sfg_plan_new_follow_up (plan, "2031-02-28");
  if (sfg_plan_get_frozen (follow_up) || sfg_plan_get_revision (follow_up) != 1)
    sfg_fuzz_fail ("a follow-up is not a new draft");
  check_actions (follow_up);
  round_trip (follow_up);

  revision = sfg_plan_get_revision (plan);
  if (sfg_plan_get_frozen (plan))
    {
      monitor (plan);
      round_trip (plan);
      if (!sfg_plan_reopen (plan, &error))
        sfg_fuzz_fail ("an agreed plan could not be reopened: %s", error->message);
      if (sfg_plan_get_frozen (plan) || sfg_plan_get_revision (plan) != revision + 1)
        sfg_fuzz_fail ("reopening did not make the next revision a draft");
    }
  else if (sfg_plan_check_agreement (plan, &missing))
    {
      if (!sfg_plan_mark_agreed (plan, "Sam Jones", "Priya Shah", "2030-01-31", &error))
        sfg_fuzz_fail ("a plan that passed its check could not be agreed: %s", error->message);
      if (!sfg_plan_get_frozen (plan))
        sfg_fuzz_fail ("an agreed plan is not frozen");
    }
  else if (missing == NULL || missing->len == 0)
    sfg_fuzz_fail ("agreement refused without saying what is missing");
  check_actions (plan);
  round_trip (plan);
  return 0;
}
