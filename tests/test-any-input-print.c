/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Any input in any field, printed (issue 8): every string of
 * any-input-helpers.h in every field that the plan printout and the journal
 * printout show, written to PDF and read back with poppler: it finishes in
 * reasonable time, nothing is outside the margins, every page keeps its
 * header and footer, every field is printed from its start to its end and
 * the signature block is whole.
 *
 * Under valgrind the two long strings are 10,000 characters: 100,000 take
 * minutes there, and the code they run is the same. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "any-input-helpers.h"
#include "report-test-helpers.h"
#include "sfg-journal.h"
#include "sfg-test-utils.h"

#define NO_POPPLER "pdftotext and pdfinfo (poppler-utils) are not installed"

/* A variant longer than this goes whole into a field or two of a printout
 * (see print_plan() and print_journal()) and its start into the others:
 * 100,000 characters in every field would be a 4,000-page plan.  Fields of
 * one kind share their code. */
#define PRINT_HEAD 300

/* A printout with one field of 100,000 characters took 2 s here; before
 * the renderer bounded pango's work, one such field took 60 s. */
#define PRINT_SECONDS 20.0

static char *print_dir;

typedef struct
{
  gboolean whole;   /* printed in full, not cut to a few lines */
  guint    probes;  /* times the variant's probe is in it */
} Field;

/* Every printed field holds "mkNNNb TEXT mkNNNe": both markers in the PDF,
 * in order, show that the field was printed to its end. */
typedef struct
{
  const Variant *variant;
  GArray        *fields;
  gsize          n_chars;  /* in all fields */
} Marks;

static char *
mark_text (Marks      *marks,
           const char *text,
           gboolean    whole)
{
  Field field = { whole, report_test_count (text, marks->variant->probe) };
  guint n = marks->fields->len;

  g_array_append_val (marks->fields, field);
  marks->n_chars += g_utf8_strlen (text, -1);
  return g_strdup_printf ("mk%03ub %s mk%03ue", n, text, n);
}

/* The variant, or its first PRINT_HEAD characters. */
static char *
mark (Marks    *marks,
      gboolean  whole)
{
  const char *text = marks->variant->text;
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= PRINT_HEAD)
    return mark_text (marks, text, whole);
  head = g_strndup (text, g_utf8_offset_to_pointer (text, PRINT_HEAD) - text);
  return mark_text (marks, head, whole);
}

/* The whole variant, however long. */
static char *
mark_all (Marks    *marks,
          gboolean  whole)
{
  return mark_text (marks, marks->variant->text, whole);
}

/* Every text field the printed plan shows; a long variant whole in the
 * narrowest column, where a line holds fewest characters, and in the
 * individual's name under the signatures. */
static SfgPlan *
print_plan (Marks *marks)
{
  g_autoptr(SfgPerson) person = sfg_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *short_text = mark (marks, TRUE);
  g_autofree char *longer_text = mark (marks, TRUE);
  g_autofree char *description = mark (marks, TRUE);
  g_autofree char *owner_other = mark_all (marks, TRUE);
  g_autofree char *linked_description = mark (marks, TRUE);
  g_autofree char *initiative_text = mark (marks, TRUE);
  g_autofree char *notes = mark (marks, TRUE);
  /* The signature block shows at most three lines of a name. */
  g_autofree char *individual = mark_all (marks, FALSE);
  g_autofree char *manager = mark (marks, FALSE);
  g_autoptr(SfgObjective) short_term = sfg_objective_new (short_text, SFG_OBJECTIVE_TERM_SHORT);
  g_autoptr(SfgObjective) longer_term = sfg_objective_new (longer_text,
                                                           SFG_OBJECTIVE_TERM_LONGER);
  g_autoptr(SfgAction) action = sfg_action_new (description);
  g_autoptr(SfgAction) linked = sfg_action_new (linked_description);
  SfgPlan *plan = sfg_plan_new (person);

  for (guint i = 0; i < G_N_ELEMENTS (plan_fields); i++)
    {
      g_autofree char *value = mark (marks, TRUE);

      g_assert_true (plan_fields[i].set (plan, value, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sfg_plan_set_date (plan, "2025-03-30", &error));
  g_assert_true (sfg_plan_set_current_position (plan, "depth-2", &error));
  g_assert_true (sfg_plan_set_aspiration (plan, "stretch-2", &error));
  g_assert_true (sfg_plan_set_next_review_date (plan, "2025-10-26", &error));
  g_assert_no_error (error);

  g_assert_true (sfg_plan_add_objective (plan, short_term, &error));
  g_assert_true (sfg_plan_add_objective (plan, longer_term, &error));
  g_assert_true (sfg_action_set_owner (action, SFG_ACTION_OWNER_OTHER, &error));
  g_assert_true (sfg_action_set_owner_other (action, owner_other, &error));
  g_assert_true (sfg_action_set_target_date (action, "2025-09-30", &error));
  sfg_action_set_status (action, SFG_ACTION_STATUS_IN_PROGRESS);
  g_assert_true (sfg_plan_add_action (plan, action, &error));
  g_assert_true (sfg_action_set_initiative (linked, "depth-2", "depth-2.3", initiative_text,
                                            &error));
  g_assert_true (sfg_plan_add_action (plan, linked, &error));
  g_assert_true (sfg_plan_mark_agreed (plan, individual, manager, "2025-03-30", &error));
  g_assert_no_error (error);
  sfg_action_set_progress_notes (action, notes);
  return plan;
}

/* The header and every answer (one to a question this version does not
 * know too); a long variant whole in the other reflections. */
static SfgJournal *
print_journal (Marks *marks)
{
  SfgJournal *journal = sfg_journal_new ();
  g_autoptr(GPtrArray) ids = question_ids ();
  g_autofree char *name = mark (marks, TRUE);
  g_autofree char *line_manager = mark (marks, TRUE);
  g_autofree char *other = mark_all (marks, TRUE);

  sfg_journal_set_name (journal, name);
  sfg_journal_set_line_manager (journal, line_manager);
  sfg_journal_set_date (journal, "2025-03-20");
  sfg_journal_set_other_reflections (journal, other);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *answer = mark (marks, TRUE);

      sfg_journal_set_answer (journal, g_ptr_array_index (ids, i), answer);
    }
  return journal;
}

/* The words of each page, separated by spaces. */
static GPtrArray *
page_texts (GPtrArray *words,
            guint      n_pages)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();

  for (guint p = 0; p < n_pages; p++)
    g_ptr_array_add (strings, g_string_new (NULL));
  for (guint i = 0; i < words->len; i++)
    {
      ReportTestWord *word = g_ptr_array_index (words, i);

      g_assert_cmpuint (word->page, >=, 1);
      g_assert_cmpuint (word->page, <=, n_pages);
      g_string_append_printf (g_ptr_array_index (strings, word->page - 1), " %s", word->text);
    }
  for (guint p = 0; p < n_pages; p++)
    g_ptr_array_add (pages, g_string_free (g_ptr_array_index (strings, p), FALSE));
  return pages;
}

/* @b is further on than @a: on a later page, a lower line, or further
 * along the same line (the markers are left-to-right words). */
static gboolean
is_after (const ReportTestWord *a,
          const ReportTestWord *b)
{
  if (a->page != b->page)
    return b->page > a->page;
  if (b->y0 >= a->y1 - 1.0)
    return TRUE;
  return b->y0 < a->y1 && a->y0 < b->y1 && b->x0 >= a->x1 - 1.0;
}

/* Each field's start marker, and its end marker after it when the field is
 * printed whole: nothing cut the field short.  (pdftotext's reading order
 * is no help here: it puts a line with hex boxes in it out of order.) */
static void
assert_marks_in_order (GPtrArray   *words,
                       const Marks *marks)
{
  guint n_fields = marks->fields->len;
  g_autofree ReportTestWord **begin = g_new0 (ReportTestWord *, n_fields);
  g_autoptr(GPtrArray) ends = g_ptr_array_new ();

  for (guint i = 0; i < words->len; i++)
    {
      ReportTestWord *word = g_ptr_array_index (words, i);
      guint n;
      char kind;

      for (const char *p = strstr (word->text, "mk"); p != NULL; p = strstr (p + 2, "mk"))
        {
          if (sscanf (p, "mk%3u%c", &n, &kind) != 2 || n >= n_fields)
            continue;
          if (kind == 'b' && begin[n] == NULL)
            begin[n] = word;
          else if (kind == 'e')
            g_ptr_array_add (ends, word);
        }
    }

  for (guint n = 0; n < n_fields; n++)
    {
      g_autofree char *end = g_strdup_printf ("mk%03ue", n);
      gboolean found = FALSE;

      if (begin[n] == NULL)
        g_error ("field %u (“mk%03ub …”) is missing from the printout", n, n);
      if (!g_array_index (marks->fields, Field, n).whole)
        continue;
      for (guint i = 0; i < ends->len && !found; i++)
        {
          ReportTestWord *word = g_ptr_array_index (ends, i);

          found = strstr (word->text, end) != NULL && is_after (begin[n], word);
        }
      if (!found)
        g_error ("field %u was cut short: “%s” is not after its start in the printout", n, end);
    }
}

typedef struct
{
  const char      *name;
  double           width;
  double           height;
  SfgReportMargins margins;
} Paper;

/* Each variant on one of A4 and Letter, portrait and landscape, default
 * and other margins, in turn; a long one on portrait, which takes more
 * lines to a page. */
static Paper
paper_for (const Variant *v)
{
  guint i = (guint) (v - variants);
  gboolean letter = i % 2 == 1;
  gboolean landscape = i % 4 >= 2 && g_utf8_strlen (v->text, -1) <= PRINT_HEAD;
  double short_side = letter ? SFG_REPORT_LETTER_WIDTH : SFG_REPORT_A4_WIDTH;
  double long_side = letter ? SFG_REPORT_LETTER_HEIGHT : SFG_REPORT_A4_HEIGHT;
  Paper paper = { letter ? "Letter" : "A4", landscape ? long_side : short_side,
                  landscape ? short_side : long_side, { 0, } };

  if (i % 3 == 2)
    paper.margins = (SfgReportMargins) { 40, 30, 60, 70 };
  else
    sfg_report_margins_init_default (&paper.margins);
  return paper;
}

/* Not under valgrind or AddressSanitizer, whose slowdown is too uneven to
 * bound (up to 50 times); the suite's timeout still catches a hang there. */
static gboolean
timing_is_native (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return FALSE;
#else
  return !sfg_test_under_valgrind ();
#endif
}

/* Prints @report to a PDF and reads it back with poppler. */
static void
assert_printed (SfgReport   *report,
                const Marks *marks,
                const char  *kind,
                const char  *running_header)
{
  const Variant *v = marks->variant;
  Paper paper = paper_for (v);
  g_autofree char *name = g_strdup_printf ("%s-%s.pdf", kind, v->name);
  g_autofree char *pdf = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree guint *body = NULL;
  ReportTestPdfInfo info;
  double seconds;
  guint n_pages;
  guint probes = 0;

  /* It finishes, in reasonable time. */
  pdf = report_test_write_pdf (report, print_dir, name, paper.width, paper.height,
                               &paper.margins);
  seconds = g_timer_elapsed (timer, NULL);
  n_pages = sfg_report_get_n_pages (report);
  g_test_message ("%s on %s, %.0f x %.0f pt: %u pages in %.2f s", name, paper.name,
                  paper.width, paper.height, n_pages, seconds);
  if (timing_is_native ())
    g_assert_cmpfloat (seconds, <, PRINT_SECONDS);

  /* All pages in the file, and not many more than the text needs. */
  report_test_pdf_info (pdf, &info);
  g_free (info.size_name);
  g_assert_cmpuint (info.pages, ==, n_pages);
  g_assert_cmpfloat_with_epsilon (info.width, paper.width, 0.01);
  g_assert_cmpfloat_with_epsilon (info.height, paper.height, 0.01);
  g_assert_cmpuint (n_pages, <=, 10 + marks->n_chars / 200);

  /* Nothing off the page or in the margins. */
  words = report_test_pdf_words (pdf);
  report_test_assert_inside_margins (pdf, words, paper.width, paper.height, &paper.margins);

  /* Every page has its header and its "Page N of M", and some of the
   * document between them. */
  pages = page_texts (words, n_pages);
  body = g_new0 (guint, n_pages);
  for (guint i = 0; i < words->len; i++)
    {
      ReportTestWord *word = g_ptr_array_index (words, i);

      if (word->y0 > paper.margins.top + 20 && word->y1 < paper.height - paper.margins.bottom - 20)
        body[word->page - 1]++;
    }
  for (guint p = 0; p < n_pages; p++)
    {
      const char *text = g_ptr_array_index (pages, p);
      g_autofree char *numbering = g_strdup_printf ("Page %u of %u", p + 1, n_pages);

      if (strstr (text, running_header) == NULL || strstr (text, numbering) == NULL)
        g_error ("page %u lost its header or footer: %s", p + 1, text);
      if (body[p] == 0)
        g_error ("page %u has nothing but its header and footer", p + 1);
      g_string_append (all, text);
    }

  /* Every field from its start to its end, and what is in between. */
  assert_marks_in_order (words, marks);
  for (guint n = 0; n < marks->fields->len; n++)
    if (g_array_index (marks->fields, Field, n).whole)
      probes += g_array_index (marks->fields, Field, n).probes;
  g_assert_cmpuint (report_test_count (all->str, v->probe), >=, probes);

  /* The signature block, whole, on the last page. */
  if (g_str_equal (kind, "plan"))
    {
      g_autofree char *last = g_strdup_printf (" %s ", (char *) g_ptr_array_index (pages,
                                                                                  n_pages - 1));

      g_assert_cmpuint (report_test_signatures_page (words), ==, n_pages);
      g_assert_cmpuint (report_test_count (last, " Printed name "), ==, 2);
      g_assert_cmpuint (report_test_count (last, " Signature of the individual "), ==, 1);
      g_assert_cmpuint (report_test_count (last, " Signature of the line manager "), ==, 1);
      g_assert_cmpuint (report_test_count (last, " Date "), >=, 2);
    }
}

static void
test_print_plan (gconstpointer data)
{
  Marks marks = { data, g_array_new (FALSE, FALSE, sizeof (Field)), 0 };
  g_autoptr(SfgPlan) plan = print_plan (&marks);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);

  if (!report_test_have_poppler ())
    g_test_skip (NO_POPPLER);
  else
    assert_printed (report, &marks, "plan", "Aspirational Development Plan · mk");
  g_array_unref (marks.fields);
}

static void
test_print_journal (gconstpointer data)
{
  Marks marks = { data, g_array_new (FALSE, FALSE, sizeof (Field)), 0 };
  g_autoptr(SfgJournal) journal = print_journal (&marks);
  g_autoptr(SfgReport) report = sfg_report_new_for_journal (journal);

  sfg_report_set_include_unanswered (report, TRUE);
  if (!report_test_have_poppler ())
    g_test_skip (NO_POPPLER);
  else
    assert_printed (report, &marks, "journal", "Preparation and Reflection Journal · mk");
  g_array_unref (marks.fields);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  make_variants (sfg_test_under_valgrind () ? 10000 : 100000);
  print_dir = sfg_test_make_temp_dir ();

  for (guint i = 0; i < n_variants; i++)
    {
      g_autofree char *plan = g_strdup_printf ("/any-input-print/plan/%s", variants[i].name);
      g_autofree char *journal = g_strdup_printf ("/any-input-print/journal/%s",
                                                  variants[i].name);

      g_test_add_data_func (plan, &variants[i], test_print_plan);
      g_test_add_data_func (journal, &variants[i], test_print_journal);
    }

  status = g_test_run ();
  sfg_test_remove_tree (print_dir);
  g_free (print_dir);
  free_variants ();
  return status;
}
