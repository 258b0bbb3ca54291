/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * Shared by the printing tests and the PDF benchmark: sample plans and
 * journals, and reading PDFs back with poppler-utils (pdftotext, pdfinfo).
 */

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sfg-framework.h"
#include "sfg-journal.h"
#include "sfg-plan.h"
#include "sfg-report.h"

/* ---- sample documents ---- */

static inline SfgPerson *
report_test_person (const char *name)
{
  SfgPerson *person = sfg_person_new ();

  sfg_person_set_name (person, name);
  sfg_person_set_role (person, "Senior analyst");
  sfg_person_set_team (person, "Workforce intelligence");
  sfg_person_set_line_manager (person, "Priya Shah");
  return person;
}

static inline SfgAction *
report_test_add_action (SfgPlan    *plan,
                        const char *description)
{
  g_autoptr(GError) error = NULL;
  SfgAction *action = sfg_action_new (description);

  sfg_action_set_owner (action, SFG_ACTION_OWNER_INDIVIDUAL, &error);
  g_assert_no_error (error);
  sfg_action_set_target_date (action, "2025-09-30", &error);
  g_assert_no_error (error);
  sfg_plan_add_action (plan, action, &error);
  g_assert_no_error (error);
  g_object_unref (action);
  return action;
}

/* A typical plan: a page or two. */
static inline SfgPlan *
report_test_plan (guint n_actions)
{
  g_autoptr(SfgPerson) person = report_test_person ("Sam Jones");
  g_autoptr(GError) error = NULL;
  SfgPlan *plan = sfg_plan_new (person);
  g_autoptr(SfgObjective) short_term = sfg_objective_new ("Lead a cross-team project",
                                                          SFG_OBJECTIVE_TERM_SHORT);
  g_autoptr(SfgObjective) longer_term = sfg_objective_new ("Gain board-level exposure",
                                                           SFG_OBJECTIVE_TERM_LONGER);

  sfg_plan_set_date (plan, "2025-03-30", &error);
  g_assert_no_error (error);
  sfg_plan_set_current_position (plan, "depth-2", &error);
  g_assert_no_error (error);
  sfg_plan_set_aspiration (plan, "stretch-2", &error);
  g_assert_no_error (error);
  sfg_plan_set_evidence (plan, "Led the quarterly workforce audit across three directorates and "
                         "presented the findings to the executive team.", &error);
  g_assert_no_error (error);
  sfg_plan_set_reflections (plan, "Wants more leadership exposure and a chance to act up.",
                            &error);
  g_assert_no_error (error);
  sfg_plan_add_objective (plan, short_term, &error);
  g_assert_no_error (error);
  sfg_plan_add_objective (plan, longer_term, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n_actions; i++)
    {
      g_autofree char *description =
        g_strdup_printf ("Action %u: mentor two junior analysts through the data literacy "
                         "programme and review the progress every month", i + 1);
      SfgAction *action = report_test_add_action (plan, description);

      sfg_action_set_status (action, (SfgActionStatus) (i % 3));
      if (i % 2 == 1)
        sfg_action_set_progress_notes (action, "Started in May; the first two sessions went well.");
    }
  sfg_plan_set_next_steps (plan, "Meet again in June to review the secondment options.", &error);
  g_assert_no_error (error);
  sfg_plan_set_reasonable_adjustments (plan, "A quiet room for one-to-ones.", &error);
  g_assert_no_error (error);
  sfg_plan_set_next_review_date (plan, "2025-10-26", &error);
  g_assert_no_error (error);
  return plan;
}

static inline char *
report_test_words (guint first,
                   guint n)
{
  GString *text = g_string_new (NULL);

  for (guint i = first; i < first + n; i++)
    g_string_append_printf (text, "%sword%05u", i == first ? "" : " ", i);
  return g_string_free (text, FALSE);
}

/* A plan whose evidence holds @n_words words: "word00001 word00002 …". */
static inline SfgPlan *
report_test_long_plan (guint n_words,
                       guint n_actions)
{
  SfgPlan *plan = report_test_plan (n_actions);
  g_autofree char *words = report_test_words (1, n_words);
  g_autoptr(GError) error = NULL;

  sfg_plan_set_evidence (plan, words, &error);
  g_assert_no_error (error);
  return plan;
}

/* ---- reading PDFs ---- */

static inline gboolean
report_test_have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  return pdftotext != NULL && pdfinfo != NULL;
}

static inline char *
report_test_run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

/* All text, white space collapsed to single spaces; @page 0 means all pages. */
static inline char *
report_test_pdf_text (const char *pdf,
                      guint       page)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  const char *one[] = { "pdftotext", "-enc", "UTF-8", "-f", first, "-l", first, pdf, "-", NULL };
  g_autofree char *text = report_test_run (page == 0 ? all : one);
  g_auto(GStrv) parts = g_regex_split_simple ("\\s+", text, 0, 0);
  g_autofree char *joined = g_strjoinv (" ", parts);

  return g_strdup (g_strstrip (joined));
}

static inline guint
report_test_count (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

typedef struct
{
  guint  pages;
  double width;
  double height;
  char  *size_name;    /* "A4", "letter" or NULL */
} ReportTestPdfInfo;

static inline void
report_test_pdf_info (const char        *pdf,
                      ReportTestPdfInfo *info)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *out = report_test_run (argv);
  g_autoptr(GRegex) pages = g_regex_new ("^Pages:\\s+(\\d+)", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GRegex) size = g_regex_new ("^Page size:\\s+([0-9.]+) x ([0-9.]+) pts(?: \\((\\w+)\\))?",
                                        G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GMatchInfo) size_match = NULL;

  g_autofree char *n_pages = NULL;
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;

  memset (info, 0, sizeof *info);
  g_assert_true (g_regex_match (pages, out, 0, &match));
  n_pages = g_match_info_fetch (match, 1);
  info->pages = (guint) g_ascii_strtoull (n_pages, NULL, 10);
  g_assert_true (g_regex_match (size, out, 0, &size_match));
  width = g_match_info_fetch (size_match, 1);
  height = g_match_info_fetch (size_match, 2);
  info->width = g_ascii_strtod (width, NULL);
  info->height = g_ascii_strtod (height, NULL);
  if (g_match_info_get_match_count (size_match) > 3)
    info->size_name = g_match_info_fetch (size_match, 3);
}

typedef struct
{
  guint  page;        /* from 1 */
  double x0, y0, x1, y1;
  char  *text;
} ReportTestWord;

static inline void
report_test_word_free (gpointer data)
{
  ReportTestWord *word = data;

  g_free (word->text);
  g_free (word);
}

static inline char *
report_test_unescape (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  g_string_replace (out, "&lt;", "<", 0);
  g_string_replace (out, "&gt;", ">", 0);
  g_string_replace (out, "&quot;", "\"", 0);
  g_string_replace (out, "&apos;", "'", 0);
  g_string_replace (out, "&amp;", "&", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Every word with its box (points, origin at the page's top left). */
static inline GPtrArray *
report_test_pdf_words (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-bbox", pdf, "-", NULL };
  g_autofree char *out = report_test_run (argv);
  /* Bytes: GLib 2.74 checks the UTF-8 of the rest of the text again at
   * every match, which made reading a long PDF's words quadratic. */
  g_autoptr(GRegex) regex = g_regex_new ("<page |<word xMin=\"([0-9.-]+)\" yMin=\"([0-9.-]+)\" "
                                         "xMax=\"([0-9.-]+)\" yMax=\"([0-9.-]+)\">([^<]*)</word>",
                                         G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (report_test_word_free);
  /* poppler 22.12 writes a title with characters beyond U+FFFF into <head>
   * as invalid UTF-8, on which GRegex finds nothing: read the body only. */
  const char *body = strstr (out, "<doc>");
  guint page = 0;

  g_assert_nonnull (body);
  g_assert_true (g_utf8_validate (body, -1, NULL));
  g_regex_match (regex, body, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *all = g_match_info_fetch (match, 0);

      if (g_str_has_prefix (all, "<page"))
        {
          page++;
        }
      else
        {
          ReportTestWord *word = g_new0 (ReportTestWord, 1);
          g_autofree char *text = g_match_info_fetch (match, 5);

          double box[4];

          word->page = page;
          for (guint i = 0; i < 4; i++)
            {
              g_autofree char *number = g_match_info_fetch (match, i + 1);

              box[i] = g_ascii_strtod (number, NULL);
            }
          word->x0 = box[0];
          word->y0 = box[1];
          word->x1 = box[2];
          word->y1 = box[3];
          word->text = report_test_unescape (text);
          g_ptr_array_add (words, word);
        }
      g_match_info_next (match, NULL);
    }
  return words;
}

#define REPORT_TEST_TOLERANCE 0.5

/* A word of combining marks only: pdftotext boxes it as the font's box
 * moved to where the mark is stacked, which says little of its ink. */
static inline gboolean
report_test_is_marks (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Page @page (from 1) rendered at one pixel a point: no ink in the margins
 * (one point of them next to the content is left for anti-aliasing). */
static inline void
report_test_assert_margins_blank (const char             *pdf,
                                  guint                   page,
                                  double                  width,
                                  double                  height,
                                  const SfgReportMargins *margins)
{
  g_autofree char *dir = g_dir_make_tmp ("sfg-page-XXXXXX", NULL);
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autofree char *image = g_strconcat (prefix, ".pgm", NULL);
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftoppm", "-r", "72", "-gray", "-singlefile", "-f", number,
                         "-l", number, pdf, prefix, NULL };
  g_autofree char *out = report_test_run (argv);
  g_autofree char *data = NULL;
  gsize length = 0;
  int w = 0, h = 0, max = 0, header = 0;

  g_assert_true (g_file_get_contents (image, &data, &length, NULL));
  g_assert_cmpint (sscanf (data, "P5 %d %d %d%n", &w, &h, &max, &header), ==, 3);
  g_assert_cmpuint (length, >=, (gsize) header + 1 + (gsize) w * h);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guchar value = (guchar) data[header + 1 + (gsize) y * w + x];
        double scale = w / width;
        gboolean in_margin = (x + 1) / scale <= margins->left - 1.0
                             || x / scale >= width - margins->right + 1.0
                             || (y + 1) / scale <= margins->top - 1.0
                             || y / scale >= height - margins->bottom + 1.0;

        if (in_margin && value < max)
          {
            g_test_message ("page %u is inked at (%.0f, %.0f), in its margins", page,
                            x / scale, y / scale);
            g_assert_not_reached ();
          }
      }
  g_unlink (image);
  g_rmdir (dir);
}

/* Nothing ran off the page or into the margins: no word's box outside
 * them, and where only stacked combining marks are, no ink. */
static inline void
report_test_assert_inside_margins (const char             *pdf,
                                   GPtrArray              *words,
                                   double                  width,
                                   double                  height,
                                   const SfgReportMargins *margins)
{
  guint last_rendered = 0;

  /* A printout that lost its text would pass the rest. */
  g_assert_cmpuint (words->len, >, 100);
  for (guint i = 0; i < words->len; i++)
    {
      ReportTestWord *word = g_ptr_array_index (words, i);

      if (word->x0 >= margins->left - REPORT_TEST_TOLERANCE
          && word->x1 <= width - margins->right + REPORT_TEST_TOLERANCE
          && word->y0 >= margins->top - REPORT_TEST_TOLERANCE
          && word->y1 <= height - margins->bottom + REPORT_TEST_TOLERANCE)
        continue;
      if (report_test_is_marks (word->text))
        {
          if (word->page != last_rendered)
            report_test_assert_margins_blank (pdf, word->page, width, height, margins);
          last_rendered = word->page;
          continue;
        }
      g_test_message ("“%s” on page %u at (%.1f, %.1f)–(%.1f, %.1f) is outside the margins "
                      "of a %.0f × %.0f page", word->text, word->page, word->x0, word->y0,
                      word->x1, word->y1, width, height);
      g_assert_not_reached ();
    }
}

/* The page (from 1) of a plan's signature block, checking that all of it
 * is on that one page. */
static inline guint
report_test_signatures_page (GPtrArray *words)
{
  const char *block_words[] = { "Signature", "Printed", "signatures" };
  guint block_page = 0;

  for (guint w = 0; w < G_N_ELEMENTS (block_words); w++)
    {
      guint found = 0;

      for (guint i = 0; i < words->len; i++)
        {
          ReportTestWord *word = g_ptr_array_index (words, i);

          if (!g_str_equal (word->text, block_words[w]))
            continue;
          if (block_page == 0)
            block_page = word->page;
          g_assert_cmpuint (word->page, ==, block_page);
          found++;
        }
      g_assert_cmpuint (found, >=, 1);
    }
  return block_page;
}

static inline char *
report_test_write_pdf (SfgReport              *report,
                       const char             *dir,
                       const char             *name,
                       double                  width,
                       double                  height,
                       const SfgReportMargins *margins)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  sfg_report_write_pdf (report, path, width, height, margins, &error);
  g_assert_no_error (error);
  return path;
}
