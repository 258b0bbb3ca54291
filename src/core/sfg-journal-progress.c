/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-progress"

#include "sfg-journal-progress.h"
#include "sfg-journal-template.h"

gboolean
sfg_journal_answer_is_written (const char *answer)
{
  if (answer == NULL)
    return FALSE;

  for (const char *p = answer; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/**
 * sfg_journal_count_answered:
 * @journal: (nullable): a journal; %NULL counts as empty
 * @section_id: (nullable): a section id, or %NULL for the whole journal
 *
 * Returns: how many of the section's (or the journal's) questions are answered
 */
guint
sfg_journal_count_answered (SfgJournal *journal,
                            const char *section_id)
{
  const SfgJournalSection *sections;
  guint n_sections;
  guint answered = 0;

  g_return_val_if_fail (journal == NULL || SFG_IS_JOURNAL (journal), 0);

  if (journal == NULL)
    return 0;

  sections = sfg_journal_template_get_sections (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      if (section_id != NULL && g_strcmp0 (sections[i].id, section_id) != 0)
        continue;
      for (guint j = 0; j < sections[i].n_questions; j++)
        if (sfg_journal_answer_is_written (sfg_journal_get_answer (journal,
                                                                   sections[i].questions[j].id)))
          answered++;
    }
  return answered;
}
