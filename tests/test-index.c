/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "model-test-helpers.h"
#include "sfg-index.h"
#include "sfg-model-error.h"

static GPtrArray *
make_plans (void)
{
  GPtrArray *plans = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(SfgPerson) person = sfg_person_new ();
      SfgPlan *plan;

      /* Two people share a name: the index keeps them apart by id. */
      sfg_person_set_name (person, i < 2 ? "Sam Jones" : "=HYPERLINK(\"x\")");
      plan = sfg_plan_new (person);
      g_assert_true (sfg_plan_set_date (plan, "2025-03-30", NULL));
      g_assert_true (sfg_plan_set_current_position (plan, "depth-2", NULL));
      g_assert_true (sfg_plan_set_aspiration (plan, i == 1 ? "consolidate" : "stretch-3", NULL));
      g_ptr_array_add (plans, plan);
    }
  g_assert_true (sfg_plan_set_no_actions_reason (g_ptr_array_index (plans, 0), "Not now", NULL));
  g_assert_true (sfg_plan_mark_agreed (g_ptr_array_index (plans, 0), "Sam Jones", "Priya Shah",
                                       "2025-03-30", NULL));
  return plans;
}

static char *
index_text (GPtrArray *plans)
{
  g_autoptr(GPtrArray) entries = sfg_index_build (plans);
  g_autoptr(JsonNode) node = sfg_index_to_json (entries);

  return node_to_text (node);
}

static void
test_build (void)
{
  g_autoptr(GPtrArray) plans = make_plans ();
  g_autoptr(GPtrArray) entries = sfg_index_build (plans);
  g_autoptr(GPtrArray) reversed = g_ptr_array_new ();
  g_autofree char *text = index_text (plans);
  g_autofree char *text_reversed = NULL;
  SfgPlan *agreed = g_ptr_array_index (plans, 0);

  g_assert_cmpuint (entries->len, ==, 4);
  for (guint i = 1; i < entries->len; i++)
    g_assert_cmpstr (((SfgIndexEntry *) g_ptr_array_index (entries, i - 1))->plan_id, <,
                     ((SfgIndexEntry *) g_ptr_array_index (entries, i))->plan_id);

  for (guint i = 0; i < entries->len; i++)
    {
      SfgIndexEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (entry->plan_id, sfg_plan_get_id (agreed)))
        {
          g_assert_cmpstr (entry->person_id, ==, sfg_plan_get_person_id (agreed));
          g_assert_cmpstr (entry->name, ==, "Sam Jones");
          g_assert_cmpstr (entry->date, ==, "2025-03-30");
          g_assert_cmpstr (entry->status, ==, "agreed");
          g_assert_cmpstr (entry->current_position, ==, "depth-2");
          g_assert_cmpstr (entry->aspiration, ==, "stretch-3");
          g_assert_cmpint (entry->revision, ==, 1);
          g_assert_cmpstr (entry->modified, ==, sfg_plan_get_modified (agreed));
        }
    }

  /* The same plans in another order give the same bytes. */
  for (guint i = plans->len; i > 0; i--)
    g_ptr_array_add (reversed, g_ptr_array_index (plans, i - 1));
  text_reversed = index_text (reversed);
  g_assert_cmpstr (text, ==, text_reversed);
}

static void
test_round_trip_and_staleness (void)
{
  g_autoptr(GPtrArray) plans = make_plans ();
  g_autoptr(GPtrArray) entries = sfg_index_build (plans);
  g_autoptr(JsonNode) node = sfg_index_to_json (entries);
  g_autofree char *text = node_to_text (node);
  g_autoptr(JsonNode) parsed = parse_json (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) read = sfg_index_new_from_json (parsed, &error);
  g_autoptr(JsonNode) bad = NULL;
  g_autoptr(GPtrArray) fewer = NULL;
  SfgPlan *plan = g_ptr_array_index (plans, 2);

  g_assert_no_error (error);
  g_assert_true (sfg_index_equal (entries, read));
  g_assert_true (sfg_index_is_current (parsed, plans));

  /* Missing, stale or bad: not current. */
  g_assert_false (sfg_index_is_current (NULL, plans));
  fewer = g_ptr_array_new ();
  g_ptr_array_add (fewer, plan);
  g_assert_false (sfg_index_is_current (parsed, fewer));
  /* A column changes (an index that differs only outside its columns is still right). */
  g_assert_true (sfg_plan_set_aspiration (plan, "depth-3", NULL));
  g_assert_false (sfg_index_is_current (parsed, plans));

  bad = json_with_member (parsed, "plans/0/revision", parse_json ("\"one\""));
  g_assert_null (sfg_index_new_from_json (bad, &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "revision"));
  g_clear_error (&error);
  g_assert_false (sfg_index_is_current (bad, plans));

  /* A rebuild after the change is current again. */
  {
    g_autoptr(GPtrArray) rebuilt = sfg_index_build (plans);
    g_autoptr(JsonNode) rebuilt_node = sfg_index_to_json (rebuilt);

    g_assert_true (sfg_index_is_current (rebuilt_node, plans));
  }
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
    { "plans", "{}", "plans" },
    { "plans/0", "7", "plans" },
    { "plans/0/plan-id", "1", "plan-id" },
    { "plans/0/person-id", NULL, "person-id" },
    { "plans/0/name", "[]", "name" },
    { "plans/0/date", "\"March\"", "date" },
    { "plans/0/status", "\"maybe\"", "status" },
    { "plans/0/current-position", "2", "current-position" },
    { "plans/0/aspiration", "{}", "aspiration" },
    { "plans/0/modified", "\"soon\"", "modified" },
  };
  g_autoptr(GPtrArray) plans = make_plans ();
  g_autoptr(GPtrArray) entries = sfg_index_build (plans);
  g_autoptr(JsonNode) good = sfg_index_to_json (entries);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) bad = json_with_member (good, cases[i].path,
                                                  cases[i].value ? parse_json (cases[i].value) : NULL);
      g_autoptr(GPtrArray) read = sfg_index_new_from_json (bad, &error);

      g_test_message ("%s = %s: %s", cases[i].path, cases[i].value,
                      error ? error->message : "(accepted)");
      g_assert_null (read);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, cases[i].named));
      g_clear_error (&error);
    }
}

static void
test_csv (void)
{
  g_autoptr(GPtrArray) plans = make_plans ();
  g_autoptr(GPtrArray) entries = sfg_index_build (plans);
  g_autofree char *csv = sfg_index_to_csv (entries);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, 6);   /* header, 4 rows, "" */
  g_assert_cmpstr (lines[0], ==,
                   "\"plan-id\",\"person-id\",\"name\",\"date\",\"status\",\"current-position\","
                   "\"current-position-title\",\"aspiration\",\"aspiration-title\",\"revision\","
                   "\"modified\"");
  g_assert_cmpstr (lines[5], ==, "");
  g_assert_nonnull (strstr (csv, "\"depth-2\",\"Core contributor\""));
  g_assert_nonnull (strstr (csv, "\"consolidate\",\"Stay and consolidate\""));
  g_assert_nonnull (strstr (csv, "\"stretch-3\",\"Agile performer\""));
  /* Quotes doubled, and a formula defused. */
  g_assert_nonnull (strstr (csv, "\"'=HYPERLINK(\"\"x\"\")\""));
  g_assert_null (strstr (csv, ",\"=HYPERLINK"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/index/build", test_build);
  g_test_add_func ("/index/round-trip-and-staleness", test_round_trip_and_staleness);
  g_test_add_func ("/index/wrong-types", test_wrong_types);
  g_test_add_func ("/index/csv", test_csv);

  return g_test_run ();
}
