/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SFG_TYPE_JOURNAL_QUESTION (sfg_journal_question_get_type ())

G_DECLARE_FINAL_TYPE (SfgJournalQuestion, sfg_journal_question, SFG, JOURNAL_QUESTION, GtkWidget)

/*
 * One journal question and its answer: a wrapped label and a text area that
 * grows with its text (undo and redo, Tab leaves it), labelled by the
 * question for screen readers. "changed" follows every edit by the user,
 * not sfg_journal_question_set_answer().
 */
GtkWidget   *sfg_journal_question_new               (const char         *question_id,
                                                     const char         *question,
                                                     guint               number);
const char  *sfg_journal_question_get_question_id   (SfgJournalQuestion *self);
const char  *sfg_journal_question_get_question      (SfgJournalQuestion *self);
GtkTextView *sfg_journal_question_get_text_view     (SfgJournalQuestion *self);
char        *sfg_journal_question_dup_answer        (SfgJournalQuestion *self);
void         sfg_journal_question_set_answer        (SfgJournalQuestion *self,
                                                     const char         *answer);
gboolean     sfg_journal_question_get_editable      (SfgJournalQuestion *self);
void         sfg_journal_question_set_editable      (SfgJournalQuestion *self,
                                                     gboolean            editable);
void         sfg_journal_question_focus_answer      (SfgJournalQuestion *self);

/* Search: highlights every match of @needle in the question and the answer
 * and returns how many there are (question first, then answer). */
guint        sfg_journal_question_search            (SfgJournalQuestion *self,
                                                     const char         *needle);
void         sfg_journal_question_set_current_match (SfgJournalQuestion *self,
                                                     int                 index);
gboolean     sfg_journal_question_get_match_area    (SfgJournalQuestion *self,
                                                     guint               index,
                                                     graphene_rect_t    *area);
void         sfg_journal_question_select_match      (SfgJournalQuestion *self,
                                                     guint               index);

G_END_DECLS
