/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-journal-question.h"

G_BEGIN_DECLS

#define SFG_TYPE_JOURNAL_SEARCH (sfg_journal_search_get_type ())

G_DECLARE_FINAL_TYPE (SfgJournalSearch, sfg_journal_search, SFG, JOURNAL_SEARCH, GObject)

/* Search over the journal's questions and answers, in page order: which
 * matches there are and which one the user is on. Highlighting is done by
 * each SfgJournalQuestion. */
SfgJournalSearch   *sfg_journal_search_new           (void);
void                sfg_journal_search_add_question  (SfgJournalSearch   *self,
                                                      SfgJournalQuestion *question);
void                sfg_journal_search_set_text      (SfgJournalSearch   *self,
                                                      const char         *text,
                                                      SfgJournalQuestion *from);
const char         *sfg_journal_search_get_text      (SfgJournalSearch   *self);
void                sfg_journal_search_refresh       (SfgJournalSearch   *self);
guint               sfg_journal_search_get_n_matches (SfgJournalSearch   *self);
int                 sfg_journal_search_get_position  (SfgJournalSearch   *self);
gboolean            sfg_journal_search_move          (SfgJournalSearch   *self,
                                                      int                 delta);
SfgJournalQuestion *sfg_journal_search_get_current   (SfgJournalSearch   *self,
                                                      guint              *index);

G_END_DECLS
