/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * Shared by the any-input tests (issue 8): the strings put in every field,
 * the plan's plain text fields and the journal's question ids.
 */

#include <string.h>

#include "sfg-journal-template.h"
#include "sfg-plan.h"

typedef struct
{
  const char *name;
  char       *text;
  const char *probe;     /* text of it that a printout must show, as often */
} Variant;

static Variant variants[8];
static guint n_variants;

/* Every C0 and C1 control character but NUL, DEL, the line and paragraph
 * separators, a byte order mark and non-characters. */
static inline char *
make_controls (void)
{
  GString *s = g_string_new ("controls:");

  for (gunichar c = 1; c < 0x20; c++)
    g_string_append_unichar (s, c);
  g_string_append_unichar (s, 0x7f);
  for (gunichar c = 0x80; c < 0xa0; c++)
    g_string_append_unichar (s, c);
  g_string_append_unichar (s, 0x2028);
  g_string_append_unichar (s, 0x2029);
  g_string_append_unichar (s, 0xfeff);
  g_string_append_unichar (s, 0xfffe);
  g_string_append_unichar (s, 0xffff);
  g_string_append_unichar (s, 0xfdd0);
  g_string_append_unichar (s, 0x10ffff);
  g_string_append (s, ":end");
  return g_string_free (s, FALSE);
}

/* @length characters of @pieces, one after another. */
static inline char *
make_repeated (const char * const *pieces,
               guint               n_pieces,
               glong               length)
{
  GString *s = g_string_new (NULL);
  glong n = 0;

  for (guint i = 0; n < length; i++)
    {
      const char *piece = pieces[i % n_pieces];
      glong len = g_utf8_strlen (piece, -1);

      if (n + len > length)
        piece = "z", len = 1;
      g_string_append (s, piece);
      n += len;
    }
  g_assert_cmpint (g_utf8_strlen (s->str, -1), ==, length);
  return g_string_free (s, FALSE);
}

/* Characters of one to four bytes each, with a line break now and then as
 * typed text has. */
static inline char *
make_long (glong length)
{
  static const char * const pieces[] = { "a", "é", "中", "😀", " ", "ש", "\n", "e\xcc\x81" };

  return make_repeated (pieces, G_N_ELEMENTS (pieces), length);
}

/* No space and no other break opportunity: a line can only be cut inside
 * the word. */
static inline char *
make_unbroken (glong length)
{
  static const char * const pieces[] = { "a", "é", "z", "7", "e\xcc\x81", "ß" };

  return make_repeated (pieces, G_N_ELEMENTS (pieces), length);
}

static inline void
add_variant (const char *name,
             char       *text,
             const char *probe)
{
  g_assert_cmpuint (n_variants, <, G_N_ELEMENTS (variants));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, probe));
  variants[n_variants].name = name;
  variants[n_variants].text = text;
  variants[n_variants].probe = probe;
  n_variants++;
}

/* @long_length: of the two long strings, 100,000 characters but where a
 * test must be lighter (sfg_test_under_valgrind()). */
static inline void
make_variants (glong long_length)
{
  /* Arabic and Hebrew with the bidi controls a paste can bring along
   * (RLO … PDF, RLI … PDI, RLM) and digits inside right-to-left text. */
  add_variant ("rtl", g_strdup ("مريم العلي \u202eevil.exe\u202c \u2067שלום 123\u2069 \u200fטקסט"),
               "123");
  /* ZWJ families, skin tones, flags, keycaps, variation selectors. */
  add_variant ("emoji", g_strdup ("👩‍👩‍👧‍👦 👍🏽 🇬🇧 🏴󠁧󠁢󠁷󠁬󠁳󠁿 1️⃣ ☺︎ ☺️ 🫶"), "☺");
  /* Decomposed accents, a mark with nothing to combine with, stacked marks,
   * Devanagari and Hangul jamo. */
  add_variant ("combining", g_strdup ("\xcc\x81start e\xcc\x81 Z̴̵̶̷̸̡̢̧̨̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎ͣͣͣͣ̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅ͏͓͔͕͖͙͚͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ͘͜͟͢͝͞͠͡ नमस्ते 한"),
               "start");
  add_variant ("controls", make_controls (), ":end");
  /* Text that looks like JSON, escapes, markup and format directives. */
  add_variant ("json-like", g_strdup ("\"}, {\"version\": 2} \\u0000 \\\" \\\\ </script> %s %n %%"
                                      " ' \t\"quoted\"\r\n"),
               "</script>");
  /* Only white space around the words, and a line of white space. */
  add_variant ("spacing", g_strdup ("  \t leading and trailing \u00a0\u3000\r\n \n"),
               "leading and trailing");
  add_variant ("long", make_long (long_length), "ש");
  add_variant ("long-unbroken", make_unbroken (long_length), "ß");
}

static inline void
free_variants (void)
{
  for (guint i = 0; i < n_variants; i++)
    g_clear_pointer (&variants[i].text, g_free);
  n_variants = 0;
}

typedef gboolean (*PlanSetter) (SfgPlan *, const char *, GError **);
typedef const char *(*PlanGetter) (SfgPlan *);

static const struct
{
  const char *field;
  PlanSetter  set;
  PlanGetter  get;
} plan_fields[] = {
  { "header.name", sfg_plan_set_name, sfg_plan_get_name },
  { "header.role", sfg_plan_set_role, sfg_plan_get_role },
  { "header.team", sfg_plan_set_team, sfg_plan_get_team },
  { "header.line-manager", sfg_plan_set_line_manager, sfg_plan_get_line_manager },
  { "evidence", sfg_plan_set_evidence, sfg_plan_get_evidence },
  { "reflections", sfg_plan_set_reflections, sfg_plan_get_reflections },
  { "next-steps", sfg_plan_set_next_steps, sfg_plan_get_next_steps },
  { "reasonable-adjustments", sfg_plan_set_reasonable_adjustments,
    sfg_plan_get_reasonable_adjustments },
  { "no-actions-reason", sfg_plan_set_no_actions_reason, sfg_plan_get_no_actions_reason },
};

/* Every question id of the journal, and one this version does not know. */
static inline GPtrArray *
question_ids (void)
{
  GPtrArray *ids = g_ptr_array_new ();
  const SfgJournalSection *sections;
  guint n_sections = 0;

  sections = sfg_journal_template_get_sections (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    for (guint j = 0; j < sections[i].n_questions; j++)
      g_ptr_array_add (ids, (gpointer) sections[i].questions[j].id);
  g_assert_cmpuint (ids->len, ==, sfg_journal_template_get_n_questions ());
  g_ptr_array_add (ids, (gpointer) "future-section.1");
  return ids;
}
