/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-text-match"

#include <string.h>

#include "sfg-text-match.h"

/* Accents are non-spacing marks once decomposed (NFD). Spacing marks are
 * kept: in scripts such as Devanagari they are letters, not decoration. */
static gboolean
is_accent (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK;
}

static void
append_without_accents (GString    *out,
                        const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_accent (c))
        g_string_append_unichar (out, c);
    }
}

/* Appends the folded form of one character: decomposed, accents dropped,
 * case folded (which may give several characters: "ß" → "ss"). */
static void
append_folded_char (GString  *out,
                    gunichar  c)
{
  char utf8[8];
  int len;
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *refolded = NULL;
  g_autoptr (GString) bare = NULL;

  if (c < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower ((char) c));
      return;
    }

  switch (c)
    {
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x02BC: /* ʼ */
      g_string_append_c (out, '\'');
      return;
    case 0x201C: /* “ */
    case 0x201D: /* ” */
      g_string_append_c (out, '"');
      return;
    case 0x00A0: /* no-break space */
    case 0x202F: /* narrow no-break space */
      g_string_append_c (out, ' ');
      return;
    default:
      break;
    }

  if (is_accent (c))
    return;

  len = g_unichar_to_utf8 (c, utf8);
  utf8[len] = '\0';
  decomposed = g_utf8_normalize (utf8, len, G_NORMALIZE_NFD);
  bare = g_string_new (NULL);
  append_without_accents (bare, decomposed != NULL ? decomposed : utf8);
  folded = g_utf8_casefold (bare->str, bare->len);

  /* Case folding can bring accents back ("ΐ"); take them off again. */
  refolded = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  append_without_accents (out, refolded != NULL ? refolded : folded);
}

/* Folds @text; when @map is given, map[i] is the byte offset in @text of the
 * character that produced byte i of the result. */
static char *
fold_with_map (const char *text,
               GArray     *map)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize before = out->len;
      gsize offset = p - text;

      append_folded_char (out, g_utf8_get_char (p));
      if (map != NULL)
        for (gsize i = before; i < out->len; i++)
          g_array_append_val (map, offset);
    }

  return g_string_free (out, FALSE);
}

/**
 * sfg_text_match_fold:
 * @text: UTF-8 text
 *
 * Returns: (transfer full): @text without accents and case, for comparing
 */
char *
sfg_text_match_fold (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  return fold_with_map (text, NULL);
}

/**
 * sfg_text_match_contains:
 *
 * Returns: whether @needle occurs in @haystack, ignoring case and accents;
 *   %FALSE for an empty @needle
 */
gboolean
sfg_text_match_contains (const char *haystack,
                         const char *needle)
{
  g_autofree char *folded_haystack = NULL;
  g_autofree char *folded_needle = NULL;

  g_return_val_if_fail (haystack != NULL, FALSE);
  g_return_val_if_fail (needle != NULL, FALSE);

  folded_needle = sfg_text_match_fold (needle);
  if (folded_needle == NULL || *folded_needle == '\0')
    return FALSE;
  folded_haystack = sfg_text_match_fold (haystack);
  return folded_haystack != NULL && strstr (folded_haystack, folded_needle) != NULL;
}

/* The end of the character at @offset, taking in the accents that follow it
 * (so a highlight never leaves a decomposed accent behind). */
static gsize
end_of_char (const char *text,
             gsize       offset)
{
  const char *p = g_utf8_next_char (text + offset);

  while (*p != '\0' && is_accent (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p - text;
}

/**
 * sfg_text_match_find_all:
 * @haystack: UTF-8 text to search
 * @needle: what to look for
 *
 * Finds every occurrence of @needle, ignoring case and accents. Matches do
 * not overlap and come in order.
 *
 * Returns: (transfer full) (element-type SfgTextRange): the matches, as byte
 *   ranges of @haystack; empty for an empty @needle
 */
GArray *
sfg_text_match_find_all (const char *haystack,
                         const char *needle)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (SfgTextRange));
  g_autoptr (GArray) map = NULL;
  g_autofree char *folded_haystack = NULL;
  g_autofree char *folded_needle = NULL;
  gsize needle_len;
  const char *found;

  g_return_val_if_fail (haystack != NULL, ranges);
  g_return_val_if_fail (needle != NULL, ranges);
  g_return_val_if_fail (g_utf8_validate (haystack, -1, NULL), ranges);
  g_return_val_if_fail (g_utf8_validate (needle, -1, NULL), ranges);

  folded_needle = fold_with_map (needle, NULL);
  needle_len = strlen (folded_needle);
  if (needle_len == 0)
    return ranges;

  map = g_array_sized_new (FALSE, FALSE, sizeof (gsize), strlen (haystack));
  folded_haystack = fold_with_map (haystack, map);

  for (found = strstr (folded_haystack, folded_needle);
       found != NULL;
       found = strstr (found + needle_len, folded_needle))
    {
      gsize first = found - folded_haystack;
      SfgTextRange range;

      range.start = g_array_index (map, gsize, first);
      range.end = end_of_char (haystack, g_array_index (map, gsize, first + needle_len - 1));

      /* Two matches inside one character ("s" twice in "ß") are one range. */
      if (ranges->len > 0)
        {
          SfgTextRange *last = &g_array_index (ranges, SfgTextRange, ranges->len - 1);

          if (range.start < last->end)
            {
              last->end = MAX (last->end, range.end);
              continue;
            }
        }
      g_array_append_val (ranges, range);
    }

  return ranges;
}
