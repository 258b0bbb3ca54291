/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sfg-journal-progress.h"
#include "sfg-journal-template.h"

static void
test_written (void)
{
  g_assert_false (sfg_journal_answer_is_written (NULL));
  g_assert_false (sfg_journal_answer_is_written (""));
  g_assert_false (sfg_journal_answer_is_written (" \n\t\xc2\xa0"));
  g_assert_true (sfg_journal_answer_is_written ("  x "));
  g_assert_true (sfg_journal_answer_is_written ("é"));
}

static void
test_count (void)
{
  g_autoptr (SfgJournal) journal = sfg_journal_new ();

  g_assert_cmpuint (sfg_journal_count_answered (NULL, NULL), ==, 0);
  g_assert_cmpuint (sfg_journal_count_answered (journal, NULL), ==, 0);

  sfg_journal_set_answer (journal, "wellbeing.1", "Walking");
  sfg_journal_set_answer (journal, "wellbeing.6", "Sunny");
  sfg_journal_set_answer (journal, "aspirations.5", "Coaching");
  /* White space only is not an answer; unknown questions do not count. */
  sfg_journal_set_answer (journal, "wellbeing.2", "   ");
  sfg_journal_set_answer (journal, "future-section.1", "kept");
  sfg_journal_set_other_reflections (journal, "More");

  g_assert_cmpuint (sfg_journal_count_answered (journal, "wellbeing"), ==, 2);
  g_assert_cmpuint (sfg_journal_count_answered (journal, "aspirations"), ==, 1);
  g_assert_cmpuint (sfg_journal_count_answered (journal, "strengths"), ==, 0);
  g_assert_cmpuint (sfg_journal_count_answered (journal, "no-such-section"), ==, 0);
  g_assert_cmpuint (sfg_journal_count_answered (journal, NULL), ==, 3);
}

static void
test_all (void)
{
  g_autoptr (SfgJournal) journal = sfg_journal_new ();
  const SfgJournalSection *sections;
  guint n_sections;

  sections = sfg_journal_template_get_sections (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    for (guint j = 0; j < sections[i].n_questions; j++)
      sfg_journal_set_answer (journal, sections[i].questions[j].id, "yes");

  for (guint i = 0; i < n_sections; i++)
    g_assert_cmpuint (sfg_journal_count_answered (journal, sections[i].id), ==,
                      sections[i].n_questions);
  g_assert_cmpuint (sfg_journal_count_answered (journal, NULL), ==,
                    sfg_journal_template_get_n_questions ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/journal-progress/written", test_written);
  g_test_add_func ("/journal-progress/count", test_count);
  g_test_add_func ("/journal-progress/all", test_all);

  return g_test_run ();
}
