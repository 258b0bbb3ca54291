/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-report"

#include "config.h"

#include <string.h>

#include "sfg-report-doc.h"

/*
 * Any text a person typed, made into something pango and cairo print whole
 * and in time proportional to its length.
 *
 * cairo refuses text holding a Unicode non-character (U+FFFE, U+FDD0, …):
 * the cairo_t goes into an error state and nothing more is drawn on that
 * page or any after it.  The replacement character U+FFFD stands in.
 *
 * pango 1.50 takes time that grows with the square of the length for two
 * things (measured with 100,000 characters): a word longer than the line,
 * which it breaks character by character (60 s in the actions table's
 * owner column), and many lines in one layout (2.5 s for 12,500 lines).
 * So a run with no break opportunity gets some, and each paragraph gets a
 * layout of its own.
 */

/* No word is this long, and it is longer than the widest line holds, so a
 * long address or id still moves whole to the next line.  A run that is
 * gets an invisible break opportunity (U+200B) every BREAK_EVERY
 * characters, so each line's break search stays short and the lines stay
 * nearly full. */
#define LONG_RUN    256
#define BREAK_EVERY 8

#define ZERO_WIDTH_SPACE "\xe2\x80\x8b"
#define REPLACEMENT      "\xef\xbf\xbd"

static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

/* @text with every non-character replaced. */
char *
sfg_report_text_drawable (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (is_noncharacter (g_utf8_get_char (p)))
        g_string_append (out, REPLACEMENT);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

/* Drawable, with break opportunities in long runs; @attrs (nullable) are
 * moved along with the text. */
static char *
make_printable (const char    *text,
                PangoAttrList *attrs)
{
  gboolean long_text = strlen (text) > LONG_RUN;
  glong n_chars = g_utf8_strlen (text, -1);
  g_autofree PangoLogAttr *log_attrs = NULL;
  GString *out = g_string_sized_new (strlen (text) + 16);
  const char *p = text;
  glong run_end = 0;
  gboolean long_run = FALSE;
  guint since_break = 0;

  if (long_text)
    {
      log_attrs = g_new (PangoLogAttr, n_chars + 1);
      pango_get_log_attrs (text, -1, -1, pango_language_get_default (), log_attrs, n_chars + 1);
    }

  for (glong i = 0; i < n_chars; i++, p = g_utf8_next_char (p))
    {
      int length = (int) (g_utf8_next_char (p) - p);

      if (long_text && i >= run_end)
        {
          /* A new run: up to the next break opportunity. */
          run_end = i + 1;
          while (run_end < n_chars && !log_attrs[run_end].is_line_break)
            run_end++;
          long_run = run_end - i > LONG_RUN;
          since_break = 0;
        }
      else if (long_run && since_break >= BREAK_EVERY && log_attrs[i].is_cursor_position)
        {
          if (attrs != NULL)
            pango_attr_list_update (attrs, (int) out->len, 0, strlen (ZERO_WIDTH_SPACE));
          g_string_append (out, ZERO_WIDTH_SPACE);
          since_break = 0;
        }
      since_break++;

      if (is_noncharacter (g_utf8_get_char (p)))
        {
          /* The same three bytes, or one fewer at the end of four: an
           * attribute that starts at the character still covers it. */
          if (attrs != NULL && length > 3)
            pango_attr_list_update (attrs, (int) out->len + 3, length - 3, 0);
          g_string_append (out, REPLACEMENT);
        }
      else
        {
          g_string_append_len (out, p, length);
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * sfg_report_doc_create_paragraphs:
 * @text: plain text, or pango markup when @is_markup
 * @width: of the lines, as for sfg_report_doc_create_layout()
 *
 * Returns: (transfer full): the paragraphs of @text, one layout each, in
 *   order; at least one.  They are split where pango would start a new
 *   paragraph in one layout of the whole text.
 */
GPtrArray *
sfg_report_doc_create_paragraphs (SfgReportDoc   *doc,
                                  SfgReportStyle  style,
                                  double          width,
                                  const char     *text,
                                  gboolean        is_markup)
{
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PangoAttrList) attrs = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *breakable = NULL;
  const char *paragraph;
  int length;

  if (is_markup)
    {
      g_autoptr(GError) error = NULL;

      /* Markup is built here with every value escaped: failing is a bug. */
      if (!pango_parse_markup (text, -1, 0, &attrs, &plain, NULL, &error))
        {
          g_critical ("Invalid markup in a report: %s", error->message);
          plain = g_strdup ("");
        }
      text = plain;
    }

  breakable = make_printable (text, attrs);
  paragraph = breakable;
  length = (int) strlen (breakable);
  while (TRUE)
    {
      PangoLayout *layout = sfg_report_doc_create_layout (doc, style, width);
      int delimiter, next;

      pango_find_paragraph_boundary (paragraph, length, &delimiter, &next);
      pango_layout_set_text (layout, paragraph, delimiter);
      if (attrs != NULL)
        {
          PangoAttrList *own = pango_attr_list_copy (attrs);

          /* The attributes, counted from this paragraph's start. */
          pango_attr_list_update (own, 0, (int) (paragraph - breakable), 0);
          pango_layout_set_attributes (layout, own);
          pango_attr_list_unref (own);
        }
      g_ptr_array_add (layouts, layout);
      if (next >= length)
        break;
      paragraph += next;
      length -= next;
    }
  return layouts;
}

/* The first @max_chars characters of @text, "…" after them when there is
 * more: for places that show only a line or three of it. */
char *
sfg_report_text_head (const char *text,
                      guint       max_chars)
{
  const char *end = text;
  g_autofree char *head = NULL;

  for (guint i = 0; i < max_chars && *end != '\0'; i++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);
  head = g_strndup (text, end - text);
  return g_strconcat (head, "…", NULL);
}
