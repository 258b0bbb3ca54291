/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sfg-framework.h"
#include "sfg-journal-template.h"
#include "sfg-manager-template.h"
#include "sfg-model-error.h"
#include "sfg-plan-template.h"
#include "sfg-test-utils.h"

/* The nine positions, their titles and their initiatives, against content.md. */
static void
test_positions_match_content (void)
{
  g_autoptr(GPtrArray) expected = sfg_test_content_positions ();
  g_autoptr(SfgFramework) framework = sfg_framework_new ();
  guint n_positions;
  const SfgPosition *positions = sfg_framework_get_positions (&n_positions);
  guint total = 0;

  g_assert_cmpuint (expected->len, ==, 9);
  g_assert_cmpuint (n_positions, ==, 9);

  for (guint i = 0; i < expected->len; i++)
    {
      SfgTestPosition *want = g_ptr_array_index (expected, i);
      const SfgPosition *position = sfg_framework_lookup_position (want->id);
      GPtrArray *initiatives;

      g_assert_nonnull (position);
      g_assert_cmpstr (position->id, ==, positions[i].id);   /* spec order */
      g_assert_cmpstr (sfg_position_get_title (position), ==, want->title);
      g_assert_cmpstr (position->category, ==, want->category);
      g_assert_cmpint (position->impact, ==, want->impact);
      g_assert_true (sfg_framework_get_position_at (want->category, want->impact) == position);

      initiatives = sfg_framework_get_initiatives (framework, want->id);
      g_assert_nonnull (initiatives);
      g_assert_cmpuint (initiatives->len, ==, want->initiatives->len);
      for (guint n = 0; n < initiatives->len; n++)
        {
          SfgInitiative *initiative = g_ptr_array_index (initiatives, n);
          g_autofree char *id = g_strdup_printf ("%s.%u", want->id, n + 1);

          g_assert_cmpstr (sfg_initiative_get_text (initiative), ==,
                           g_ptr_array_index (want->initiatives, n));
          g_assert_cmpstr (sfg_initiative_get_id (initiative), ==, id);
          g_assert_cmpstr (sfg_initiative_get_position_id (initiative), ==, want->id);
          g_assert_true (sfg_initiative_is_builtin (initiative));
          g_assert_true (sfg_framework_lookup_initiative (framework, id) == initiative);
        }
      total += initiatives->len;
    }

  g_assert_cmpuint (total, ==, 55);
  g_assert_cmpuint (sfg_framework_get_n_initiatives (framework), ==, 55);
  g_assert_null (sfg_framework_lookup_position ("depth-4"));
  g_assert_null (sfg_framework_get_initiatives (framework, "nowhere"));
  g_assert_null (sfg_framework_lookup_initiative (framework, "depth-3.9"));
}

/* The category table of content.md §3: "| `depth` | Depth | subtitle | short |". */
static void
test_categories_match_content (void)
{
  g_autofree char *path = sfg_test_content_path ();
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint found = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;
      g_autofree char *id = NULL;
      const SfgCategory *category;

      if (!g_str_has_prefix (lines[i], "| `"))
        continue;
      cells = g_strsplit (lines[i], " | ", -1);
      g_assert_cmpuint (g_strv_length (cells), ==, 4);
      id = g_strndup (cells[0] + 3, strlen (cells[0]) - 4);
      category = sfg_framework_lookup_category (id);
      g_assert_nonnull (category);
      g_assert_cmpstr (sfg_category_get_title (category), ==, cells[1]);
      g_assert_cmpstr (sfg_category_get_subtitle (category), ==, cells[2]);
      g_assert_true (g_str_has_suffix (cells[3], " |"));
      cells[3][strlen (cells[3]) - 2] = '\0';
      g_assert_cmpstr (sfg_category_get_short_text (category), ==, cells[3]);
      found++;
    }
  g_assert_cmpuint (found, ==, 3);
}

/* The 6 sections and 33 questions of the journal, against content.md §2. */
static void
test_journal_matches_content (void)
{
  g_autoptr(GPtrArray) expected = sfg_test_content_journal_sections ();
  guint n_sections;
  const SfgJournalSection *sections = sfg_journal_template_get_sections (&n_sections);
  guint total = 0;

  g_assert_cmpuint (expected->len, ==, 6);
  g_assert_cmpuint (n_sections, ==, 6);

  for (guint i = 0; i < expected->len; i++)
    {
      SfgTestSection *want = g_ptr_array_index (expected, i);
      const SfgJournalSection *section = &sections[i];

      g_assert_cmpstr (section->id, ==, want->id);
      g_assert_cmpstr (sfg_journal_section_get_title (section), ==, want->title);
      g_assert_true (sfg_journal_template_lookup_section (want->id) == section);
      g_assert_cmpuint (section->stage, ==, i < 3 ? 1 : 2);
      g_assert_cmpuint (section->n_questions, ==, want->questions->len);

      for (guint q = 0; q < section->n_questions; q++)
        {
          g_autofree char *id = g_strdup_printf ("%s.%u", want->id, q + 1);

          g_assert_cmpstr (section->questions[q].id, ==, id);
          g_assert_cmpstr (sfg_question_get_text (&section->questions[q]), ==,
                           g_ptr_array_index (want->questions, q));
          g_assert_true (sfg_journal_template_lookup_question (id) == &section->questions[q]);
        }
      total += section->n_questions;
    }

  g_assert_cmpuint (total, ==, 33);
  g_assert_cmpuint (sfg_journal_template_get_n_questions (), ==, 33);
  g_assert_null (sfg_journal_template_lookup_question ("wellbeing.7"));
  g_assert_nonnull (sfg_journal_section_get_note (&sections[0]));
  g_assert_null (sfg_journal_section_get_note (&sections[1]));
}

/* Every fixed text the views show is in content.md (a final full stop aside). */
static void
assert_in_content (const char *contents,
                   const char *text)
{
  g_autofree char *bare = g_strdup (text);

  if (g_str_has_suffix (bare, "."))
    bare[strlen (bare) - 1] = '\0';
  if (strstr (contents, bare) == NULL)
    g_error ("Not in content.md: “%s”", text);
}

static void
test_texts_come_from_content (void)
{
  g_autofree char *path = sfg_test_content_path ();
  g_autofree char *contents = NULL;
  guint n;
  const SfgJournalStage *journal_stages;
  const SfgConversationStage *stages;
  const SfgResourceGroup *groups;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  /* The spec wraps its paragraphs. */
  g_strdelimit (contents, "\n", ' ');

  for (guint i = 0; i < SFG_JOURNAL_N_INTRO_POINTS; i++)
    assert_in_content (contents, sfg_journal_template_get_intro_point (i));
  journal_stages = sfg_journal_template_get_stages (&n);
  g_assert_cmpuint (n, ==, 2);
  for (guint i = 0; i < n; i++)
    assert_in_content (contents, sfg_journal_stage_get_title (&journal_stages[i]));

  groups = sfg_journal_template_get_resource_groups (&n);
  g_assert_cmpuint (n, ==, 4);
  for (guint i = 0; i < n; i++)
    for (guint r = 0; r < groups[i].n_resources; r++)
      assert_in_content (contents, sfg_resource_group_get_resource (&groups[i], r));

  stages = sfg_plan_template_get_conversation_stages (&n);
  g_assert_cmpuint (n, ==, SFG_CONVERSATION_N_STAGES);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (stages[i].number, ==, i + 1);
      assert_in_content (contents, sfg_conversation_stage_get_title (&stages[i]));
      assert_in_content (contents, sfg_conversation_stage_get_description (&stages[i]));
    }
  for (guint i = 0; i < SFG_PLAN_N_CONTENT_ITEMS; i++)
    assert_in_content (contents, sfg_plan_template_get_content_item (i));
  assert_in_content (contents, sfg_plan_template_get_owner_statement ());

  for (guint i = 0; i < SFG_MANAGER_N_PREPARATION; i++)
    assert_in_content (contents, sfg_manager_item_get_text (&sfg_manager_template_get_preparation ()[i]));
  for (guint i = 0; i < SFG_MANAGER_N_CHECKLIST; i++)
    assert_in_content (contents, sfg_manager_item_get_text (&sfg_manager_template_get_checklist ()[i]));
  for (guint i = 0; i < SFG_MANAGER_N_BIAS_TRIGGERS - 1; i++)
    assert_in_content (contents, sfg_manager_template_get_bias_trigger (i));

  assert_in_content (contents, sfg_framework_get_customise_note ());
  for (guint i = 0; i < SFG_FRAMEWORK_N_PRINCIPLES; i++)
    g_assert_nonnull (sfg_framework_get_principle (i));
  assert_in_content (contents, "Performance in role influences this axis.");
  g_assert_true (g_str_has_suffix (sfg_framework_get_impact_axis_text (),
                                   "Performance in role influences this axis."));
}

static void
changed_cb (SfgFramework *framework,
            const char   *position_id,
            char        **last)
{
  g_free (*last);
  *last = g_strdup (position_id);
}

/* An organisation's framework file replaces or extends a position's initiatives. */
static void
test_set_initiatives (void)
{
  g_autoptr(SfgFramework) framework = sfg_framework_new ();
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sfg_initiative_unref);
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func ((GDestroyNotify) sfg_initiative_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;
  GPtrArray *current = sfg_framework_get_initiatives (framework, "depth-2");
  GPtrArray *after;

  g_signal_connect (framework, "changed", G_CALLBACK (changed_cb), &last);

  /* Extend: the built-in ones followed by a local offer. */
  for (guint i = 0; i < current->len; i++)
    g_ptr_array_add (list, sfg_initiative_ref (g_ptr_array_index (current, i)));
  g_ptr_array_add (list, sfg_initiative_new ("nhs-trust.analytics-academy", "depth-2",
                                             "Analytics Academy (local)"));
  g_assert_true (sfg_framework_set_initiatives (framework, "depth-2", list, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (last, ==, "depth-2");

  after = sfg_framework_get_initiatives (framework, "depth-2");
  g_assert_cmpuint (after->len, ==, 6);
  g_assert_cmpstr (sfg_initiative_get_text (g_ptr_array_index (after, 5)), ==,
                   "Analytics Academy (local)");
  g_assert_false (sfg_initiative_is_builtin (g_ptr_array_index (after, 5)));
  g_assert_nonnull (sfg_framework_lookup_initiative (framework, "nhs-trust.analytics-academy"));
  g_assert_cmpuint (sfg_framework_get_n_initiatives (framework), ==, 56);
  /* Titles and categories never change. */
  g_assert_cmpstr (sfg_position_get_title (sfg_framework_lookup_position ("depth-2")), ==,
                   "Core contributor");

  /* Refused: an unknown position, a foreign initiative, an id used elsewhere. */
  g_assert_false (sfg_framework_set_initiatives (framework, "depth-9", list, &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (sfg_framework_set_initiatives (framework, "depth-1", list, &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  g_ptr_array_add (bad, sfg_initiative_new ("depth-3.1", "depth-1", "Clash"));
  g_assert_false (sfg_framework_set_initiatives (framework, "depth-1", bad, &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpuint (sfg_framework_get_initiatives (framework, "depth-1")->len, ==, 6);

  /* Replace with an empty list. */
  g_ptr_array_set_size (bad, 0);
  g_assert_true (sfg_framework_set_initiatives (framework, "depth-1", bad, &error));
  g_assert_cmpuint (sfg_framework_get_initiatives (framework, "depth-1")->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework/positions", test_positions_match_content);
  g_test_add_func ("/framework/categories", test_categories_match_content);
  g_test_add_func ("/framework/journal-questions", test_journal_matches_content);
  g_test_add_func ("/framework/texts", test_texts_come_from_content);
  g_test_add_func ("/framework/set-initiatives", test_set_initiatives);

  return g_test_run ();
}
