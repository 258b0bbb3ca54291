/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sfg-journal-resources.h"
#include "sfg-journal-template.h"
#include "sfg-journal-view-private.h"

/* The fixed content of the page: introduction, privacy, both stages with
 * their sections, questions and resources, and "Other reflections". */

static GtkWidget *
bullet (const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *label;

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", "•",
                        "valign", GTK_ALIGN_START,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        NULL);
  gtk_box_append (GTK_BOX (box), label);
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", text,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "xalign", 0.0f,
                        "hexpand", TRUE,
                        NULL);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static char *
journal_folder_for_display (SfgLibrary *library)
{
  g_autofree char *folder = g_build_filename (sfg_store_get_data_dir (sfg_library_get_store (library)),
                                              "journals", NULL);
  const char *home = g_get_home_dir ();

  if (g_str_has_prefix (folder, home) && folder[strlen (home)] == G_DIR_SEPARATOR)
    return g_strconcat ("~", folder + strlen (home), NULL);
  return g_steal_pointer (&folder);
}

static void
add_question (SfgJournalView     *self,
              SfgJournalQuestion *question)
{
  g_ptr_array_add (self->questions, question);
  sfg_journal_search_add_question (self->search, question);
}

static GtkWidget *
build_stage (SfgJournalView        *self,
             const SfgJournalStage *stage,
             SfgOrgFramework       *org)
{
  const SfgJournalSection *sections;
  const SfgResourceGroup *groups;
  guint n_sections, n_groups;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 36);
  GtkWidget *heading;
  g_autofree char *title = NULL;

  /* Translators: "Stage 1 — What matters to you?" */
  title = g_strdup_printf (_("Stage %u — %s"), stage->number, sfg_journal_stage_get_title (stage));
  heading = g_object_new (GTK_TYPE_LABEL,
                          "label", title,
                          "wrap", TRUE,
                          "xalign", 0.0f,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                          NULL);
  gtk_widget_add_css_class (heading, "title-2");
  gtk_widget_add_css_class (heading, "sfg-journal-stage");
  gtk_box_append (GTK_BOX (box), heading);

  sections = sfg_journal_template_get_sections (&n_sections);
  groups = sfg_journal_template_get_resource_groups (&n_groups);

  for (guint i = 0; i < n_sections; i++)
    {
      GtkWidget *section_box;

      if (sections[i].stage != stage->number)
        continue;

      section_box = sfg_journal_section_box_new (&sections[i]);
      for (guint q = 0; q < sections[i].n_questions; q++)
        add_question (self, sfg_journal_section_box_get_question (SFG_JOURNAL_SECTION_BOX (section_box), q));
      for (guint g = 0; g < n_groups; g++)
        if (g_strcmp0 (groups[g].section_id, sections[i].id) == 0)
          sfg_journal_section_box_append (SFG_JOURNAL_SECTION_BOX (section_box),
                                          sfg_journal_resources_new (&groups[g],
                                                                     _("Preparation resources"),
                                                                     org));
      g_ptr_array_add (self->section_boxes, section_box);
      gtk_box_append (GTK_BOX (box), section_box);
    }

  /* Resources for the whole stage ("Career") close it. */
  for (guint g = 0; g < n_groups; g++)
    if (groups[g].section_id == NULL && groups[g].stage == stage->number)
      {
        g_autofree char *heading_text = NULL;

        /* Translators: "Preparation resources: Career" */
        heading_text = g_strdup_printf (_("Preparation resources: %s"),
                                        sfg_resource_group_get_title (&groups[g]));
        gtk_box_append (GTK_BOX (box), sfg_journal_resources_new (&groups[g], heading_text, org));
      }

  return box;
}

void
sfg_journal_view_build_page (SfgJournalView *self)
{
  const SfgJournalStage *stages;
  guint n_stages;
  SfgOrgFramework *org = sfg_org_framework_get_applied (sfg_library_get_framework (self->library));
  g_autofree char *folder = journal_folder_for_display (self->library);
  g_autofree char *privacy = NULL;

  /* Translators: %s is a folder, e.g. "~/.local/share/scope-for-growth/journals" */
  privacy = g_strdup_printf (_("Your journal is kept in your own folder on this computer (%s), "
                               "which only your user account can open. It is never included "
                               "in a plan, an export or a plan printout."),
                             folder);
  gtk_label_set_label (self->privacy_label, privacy);

  for (guint i = 0; i < SFG_JOURNAL_N_INTRO_POINTS; i++)
    gtk_box_append (GTK_BOX (self->intro_points), bullet (sfg_journal_template_get_intro_point (i)));

  stages = sfg_journal_template_get_stages (&n_stages);
  for (guint i = 0; i < n_stages; i++)
    gtk_box_append (GTK_BOX (self->stages_box), build_stage (self, &stages[i], org));

  self->other_question = SFG_JOURNAL_QUESTION (
    sfg_journal_question_new (SFG_JOURNAL_OTHER_REFLECTIONS_ID,
                              _("Anything else you want to reflect on that the questions do "
                                "not cover"),
                              0));
  gtk_box_append (GTK_BOX (self->other_box), GTK_WIDGET (self->other_question));
  add_question (self, self->other_question);
}

