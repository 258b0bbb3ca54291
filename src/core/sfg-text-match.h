/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Search that ignores case and accents, as people expect when they look
 * for a word: "fulfilment" finds "Fulfilment", "reflechir" finds
 * "réfléchir", "strasse" finds "Straße". Typographic quotes match plain ones.
 */

/* A match, as byte offsets into the searched text (UTF-8 character boundaries). */
typedef struct
{
  gsize start;
  gsize end;
} SfgTextRange;

char     *sfg_text_match_fold     (const char *text);
gboolean  sfg_text_match_contains (const char *haystack,
                                   const char *needle);
GArray   *sfg_text_match_find_all (const char *haystack,
                                   const char *needle);

G_END_DECLS
