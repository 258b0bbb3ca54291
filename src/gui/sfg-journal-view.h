/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-library.h"

G_BEGIN_DECLS

#define SFG_TYPE_JOURNAL_VIEW (sfg_journal_view_get_type ())

G_DECLARE_FINAL_TYPE (SfgJournalView, sfg_journal_view, SFG, JOURNAL_VIEW, GtkWidget)

/*
 * The private Preparation and Reflection Journal (content.md §2): intro,
 * header, both stages' questions, other reflections, a section list with
 * progress, search, and the journals over time. Every edit goes straight
 * into the SfgJournal, which the library saves.
 *
 * Actions: journal.new, journal.edit, journal.search, journal.next-question,
 * journal.previous-question.
 */
GtkWidget  *sfg_journal_view_new         (SfgLibrary     *library);
SfgLibrary *sfg_journal_view_get_library (SfgJournalView *self);
SfgJournal *sfg_journal_view_get_journal (SfgJournalView *self);
void        sfg_journal_view_show_journal (SfgJournalView *self,
                                           SfgJournal     *journal);

G_END_DECLS
