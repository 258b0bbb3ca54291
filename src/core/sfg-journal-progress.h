/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-journal.h"

G_BEGIN_DECLS

/* How much of a journal is written, for "N of M answered". An answer counts
 * when it holds more than white space; only this version's questions count. */

gboolean sfg_journal_answer_is_written (const char *answer);
guint    sfg_journal_count_answered    (SfgJournal *journal,
                                        const char *section_id);

G_END_DECLS
