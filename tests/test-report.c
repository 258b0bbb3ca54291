/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "report-test-helpers.h"
#include "sfg-private-notes.h"
#include "sfg-report-private.h"
#include "sfg-test-utils.h"

/* The printed plan and journal (SfgReport), read back from real PDFs with
 * poppler's pdftotext and pdfinfo, and through the layout results. */

#define NO_POPPLER "pdftotext and pdfinfo (poppler-utils) are not installed"

static char *tmp_dir;
/* Under valgrind: fewer PDFs and shorter long texts, the same checks. */
static gboolean light;

static gboolean
need_poppler (void)
{
  if (report_test_have_poppler ())
    return TRUE;
  g_test_skip (NO_POPPLER);
  return FALSE;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    {
      g_test_message ("“%s” is not in the printout: %s", needle, text);
      g_assert_nonnull (strstr (text, needle));
    }
}

static void assert_lacks (const char *text,
                          const char *needle);

/* Without white space: a line may break after any "/". */
static char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static void
assert_contains_phrase (const char *text,
                        const char *phrase)
{
  g_autofree char *squashed_text = squash (text);
  g_autofree char *squashed_phrase = squash (phrase);

  assert_contains (squashed_text, squashed_phrase);
}

static void
assert_lacks_phrase (const char *text,
                     const char *phrase)
{
  g_autofree char *squashed_text = squash (text);
  g_autofree char *squashed_phrase = squash (phrase);

  assert_lacks (squashed_text, squashed_phrase);
}

static void
assert_lacks (const char *text,
              const char *needle)
{
  if (strstr (text, needle) != NULL)
    {
      g_test_message ("“%s” should not be in the printout", needle);
      g_assert_null (strstr (text, needle));
    }
}

static const SfgReportPlacement *
placements (SfgReport *report,
            guint     *n)
{
  return sfg_report_get_placements (report, n);
}

/* ---- every field ---- */

static SfgPlan *
token_plan (void)
{
  g_autoptr(SfgPerson) person = sfg_person_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SfgObjective) short_term = sfg_objective_new ("tokshortobjective",
                                                          SFG_OBJECTIVE_TERM_SHORT);
  g_autoptr(SfgObjective) longer_term = sfg_objective_new ("toklongobjective",
                                                           SFG_OBJECTIVE_TERM_LONGER);
  g_autoptr(SfgAction) action = sfg_action_new ("tokactiondescription");
  g_autoptr(SfgAction) other = sfg_action_new ("tokotheraction");
  SfgPlan *plan;

  sfg_person_set_name (person, "tokname");
  sfg_person_set_role (person, "tokrole");
  sfg_person_set_team (person, "tokteam");
  sfg_person_set_line_manager (person, "toklinemanager");
  plan = sfg_plan_new (person);

  sfg_plan_set_date (plan, "2031-01-17", &error);
  g_assert_no_error (error);
  sfg_plan_set_current_position (plan, "breadth-1", &error);
  g_assert_no_error (error);
  sfg_plan_set_aspiration (plan, "stretch-3", &error);
  g_assert_no_error (error);
  sfg_plan_set_evidence (plan, "tokevidence", &error);
  g_assert_no_error (error);
  sfg_plan_set_reflections (plan, "tokreflections", &error);
  g_assert_no_error (error);
  sfg_plan_add_objective (plan, short_term, &error);
  g_assert_no_error (error);
  sfg_plan_add_objective (plan, longer_term, &error);
  g_assert_no_error (error);

  sfg_action_set_initiative (action, "depth-2", "depth-2.3", "tokinitiative", &error);
  g_assert_no_error (error);
  sfg_action_set_owner (action, SFG_ACTION_OWNER_LINE_MANAGER, &error);
  g_assert_no_error (error);
  sfg_action_set_target_date (action, "2034-04-20", &error);
  g_assert_no_error (error);
  sfg_action_set_status (action, SFG_ACTION_STATUS_IN_PROGRESS);
  sfg_plan_add_action (plan, action, &error);
  g_assert_no_error (error);
  sfg_action_set_owner (other, SFG_ACTION_OWNER_OTHER, &error);
  g_assert_no_error (error);
  sfg_action_set_owner_other (other, "tokownerother", &error);
  g_assert_no_error (error);
  sfg_plan_add_action (plan, other, &error);
  g_assert_no_error (error);

  sfg_plan_set_next_steps (plan, "toknextsteps", &error);
  g_assert_no_error (error);
  sfg_plan_set_reasonable_adjustments (plan, "tokadjustments", &error);
  g_assert_no_error (error);
  sfg_plan_set_next_review_date (plan, "2032-02-18", &error);
  g_assert_no_error (error);
  sfg_plan_set_no_actions_reason (plan, "toknoactionsreason", &error);
  g_assert_no_error (error);

  sfg_plan_mark_agreed (plan, "toksignindividual", "toksignmanager", "2033-03-19", &error);
  g_assert_no_error (error);
  /* Monitoring after agreement: allowed, and marks the plan. */
  sfg_action_set_progress_notes (action, "tokprogressnotes");
  return plan;
}

static void
test_plan_every_field (void)
{
  g_autoptr(SfgPlan) plan = token_plan ();
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *short_id = g_strndup (sfg_plan_get_id (plan), 8);
  g_autofree char *reference = g_strdup_printf ("Plan %s · revision 1", short_id);
  const char *tokens[] = {
    "tokname", "tokrole", "tokteam", "toklinemanager", "tokevidence", "tokreflections",
    "tokshortobjective", "toklongobjective", "tokactiondescription", "tokotheraction",
    "tokinitiative", "tokownerother", "tokprogressnotes", "toknextsteps", "tokadjustments",
    "toknoactionsreason", "toksignindividual", "toksignmanager",
    "17 January 2031", "18 February 2032", "19 March 2033", "20 Apr 2034",
    "Developing contributor", "Agile performer",
  };
  const char *labels[] = {
    "Aspirational Development Plan", "Name", "Role", "Team", "Line manager",
    "Date of the conversation", "Status", "Agreed on 19 March 2033", "Next review",
    "Plan reference", "Plan date: 17 January 2031", "Page 1 of", "Changed after agreement",
    "Position on the Scope for Growth framework", "Now", "In two years",
    "Evidence for the current position", "Further reflections and aspirations",
    "Development objectives", "Short-term", "Longer-term",
    "Development actions and opportunities", "Action", "Owner", "Target date", "In progress",
    "Line manager", "Agreed next steps", "Reasonable adjustments",
    "Signature of the individual", "Signature of the line manager", "Printed name",
  };

  g_assert_true (sfg_plan_get_changed_after_agreement (plan));

  if (!need_poppler ())
    return;

  pdf = report_test_write_pdf (report, tmp_dir, "tokens.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, NULL);
  text = report_test_pdf_text (pdf, 0);
  for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
    assert_contains (text, tokens[i]);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    assert_contains (text, labels[i]);
  /* On every page: the person, the date, "Page N of M", short id and revision. */
  for (guint page = 1; page <= sfg_report_get_n_pages (report); page++)
    {
      g_autofree char *page_text = report_test_pdf_text (pdf, page);
      g_autofree char *numbering = g_strdup_printf ("Page %u of %u", page,
                                                    sfg_report_get_n_pages (report));

      assert_contains (page_text, "Aspirational Development Plan · tokname");
      assert_contains (page_text, "Plan date: 17 January 2031");
      assert_contains (page_text, numbering);
      assert_contains (page_text, reference);
      assert_contains (page_text, "Changed after agreement");
    }
}

static void
test_plan_draft (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (1);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  if (!need_poppler ())
    return;

  pdf = report_test_write_pdf (report, tmp_dir, "draft.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, NULL);
  text = report_test_pdf_text (pdf, 0);
  assert_contains (text, "Draft, not agreed yet");
  assert_contains (text, "Not agreed yet in Scope for Growth");
  /* Printed names come from the header until there is an agreement. */
  g_assert_cmpuint (report_test_count (text, "Priya Shah"), >=, 2);
  assert_lacks (text, "Changed after agreement");
}

static void
test_plan_reopened (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (1);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  sfg_plan_mark_agreed (plan, "Sam Jones", "Priya Shah", "2025-03-30", &error);
  g_assert_no_error (error);
  sfg_plan_reopen (plan, &error);
  g_assert_no_error (error);

  if (!need_poppler ())
    return;

  pdf = report_test_write_pdf (report, tmp_dir, "reopened.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, NULL);
  text = report_test_pdf_text (pdf, 0);
  assert_contains (text, "Changed after agreement");
  assert_contains (text, "Revision 1 of this plan was agreed and then reopened");
  assert_contains (text, "revision 2");
}

/* A plan nobody has filled in yet still prints as a form to complete. */
static void
test_plan_empty (void)
{
  g_autoptr(SfgPerson) person = sfg_person_new ();
  g_autoptr(SfgPlan) plan = sfg_plan_new (person);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  guint n;
  const SfgReportPlacement *placed;
  guint blank_rows = 0;
  gboolean signatures = FALSE;

  sfg_report_paginate (report, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, NULL);
  g_assert_cmpuint (sfg_report_get_n_pages (report), ==, 1);
  placed = placements (report, &n);
  for (guint i = 0; i < n; i++)
    {
      blank_rows += g_str_equal (placed[i].tag, "blank-row");
      signatures |= g_str_equal (placed[i].tag, "signatures");
      g_assert_false (g_str_equal (placed[i].tag, "evidence"));
    }
  g_assert_cmpuint (blank_rows, ==, 3);
  g_assert_true (signatures);
}

/* ---- the signature block ---- */

/* Lays the plan out with @filler as its next steps; returns the page of
 * the signature block, checking it is one slice inside the page. */
static guint
lay_out_with_filler (SfgPlan    *plan,
                     SfgReport  *report,
                     const char *filler)
{
  g_autoptr(GError) error = NULL;
  const SfgReportPlacement *placed;
  guint n, found = 0, page = 0;

  sfg_plan_set_next_steps (plan, filler, &error);
  g_assert_no_error (error);
  sfg_report_paginate (report, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, NULL);
  placed = placements (report, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (placed[i].tag, "signatures"))
      {
        found++;
        page = placed[i].page;
        g_assert_cmpfloat (placed[i].y + placed[i].height, <=,
                           SFG_REPORT_A4_HEIGHT - SFG_REPORT_DEFAULT_MARGIN);
      }
  /* One slice: the block is never cut in two. */
  g_assert_cmpuint (found, ==, 1);
  return page;
}

/* In the PDF: every line of the block on the page the layout said. */
static void
assert_pdf_signatures_on (SfgReport *report,
                          guint      page)
{
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) words = NULL;

  name = report_test_write_pdf (report, tmp_dir, "signatures.pdf", SFG_REPORT_A4_WIDTH,
                                SFG_REPORT_A4_HEIGHT, NULL);
  words = report_test_pdf_words (name);
  g_assert_cmpuint (report_test_signatures_page (words), ==, page + 1);
}

static void
test_signatures_never_split (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (2);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autoptr(GString) filler = g_string_new ("Filler line 1");
  g_autofree char *before = NULL;
  gboolean poppler = report_test_have_poppler ();
  guint first_pages = 0;
  guint last_page = 0;
  guint moves = 0;
  guint pdf_checks = 0;

  for (guint k = 1; k < 400; k++)
    {
      guint page;

      if (k > 1)
        g_string_append_printf (filler, "\nFiller line %u", k);
      page = lay_out_with_filler (plan, report, filler->str);
      if (k == 1)
        first_pages = sfg_report_get_n_pages (report);

      /* Every layout is checked; the PDF itself at every fifth line, and on
       * both sides of every move: the block at the foot of the page just
       * before, and at the top of the next. */
      if (k > 1 && page != last_page)
        {
          moves++;
          if (poppler)
            {
              g_assert_cmpuint (lay_out_with_filler (plan, report, before), ==, last_page);
              assert_pdf_signatures_on (report, last_page);
              g_assert_cmpuint (lay_out_with_filler (plan, report, filler->str), ==, page);
              assert_pdf_signatures_on (report, page);
              pdf_checks += 2;
            }
        }
      else if (poppler && !light && k % 5 == 0)
        {
          assert_pdf_signatures_on (report, page);
          pdf_checks++;
        }
      last_page = page;
      g_free (before);
      before = g_strdup (filler->str);

      if (sfg_report_get_n_pages (report) >= first_pages + 2)
        break;
    }

  /* The filler pushed the block over two page ends. */
  g_assert_cmpuint (moves, >=, 2);
  if (!poppler)
    g_test_skip (NO_POPPLER);
  else
    g_assert_cmpuint (pdf_checks, >=, 4);
}

/* ---- the actions table ---- */

static void
assert_header_first_on_pages (SfgReport  *report,
                              const char *row_tag)
{
  guint n;
  const SfgReportPlacement *placed = placements (report, &n);
  guint pages_with_rows = 0;

  for (guint page = 0; page < sfg_report_get_n_pages (report); page++)
    {
      gboolean header_seen = FALSE;
      gboolean rows = FALSE;

      for (guint i = 0; i < n; i++)
        {
          if (placed[i].page != page)
            continue;
          if (g_str_equal (placed[i].tag, "actions-header"))
            header_seen = TRUE;
          if (g_str_equal (placed[i].tag, row_tag) || g_str_equal (placed[i].tag, "blank-row"))
            {
              g_assert_true (header_seen);
              rows = TRUE;
            }
        }
      pages_with_rows += rows;
    }
  g_assert_cmpuint (pages_with_rows, >=, 2);
}

/* On every page where any of @tokens is, "Owner" and "Target" (the header
 * row) are above all of them. */
static void
assert_pdf_header_above (GPtrArray *words,
                         guint      n_pages,
                         GRegex    *row_word)
{
  guint pages_with_rows = 0;

  for (guint page = 1; page <= n_pages; page++)
    {
      double header_y = G_MAXDOUBLE;
      double first_row_y = G_MAXDOUBLE;
      guint header_words = 0;

      for (guint i = 0; i < words->len; i++)
        {
          ReportTestWord *word = g_ptr_array_index (words, i);

          if (word->page != page)
            continue;
          if (g_str_equal (word->text, "Owner") || g_str_equal (word->text, "Target"))
            {
              header_words++;
              header_y = MIN (header_y, word->y0);
            }
          if (g_regex_match (row_word, word->text, 0, NULL))
            first_row_y = MIN (first_row_y, word->y0);
        }
      if (first_row_y == G_MAXDOUBLE)
        continue;
      pages_with_rows++;
      g_assert_cmpuint (header_words, >=, 2);
      g_assert_cmpfloat (header_y, <, first_row_y);
    }
  g_assert_cmpuint (pages_with_rows, >=, 2);
}

static void
test_actions_header_repeated (void)
{
  g_autoptr(SfgPerson) person = report_test_person ("Sam Jones");
  g_autoptr(SfgPlan) plan = sfg_plan_new (person);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autoptr(GRegex) row_word = g_regex_new ("^acttok\\d{3}x$", 0, 0, NULL);
  g_autoptr(GPtrArray) words = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *description =
        g_strdup_printf ("acttok%03ux Shadow a senior colleague in another directorate and "
                         "write up what was learned%s", i,
                         i % 7 == 0 ? " for the team's development day, with examples from "
                                      "the audit and the new dashboard work" : "");

      report_test_add_action (plan, description);
    }

  sfg_report_paginate (report, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, NULL);
  assert_header_first_on_pages (report, "action");

  if (!need_poppler ())
    return;

  pdf = report_test_write_pdf (report, tmp_dir, "actions.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, NULL);
  text = report_test_pdf_text (pdf, 0);
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *token = g_strdup_printf ("acttok%03ux", i);

      g_assert_cmpuint (report_test_count (text, token), ==, 1);
    }
  words = report_test_pdf_words (pdf);
  assert_pdf_header_above (words, sfg_report_get_n_pages (report), row_word);
}

/* A row taller than a page is split between lines, the header on each page. */
static void
test_actions_tall_row (void)
{
  g_autoptr(SfgPerson) person = report_test_person ("Sam Jones");
  g_autoptr(SfgPlan) plan = sfg_plan_new (person);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autofree char *words_text = report_test_words (1, 1500);
  g_autoptr(GRegex) row_word = g_regex_new ("^word\\d{5}$", 0, 0, NULL);
  g_autoptr(GPtrArray) words = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  guint next = 1;

  report_test_add_action (plan, "A short action before the long one");
  report_test_add_action (plan, words_text);
  report_test_add_action (plan, "A short action after the long one");

  sfg_report_paginate (report, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, NULL);
  g_assert_cmpuint (sfg_report_get_n_pages (report), >=, 3);
  assert_header_first_on_pages (report, "action");

  if (!need_poppler ())
    return;

  pdf = report_test_write_pdf (report, tmp_dir, "tall-row.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, NULL);
  words = report_test_pdf_words (pdf);
  assert_pdf_header_above (words, sfg_report_get_n_pages (report), row_word);
  text = report_test_pdf_text (pdf, 0);
  for (const char *p = strstr (text, "word"); p != NULL; p = strstr (p + 1, "word"))
    {
      unsigned int number;

      if (sscanf (p, "word%5u", &number) != 1)
        continue;
      g_assert_cmpuint (number, ==, next);
      next++;
    }
  g_assert_cmpuint (next, ==, 1501);
}

static const ReportTestWord *
find_word (GPtrArray  *words,
           const char *text)
{
  for (guint i = 0; i < words->len; i++)
    {
      const ReportTestWord *word = g_ptr_array_index (words, i);

      if (g_str_equal (word->text, text))
        return word;
    }
  g_error ("“%s” is not in the PDF", text);
}

/* A line break in a cell is as far from the next line as a wrapped line:
 * each paragraph of a cell is its own layout. */
static void
test_actions_cell_paragraphs (void)
{
  g_autoptr(SfgPerson) person = report_test_person ("Sam Jones");
  g_autoptr(SfgPlan) plan = sfg_plan_new (person);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autofree char *wrapped = report_test_words (1, 40);
  g_autoptr(GPtrArray) words = NULL;
  g_autofree char *pdf = NULL;
  double broken, pitch = G_MAXDOUBLE, last_y0 = -1;

  report_test_add_action (plan, "Alpha\nBravo");
  report_test_add_action (plan, wrapped);
  if (!need_poppler ())
    return;

  pdf = report_test_write_pdf (report, tmp_dir, "cell-paragraphs.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, NULL);
  words = report_test_pdf_words (pdf);
  broken = find_word (words, "Bravo")->y0 - find_word (words, "Alpha")->y0;
  for (guint i = 0; i < words->len; i++)
    {
      const ReportTestWord *word = g_ptr_array_index (words, i);

      if (!g_str_has_prefix (word->text, "word"))
        continue;
      if (last_y0 >= 0 && word->y0 > last_y0 + 0.5)
        pitch = MIN (pitch, word->y0 - last_y0);
      last_y0 = word->y0;
    }
  g_assert_cmpfloat (pitch, <, 100);
  g_assert_cmpfloat_with_epsilon (broken, pitch, 0.1);
}

/* ---- long text ---- */

/* A long id that fits on a line moves whole to the next one, as a word
 * does; only a run longer than any line is cut. */
static void
test_long_token_kept_whole (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (0);
  g_autoptr(SfgReport) report = NULL;
  g_autoptr(GString) evidence = g_string_new (NULL);
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  /* 70 characters: more than fits after the filler, less than a line. */
  const char *token = "ESR0000000000000000000000000000000000000000000000000000000000000000042";
  gboolean whole = FALSE;

  for (guint i = 0; i < 7; i++)
    g_string_append (evidence, "filler ");
  g_string_append (evidence, token);
  g_assert_true (sfg_plan_set_evidence (plan, evidence->str, &error));
  g_assert_no_error (error);
  report = sfg_report_new_for_plan (plan);
  if (!need_poppler ())
    return;

  pdf = report_test_write_pdf (report, tmp_dir, "long-token.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, NULL);
  words = report_test_pdf_words (pdf);
  for (guint i = 0; i < words->len; i++)
    whole |= g_str_equal (((ReportTestWord *) g_ptr_array_index (words, i))->text, token);
  g_assert_true (whole);
}

static void
test_long_field (void)
{
  guint n_words = light ? 3000 : 10000;
  g_autoptr(SfgPlan) plan = report_test_long_plan (n_words, 2);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  const SfgReportPlacement *placed;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  guint n, evidence_pages = 0, last_page = G_MAXUINT;
  guint next = 1;

  sfg_report_paginate (report, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, NULL);
  placed = placements (report, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (placed[i].tag, "evidence") && placed[i].page != last_page)
      {
        evidence_pages++;
        last_page = placed[i].page;
      }
  g_assert_cmpuint (evidence_pages, >=, 3);

  if (!need_poppler ())
    return;

  pdf = report_test_write_pdf (report, tmp_dir, "long.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, NULL);
  text = report_test_pdf_text (pdf, 0);
  for (const char *p = strstr (text, "word"); p != NULL; p = strstr (p + 1, "word"))
    {
      unsigned int number;

      if (sscanf (p, "word%5u", &number) != 1)
        continue;
      g_assert_cmpuint (number, ==, next);
      next++;
    }
  g_assert_cmpuint (next, ==, n_words + 1);
  /* The continued section says what it is. */
  assert_contains (text, "Evidence for the current position (continued)");
}

/* ---- margins ---- */

static SfgPlan *
margin_plan (void)
{
  SfgPlan *plan = report_test_long_plan (1500, 25);
  g_autoptr(GError) error = NULL;
  g_autofree char *long_word = g_strnfill (200, 'x');
  g_autofree char *reflections = g_strdup_printf ("An unbreakable word: %s.", long_word);

  sfg_plan_set_name (plan, "Ὀδυσσεύς Λαέρτιάδης يوسف بن أحمد", &error);
  g_assert_no_error (error);
  sfg_plan_set_reflections (plan, reflections, &error);
  g_assert_no_error (error);
  return plan;
}

static void
assert_words_inside (const char             *pdf,
                     double                  width,
                     double                  height,
                     const SfgReportMargins *margins)
{
  g_autoptr(GPtrArray) words = report_test_pdf_words (pdf);

  report_test_assert_inside_margins (pdf, words, width, height, margins);
}

static void
test_margins (void)
{
  g_autoptr(SfgPlan) plan = margin_plan ();
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  const struct { const char *name; double width, height; } papers[] = {
    { "a4", SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT },
    { "letter", SFG_REPORT_LETTER_WIDTH, SFG_REPORT_LETTER_HEIGHT },
  };
  SfgReportMargins margin_sets[2];

  sfg_report_margins_init_default (&margin_sets[0]);
  margin_sets[1] = (SfgReportMargins) { 40, 30, 60, 70 };

  if (!need_poppler ())
    return;

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    for (guint landscape = 0; landscape < 2; landscape++)
      for (guint m = 0; m < G_N_ELEMENTS (margin_sets); m++)
        {
          /* Light: A4 portrait with the default margins, Letter landscape
           * with the others. */
          if (light && (p != landscape || p != m))
            continue;

          double width = landscape ? papers[p].height : papers[p].width;
          double height = landscape ? papers[p].width : papers[p].height;
          g_autofree char *name = g_strdup_printf ("margins-%s-%u-%u.pdf", papers[p].name,
                                                   landscape, m);
          g_autofree char *pdf = report_test_write_pdf (report, tmp_dir, name, width, height,
                                                        &margin_sets[m]);
          ReportTestPdfInfo info;

          report_test_pdf_info (pdf, &info);
          g_assert_cmpfloat_with_epsilon (info.width, width, 0.01);
          g_assert_cmpfloat_with_epsilon (info.height, height, 0.01);
          g_assert_cmpuint (info.pages, ==, sfg_report_get_n_pages (report));
          g_assert_cmpuint (info.pages, >, 1);
          g_free (info.size_name);
          assert_words_inside (pdf, width, height, &margin_sets[m]);
        }
}

/* ---- right-to-left and non-Latin names ---- */

static void
test_non_latin_names (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (2);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *hebrew = "שרה כהן";
  SfgReportMargins margins;

  sfg_plan_set_name (plan, "Ὀδυσσεύς Παπαδόπουλος", &error);
  g_assert_no_error (error);
  sfg_plan_set_line_manager (plan, hebrew, &error);
  g_assert_no_error (error);
  sfg_plan_set_team (plan, "Отдел кадров", &error);
  g_assert_no_error (error);
  sfg_plan_set_role (plan, "محلل أول", &error);
  g_assert_no_error (error);

  if (!need_poppler ())
    return;

  sfg_report_margins_init_default (&margins);
  pdf = report_test_write_pdf (report, tmp_dir, "names.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, &margins);
  text = report_test_pdf_text (pdf, 0);
  assert_contains (text, "Παπαδόπουλος");
  assert_contains (text, "Отдел кадров");
  /* Right-to-left text may come back in either order; its letters must be there. */
  for (const char *p = hebrew; *p != '\0'; p = g_utf8_next_char (p))
    {
      char letter[8] = { 0, };

      g_unichar_to_utf8 (g_utf8_get_char (p), letter);
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        assert_contains (text, letter);
    }
  assert_words_inside (pdf, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, &margins);
}

/* ---- the journal, and what a plan never holds ---- */

static SfgJournal *
marked_journal (void)
{
  SfgJournal *journal = sfg_journal_new ();

  sfg_journal_set_name (journal, "Sam Jones");
  sfg_journal_set_line_manager (journal, "Priya Shah");
  sfg_journal_set_date (journal, "2025-03-20");
  sfg_journal_set_answer (journal, "wellbeing.1", "jmarkwellbeingone");
  sfg_journal_set_answer (journal, "strengths.2", "jmarkstrengthstwo");
  sfg_journal_set_answer (journal, "aspirations.5", "jmarkaspirationsfive");
  sfg_journal_set_other_reflections (journal, "jmarkother");
  return journal;
}

static gboolean
is_answered (const char *id)
{
  return g_str_equal (id, "wellbeing.1") || g_str_equal (id, "strengths.2")
         || g_str_equal (id, "aspirations.5");
}

static void
test_journal_answered_only (void)
{
  g_autoptr(SfgJournal) journal = marked_journal ();
  g_autoptr(SfgReport) report = sfg_report_new_for_journal (journal);
  g_autoptr(GPtrArray) sections = sfg_test_content_journal_sections ();
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  guint checked = 0;

  g_assert_false (sfg_report_get_include_unanswered (report));
  if (!need_poppler ())
    return;

  pdf = report_test_write_pdf (report, tmp_dir, "journal.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, NULL);
  text = report_test_pdf_text (pdf, 0);
  assert_contains (text, "Private — Preparation and Reflection Journal");
  assert_contains (text, "jmarkwellbeingone");
  assert_contains (text, "jmarkstrengthstwo");
  assert_contains (text, "jmarkaspirationsfive");
  assert_contains (text, "jmarkother");
  assert_lacks (text, "Not answered yet");
  assert_lacks (text, "Behaviours and performance");
  assert_lacks (text, "Current role");

  for (guint s = 0; s < sections->len; s++)
    {
      SfgTestSection *section = g_ptr_array_index (sections, s);

      for (guint q = 0; q < section->questions->len; q++)
        {
          g_autofree char *id = g_strdup_printf ("%s.%u", section->id, q + 1);
          const char *question = g_ptr_array_index (section->questions, q);

          if (is_answered (id))
            assert_contains_phrase (text, question);
          else
            assert_lacks_phrase (text, question);
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 33);
}

static void
test_journal_include_unanswered (void)
{
  g_autoptr(SfgJournal) journal = marked_journal ();
  g_autoptr(SfgReport) report = sfg_report_new_for_journal (journal);
  g_autoptr(GPtrArray) sections = sfg_test_content_journal_sections ();
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  GStatBuf st;

  sfg_report_set_include_unanswered (report, TRUE);
  if (!need_poppler ())
    return;

  pdf = report_test_write_pdf (report, tmp_dir, "journal-all.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, NULL);
  text = report_test_pdf_text (pdf, 0);
  for (guint s = 0; s < sections->len; s++)
    {
      SfgTestSection *section = g_ptr_array_index (sections, s);

      assert_contains (text, section->title);
      for (guint q = 0; q < section->questions->len; q++)
        assert_contains_phrase (text, g_ptr_array_index (section->questions, q));
    }
  g_assert_cmpuint (report_test_count (text, "Not answered yet"), ==, 30);

  /* The journal is private: its PDF is its owner's only. */
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_plan_holds_no_private_text (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (3);
  g_autoptr(SfgJournal) journal = marked_journal ();
  g_autoptr(SfgPrivateNotes) notes = sfg_private_notes_new (sfg_plan_get_id (plan));
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *markers[] = { "jmarkwellbeingone", "jmarkstrengthstwo", "jmarkaspirationsfive",
                            "jmarkother", "pmarkpreparation", "pmarkstage" };

  sfg_private_notes_set_preparation (notes, "self-awareness", "pmarkpreparation");
  sfg_private_notes_set_stage_notes (notes, 2, "pmarkstage");

  if (!need_poppler ())
    return;

  pdf = report_test_write_pdf (report, tmp_dir, "private.pdf", SFG_REPORT_A4_WIDTH,
                               SFG_REPORT_A4_HEIGHT, NULL);
  text = report_test_pdf_text (pdf, 0);
  assert_contains (text, "Sam Jones");
  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    assert_lacks (text, markers[i]);
}

/* ---- writing ---- */

static void
test_write_failure_leaves_nothing (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (1);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (tmp_dir, "no-such-folder", "plan.pdf", NULL);
  g_autofree char *existing = g_build_filename (tmp_dir, "existing.pdf", NULL);
  g_autofree char *contents = NULL;

  g_assert_false (sfg_report_write_pdf (report, missing, SFG_REPORT_A4_WIDTH,
                                        SFG_REPORT_A4_HEIGHT, NULL, &error));
  g_assert_error (error, SFG_REPORT_ERROR, SFG_REPORT_ERROR_FAILED);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Replacing works, and leaves no temporary file. */
  g_assert_true (g_file_set_contents_full (existing, "old", 3, G_FILE_SET_CONTENTS_NONE, 0644,
                                           &error));
  g_assert_true (sfg_report_write_pdf (report, existing, SFG_REPORT_A4_WIDTH,
                                       SFG_REPORT_A4_HEIGHT, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, "."));
  }
}

/* The same model gives the same layout: print, PDF and preview agree. */
static void
test_layout_repeatable (void)
{
  g_autoptr(SfgPlan) plan = report_test_long_plan (3000, 12);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autofree SfgReportPlacement *first = NULL;
  const SfgReportPlacement *second;
  guint n_first, n_second, pages;

  sfg_report_paginate (report, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, NULL);
  pages = sfg_report_get_n_pages (report);
  second = placements (report, &n_first);
  first = g_memdup2 (second, sizeof (SfgReportPlacement) * n_first);
  sfg_report_paginate (report, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, NULL);
  second = placements (report, &n_second);
  g_assert_cmpuint (sfg_report_get_n_pages (report), ==, pages);
  g_assert_cmpuint (n_first, ==, n_second);
  for (guint i = 0; i < n_first; i++)
    {
      g_assert_true (first[i].tag == second[i].tag);
      g_assert_cmpuint (first[i].page, ==, second[i].page);
      g_assert_cmpfloat (first[i].y, ==, second[i].y);
    }

  /* Landscape has fewer lines to a page: more pages. */
  sfg_report_paginate (report, SFG_REPORT_A4_HEIGHT, SFG_REPORT_A4_WIDTH, NULL);
  g_assert_cmpuint (sfg_report_get_n_pages (report), >, pages);
}

static void
test_titles (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (0);
  g_autoptr(SfgJournal) journal = marked_journal ();
  g_autoptr(SfgReport) plan_report = sfg_report_new_for_plan (plan);
  g_autoptr(SfgReport) journal_report = sfg_report_new_for_journal (journal);
  g_autofree char *plan_title = sfg_report_dup_title (plan_report);
  g_autofree char *plan_file = sfg_report_dup_suggested_filename (plan_report);
  g_autofree char *journal_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_name = g_string_new (NULL);

  g_assert_cmpstr (plan_title, ==, "Aspirational Development Plan — Sam Jones");
  g_assert_cmpstr (plan_file, ==, "Aspirational Development Plan — Sam Jones — 2025-03-30.pdf");
  sfg_journal_set_name (journal, "A/B: C");
  journal_file = sfg_report_dup_suggested_filename (journal_report);
  g_assert_null (strchr (journal_file, '/'));
  g_assert_true (g_str_has_suffix (journal_file, ".pdf"));
  g_assert_true (sfg_report_get_document (journal_report) == G_OBJECT (journal));

  /* A name of any length still makes a name a file can have. */
  for (guint i = 0; i < 300; i++)
    g_string_append (long_name, "中");
  sfg_journal_set_name (journal, long_name->str);
  g_free (journal_file);
  journal_file = sfg_report_dup_suggested_filename (journal_report);
  g_assert_cmpuint (strlen (journal_file), <=, 255);
  g_assert_true (g_utf8_validate (journal_file, -1, NULL));
  g_assert_true (g_str_has_suffix (journal_file, "中… — 2025-03-20.pdf"));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = sfg_test_make_temp_dir ();
  light = sfg_test_under_valgrind ();

  g_test_add_func ("/report/plan/every-field", test_plan_every_field);
  g_test_add_func ("/report/plan/draft", test_plan_draft);
  g_test_add_func ("/report/plan/reopened", test_plan_reopened);
  g_test_add_func ("/report/plan/empty", test_plan_empty);
  g_test_add_func ("/report/plan/no-private-text", test_plan_holds_no_private_text);
  g_test_add_func ("/report/signatures/never-split", test_signatures_never_split);
  g_test_add_func ("/report/actions/header-repeated", test_actions_header_repeated);
  g_test_add_func ("/report/actions/tall-row", test_actions_tall_row);
  g_test_add_func ("/report/actions/cell-paragraphs", test_actions_cell_paragraphs);
  g_test_add_func ("/report/text/long-field", test_long_field);
  g_test_add_func ("/report/text/long-token-whole", test_long_token_kept_whole);
  g_test_add_func ("/report/text/non-latin-names", test_non_latin_names);
  g_test_add_func ("/report/page/margins", test_margins);
  g_test_add_func ("/report/page/repeatable", test_layout_repeatable);
  g_test_add_func ("/report/journal/answered-only", test_journal_answered_only);
  g_test_add_func ("/report/journal/include-unanswered", test_journal_include_unanswered);
  g_test_add_func ("/report/write/failure", test_write_failure_leaves_nothing);
  g_test_add_func ("/report/titles", test_titles);

  result = g_test_run ();
  sfg_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return result;
}
