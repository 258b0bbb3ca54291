/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "model-test-helpers.h"
#include "sfg-journal.h"
#include "sfg-journal-template.h"
#include "sfg-model-error.h"

static const char journal_json[] =
  "{ \"version\": 1, \"id\": \"c41a8f2e-5b6d-4e7f-8a9b-0c1d2e3f4a5b\","
  "  \"date\": \"2025-03-20\", \"name\": \"Sam Jones\", \"line-manager\": \"Priya Shah\","
  "  \"answers\": { \"wellbeing.1\": \"Walking\", \"aspirations.2\": \"Stretch\","
  "                 \"future-section.1\": \"kept\" },"
  "  \"other-reflections\": \"More later\","
  "  \"carried-from\": \"6a1d2e4f-8b9c-4d0e-a1b2-c3d4e5f60718\","
  "  \"created\": \"2025-03-20T18:00:00Z\", \"modified\": \"2025-03-21T07:12:09+01:00\","
  "  \"mood\": { \"scale\": 4 } }";

static void
test_round_trip (void)
{
  g_autoptr(JsonNode) node = parse_json (journal_json);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfgJournal) journal = sfg_journal_new_from_json (node, &error);
  g_autoptr(SfgJournal) again = NULL;
  g_autoptr(JsonNode) written = NULL;
  g_autoptr(JsonNode) written_again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  g_auto(GStrv) ids = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sfg_journal_get_id (journal), ==, "c41a8f2e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
  g_assert_cmpstr (sfg_journal_get_date (journal), ==, "2025-03-20");
  g_assert_cmpstr (sfg_journal_get_name (journal), ==, "Sam Jones");
  g_assert_cmpstr (sfg_journal_get_line_manager (journal), ==, "Priya Shah");
  g_assert_cmpstr (sfg_journal_get_answer (journal, "wellbeing.1"), ==, "Walking");
  g_assert_cmpstr (sfg_journal_get_answer (journal, "aspirations.2"), ==, "Stretch");
  g_assert_cmpstr (sfg_journal_get_answer (journal, "wellbeing.2"), ==, "");
  g_assert_cmpstr (sfg_journal_get_other_reflections (journal), ==, "More later");
  g_assert_cmpstr (sfg_journal_get_carried_from (journal), ==, "6a1d2e4f-8b9c-4d0e-a1b2-c3d4e5f60718");
  g_assert_cmpstr (sfg_journal_get_created (journal), ==, "2025-03-20T18:00:00Z");
  /* Change times are kept in UTC. */
  g_assert_cmpstr (sfg_journal_get_modified (journal), ==, "2025-03-21T06:12:09Z");

  /* Answers to questions this version does not know are kept. */
  ids = sfg_journal_dup_answered_ids (journal);
  g_assert_cmpuint (g_strv_length (ids), ==, 3);
  g_assert_cmpstr (ids[1], ==, "future-section.1");

  written = sfg_journal_to_json (journal);
  text = node_to_text (written);
  g_assert_nonnull (strstr (text, "\"future-section.1\" : \"kept\""));
  g_assert_nonnull (strstr (text, "\"mood\""));
  g_assert_nonnull (strstr (text, "\"scale\" : 4"));

  again = sfg_journal_new_from_json (written, &error);
  g_assert_no_error (error);
  written_again = sfg_journal_to_json (again);
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
  g_autoptr(SfgJournal) journal = sfg_journal_new ();
  guint changed = 0;

  g_assert_true (g_uuid_string_is_valid (sfg_journal_get_id (journal)));
  g_assert_nonnull (sfg_journal_get_date (journal));
  g_signal_connect (journal, "changed", G_CALLBACK (count_cb), &changed);

  sfg_journal_set_answer (journal, "strengths.3", "The garden");
  sfg_journal_set_answer (journal, "strengths.3", "The garden");
  g_assert_cmpuint (changed, ==, 1);
  sfg_journal_set_answer (journal, "strengths.3", "");
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpstr (sfg_journal_get_answer (journal, "strengths.3"), ==, "");
  sfg_journal_set_answer (journal, "strengths.3", NULL);
  g_assert_cmpuint (changed, ==, 2);

  sfg_journal_set_name (journal, "Ana");
  sfg_journal_set_line_manager (journal, "Jo");
  sfg_journal_set_other_reflections (journal, "Notes");
  sfg_journal_set_date (journal, "2024-02-29");
  g_assert_cmpuint (changed, ==, 6);
  g_assert_cmpstr (sfg_journal_get_date (journal), ==, "2024-02-29");
  sfg_journal_set_date (journal, NULL);
  g_assert_null (sfg_journal_get_date (journal));
  g_assert_cmpuint (changed, ==, 7);
}

/* A new dated journal starts from the old one's answers; the old one is left as it was. */
static void
test_carry_forward (void)
{
  g_autoptr(JsonNode) node = parse_json (journal_json);
  g_autoptr(SfgJournal) previous = sfg_journal_new_from_json (node, NULL);
  g_autoptr(JsonNode) before = sfg_journal_to_json (previous);
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(SfgJournal) next = sfg_journal_new_carry_forward (previous, "2026-01-15");
  g_autofree char *before_text = node_to_text (before);
  g_autofree char *after_text = NULL;

  g_assert_cmpstr (sfg_journal_get_id (next), !=, sfg_journal_get_id (previous));
  g_assert_cmpstr (sfg_journal_get_date (next), ==, "2026-01-15");
  g_assert_cmpstr (sfg_journal_get_carried_from (next), ==, sfg_journal_get_id (previous));
  g_assert_cmpstr (sfg_journal_get_name (next), ==, "Sam Jones");
  g_assert_cmpstr (sfg_journal_get_line_manager (next), ==, "Priya Shah");
  g_assert_cmpstr (sfg_journal_get_answer (next, "wellbeing.1"), ==, "Walking");
  g_assert_cmpstr (sfg_journal_get_answer (next, "future-section.1"), ==, "kept");
  g_assert_cmpstr (sfg_journal_get_other_reflections (next), ==, "More later");

  sfg_journal_set_answer (next, "wellbeing.1", "Swimming");
  g_assert_cmpstr (sfg_journal_get_answer (previous, "wellbeing.1"), ==, "Walking");

  after = sfg_journal_to_json (previous);
  after_text = node_to_text (after);
  g_assert_cmpstr (before_text, ==, after_text);
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
    { "version", "\"1\"", "version" },
    { "id", NULL, "id" },
    { "id", "17", "id" },
    { "id", "\"not-a-uuid\"", "id" },
    { "date", "20250320", "date" },
    { "date", "\"2025-02-30\"", "date" },
    { "date", "\"2025-03-20T00:00:00Z\"", "date" },
    { "date", "\"20-03-2025\"", "date" },
    { "name", "false", "name" },
    { "line-manager", "[]", "line-manager" },
    { "answers", "[\"a\"]", "answers" },
    { "answers", "\"text\"", "answers" },
    { "answers/wellbeing.1", "5", "wellbeing.1" },
    { "answers/wellbeing.1", "{}", "answers" },
    { "other-reflections", "1", "other-reflections" },
    { "carried-from", "\"yesterday\"", "carried-from" },
    { "created", "\"last Tuesday\"", "created" },
    { "modified", "12", "modified" },
  };
  g_autoptr(JsonNode) good = parse_json (journal_json);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) bad = json_with_member (good, cases[i].path,
                                                  cases[i].value ? parse_json (cases[i].value) : NULL);
      g_autoptr(SfgJournal) journal = sfg_journal_new_from_json (bad, &error);

      g_test_message ("%s = %s: %s", cases[i].path, cases[i].value,
                      error ? error->message : "(accepted)");
      g_assert_null (journal);
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

  g_test_add_func ("/journal/round-trip", test_round_trip);
  g_test_add_func ("/journal/edit", test_edit);
  g_test_add_func ("/journal/carry-forward", test_carry_forward);
  g_test_add_func ("/journal/wrong-types", test_wrong_types);

  return g_test_run ();
}
