/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SFG_TYPE_JOURNAL_SECTION_LIST (sfg_journal_section_list_get_type ())

G_DECLARE_FINAL_TYPE (SfgJournalSectionList, sfg_journal_section_list, SFG, JOURNAL_SECTION_LIST, GtkWidget)

/* The journal's sections, grouped by stage, each with "N of M answered",
 * then "Other reflections"; the overall progress on top. Activating a row
 * emits "section-activated" with the section id ("other-reflections" for
 * the last row). */

#define SFG_JOURNAL_OTHER_REFLECTIONS_ID "other-reflections"

GtkWidget *sfg_journal_section_list_new          (void);
void       sfg_journal_section_list_set_answered (SfgJournalSectionList *self,
                                                  const char            *section_id,
                                                  guint                  answered);
void       sfg_journal_section_list_set_overall  (SfgJournalSectionList *self,
                                                  guint                  answered,
                                                  gboolean               other_written);
const char *sfg_journal_section_list_get_overall_text (SfgJournalSectionList *self);
void       sfg_journal_section_list_set_current  (SfgJournalSectionList *self,
                                                  const char            *section_id);
const char *sfg_journal_section_list_get_current (SfgJournalSectionList *self);

G_END_DECLS
