/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <time.h>

#include "model-test-helpers.h"
#include "sfg-json-util.h"
#include "sfg-model-error.h"
#include "sfg-plan.h"

#define PLAN_ID   "8d2e4c1a-9b7f-4e3d-8c2b-1a0f9e8d7c6b"
#define PERSON_ID "0f9b3a52-0c7e-4b59-9f66-5d7e2b3c1a10"
#define EARLIER   "2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819"

/* Every member of FORMAT.md §4, and unknown members at every level. */
static const char plan_json[] =
  "{ \"version\": 1, \"id\": \"" PLAN_ID "\", \"person-id\": \"" PERSON_ID "\","
  "  \"header\": { \"name\": \"Sam Jones\", \"role\": \"Senior analyst\", \"team\": \"Workforce\","
  "              \"line-manager\": \"Priya Shah\", \"pronouns\": \"they/them\" },"
  "  \"date\": \"2025-03-30\", \"current-position\": \"depth-2\", \"aspiration\": \"stretch-2\","
  "  \"evidence\": \"Led the audit\", \"reflections\": \"Wants more leadership\","
  "  \"objectives\": ["
  "    { \"id\": \"11111111-1111-4111-8111-111111111111\", \"text\": \"Lead a project\","
  "      \"term\": \"short\", \"weight\": 3 },"
  "    { \"id\": \"22222222-2222-4222-8222-222222222222\", \"text\": \"Board exposure\","
  "      \"term\": \"longer\" } ],"
  "  \"actions\": ["
  "    { \"id\": \"33333333-3333-4333-8333-333333333333\", \"description\": \"Mentor two juniors\","
  "      \"position-id\": \"depth-2\", \"initiative-id\": \"depth-2.3\","
  "      \"initiative-text\": \"Mentoring others\", \"owner\": \"individual\", \"owner-other\": \"\","
  "      \"target-date\": \"2025-09-30\", \"status\": \"in-progress\","
  "      \"progress-notes\": \"Started in May\", \"carried-from\": null, \"budget\": 120 },"
  "    { \"id\": \"44444444-4444-4444-8444-444444444444\", \"description\": \"Shadow the board\","
  "      \"position-id\": null, \"initiative-id\": null, \"initiative-text\": null,"
  "      \"owner\": \"other\", \"owner-other\": \"Chief nurse\", \"target-date\": null,"
  "      \"status\": \"done\", \"progress-notes\": \"\","
  "      \"carried-from\": \"55555555-5555-4555-8555-555555555555\" } ],"
  "  \"next-steps\": \"Meet in June\", \"reasonable-adjustments\": \"Quiet room\","
  "  \"next-review-date\": \"2025-10-26\", \"no-actions-reason\": \"\","
  "  \"status\": \"agreed\","
  "  \"sign-off\": { \"individual-name\": \"Sam Jones\", \"manager-name\": \"Priya Shah\","
  "                \"agreed-date\": \"2025-03-30\", \"witness\": \"none\" },"
  "  \"changed-after-agreement\": true,"
  "  \"changed-after-agreement-at\": \"2025-05-01T09:00:00Z\","
  "  \"revision\": 2,"
  "  \"based-on\": { \"plan-id\": \"" EARLIER "\", \"revision\": 3, \"note\": \"kept\" },"
  "  \"history\": ["
  "    { \"event\": \"agreed\", \"at\": \"2025-03-30T10:40:00Z\", \"revision\": 1,"
  "      \"individual-name\": \"Sam Jones\", \"manager-name\": \"Priya Shah\","
  "      \"agreed-date\": \"2025-03-30\", \"device\": \"laptop\" },"
  "    { \"event\": \"reopened\", \"at\": \"2025-03-30T11:00:00Z\", \"revision\": 1 },"
  "    { \"event\": \"agreed\", \"at\": \"2025-03-30T11:30:00Z\", \"revision\": 2,"
  "      \"individual-name\": \"Sam Jones\", \"manager-name\": \"Priya Shah\","
  "      \"agreed-date\": \"2025-03-30\" } ],"
  "  \"created\": \"2025-03-30T10:00:00Z\", \"modified\": \"2025-05-01T09:00:00Z\","
  "  \"future-member\": { \"list\": [1, 2, 3] } }";

static SfgPlan *
load_plan (const char *text)
{
  g_autoptr(JsonNode) node = parse_json (text);
  g_autoptr(GError) error = NULL;
  SfgPlan *plan = sfg_plan_new_from_json (node, &error);

  g_assert_no_error (error);
  return plan;
}

static char *
plan_text (SfgPlan *plan)
{
  g_autoptr(JsonNode) node = sfg_plan_to_json (plan);

  return node_to_text (node);
}

static SfgAction *
action_at (SfgPlan *plan,
           guint    i)
{
  g_autoptr(SfgAction) action = g_list_model_get_item (sfg_plan_get_actions (plan), i);

  return action;   /* the plan holds a reference */
}

static SfgObjective *
objective_at (SfgPlan *plan,
              guint    i)
{
  g_autoptr(SfgObjective) objective = g_list_model_get_item (sfg_plan_get_objectives (plan), i);

  return objective;
}

static void
test_round_trip (void)
{
  g_autoptr(SfgPlan) plan = load_plan (plan_json);
  g_autoptr(SfgPlan) again = NULL;
  g_autoptr(JsonNode) written = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  const SfgPlanEvent *event;
  SfgAction *action;
  SfgObjective *objective;

  g_assert_cmpstr (sfg_plan_get_id (plan), ==, PLAN_ID);
  g_assert_cmpstr (sfg_plan_get_person_id (plan), ==, PERSON_ID);
  g_assert_cmpstr (sfg_plan_get_name (plan), ==, "Sam Jones");
  g_assert_cmpstr (sfg_plan_get_role (plan), ==, "Senior analyst");
  g_assert_cmpstr (sfg_plan_get_team (plan), ==, "Workforce");
  g_assert_cmpstr (sfg_plan_get_line_manager (plan), ==, "Priya Shah");
  g_assert_cmpstr (sfg_plan_get_date (plan), ==, "2025-03-30");
  g_assert_cmpstr (sfg_plan_get_current_position (plan), ==, "depth-2");
  g_assert_cmpstr (sfg_plan_get_aspiration (plan), ==, "stretch-2");
  g_assert_cmpstr (sfg_plan_get_evidence (plan), ==, "Led the audit");
  g_assert_cmpstr (sfg_plan_get_reflections (plan), ==, "Wants more leadership");
  g_assert_cmpstr (sfg_plan_get_next_steps (plan), ==, "Meet in June");
  g_assert_cmpstr (sfg_plan_get_reasonable_adjustments (plan), ==, "Quiet room");
  g_assert_cmpstr (sfg_plan_get_next_review_date (plan), ==, "2025-10-26");
  g_assert_cmpstr (sfg_plan_get_no_actions_reason (plan), ==, "");
  g_assert_cmpint (sfg_plan_get_status (plan), ==, SFG_PLAN_STATUS_AGREED);
  g_assert_true (sfg_plan_get_frozen (plan));
  g_assert_cmpstr (sfg_plan_get_individual_name (plan), ==, "Sam Jones");
  g_assert_cmpstr (sfg_plan_get_manager_name (plan), ==, "Priya Shah");
  g_assert_cmpstr (sfg_plan_get_agreed_date (plan), ==, "2025-03-30");
  g_assert_true (sfg_plan_get_changed_after_agreement (plan));
  g_assert_cmpstr (sfg_plan_get_changed_after_agreement_at (plan), ==, "2025-05-01T09:00:00Z");
  g_assert_cmpint (sfg_plan_get_revision (plan), ==, 2);
  g_assert_cmpstr (sfg_plan_get_based_on_plan_id (plan), ==, EARLIER);
  g_assert_cmpint (sfg_plan_get_based_on_revision (plan), ==, 3);
  g_assert_cmpstr (sfg_plan_get_created (plan), ==, "2025-03-30T10:00:00Z");
  g_assert_cmpstr (sfg_plan_get_modified (plan), ==, "2025-05-01T09:00:00Z");

  g_assert_cmpuint (sfg_plan_get_n_events (plan), ==, 3);
  event = sfg_plan_get_event (plan, 1);
  g_assert_cmpstr (event->event, ==, "reopened");
  g_assert_cmpstr (event->at, ==, "2025-03-30T11:00:00Z");
  g_assert_cmpint (event->revision, ==, 1);
  g_assert_null (event->individual_name);
  event = sfg_plan_get_event (plan, 0);
  g_assert_cmpstr (event->manager_name, ==, "Priya Shah");
  g_assert_cmpstr (event->agreed_date, ==, "2025-03-30");

  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_objectives (plan)), ==, 2);
  objective = objective_at (plan, 1);
  g_assert_cmpstr (sfg_objective_get_id (objective), ==, "22222222-2222-4222-8222-222222222222");
  g_assert_cmpstr (sfg_objective_get_text (objective), ==, "Board exposure");
  g_assert_cmpint (sfg_objective_get_term (objective), ==, SFG_OBJECTIVE_TERM_LONGER);
  g_assert_true (sfg_objective_get_frozen (objective));

  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (plan)), ==, 2);
  action = action_at (plan, 0);
  g_assert_cmpstr (sfg_action_get_id (action), ==, "33333333-3333-4333-8333-333333333333");
  g_assert_cmpstr (sfg_action_get_description (action), ==, "Mentor two juniors");
  g_assert_cmpstr (sfg_action_get_position_id (action), ==, "depth-2");
  g_assert_cmpstr (sfg_action_get_initiative_id (action), ==, "depth-2.3");
  g_assert_cmpstr (sfg_action_get_initiative_text (action), ==, "Mentoring others");
  g_assert_cmpint (sfg_action_get_owner (action), ==, SFG_ACTION_OWNER_INDIVIDUAL);
  g_assert_cmpstr (sfg_action_get_target_date (action), ==, "2025-09-30");
  g_assert_cmpint (sfg_action_get_status (action), ==, SFG_ACTION_STATUS_IN_PROGRESS);
  g_assert_cmpstr (sfg_action_get_progress_notes (action), ==, "Started in May");
  g_assert_null (sfg_action_get_carried_from (action));
  g_assert_true (sfg_action_get_frozen (action));
  action = action_at (plan, 1);
  g_assert_null (sfg_action_get_position_id (action));
  g_assert_cmpint (sfg_action_get_owner (action), ==, SFG_ACTION_OWNER_OTHER);
  g_assert_cmpstr (sfg_action_get_owner_other (action), ==, "Chief nurse");
  g_assert_null (sfg_action_get_target_date (action));
  g_assert_cmpint (sfg_action_get_status (action), ==, SFG_ACTION_STATUS_DONE);
  g_assert_cmpstr (sfg_action_get_carried_from (action), ==, "55555555-5555-4555-8555-555555555555");

  written = sfg_plan_to_json (plan);
  text = node_to_text (written);
  /* Unknown members survive at every level. */
  g_assert_nonnull (strstr (text, "\"future-member\""));
  g_assert_nonnull (strstr (text, "\"pronouns\" : \"they/them\""));
  g_assert_nonnull (strstr (text, "\"weight\" : 3"));
  g_assert_nonnull (strstr (text, "\"budget\" : 120"));
  g_assert_nonnull (strstr (text, "\"witness\" : \"none\""));
  g_assert_nonnull (strstr (text, "\"note\" : \"kept\""));
  g_assert_nonnull (strstr (text, "\"device\" : \"laptop\""));

  again = sfg_plan_new_from_json (written, NULL);
  g_assert_nonnull (again);
  text_again = plan_text (again);
  g_assert_cmpstr (text, ==, text_again);

  /* Still there after an edit and a rewrite. */
  sfg_action_set_progress_notes (action_at (again, 0), "Half way");
  g_clear_pointer (&text_again, g_free);
  text_again = plan_text (again);
  g_assert_nonnull (strstr (text_again, "\"budget\" : 120"));
  g_assert_nonnull (strstr (text_again, "Half way"));
}

typedef struct
{
  const char *path;
  const char *value;   /* JSON text, NULL removes the member */
  const char *named;
} BadCase;

static void
test_wrong_types (void)
{
  static const BadCase cases[] = {
    { "version", NULL, "version" },
    { "version", "\"1\"", "version" },
    { "version", "-1", "version" },
    { "id", NULL, "id" },
    { "id", "1", "id" },
    { "id", "\"../../etc/passwd\"", "id" },
    { "person-id", NULL, "person-id" },
    { "person-id", "\"Sam Jones\"", "person-id" },
    { "header", "[]", "header" },
    { "header", "\"Sam\"", "header" },
    { "header/name", "1", "name" },
    { "header/role", "[]", "role" },
    { "header/team", "false", "team" },
    { "header/line-manager", "{}", "line-manager" },
    { "date", "30", "date" },
    { "date", "\"2025-3-30\"", "date" },
    { "date", "\"2025-03-30T00:00:00+01:00\"", "date" },
    { "date", "\"2025-02-29\"", "date" },
    { "current-position", "2", "current-position" },
    { "current-position", "\"depth-4\"", "current-position" },
    { "current-position", "\"consolidate\"", "current-position" },
    { "aspiration", "[]", "aspiration" },
    { "aspiration", "\"somewhere\"", "aspiration" },
    { "evidence", "1", "evidence" },
    { "reflections", "true", "reflections" },
    { "objectives", "{}", "objectives" },
    { "objectives/0", "\"text\"", "objectives" },
    { "objectives/0/id", NULL, "id" },
    { "objectives/1/id", "\"11111111-1111-4111-8111-111111111111\"", "objectives" },
    { "objectives/0/text", "2", "text" },
    { "objectives/0/term", "\"medium\"", "term" },
    { "objectives/0/term", "1", "term" },
    { "actions", "\"none\"", "actions" },
    { "actions/1", "5", "actions" },
    { "actions/0/id", "\"x\"", "id" },
    { "actions/1/id", "\"33333333-3333-4333-8333-333333333333\"", "actions" },
    { "actions/0/description", "[]", "description" },
    { "actions/0/position-id", "\"depth-9\"", "position-id" },
    { "actions/0/position-id", "9", "position-id" },
    { "actions/0/initiative-id", "3", "initiative-id" },
    { "actions/0/initiative-id", "\"\"", "initiative-id" },
    { "actions/0/initiative-text", "{}", "initiative-text" },
    { "actions/0/owner", "\"manager\"", "owner" },
    { "actions/0/owner", "0", "owner" },
    { "actions/0/owner-other", "1", "owner-other" },
    { "actions/0/target-date", "\"soon\"", "target-date" },
    { "actions/0/status", "\"finished\"", "status" },
    { "actions/0/status", "true", "status" },
    { "actions/0/progress-notes", "[]", "progress-notes" },
    { "actions/0/carried-from", "7", "carried-from" },
    { "next-steps", "1", "next-steps" },
    { "reasonable-adjustments", "{}", "reasonable-adjustments" },
    { "next-review-date", "\"2025-13-01\"", "next-review-date" },
    { "no-actions-reason", "false", "no-actions-reason" },
    { "status", "\"signed\"", "status" },
    { "status", "1", "status" },
    { "sign-off", "\"Sam\"", "sign-off" },
    { "sign-off/individual-name", "1", "individual-name" },
    { "sign-off/manager-name", "[]", "manager-name" },
    { "sign-off/agreed-date", "\"30/03/2025\"", "agreed-date" },
    { "changed-after-agreement", "\"yes\"", "changed-after-agreement" },
    { "changed-after-agreement", "1", "changed-after-agreement" },
    { "changed-after-agreement-at", "\"then\"", "changed-after-agreement-at" },
    { "revision", "\"2\"", "revision" },
    { "revision", "0", "revision" },
    { "revision", "2.5", "revision" },
    { "based-on", "[]", "based-on" },
    { "based-on/plan-id", NULL, "plan-id" },
    { "based-on/plan-id", "1", "plan-id" },
    { "based-on/revision", "\"3\"", "revision" },
    { "based-on/revision", NULL, "revision" },
    { "history", "{}", "history" },
    { "history/0", "1", "history" },
    { "history/0/event", "\"signed\"", "event" },
    { "history/0/event", NULL, "event" },
    { "history/0/at", "5", "at" },
    { "history/0/revision", "\"1\"", "revision" },
    { "history/0/individual-name", "1", "individual-name" },
    { "history/0/agreed-date", "\"yesterday\"", "agreed-date" },
    { "created", "\"not a time\"", "created" },
    { "modified", "[]", "modified" },
  };
  g_autoptr(JsonNode) good = parse_json (plan_json);
  g_autoptr(JsonNode) array = parse_json ("[]");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) bad = json_with_member (good, cases[i].path,
                                                  cases[i].value ? parse_json (cases[i].value) : NULL);
      g_autoptr(SfgPlan) plan = sfg_plan_new_from_json (bad, &error);

      g_test_message ("%s = %s: %s", cases[i].path, cases[i].value,
                      error ? error->message : "(accepted)");
      g_assert_null (plan);
      g_assert_nonnull (error);
      g_assert_true (error->domain == SFG_MODEL_ERROR);
      g_assert_nonnull (strstr (error->message, cases[i].named));
      g_clear_error (&error);
    }

  g_assert_null (sfg_plan_new_from_json (array, &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID);
}

/* Optional members absent or null; the aspiration may be "consolidate". */
static void
test_minimal (void)
{
  g_autoptr(SfgPlan) plan =
    load_plan ("{\"version\": 1, \"id\": \"" PLAN_ID "\", \"person-id\": \"" PERSON_ID "\","
               " \"date\": null, \"aspiration\": \"consolidate\", \"sign-off\": null,"
               " \"based-on\": null}");

  g_assert_null (sfg_plan_get_date (plan));
  g_assert_cmpstr (sfg_plan_get_aspiration (plan), ==, SFG_ASPIRATION_CONSOLIDATE);
  g_assert_cmpstr (sfg_plan_get_name (plan), ==, "");
  g_assert_cmpint (sfg_plan_get_status (plan), ==, SFG_PLAN_STATUS_DRAFT);
  g_assert_cmpint (sfg_plan_get_revision (plan), ==, 1);
  g_assert_null (sfg_plan_get_based_on_plan_id (plan));
  g_assert_null (sfg_plan_get_individual_name (plan));
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (plan)), ==, 0);
}

static SfgPlan *
new_plan (void)
{
  g_autoptr(SfgPerson) person = sfg_person_new ();

  sfg_person_set_name (person, "Ana Silva");
  sfg_person_set_role (person, "Physiotherapist");
  sfg_person_set_team (person, "Outpatients");
  sfg_person_set_line_manager (person, "Jo Bloggs");
  return sfg_plan_new (person);
}

static void
test_new_plan (void)
{
  g_autoptr(SfgPerson) person = sfg_person_new ();
  g_autoptr(SfgPlan) plan = NULL;

  sfg_person_set_name (person, "Ana Silva");
  sfg_person_set_team (person, "Outpatients");
  plan = sfg_plan_new (person);

  g_assert_true (g_uuid_string_is_valid (sfg_plan_get_id (plan)));
  g_assert_cmpstr (sfg_plan_get_person_id (plan), ==, sfg_person_get_id (person));
  g_assert_cmpstr (sfg_plan_get_name (plan), ==, "Ana Silva");
  g_assert_cmpstr (sfg_plan_get_team (plan), ==, "Outpatients");
  g_assert_nonnull (sfg_plan_get_date (plan));
  g_assert_cmpint (sfg_plan_get_revision (plan), ==, 1);
  g_assert_cmpint (sfg_plan_get_status (plan), ==, SFG_PLAN_STATUS_DRAFT);
  g_assert_nonnull (sfg_plan_get_created (plan));

  /* The header is a snapshot: a later change of the person does not rewrite it. */
  sfg_person_set_name (person, "Ana Costa");
  g_assert_cmpstr (sfg_plan_get_name (plan), ==, "Ana Silva");
}

static void
count_cb (GObject *object,
          guint   *count)
{
  (*count)++;
}

static void
test_edit_and_validate (void)
{
  g_autoptr(SfgPlan) plan = new_plan ();
  g_autoptr(SfgObjective) first = sfg_objective_new ("First", SFG_OBJECTIVE_TERM_SHORT);
  g_autoptr(SfgObjective) second = sfg_objective_new ("Second", SFG_OBJECTIVE_TERM_LONGER);
  g_autoptr(SfgAction) a = sfg_action_new ("A");
  g_autoptr(SfgAction) b = sfg_action_new ("B");
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);

  g_assert_true (sfg_plan_set_current_position (plan, "breadth-1", &error));
  g_assert_true (sfg_plan_set_aspiration (plan, "consolidate", &error));
  g_assert_true (sfg_plan_set_evidence (plan, "Evidence", &error));
  g_assert_true (sfg_plan_set_next_review_date (plan, "2026-01-31", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 4);
  g_assert_true (sfg_plan_set_evidence (plan, "Evidence", &error));
  g_assert_cmpuint (changed, ==, 4);

  g_assert_false (sfg_plan_set_current_position (plan, "consolidate", &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sfg_plan_set_aspiration (plan, "top", &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sfg_plan_set_date (plan, "2025-02-29", &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (sfg_plan_set_aspiration (plan, "", &error));
  g_assert_null (sfg_plan_get_aspiration (plan));

  /* Lists: add, move, remove; children's changes are the plan's. */
  changed = 0;
  g_assert_true (sfg_plan_add_objective (plan, first, &error));
  g_assert_true (sfg_plan_add_objective (plan, second, &error));
  g_assert_true (sfg_plan_add_action (plan, a, &error));
  g_assert_true (sfg_plan_add_action (plan, b, &error));
  g_assert_false (sfg_plan_add_action (plan, b, &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 4);

  g_assert_true (sfg_plan_move_action (plan, b, 0, &error));
  g_assert_true (action_at (plan, 0) == b);
  g_assert_true (sfg_plan_move_objective (plan, first, 10, &error));
  g_assert_true (objective_at (plan, 1) == first);
  g_assert_true (sfg_action_set_description (a, "A, reworded", &error));
  g_assert_true (sfg_objective_set_term (first, SFG_OBJECTIVE_TERM_LONGER, &error));
  g_assert_cmpuint (changed, ==, 8);

  g_assert_true (sfg_plan_remove_objective (plan, second, &error));
  g_assert_false (sfg_plan_remove_objective (plan, second, &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  sfg_objective_set_text (second, "Removed", NULL);
  g_assert_cmpuint (changed, ==, 9);
  g_assert_false (sfg_plan_get_changed_after_agreement (plan));
}

static gboolean
contains (GPtrArray  *missing,
          const char *text)
{
  for (guint i = 0; i < missing->len; i++)
    if (g_str_equal (g_ptr_array_index (missing, i), text))
      return TRUE;
  return FALSE;
}

static void
test_agreement_validation (void)
{
  g_autoptr(SfgPlan) plan = new_plan ();
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SfgAction) action = sfg_action_new ("Do something");

  g_assert_true (sfg_plan_set_date (plan, NULL, NULL));
  g_assert_false (sfg_plan_check_agreement (plan, &missing));
  g_assert_cmpuint (missing->len, ==, 3);
  g_assert_true (contains (missing, "a date"));
  g_assert_true (contains (missing, "a current position"));
  g_assert_true (contains (missing, "at least one action or a reason for no actions"));
  g_clear_pointer (&missing, g_ptr_array_unref);

  g_assert_false (sfg_plan_mark_agreed (plan, "", "  ", "2025-13-01", &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "a date"));
  g_assert_nonnull (strstr (error->message, "a current position"));
  g_assert_nonnull (strstr (error->message, "at least one action or a reason for no actions"));
  g_assert_nonnull (strstr (error->message, "the individual’s name"));
  g_assert_nonnull (strstr (error->message, "the line manager’s name"));
  g_assert_nonnull (strstr (error->message, "the date of agreement"));
  g_clear_error (&error);
  g_assert_cmpint (sfg_plan_get_status (plan), ==, SFG_PLAN_STATUS_DRAFT);

  g_assert_true (sfg_plan_set_date (plan, "2025-03-30", NULL));
  g_assert_true (sfg_plan_set_current_position (plan, "stretch-1", NULL));
  g_assert_false (sfg_plan_check_agreement (plan, &missing));
  g_assert_cmpuint (missing->len, ==, 1);
  g_clear_pointer (&missing, g_ptr_array_unref);

  /* A reason of blanks is no reason. */
  g_assert_true (sfg_plan_set_no_actions_reason (plan, "  \n", NULL));
  g_assert_false (sfg_plan_check_agreement (plan, NULL));
  g_assert_true (sfg_plan_set_no_actions_reason (plan, "Well-being first this year", NULL));
  g_assert_true (sfg_plan_check_agreement (plan, &missing));
  g_assert_cmpuint (missing->len, ==, 0);
  g_clear_pointer (&missing, g_ptr_array_unref);

  g_assert_true (sfg_plan_set_no_actions_reason (plan, "", NULL));
  g_assert_true (sfg_plan_add_action (plan, action, NULL));
  g_assert_true (sfg_plan_check_agreement (plan, NULL));

  g_assert_true (sfg_plan_mark_agreed (plan, "Ana Silva", "Jo Bloggs", "2025-03-30", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sfg_plan_get_status (plan), ==, SFG_PLAN_STATUS_AGREED);
  g_assert_cmpstr (sfg_plan_get_individual_name (plan), ==, "Ana Silva");
  g_assert_cmpstr (sfg_plan_get_manager_name (plan), ==, "Jo Bloggs");
  g_assert_cmpstr (sfg_plan_get_agreed_date (plan), ==, "2025-03-30");
  g_assert_cmpuint (sfg_plan_get_n_events (plan), ==, 1);
  g_assert_cmpstr (sfg_plan_get_event (plan, 0)->event, ==, "agreed");

  g_assert_false (sfg_plan_mark_agreed (plan, "Ana Silva", "Jo Bloggs", "2025-03-30", &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_FROZEN);
}

static SfgPlan *
agreed_plan (SfgAction    **action_out,
             SfgObjective **objective_out)
{
  SfgPlan *plan = new_plan ();
  g_autoptr(SfgAction) action = sfg_action_new ("Shadow a consultant");
  g_autoptr(SfgObjective) objective = sfg_objective_new ("Lead a clinic", SFG_OBJECTIVE_TERM_SHORT);

  g_assert_true (sfg_plan_set_current_position (plan, "depth-1", NULL));
  g_assert_true (sfg_plan_add_action (plan, action, NULL));
  g_assert_true (sfg_plan_add_objective (plan, objective, NULL));
  g_assert_true (sfg_plan_mark_agreed (plan, "Ana Silva", "Jo Bloggs", "2025-03-30", NULL));
  *action_out = action;
  *objective_out = objective;
  return plan;
}

#define ASSERT_FROZEN(call)                                             \
  G_STMT_START {                                                        \
    g_autoptr(GError) frozen_error = NULL;                              \
    GError **frozen_out = &frozen_error;                                   \
    g_assert_false (call);                                              \
    g_assert_error (frozen_error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_FROZEN); \
  } G_STMT_END

static void
test_frozen (void)
{
  SfgAction *action;
  SfgObjective *objective;
  g_autoptr(SfgPlan) plan = agreed_plan (&action, &objective);
  g_autoptr(SfgAction) extra = sfg_action_new ("Extra");
  g_autoptr(SfgObjective) extra_objective = sfg_objective_new ("Extra", SFG_OBJECTIVE_TERM_SHORT);
  g_autoptr(SfgFramework) framework = sfg_framework_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  guint changed = 0;

  g_assert_true (sfg_plan_get_frozen (plan));
  g_assert_true (sfg_action_get_frozen (action));
  g_assert_true (sfg_objective_get_frozen (objective));
  g_assert_false (sfg_plan_get_changed_after_agreement (plan));
  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);
  before = plan_text (plan);

  ASSERT_FROZEN (sfg_plan_set_name (plan, "X", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_role (plan, "X", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_team (plan, "X", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_line_manager (plan, "X", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_date (plan, "2025-04-01", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_current_position (plan, "depth-2", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_aspiration (plan, "depth-3", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_evidence (plan, "X", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_reflections (plan, "X", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_next_steps (plan, "X", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_reasonable_adjustments (plan, "X", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_next_review_date (plan, "2025-12-01", frozen_out));
  ASSERT_FROZEN (sfg_plan_set_no_actions_reason (plan, "X", frozen_out));
  ASSERT_FROZEN (sfg_plan_add_action (plan, extra, frozen_out));
  ASSERT_FROZEN (sfg_plan_remove_action (plan, action, frozen_out));
  ASSERT_FROZEN (sfg_plan_move_action (plan, action, 0, frozen_out));
  ASSERT_FROZEN (sfg_plan_add_objective (plan, extra_objective, frozen_out));
  ASSERT_FROZEN (sfg_plan_remove_objective (plan, objective, frozen_out));
  ASSERT_FROZEN (sfg_plan_move_objective (plan, objective, 0, frozen_out));
  ASSERT_FROZEN (sfg_objective_set_text (objective, "X", frozen_out));
  ASSERT_FROZEN (sfg_objective_set_term (objective, SFG_OBJECTIVE_TERM_LONGER, frozen_out));
  ASSERT_FROZEN (sfg_action_set_description (action, "X", frozen_out));
  ASSERT_FROZEN (sfg_action_set_owner (action, SFG_ACTION_OWNER_BOTH, frozen_out));
  ASSERT_FROZEN (sfg_action_set_owner_other (action, "X", frozen_out));
  ASSERT_FROZEN (sfg_action_set_target_date (action, "2025-06-01", frozen_out));
  ASSERT_FROZEN (sfg_action_set_initiative (action, "depth-1", "depth-1.1", "X", frozen_out));
  g_assert_null (sfg_plan_add_initiative_action (plan, framework, "depth-1", "depth-1.6", &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_FROZEN);
  g_clear_error (&error);

  /* A property set through GObject (a binding) is refused too, loudly. */
  g_test_expect_message ("sfg-plan", G_LOG_LEVEL_WARNING, "*evidence*not changed*");
  g_object_set (plan, "evidence", "Bound", NULL);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (changed, ==, 0);
  {
    g_autofree char *after = plan_text (plan);

    g_assert_cmpstr (before, ==, after);
  }

  /* Monitoring goes on: status and progress notes stay editable. */
  sfg_action_set_status (action, SFG_ACTION_STATUS_IN_PROGRESS);
  g_assert_cmpint (sfg_action_get_status (action), ==, SFG_ACTION_STATUS_IN_PROGRESS);
  g_assert_true (sfg_plan_get_changed_after_agreement (plan));
  g_assert_nonnull (sfg_plan_get_changed_after_agreement_at (plan));
  sfg_action_set_progress_notes (action, "Two sessions so far");
  g_assert_cmpstr (sfg_action_get_progress_notes (action), ==, "Two sessions so far");
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpint (sfg_plan_get_status (plan), ==, SFG_PLAN_STATUS_AGREED);
}

static void
test_reopen (void)
{
  SfgAction *action;
  SfgObjective *objective;
  g_autoptr(SfgPlan) plan = agreed_plan (&action, &objective);
  g_autoptr(SfgPlan) draft = new_plan ();
  g_autoptr(SfgPlan) reloaded = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  const SfgPlanEvent *event;

  g_assert_false (sfg_plan_reopen (draft, &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  sfg_action_set_status (action, SFG_ACTION_STATUS_DONE);
  g_assert_true (sfg_plan_reopen (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sfg_plan_get_status (plan), ==, SFG_PLAN_STATUS_DRAFT);
  g_assert_cmpint (sfg_plan_get_revision (plan), ==, 2);
  g_assert_false (sfg_plan_get_frozen (plan));
  g_assert_false (sfg_action_get_frozen (action));
  g_assert_false (sfg_objective_get_frozen (objective));
  g_assert_false (sfg_plan_get_changed_after_agreement (plan));
  g_assert_null (sfg_plan_get_individual_name (plan));

  /* The reopening is recorded. */
  g_assert_cmpuint (sfg_plan_get_n_events (plan), ==, 2);
  event = sfg_plan_get_event (plan, 0);
  g_assert_cmpstr (event->event, ==, "agreed");
  g_assert_cmpint (event->revision, ==, 1);
  g_assert_cmpstr (event->individual_name, ==, "Ana Silva");
  event = sfg_plan_get_event (plan, 1);
  g_assert_cmpstr (event->event, ==, "reopened");
  g_assert_cmpint (event->revision, ==, 1);
  g_assert_nonnull (event->at);

  g_assert_true (sfg_plan_set_evidence (plan, "New evidence", &error));
  g_assert_true (sfg_action_set_description (action, "Shadow two consultants", &error));
  g_assert_no_error (error);
  g_assert_true (sfg_plan_mark_agreed (plan, "Ana Silva", "Jo Bloggs", "2025-04-02", &error));
  g_assert_cmpint (sfg_plan_get_revision (plan), ==, 2);
  g_assert_cmpuint (sfg_plan_get_n_events (plan), ==, 3);

  /* And survives a round trip. */
  node = sfg_plan_to_json (plan);
  reloaded = sfg_plan_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sfg_plan_get_n_events (reloaded), ==, 3);
  g_assert_cmpstr (sfg_plan_get_event (reloaded, 1)->event, ==, "reopened");
  g_assert_true (sfg_action_get_frozen (action_at (reloaded, 0)));
}

static void
test_follow_up (void)
{
  static const SfgActionStatus statuses[] = {
    SFG_ACTION_STATUS_NOT_STARTED, SFG_ACTION_STATUS_IN_PROGRESS, SFG_ACTION_STATUS_DONE,
    SFG_ACTION_STATUS_CARRIED_FORWARD, SFG_ACTION_STATUS_DROPPED,
  };
  g_autoptr(SfgPlan) plan = new_plan ();
  g_autoptr(SfgObjective) objective = sfg_objective_new ("Old objective", SFG_OBJECTIVE_TERM_SHORT);
  g_autoptr(SfgPlan) next = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *kept[] = { "not-started", "in-progress", "carried-forward" };

  g_assert_true (sfg_plan_set_current_position (plan, "breadth-2", NULL));
  g_assert_true (sfg_plan_set_aspiration (plan, "breadth-3", NULL));
  g_assert_true (sfg_plan_add_objective (plan, objective, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autofree char *description = g_strdup (sfg_enum_to_nick (SFG_TYPE_ACTION_STATUS, statuses[i]));
      g_autoptr(SfgAction) action = sfg_action_new (description);

      sfg_action_set_status (action, statuses[i]);
      sfg_action_set_progress_notes (action, "notes");
      g_assert_true (sfg_action_set_target_date (action, "2025-12-31", NULL));
      g_assert_true (sfg_plan_add_action (plan, action, NULL));
    }
  g_assert_true (sfg_plan_mark_agreed (plan, "Ana Silva", "Jo Bloggs", "2025-03-30", NULL));
  before = plan_text (plan);

  next = sfg_plan_new_follow_up (plan, "2025-09-30");
  g_assert_cmpstr (sfg_plan_get_id (next), !=, sfg_plan_get_id (plan));
  g_assert_cmpstr (sfg_plan_get_person_id (next), ==, sfg_plan_get_person_id (plan));
  g_assert_cmpstr (sfg_plan_get_name (next), ==, "Ana Silva");
  g_assert_cmpstr (sfg_plan_get_role (next), ==, "Physiotherapist");
  g_assert_cmpstr (sfg_plan_get_team (next), ==, "Outpatients");
  g_assert_cmpstr (sfg_plan_get_line_manager (next), ==, "Jo Bloggs");
  g_assert_cmpstr (sfg_plan_get_date (next), ==, "2025-09-30");
  g_assert_cmpstr (sfg_plan_get_current_position (next), ==, "breadth-2");
  g_assert_cmpstr (sfg_plan_get_aspiration (next), ==, "breadth-3");
  g_assert_cmpint (sfg_plan_get_status (next), ==, SFG_PLAN_STATUS_DRAFT);
  g_assert_cmpint (sfg_plan_get_revision (next), ==, 1);
  g_assert_cmpstr (sfg_plan_get_based_on_plan_id (next), ==, sfg_plan_get_id (plan));
  g_assert_cmpint (sfg_plan_get_based_on_revision (next), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_objectives (next)), ==, 0);
  g_assert_cmpuint (sfg_plan_get_n_events (next), ==, 0);

  /* Only unfinished actions, each marked Carried forward and linked back. */
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (next)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      SfgAction *carried = action_at (next, i);
      SfgAction *original = NULL;

      g_assert_cmpstr (sfg_action_get_description (carried), ==, kept[i]);
      g_assert_cmpint (sfg_action_get_status (carried), ==, SFG_ACTION_STATUS_CARRIED_FORWARD);
      g_assert_false (sfg_action_get_frozen (carried));
      for (guint j = 0; j < G_N_ELEMENTS (statuses); j++)
        if (g_str_equal (sfg_action_get_description (action_at (plan, j)), kept[i]))
          original = action_at (plan, j);
      g_assert_nonnull (original);
      g_assert_cmpstr (sfg_action_get_carried_from (carried), ==, sfg_action_get_id (original));
      g_assert_cmpstr (sfg_action_get_id (carried), !=, sfg_action_get_id (original));
      g_assert_cmpstr (sfg_action_get_target_date (carried), ==, "2025-12-31");
    }

  /* The earlier plan is untouched. */
  after = plan_text (plan);
  g_assert_cmpstr (before, ==, after);
}

static void
test_initiative_actions (void)
{
  g_autoptr(SfgPlan) plan = new_plan ();
  g_autoptr(SfgFramework) framework = sfg_framework_new ();
  g_autoptr(GPtrArray) local = g_ptr_array_new_with_free_func ((GDestroyNotify) sfg_initiative_unref);
  g_autoptr(GError) error = NULL;
  SfgAction *action;
  SfgAction *again;
  guint changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_false (sfg_plan_has_initiative (plan, "depth-2", "depth-2.3"));

  action = sfg_plan_add_initiative_action (plan, framework, "depth-2", "depth-2.3", &error);
  g_assert_no_error (error);
  g_assert_nonnull (action);
  g_assert_cmpstr (sfg_action_get_description (action), ==, "Mentoring others");
  g_assert_cmpstr (sfg_action_get_position_id (action), ==, "depth-2");
  g_assert_cmpstr (sfg_action_get_initiative_id (action), ==, "depth-2.3");
  g_assert_cmpstr (sfg_action_get_initiative_text (action), ==, "Mentoring others");
  g_assert_true (sfg_plan_has_initiative (plan, "depth-2", "depth-2.3"));
  g_assert_cmpuint (changed, ==, 1);

  /* Idempotent: the same initiative again gives the same action, no duplicate. */
  again = sfg_plan_add_initiative_action (plan, framework, "depth-2", "depth-2.3", &error);
  g_assert_true (again == action);
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (plan)), ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  /* The same text under another position is another initiative. */
  g_assert_nonnull (sfg_plan_add_initiative_action (plan, framework, "breadth-2", "breadth-2.3", &error));
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (plan)), ==, 2);

  g_assert_null (sfg_plan_add_initiative_action (plan, framework, "depth-1", "depth-2.3", &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (sfg_plan_add_initiative_action (plan, framework, "depth-2", "depth-2.99", &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An organisation's initiative: its text travels with the plan. */
  g_ptr_array_add (local, sfg_initiative_new ("trust.coaching", "stretch-1", "Trust coaching pool"));
  g_assert_true (sfg_framework_set_initiatives (framework, "stretch-1", local, NULL));
  action = sfg_plan_add_initiative_action (plan, framework, "stretch-1", "trust.coaching", &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (local, 0);
  g_assert_true (sfg_framework_set_initiatives (framework, "stretch-1", local, NULL));
  g_assert_cmpstr (sfg_action_get_initiative_text (action), ==, "Trust coaching pool");
  {
    g_autofree char *text = plan_text (plan);

    g_assert_nonnull (strstr (text, "\"initiative-text\" : \"Trust coaching pool\""));
  }
}

/*
 * A plan dated on the UK clock change reads back as the same day in any
 * time zone: run in a subprocess per zone, so TZ is set before anything.
 */
static void
check_dates_in_zone (const char *zone)
{
  g_autoptr(SfgPlan) plan = NULL;
  g_autoptr(SfgPlan) reloaded = NULL;
  g_autoptr(JsonNode) written = NULL;
  g_autoptr(JsonNode) reparsed = NULL;
  g_autofree char *text = NULL;

  g_setenv ("TZ", zone, TRUE);
  tzset ();

  plan = load_plan (plan_json);
  g_assert_cmpstr (sfg_plan_get_date (plan), ==, "2025-03-30");
  g_assert_true (sfg_plan_reopen (plan, NULL));
  g_assert_true (sfg_plan_set_date (plan, "2025-03-30", NULL));
  g_assert_true (sfg_plan_set_next_review_date (plan, "2025-10-26", NULL));
  g_assert_true (sfg_action_set_target_date (action_at (plan, 0), "2025-03-30", NULL));

  written = sfg_plan_to_json (plan);
  text = node_to_text (written);
  reparsed = parse_json (text);
  reloaded = sfg_plan_new_from_json (reparsed, NULL);
  g_assert_nonnull (reloaded);
  g_assert_cmpstr (sfg_plan_get_date (reloaded), ==, "2025-03-30");
  g_assert_cmpstr (sfg_plan_get_next_review_date (reloaded), ==, "2025-10-26");
  g_assert_cmpstr (sfg_action_get_target_date (action_at (reloaded, 0)), ==, "2025-03-30");
  g_assert_nonnull (strstr (text, "\"date\" : \"2025-03-30\""));
}

static void
test_dates_london (void)
{
  if (g_test_subprocess ())
    {
      check_dates_in_zone ("Europe/London");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_dates_kiritimati (void)
{
  if (g_test_subprocess ())
    {
      check_dates_in_zone ("Pacific/Kiritimati");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_action_overdue (void)
{
  g_autoptr(SfgAction) action = sfg_action_new ("Shadow a board meeting");

  /* No target date: never overdue. */
  g_assert_false (sfg_action_is_overdue (action, "2025-06-01"));

  g_assert_true (sfg_action_set_target_date (action, "2025-05-31", NULL));
  g_assert_true (sfg_action_is_overdue (action, "2025-06-01"));
  /* Due today is not overdue yet. */
  g_assert_false (sfg_action_is_overdue (action, "2025-05-31"));
  g_assert_false (sfg_action_is_overdue (action, "2025-05-01"));

  /* Only unfinished actions are overdue. */
  sfg_action_set_status (action, SFG_ACTION_STATUS_IN_PROGRESS);
  g_assert_true (sfg_action_is_overdue (action, "2025-06-01"));
  sfg_action_set_status (action, SFG_ACTION_STATUS_CARRIED_FORWARD);
  g_assert_true (sfg_action_is_overdue (action, "2025-06-01"));
  sfg_action_set_status (action, SFG_ACTION_STATUS_DONE);
  g_assert_false (sfg_action_is_overdue (action, "2025-06-01"));
  sfg_action_set_status (action, SFG_ACTION_STATUS_DROPPED);
  g_assert_false (sfg_action_is_overdue (action, "2025-06-01"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/round-trip", test_round_trip);
  g_test_add_func ("/plan/wrong-types", test_wrong_types);
  g_test_add_func ("/plan/minimal", test_minimal);
  g_test_add_func ("/plan/new", test_new_plan);
  g_test_add_func ("/plan/edit", test_edit_and_validate);
  g_test_add_func ("/plan/agreement", test_agreement_validation);
  g_test_add_func ("/plan/frozen", test_frozen);
  g_test_add_func ("/plan/reopen", test_reopen);
  g_test_add_func ("/plan/follow-up", test_follow_up);
  g_test_add_func ("/plan/initiative-actions", test_initiative_actions);
  g_test_add_func ("/plan/action-overdue", test_action_overdue);
  g_test_add_func ("/plan/dates/europe-london", test_dates_london);
  g_test_add_func ("/plan/dates/pacific-kiritimati", test_dates_kiritimati);

  return g_test_run ();
}
