/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sfg-journal-template.h"
#include "sfg-text-match.h"

/* The matched text of every range, joined with "|". */
static char *
matched_text (const char *haystack,
              const char *needle)
{
  g_autoptr (GArray) ranges = sfg_text_match_find_all (haystack, needle);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    {
      SfgTextRange *range = &g_array_index (ranges, SfgTextRange, i);

      g_assert_cmpuint (range->start, <, range->end);
      g_assert_cmpuint (range->end, <=, strlen (haystack));
      g_assert_true (g_utf8_validate (haystack + range->start, range->end - range->start, NULL));
      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append_len (out, haystack + range->start, range->end - range->start);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_matches (const char *haystack,
                const char *needle,
                const char *expected)
{
  g_autofree char *found = matched_text (haystack, needle);

  g_assert_cmpstr (found, ==, expected);
  g_assert_true (sfg_text_match_contains (haystack, needle) == (*expected != '\0'));
}

static void
test_case (void)
{
  assert_matches ("Fulfilment matters", "fulfilment", "Fulfilment");
  assert_matches ("my FULFILMENT", "Fulfilment", "FULFILMENT");
  assert_matches ("ΣΟΦΙΑ", "σοφια", "ΣΟΦΙΑ");
  assert_matches ("Straße", "strasse", "Straße");
  assert_matches ("STRASSE", "straße", "STRASSE");
}

static void
test_accents (void)
{
  /* Precomposed (NFC) and decomposed (NFD) text both match. */
  assert_matches ("Je veux réfléchir.", "reflechir", "réfléchir");
  assert_matches ("Je veux re\xcc\x81\x66le\xcc\x81\x63hir.", "reflechir",
                  "re\xcc\x81\x66le\xcc\x81\x63hir");
  assert_matches ("reflechir", "RÉFLÉCHIR", "reflechir");
  assert_matches ("Crème brûlée", "creme brulee", "Crème brûlée");
  /* A trailing decomposed accent stays with its letter. */
  assert_matches ("cafe\xcc\x81 au lait", "cafe", "cafe\xcc\x81");
}

static void
test_punctuation (void)
{
  assert_matches ("In 2 years\xe2\x80\x99 time", "years' time", "years\xe2\x80\x99 time");
  assert_matches ("a \xe2\x80\x9cquote\xe2\x80\x9d", "\"quote\"",
                  "\xe2\x80\x9cquote\xe2\x80\x9d");
}

static void
test_several (void)
{
  g_autoptr (GArray) ranges = sfg_text_match_find_all ("Team, team and TEAMS", "team");

  g_assert_cmpuint (ranges->len, ==, 3);
  g_assert_cmpuint (g_array_index (ranges, SfgTextRange, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (ranges, SfgTextRange, 0).end, ==, 4);
  g_assert_cmpuint (g_array_index (ranges, SfgTextRange, 1).start, ==, 6);
  g_assert_cmpuint (g_array_index (ranges, SfgTextRange, 2).start, ==, 15);

  /* Matches do not overlap. */
  assert_matches ("aaaa", "aa", "aa|aa");
  /* Two matches inside one character make one range. */
  assert_matches ("Straße", "s", "S|ß");
  /* Offsets after multibyte characters are right. */
  assert_matches ("été, été", "ete", "été|été");
}

static void
test_nothing (void)
{
  assert_matches ("anything", "", "");
  assert_matches ("anything", "\xcc\x81", "");
  assert_matches ("", "word", "");
  assert_matches ("fulfil", "fulfilment", "");
}

static void
test_fold (void)
{
  g_autofree char *folded = sfg_text_match_fold ("Réfléchir ÉTÉ Straße");

  g_assert_cmpstr (folded, ==, "reflechir ete strasse");
}

/* The journal's own questions are found the way the issue asks. */
static void
test_journal_questions (void)
{
  const SfgQuestion *question = sfg_journal_template_lookup_question ("current-role.3");

  g_assert_nonnull (question);
  g_assert_true (sfg_text_match_contains (sfg_question_get_text (question), "fulfilment"));
  g_assert_true (sfg_text_match_contains (sfg_question_get_text (question), "FULFILMENT"));
  g_assert_false (sfg_text_match_contains (sfg_question_get_text (question), "réfléchir"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-match/case", test_case);
  g_test_add_func ("/text-match/accents", test_accents);
  g_test_add_func ("/text-match/punctuation", test_punctuation);
  g_test_add_func ("/text-match/several", test_several);
  g_test_add_func ("/text-match/nothing", test_nothing);
  g_test_add_func ("/text-match/fold", test_fold);
  g_test_add_func ("/text-match/journal-questions", test_journal_questions);

  return g_test_run ();
}
