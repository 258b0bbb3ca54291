/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sfg-journal-question.h"
#include "sfg-journal-template.h"

G_BEGIN_DECLS

#define SFG_TYPE_JOURNAL_SECTION_BOX (sfg_journal_section_box_get_type ())

G_DECLARE_FINAL_TYPE (SfgJournalSectionBox, sfg_journal_section_box, SFG, JOURNAL_SECTION_BOX, GtkWidget)

/* One section of the journal: its title, "N of M answered", its note, its
 * questions in order and, appended by the view, its preparation resources. */
GtkWidget          *sfg_journal_section_box_new           (const SfgJournalSection *section);
const char         *sfg_journal_section_box_get_section_id (SfgJournalSectionBox   *self);
guint               sfg_journal_section_box_get_n_questions (SfgJournalSectionBox  *self);
SfgJournalQuestion *sfg_journal_section_box_get_question  (SfgJournalSectionBox    *self,
                                                           guint                    index);
void                sfg_journal_section_box_set_answered  (SfgJournalSectionBox    *self,
                                                           guint                    answered);
const char         *sfg_journal_section_box_get_counter_text (SfgJournalSectionBox *self);
void                sfg_journal_section_box_append        (SfgJournalSectionBox    *self,
                                                           GtkWidget               *child);

char               *sfg_journal_format_answered           (guint                    answered,
                                                           guint                    total);

G_END_DECLS
