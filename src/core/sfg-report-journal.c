/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-report"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-journal-template.h"
#include "sfg-report-private.h"

/*
 * The printed Preparation and Reflection Journal, for the individual's own
 * use.  By default only the questions they answered; on request the others
 * too, each with lines to write on.
 */

#define SECTION_GAP   14.0
#define N_WRITE_LINES 3

static const char *
name_or_unnamed (SfgJournal *journal)
{
  const char *name = sfg_journal_get_name (journal);

  return sfg_report_text_is_blank (name) ? _("Unnamed") : name;
}

static void
set_running (SfgReportDoc *doc,
             SfgJournal   *journal)
{
  SfgReportRunning *running = sfg_report_doc_get_running (doc);
  g_autofree char *date = sfg_report_format_date (sfg_journal_get_date (journal));
  g_autofree char *short_id = sfg_report_short_id (sfg_journal_get_id (journal));

  /* Translators: the header of every page of a printed journal; %s is the person */
  running->header_start = g_strdup_printf (_("Preparation and Reflection Journal · %s"),
                                           name_or_unnamed (journal));
  running->header_end = *date != '\0'
                        /* Translators: in the header of every page of a printed journal */
                        ? g_strdup_printf (_("Journal date: %s"), date)
                        : g_strdup (_("Journal date: not set"));
  /* Translators: in the footer of every page of a printed journal: its short id */
  running->footer_start = g_strdup_printf (_("Journal %s"), short_id);
  /* Translators: in the footer of every page of a printed journal */
  running->footer_notice = g_strdup (C_("journal printout", "Private"));
}

static void
add_fields (SfgReportDoc *doc,
            SfgJournal   *journal)
{
  static const double thirds[] = { 1, 1, 1 };
  SfgReportTable *table = sfg_report_doc_add_table (doc, G_N_ELEMENTS (thirds), thirds);
  g_autofree char *date = sfg_report_format_date (sfg_journal_get_date (journal));
  const char *labels[] = { _("Name"), _("Line manager, coach or mentor"), _("Date") };
  const char *values[] = { sfg_journal_get_name (journal), sfg_journal_get_line_manager (journal),
                           date };
  char *cells[3] = { NULL, };
  const char *row[3];

  for (guint i = 0; i < 3; i++)
    {
      cells[i] = g_markup_printf_escaped ("<span size=\"7680\" weight=\"bold\" "
                                          "foreground=\"#404040\">%s</span>\n%s",
                                          labels[i], values[i] != NULL ? values[i] : "");
      row[i] = cells[i];
    }
  sfg_report_table_add_row (table, row, "fields");
  /* An array cannot be g_autofree: that would free only its first item. */
  for (guint i = 0; i < 3; i++)
    g_free (cells[i]);
}

static gboolean
section_has_content (SfgJournal              *journal,
                     const SfgJournalSection *section,
                     gboolean                 include_unanswered)
{
  if (include_unanswered)
    return TRUE;
  for (guint q = 0; q < section->n_questions; q++)
    if (!sfg_report_text_is_blank (sfg_journal_get_answer (journal, section->questions[q].id)))
      return TRUE;
  return FALSE;
}

static void
add_question (SfgReportDoc *doc,
              const char   *question,
              const char   *answer)
{
  sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_SUBHEADING, question, NULL);
  if (!sfg_report_text_is_blank (answer))
    {
      sfg_report_doc_add_text (doc, SFG_REPORT_STYLE_BODY, answer, "answer");
    }
  else
    {
      g_autofree char *markup = g_markup_printf_escaped ("<i><span foreground=\"#404040\">%s"
                                                         "</span></i>", _("Not answered yet"));

      sfg_report_doc_add_markup (doc, SFG_REPORT_STYLE_SMALL, markup, 0, "unanswered");
      sfg_report_doc_keep_with_next (doc);
      sfg_report_doc_add_ruled_lines (doc, N_WRITE_LINES, "unanswered");
    }
  sfg_report_doc_add_space (doc, 9.0);
}

static void
add_stage (SfgReportDoc          *doc,
           SfgJournal            *journal,
           const SfgJournalStage *stage,
           gboolean               include_unanswered)
{
  guint n_sections;
  const SfgJournalSection *sections = sfg_journal_template_get_sections (&n_sections);
  gboolean heading_added = FALSE;

  for (guint s = 0; s < n_sections; s++)
    {
      const SfgJournalSection *section = &sections[s];
      const char *title = sfg_journal_section_get_title (section);

      if (section->stage != stage->number
          || !section_has_content (journal, section, include_unanswered))
        continue;

      sfg_report_doc_add_space (doc, SECTION_GAP);
      if (!heading_added)
        {
          /* Translators: a heading of the printed journal: the stage's number and title */
          g_autofree char *heading = g_strdup_printf (_("Stage %u: %s"), stage->number,
                                                      sfg_journal_stage_get_title (stage));

          sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_HEADING, heading, NULL);
          heading_added = TRUE;
        }

      sfg_report_doc_begin_section (doc, title);
      sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_SECTION, title, NULL);
      sfg_report_doc_add_space (doc, 2.0);
      for (guint q = 0; q < section->n_questions; q++)
        {
          const SfgQuestion *question = &section->questions[q];
          const char *answer = sfg_journal_get_answer (journal, question->id);

          if (sfg_report_text_is_blank (answer) && !include_unanswered)
            continue;
          add_question (doc, sfg_question_get_text (question), answer);
        }
      sfg_report_doc_end_section (doc);
    }
}

/* Answers to questions this version does not know (from a newer version)
 * are the user's words too: printed under their ids. */
static void
add_unknown_answers (SfgReportDoc *doc,
                     SfgJournal   *journal)
{
  g_auto(GStrv) ids = sfg_journal_dup_answered_ids (journal);
  const char *title = _("Answers to other questions");
  gboolean started = FALSE;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (sfg_journal_template_lookup_question (ids[i]) != NULL
          || sfg_report_text_is_blank (sfg_journal_get_answer (journal, ids[i])))
        continue;
      if (!started)
        {
          sfg_report_doc_add_space (doc, SECTION_GAP);
          sfg_report_doc_begin_section (doc, title);
          sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_HEADING, title, NULL);
          started = TRUE;
        }
      add_question (doc, ids[i], sfg_journal_get_answer (journal, ids[i]));
    }
  if (started)
    sfg_report_doc_end_section (doc);
}

void
sfg_report_build_journal (SfgReportDoc *doc,
                          SfgJournal   *journal,
                          gboolean      include_unanswered)
{
  guint n_stages;
  const SfgJournalStage *stages = sfg_journal_template_get_stages (&n_stages);
  const char *other = sfg_journal_get_other_reflections (journal);
  g_auto(GStrv) answered = sfg_journal_dup_answered_ids (journal);

  set_running (doc, journal);

  sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_TITLE,
                              _("Private — Preparation and Reflection Journal"), "title");
  sfg_report_doc_add_text (doc, SFG_REPORT_STYLE_SMALL,
                           _("Your own reflections before a Scope for Growth career "
                             "conversation. This journal is private: share only what you "
                             "choose to."), NULL);
  sfg_report_doc_add_space (doc, 10.0);
  add_fields (doc, journal);

  for (guint s = 0; s < n_stages; s++)
    add_stage (doc, journal, &stages[s], include_unanswered);
  add_unknown_answers (doc, journal);

  if (!sfg_report_text_is_blank (other) || include_unanswered)
    {
      const char *title = _("Other reflections");

      sfg_report_doc_add_space (doc, SECTION_GAP);
      sfg_report_doc_begin_section (doc, title);
      sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_HEADING, title, NULL);
      if (!sfg_report_text_is_blank (other))
        sfg_report_doc_add_text (doc, SFG_REPORT_STYLE_BODY, other, "answer");
      else
        sfg_report_doc_add_ruled_lines (doc, N_WRITE_LINES, "unanswered");
      sfg_report_doc_end_section (doc);
    }

  if ((answered == NULL || answered[0] == NULL) && sfg_report_text_is_blank (other)
      && !include_unanswered)
    {
      sfg_report_doc_add_space (doc, SECTION_GAP);
      sfg_report_doc_add_text (doc, SFG_REPORT_STYLE_BODY,
                               _("No questions have been answered in this journal yet."),
                               "empty");
    }
}
