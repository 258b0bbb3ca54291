/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define SFG_TYPE_JOURNAL (sfg_journal_get_type ())

G_DECLARE_FINAL_TYPE (SfgJournal, sfg_journal, SFG, JOURNAL, GObject)

/*
 * A Preparation and Reflection Journal, journals/<uuid>.json (FORMAT.md §5).
 * Answers are keyed by question id (sfg-journal-template.h); answers to
 * ids this version does not know are kept. "changed" follows every change.
 */
SfgJournal  *sfg_journal_new                   (void);
SfgJournal  *sfg_journal_new_carry_forward     (SfgJournal  *previous,
                                                const char  *date);
SfgJournal  *sfg_journal_new_from_json         (JsonNode    *node,
                                                GError     **error);
JsonNode    *sfg_journal_to_json               (SfgJournal  *self);

const char  *sfg_journal_get_id                (SfgJournal  *self);
const char  *sfg_journal_get_date              (SfgJournal  *self);
void         sfg_journal_set_date              (SfgJournal  *self,
                                                const char  *date);
const char  *sfg_journal_get_name              (SfgJournal  *self);
void         sfg_journal_set_name              (SfgJournal  *self,
                                                const char  *name);
const char  *sfg_journal_get_line_manager      (SfgJournal  *self);
void         sfg_journal_set_line_manager      (SfgJournal  *self,
                                                const char  *line_manager);
const char  *sfg_journal_get_other_reflections (SfgJournal  *self);
void         sfg_journal_set_other_reflections (SfgJournal  *self,
                                                const char  *text);
const char  *sfg_journal_get_answer            (SfgJournal  *self,
                                                const char  *question_id);
void         sfg_journal_set_answer            (SfgJournal  *self,
                                                const char  *question_id,
                                                const char  *answer);
char       **sfg_journal_dup_answered_ids      (SfgJournal  *self);
const char  *sfg_journal_get_carried_from      (SfgJournal  *self);
const char  *sfg_journal_get_created           (SfgJournal  *self);
const char  *sfg_journal_get_modified          (SfgJournal  *self);

G_END_DECLS
