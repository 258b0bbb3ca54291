/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-report"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-report-private.h"

/*
 * The printed Aspirational Development Plan: the signed record of the
 * conversation.  Built from the SfgPlan only (no journal, no private notes
 * can reach it).  Sections the plan leaves empty are left out; the actions
 * table always ends with blank rows to write in by hand, and the signature
 * block comes last.
 */

#define SECTION_GAP 14.0
#define N_BLANK_ROWS 3

/* A form box: the label small above the value. */
static char *
field_markup (const char *label,
              const char *value)
{
  return g_markup_printf_escaped ("<span size=\"7680\" weight=\"bold\" foreground=\"#404040\">"
                                  "%s</span>\n%s",
                                  label, value != NULL ? value : "");
}

static gboolean
was_reopened (SfgPlan *plan)
{
  guint n = sfg_plan_get_n_events (plan);

  return sfg_plan_get_status (plan) == SFG_PLAN_STATUS_DRAFT && n > 0
         && g_strcmp0 (sfg_plan_get_event (plan, n - 1)->event, "reopened") == 0;
}

static gboolean
changed_after_agreement (SfgPlan *plan)
{
  return sfg_plan_get_changed_after_agreement (plan) || was_reopened (plan);
}

static const char *
name_or_unnamed (SfgPlan *plan)
{
  const char *name = sfg_plan_get_name (plan);

  return sfg_report_text_is_blank (name) ? _("Unnamed") : name;
}

static void
set_running (SfgReportDoc *doc,
             SfgPlan      *plan)
{
  SfgReportRunning *running = sfg_report_doc_get_running (doc);
  g_autofree char *date = sfg_report_format_date (sfg_plan_get_date (plan));
  g_autofree char *short_id = sfg_report_short_id (sfg_plan_get_id (plan));
  g_autofree char *revision = g_strdup_printf ("%" G_GINT64_FORMAT, sfg_plan_get_revision (plan));

  /* Translators: the header of every page of a printed plan; %s is the person */
  running->header_start = g_strdup_printf (_("Aspirational Development Plan · %s"),
                                           name_or_unnamed (plan));
  running->header_end = *date != '\0'
                        /* Translators: in the header of every page of a printed plan */
                        ? g_strdup_printf (_("Plan date: %s"), date)
                        : g_strdup (_("Plan date: not set"));
  /* Translators: in the footer of every printed page: the plan's short id and revision,
   * so a printout can be matched to its file */
  running->footer_start = g_strdup_printf (_("Plan %s · revision %s"), short_id, revision);
  if (changed_after_agreement (plan))
    running->footer_notice = g_strdup (_("Changed after agreement"));
}

static void
add_change_notice (SfgReportDoc *doc,
                   SfgPlan      *plan)
{
  g_autofree char *text = NULL;

  if (was_reopened (plan))
    {
      guint n = sfg_plan_get_n_events (plan);
      g_autofree char *agreed = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                 sfg_plan_get_event (plan, n - 1)->revision);
      g_autofree char *current = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                  sfg_plan_get_revision (plan));

      /* Translators: on a printed plan; both are revision numbers */
      text = g_strdup_printf (_("Revision %s of this plan was agreed and then reopened. This "
                                "printout shows revision %s, a draft that has not been agreed; a "
                                "signed copy of the earlier revision no longer matches it."),
                              agreed, current);
    }
  else if (sfg_plan_get_changed_after_agreement (plan))
    {
      const char *at = sfg_plan_get_changed_after_agreement_at (plan);
      g_autofree char *day = at != NULL ? g_strndup (at, 10) : NULL;
      g_autofree char *date = sfg_report_format_date (day);

      text = *date != '\0'
             ? g_strdup_printf (_("The status or progress notes of actions were updated on %s, "
                                  "after the plan was agreed. A copy signed before then does not "
                                  "show these updates."), date)
             : g_strdup (_("The status or progress notes of actions were updated after the plan "
                           "was agreed. A copy signed before then does not show these updates."));
    }
  else
    {
      return;
    }

  sfg_report_doc_add_notice (doc, _("Changed after agreement"), text, "change-notice");
  sfg_report_doc_add_space (doc, 10.0);
}

static void
add_fields (SfgReportDoc *doc,
            SfgPlan      *plan)
{
  static const double thirds[] = { 1, 1, 1 };
  SfgReportTable *table = sfg_report_doc_add_table (doc, G_N_ELEMENTS (thirds), thirds);
  g_autofree char *date = sfg_report_format_date (sfg_plan_get_date (plan));
  g_autofree char *review = sfg_report_format_date (sfg_plan_get_next_review_date (plan));
  g_autofree char *short_id = sfg_report_short_id (sfg_plan_get_id (plan));
  g_autofree char *status = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *follows = NULL;
  g_autofree char *revision = g_strdup_printf ("%" G_GINT64_FORMAT, sfg_plan_get_revision (plan));

  if (sfg_plan_get_status (plan) == SFG_PLAN_STATUS_AGREED)
    {
      g_autofree char *agreed = sfg_report_format_date (sfg_plan_get_agreed_date (plan));

      /* Translators: the status field of a printed plan */
      status = g_strdup_printf (_("Agreed on %s"), agreed);
    }
  else
    {
      status = g_strdup (_("Draft, not agreed yet"));
    }
  /* Translators: the plan reference field of a printed plan: short id and revision */
  reference = g_strdup_printf (_("%s, revision %s"), short_id, revision);
  if (sfg_plan_get_based_on_plan_id (plan) != NULL)
    {
      g_autofree char *previous = sfg_report_short_id (sfg_plan_get_based_on_plan_id (plan));
      g_autofree char *previous_revision = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                            sfg_plan_get_based_on_revision (plan));

      follows = g_strdup_printf (_("%s, revision %s"), previous, previous_revision);
    }

  {
    g_autofree char *a = field_markup (_("Name"), sfg_plan_get_name (plan));
    g_autofree char *b = field_markup (_("Role"), sfg_plan_get_role (plan));
    g_autofree char *c = field_markup (_("Team"), sfg_plan_get_team (plan));
    const char *row[] = { a, b, c };

    sfg_report_table_add_row (table, row, "fields");
  }
  {
    g_autofree char *a = field_markup (_("Line manager"), sfg_plan_get_line_manager (plan));
    g_autofree char *b = field_markup (_("Date of the conversation"), date);
    g_autofree char *c = field_markup (_("Status"), status);
    const char *row[] = { a, b, c };

    sfg_report_table_add_row (table, row, "fields");
  }
  {
    g_autofree char *a = field_markup (_("Next review"), review);
    g_autofree char *b = field_markup (_("Plan reference"), reference);
    g_autofree char *c = follows != NULL ? field_markup (_("Follows plan"), follows) : g_strdup ("");
    const char *row[] = { a, b, c };

    sfg_report_table_add_row (table, row, "fields");
  }
}

static void
add_text_section (SfgReportDoc *doc,
                  const char   *title,
                  const char   *text,
                  const char   *tag)
{
  if (sfg_report_text_is_blank (text))
    return;

  sfg_report_doc_add_space (doc, SECTION_GAP);
  sfg_report_doc_begin_section (doc, title);
  sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_HEADING, title, NULL);
  sfg_report_doc_add_text (doc, SFG_REPORT_STYLE_BODY, text, tag);
  sfg_report_doc_end_section (doc);
}

static void
add_objectives_of_term (SfgReportDoc     *doc,
                        GListModel       *objectives,
                        SfgObjectiveTerm  term,
                        const char       *title)
{
  guint n = g_list_model_get_n_items (objectives);
  guint number = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfgObjective) objective = g_list_model_get_item (objectives, i);
      g_autofree char *marker = NULL;

      if (sfg_objective_get_term (objective) != term
          || sfg_report_text_is_blank (sfg_objective_get_text (objective)))
        continue;
      if (number == 0)
        sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_SUBHEADING, title, NULL);
      marker = g_strdup_printf ("%u.", ++number);
      sfg_report_doc_add_list_item (doc, marker, sfg_objective_get_text (objective), "objective");
      sfg_report_doc_add_space (doc, 3.0);
    }
  if (number > 0)
    sfg_report_doc_add_space (doc, 6.0);
}

static gboolean
has_objectives (GListModel *objectives)
{
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(SfgObjective) objective = g_list_model_get_item (objectives, i);

      if (!sfg_report_text_is_blank (sfg_objective_get_text (objective)))
        return TRUE;
    }
  return FALSE;
}

static void
add_objectives (SfgReportDoc *doc,
                SfgPlan      *plan)
{
  GListModel *objectives = sfg_plan_get_objectives (plan);
  const char *title = _("Development objectives");

  if (!has_objectives (objectives))
    return;

  sfg_report_doc_add_space (doc, SECTION_GAP);
  sfg_report_doc_begin_section (doc, title);
  sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_HEADING, title, NULL);
  add_objectives_of_term (doc, objectives, SFG_OBJECTIVE_TERM_SHORT, _("Short-term"));
  add_objectives_of_term (doc, objectives, SFG_OBJECTIVE_TERM_LONGER, _("Longer-term"));
  sfg_report_doc_end_section (doc);
}

static char *
owner_text (SfgAction *action)
{
  if (sfg_action_get_owner (action) == SFG_ACTION_OWNER_OTHER
      && !sfg_report_text_is_blank (sfg_action_get_owner_other (action)))
    return g_strdup (sfg_action_get_owner_other (action));
  return g_strdup (sfg_action_owner_to_label (sfg_action_get_owner (action)));
}

/* The description, then in smaller type where it came from and how it went. */
static char *
description_markup (SfgAction *action)
{
  GString *markup = g_string_new (NULL);
  const char *description = sfg_action_get_description (action);
  const char *initiative = sfg_action_get_initiative_text (action);
  const char *notes = sfg_action_get_progress_notes (action);
  const SfgPosition *position = sfg_framework_lookup_position (sfg_action_get_position_id (action));
  g_autofree char *escaped_description = g_markup_escape_text (description != NULL ? description
                                                                                 : "", -1);

  g_string_append (markup, escaped_description);
  if (sfg_action_get_initiative_id (action) != NULL)
    {
      g_autofree char *source = NULL;

      if (position != NULL && !sfg_report_text_is_blank (initiative)
          && g_strcmp0 (initiative, description) != 0)
        /* Translators: under an action on a printed plan: the position, then the initiative */
        source = g_strdup_printf (_("Suggested initiative for %s: %s"),
                                  sfg_position_get_title (position), initiative);
      else if (position != NULL)
        source = g_strdup_printf (_("Suggested initiative for %s"),
                                  sfg_position_get_title (position));
      else if (!sfg_report_text_is_blank (initiative) && g_strcmp0 (initiative, description) != 0)
        source = g_strdup_printf (_("Suggested initiative: %s"), initiative);
      if (source != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (source, -1);

          g_string_append_printf (markup, "\n<span size=\"8192\" foreground=\"#404040\">"
                                  "<i>%s</i></span>", escaped);
        }
    }
  if (!sfg_report_text_is_blank (notes))
    {
      g_autofree char *escaped = g_markup_escape_text (notes, -1);

      g_string_append_printf (markup,
                              "\n<span size=\"8192\" foreground=\"#404040\"><b>%s</b> %s</span>",
                              /* Translators: before an action's progress notes on a printed plan */
                              _("Progress:"), escaped);
    }
  return g_string_free (markup, FALSE);
}

static void
add_actions (SfgReportDoc *doc,
             SfgPlan      *plan)
{
  static const double widths[] = { 0.52, 0.17, 0.15, 0.16 };
  GListModel *actions = sfg_plan_get_actions (plan);
  const char *title = _("Development actions and opportunities");
  const char *labels[] = {
    /* Translators: column headings of the printed actions table */
    C_("actions table", "Action"),
    C_("actions table", "Owner"),
    C_("actions table", "Target date"),
    C_("actions table", "Status"),
  };
  char *header_markup[G_N_ELEMENTS (labels)] = { NULL, };
  const char *header[G_N_ELEMENTS (labels)];
  SfgReportTable *table;

  sfg_report_doc_add_space (doc, SECTION_GAP);
  sfg_report_doc_begin_section (doc, title);
  sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_HEADING, title, NULL);

  if (!sfg_report_text_is_blank (sfg_plan_get_no_actions_reason (plan)))
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s",
                                                         _("Why there are no actions:"),
                                                         sfg_plan_get_no_actions_reason (plan));

      sfg_report_doc_add_markup (doc, SFG_REPORT_STYLE_BODY, markup, 0, "no-actions-reason");
      sfg_report_doc_keep_with_next (doc);
      sfg_report_doc_add_space (doc, 6.0);
    }

  table = sfg_report_doc_add_table (doc, G_N_ELEMENTS (widths), widths);
  for (guint c = 0; c < G_N_ELEMENTS (labels); c++)
    {
      header_markup[c] = g_markup_escape_text (labels[c], -1);
      header[c] = header_markup[c];
    }
  sfg_report_table_set_header (table, header, "actions-header");
  /* An array cannot be g_autofree: that would free only its first item. */
  for (guint c = 0; c < G_N_ELEMENTS (labels); c++)
    g_free (header_markup[c]);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(SfgAction) action = g_list_model_get_item (actions, i);
      g_autofree char *description = description_markup (action);
      g_autofree char *owner = owner_text (action);
      g_autofree char *owner_markup = g_markup_escape_text (owner, -1);
      g_autofree char *date = sfg_report_format_date_short (sfg_action_get_target_date (action));
      g_autofree char *date_markup = g_markup_escape_text (date, -1);
      g_autofree char *status = g_markup_escape_text (
        sfg_action_status_to_label (sfg_action_get_status (action)), -1);
      const char *row[] = { description, owner_markup, date_markup, status };

      sfg_report_table_add_row (table, row, "action");
    }
  sfg_report_table_add_blank_rows (table, N_BLANK_ROWS, "blank-row");
  sfg_report_doc_end_section (doc);
}

void
sfg_report_build_plan (SfgReportDoc *doc,
                       SfgPlan      *plan)
{
  set_running (doc, plan);

  sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_TITLE, _("Aspirational Development Plan"),
                              "title");
  sfg_report_doc_add_text (doc, SFG_REPORT_STYLE_SMALL,
                           _("Scope for Growth career conversation. Completed together by the "
                             "individual and their line manager."), NULL);
  sfg_report_doc_add_space (doc, 10.0);
  add_change_notice (doc, plan);
  add_fields (doc, plan);

  sfg_report_doc_add_space (doc, SECTION_GAP);
  sfg_report_doc_begin_section (doc, _("Position on the Scope for Growth framework"));
  sfg_report_doc_add_heading (doc, SFG_REPORT_STYLE_HEADING,
                              _("Position on the Scope for Growth framework"), NULL);
  sfg_report_add_grid (doc, sfg_plan_get_current_position (plan),
                       sfg_plan_get_aspiration (plan), "grid");
  sfg_report_doc_end_section (doc);

  add_text_section (doc, _("Evidence for the current position"),
                    sfg_plan_get_evidence (plan), "evidence");
  add_text_section (doc, _("Further reflections and aspirations"),
                    sfg_plan_get_reflections (plan), "reflections");
  add_objectives (doc, plan);
  add_actions (doc, plan);
  add_text_section (doc, _("Agreed next steps"), sfg_plan_get_next_steps (plan), "next-steps");
  add_text_section (doc, _("Reasonable adjustments"),
                    sfg_plan_get_reasonable_adjustments (plan), "adjustments");

  sfg_report_doc_add_space (doc, SECTION_GAP + 4.0);
  sfg_report_add_signatures (doc, plan, "signatures");
}
