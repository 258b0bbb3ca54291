/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "model-test-helpers.h"
#include "sfg-manager-template.h"
#include "sfg-model-error.h"
#include "sfg-plan.h"
#include "sfg-private-notes.h"

#define PLAN_ID "8d2e4c1a-9b7f-4e3d-8c2b-1a0f9e8d7c6b"

static const char notes_json[] =
  "{ \"version\": 1, \"plan-id\": \"" PLAN_ID "\","
  "  \"preparation\": { \"self-awareness\": \"Blind spot: pace\", \"identity\": \"Read up\","
  "    \"strengths-evidence\": \"360 feedback\", \"reasonable-adjustments\": \"Written agenda\","
  "    \"performance-indicators\": \"WDES\", \"extra-prompt\": \"kept\" },"
  "  \"bias-check\": { \"aware-of-biases\": true, \"prepared\": true, \"checked-opinions\": false,"
  "    \"challenged-evidence\": true },"
  "  \"checklist\": { \"review-preparation\": true, \"support-plan\": false,"
  "    \"shape-agreements\": true, \"acknowledge-insights\": false, \"review-gaps\": true,"
  "    \"summarise\": false, \"record-outcome\": true, \"agree-next-steps\": false,"
  "    \"record-actions\": true, \"tenth-item\": true },"
  "  \"stage-notes\": { \"stage-1\": \"Calm\", \"stage-2\": \"Ambitious\", \"stage-3\": \"Agreed\" },"
  "  \"created\": \"2025-03-29T17:00:00Z\", \"modified\": \"2025-03-30T10:41:00Z\","
  "  \"colour\": \"blue\" }";

static void
test_round_trip (void)
{
  g_autoptr(JsonNode) node = parse_json (notes_json);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfgPrivateNotes) notes = sfg_private_notes_new_from_json (node, &error);
  g_autoptr(SfgPrivateNotes) again = NULL;
  g_autoptr(JsonNode) written = NULL;
  g_autoptr(JsonNode) written_again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  const gboolean checklist[] = { TRUE, FALSE, TRUE, FALSE, TRUE, FALSE, TRUE, FALSE, TRUE };

  g_assert_no_error (error);
  g_assert_cmpstr (sfg_private_notes_get_plan_id (notes), ==, PLAN_ID);
  g_assert_cmpstr (sfg_private_notes_get_preparation (notes, "self-awareness"), ==, "Blind spot: pace");
  g_assert_cmpstr (sfg_private_notes_get_preparation (notes, "identity"), ==, "Read up");
  g_assert_cmpstr (sfg_private_notes_get_preparation (notes, "strengths-evidence"), ==, "360 feedback");
  g_assert_cmpstr (sfg_private_notes_get_preparation (notes, "reasonable-adjustments"), ==, "Written agenda");
  g_assert_cmpstr (sfg_private_notes_get_preparation (notes, "performance-indicators"), ==, "WDES");
  g_assert_true (sfg_private_notes_get_bias_check (notes, "aware-of-biases"));
  g_assert_true (sfg_private_notes_get_bias_check (notes, "prepared"));
  g_assert_false (sfg_private_notes_get_bias_check (notes, "checked-opinions"));
  g_assert_true (sfg_private_notes_get_bias_check (notes, "challenged-evidence"));
  for (guint i = 0; i < SFG_MANAGER_N_CHECKLIST; i++)
    g_assert_cmpint (sfg_private_notes_get_checklist (notes, sfg_manager_template_get_checklist ()[i].id),
                     ==, checklist[i]);
  g_assert_cmpstr (sfg_private_notes_get_stage_notes (notes, 1), ==, "Calm");
  g_assert_cmpstr (sfg_private_notes_get_stage_notes (notes, 2), ==, "Ambitious");
  g_assert_cmpstr (sfg_private_notes_get_stage_notes (notes, 3), ==, "Agreed");
  g_assert_cmpstr (sfg_private_notes_get_created (notes), ==, "2025-03-29T17:00:00Z");
  g_assert_cmpstr (sfg_private_notes_get_modified (notes), ==, "2025-03-30T10:41:00Z");

  written = sfg_private_notes_to_json (notes);
  text = node_to_text (written);
  g_assert_nonnull (strstr (text, "\"extra-prompt\" : \"kept\""));
  g_assert_nonnull (strstr (text, "\"tenth-item\" : true"));
  g_assert_nonnull (strstr (text, "\"colour\" : \"blue\""));

  again = sfg_private_notes_new_from_json (written, &error);
  g_assert_no_error (error);
  written_again = sfg_private_notes_to_json (again);
  text_again = node_to_text (written_again);
  g_assert_cmpstr (text, ==, text_again);
}

static void
count_cb (GObject *object,
          guint   *count)
{
  (*count)++;
}

static void
test_edit (void)
{
  g_autoptr(SfgPrivateNotes) notes = sfg_private_notes_new (PLAN_ID);
  guint changed = 0;

  g_signal_connect (notes, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_cmpstr (sfg_private_notes_get_preparation (notes, "identity"), ==, "");
  g_assert_false (sfg_private_notes_get_checklist (notes, "record-actions"));

  sfg_private_notes_set_preparation (notes, "identity", "Intersectionality reading");
  sfg_private_notes_set_bias_check (notes, "prepared", TRUE);
  sfg_private_notes_set_checklist (notes, "record-actions", TRUE);
  sfg_private_notes_set_stage_notes (notes, 2, "Stage two");
  g_assert_cmpuint (changed, ==, 4);
  sfg_private_notes_set_bias_check (notes, "prepared", TRUE);
  sfg_private_notes_set_stage_notes (notes, 2, "Stage two");
  g_assert_cmpuint (changed, ==, 4);
  g_assert_true (sfg_private_notes_get_checklist (notes, "record-actions"));
  g_assert_cmpstr (sfg_private_notes_get_stage_notes (notes, 2), ==, "Stage two");
}

/* The plan serialiser cannot reach private notes: nothing of them is in a plan file. */
static void
test_not_in_plan (void)
{
  g_autoptr(SfgPerson) person = sfg_person_new ();
  g_autoptr(SfgPlan) plan = sfg_plan_new (person);
  g_autoptr(SfgPrivateNotes) notes = sfg_private_notes_new (sfg_plan_get_id (plan));
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  sfg_private_notes_set_preparation (notes, "self-awareness", "SECRET-PREPARATION");
  sfg_private_notes_set_stage_notes (notes, 1, "SECRET-STAGE");
  sfg_private_notes_set_checklist (notes, "summarise", TRUE);

  node = sfg_plan_to_json (plan);
  text = node_to_text (node);
  g_assert_null (strstr (text, "SECRET"));
  g_assert_null (strstr (text, "preparation"));
  g_assert_null (strstr (text, "checklist"));
  g_assert_null (strstr (text, "stage-notes"));
}

typedef struct
{
  const char *path;
  const char *value;
  const char *named;
} BadCase;

static void
test_wrong_types (void)
{
  static const BadCase cases[] = {
    { "version", NULL, "version" },
    { "version", "true", "version" },
    { "plan-id", NULL, "plan-id" },
    { "plan-id", "\"plan\"", "plan-id" },
    { "preparation", "[]", "preparation" },
    { "preparation/self-awareness", "1", "self-awareness" },
    { "preparation/performance-indicators", "{}", "performance-indicators" },
    { "bias-check", "true", "bias-check" },
    { "bias-check/prepared", "\"yes\"", "prepared" },
    { "bias-check/challenged-evidence", "1", "challenged-evidence" },
    { "checklist", "[true]", "checklist" },
    { "checklist/record-outcome", "\"done\"", "record-outcome" },
    { "checklist/record-actions", "0", "record-actions" },
    { "stage-notes", "\"notes\"", "stage-notes" },
    { "stage-notes/stage-3", "3", "stage-3" },
    { "created", "1", "created" },
    { "modified", "\"later\"", "modified" },
  };
  g_autoptr(JsonNode) good = parse_json (notes_json);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) bad = json_with_member (good, cases[i].path,
                                                  cases[i].value ? parse_json (cases[i].value) : NULL);
      g_autoptr(SfgPrivateNotes) notes = sfg_private_notes_new_from_json (bad, &error);

      g_test_message ("%s = %s: %s", cases[i].path, cases[i].value,
                      error ? error->message : "(accepted)");
      g_assert_null (notes);
      g_assert_nonnull (error);
      g_assert_true (error->domain == SFG_MODEL_ERROR);
      g_assert_nonnull (strstr (error->message, cases[i].named));
      g_clear_error (&error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/private-notes/round-trip", test_round_trip);
  g_test_add_func ("/private-notes/edit", test_edit);
  g_test_add_func ("/private-notes/not-in-plan", test_not_in_plan);
  g_test_add_func ("/private-notes/wrong-types", test_wrong_types);

  return g_test_run ();
}
