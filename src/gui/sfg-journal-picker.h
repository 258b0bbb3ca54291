/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sfg-journal.h"

G_BEGIN_DECLS

#define SFG_TYPE_JOURNAL_PICKER (sfg_journal_picker_get_type ())

G_DECLARE_FINAL_TYPE (SfgJournalPicker, sfg_journal_picker, SFG, JOURNAL_PICKER, GtkWidget)

/* A button naming the journal shown (by its date) whose popover lists every
 * journal, newest first, and offers "New Journal…" (action journal.new).
 * Choosing one emits "journal-activated". */
GtkWidget  *sfg_journal_picker_new         (void);
void        sfg_journal_picker_set_model   (SfgJournalPicker *self,
                                            GListModel       *journals);
SfgJournal *sfg_journal_picker_get_journal (SfgJournalPicker *self);
void        sfg_journal_picker_set_journal (SfgJournalPicker *self,
                                            SfgJournal       *journal);
GtkWidget  *sfg_journal_picker_get_button  (SfgJournalPicker *self);

char       *sfg_journal_dup_title          (SfgJournal       *journal);

G_END_DECLS
