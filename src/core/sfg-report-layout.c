/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-report"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "sfg-report-doc.h"

/* Building a report document: text becomes one slice per line, so
 * pagination can break a paragraph anywhere between two lines and a page
 * never shows part of a line. */

#define HEADING_RULE_GAP 3.0
#define LIST_INDENT      18.0
#define NOTICE_PAD       7.0
#define RULED_LINE       22.0

PangoFontDescription *
sfg_report_style_get_font (SfgReportStyle style)
{
  PangoFontDescription *font = pango_font_description_from_string (SFG_REPORT_FONT_FAMILY);
  double size = 10.0;
  PangoWeight weight = PANGO_WEIGHT_NORMAL;

  switch (style)
    {
    case SFG_REPORT_STYLE_BODY:
      break;
    case SFG_REPORT_STYLE_SMALL:
      size = 8.5;
      break;
    case SFG_REPORT_STYLE_LABEL:
      size = 8.0;
      weight = PANGO_WEIGHT_BOLD;
      break;
    case SFG_REPORT_STYLE_HEADING:
      size = 12.5;
      weight = PANGO_WEIGHT_BOLD;
      break;
    case SFG_REPORT_STYLE_SECTION:
      size = 11.0;
      weight = PANGO_WEIGHT_BOLD;
      break;
    case SFG_REPORT_STYLE_SUBHEADING:
      size = 10.0;
      weight = PANGO_WEIGHT_BOLD;
      break;
    case SFG_REPORT_STYLE_TITLE:
      size = 19.0;
      weight = PANGO_WEIGHT_BOLD;
      break;
    case SFG_REPORT_STYLE_RUNNING:
      size = 7.5;
      break;
    case SFG_REPORT_N_STYLES:
    default:
      g_assert_not_reached ();
    }

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  return font;
}

PangoLayout *
sfg_report_doc_create_layout (SfgReportDoc   *doc,
                              SfgReportStyle  style,
                              double          width)
{
  PangoLayout *layout = pango_layout_new (doc->context);
  PangoFontDescription *font = sfg_report_style_get_font (style);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      /* WORD_CHAR: a word longer than the line (a URL, an id) is broken
       * rather than running past the margin. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (style == SFG_REPORT_STYLE_BODY || style == SFG_REPORT_STYLE_SMALL)
    pango_layout_set_line_spacing (layout, 1.15f);
  return layout;
}

/* ---- the document ---- */

SfgReportDoc *
sfg_report_doc_new (PangoContext           *context,
                    double                  page_width,
                    double                  page_height,
                    const SfgReportMargins *margins)
{
  SfgReportDoc *doc = g_new0 (SfgReportDoc, 1);
  PangoLayout *probe;
  int height;

  doc->context = g_object_ref (context);
  doc->page_width = page_width;
  doc->page_height = page_height;
  doc->margins = *margins;
  doc->width = MAX (page_width - margins->left - margins->right, 72.0);
  doc->slices = g_ptr_array_new_with_free_func (sfg_report_slice_free);
  doc->extra_slices = g_ptr_array_new_with_free_func (sfg_report_slice_free);
  doc->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  doc->sections = g_ptr_array_new_with_free_func (g_free);
  doc->tables = g_ptr_array_new_with_free_func (sfg_report_table_free);
  doc->rows = g_ptr_array_new_with_free_func (sfg_report_row_free);
  doc->placed = g_array_new (FALSE, FALSE, sizeof (SfgReportPlaced));
  doc->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  doc->placements = g_array_new (FALSE, FALSE, sizeof (SfgReportPlacement));

  /* The page header and footer take one line each, a rule and a gap. */
  probe = sfg_report_doc_create_layout (doc, SFG_REPORT_STYLE_RUNNING, -1);
  pango_layout_set_text (probe, "Ag", -1);
  pango_layout_get_size (probe, NULL, &height);
  g_object_unref (probe);
  doc->running_height = height / (double) PANGO_SCALE;
  doc->content_top = margins->top + doc->running_height + 16.0;
  doc->content_bottom = page_height - margins->bottom - doc->running_height - 16.0;

  return doc;
}

void
sfg_report_doc_free (SfgReportDoc *doc)
{
  if (doc == NULL)
    return;

  g_clear_pointer (&doc->slices, g_ptr_array_unref);
  g_clear_pointer (&doc->extra_slices, g_ptr_array_unref);
  g_clear_pointer (&doc->rows, g_ptr_array_unref);
  g_clear_pointer (&doc->tables, g_ptr_array_unref);
  g_clear_pointer (&doc->layouts, g_ptr_array_unref);
  g_clear_pointer (&doc->sections, g_ptr_array_unref);
  g_clear_pointer (&doc->placed, g_array_unref);
  g_clear_pointer (&doc->page_starts, g_array_unref);
  g_clear_pointer (&doc->placements, g_array_unref);
  g_free (doc->running.header_start);
  g_free (doc->running.header_end);
  g_free (doc->running.footer_start);
  g_free (doc->running.footer_notice);
  g_clear_object (&doc->context);
  g_free (doc);
}

double
sfg_report_doc_get_width (SfgReportDoc *doc)
{
  return doc->width;
}

double
sfg_report_doc_get_content_height (SfgReportDoc *doc)
{
  return doc->content_bottom - doc->content_top;
}

SfgReportRunning *
sfg_report_doc_get_running (SfgReportDoc *doc)
{
  return &doc->running;
}

/* ---- slices ---- */

void
sfg_report_slice_free (gpointer data)
{
  SfgReportSlice *slice = data;

  if (slice->kind == SFG_REPORT_SLICE_LINE)
    {
      g_clear_pointer (&slice->line.line, pango_layout_line_unref);
      g_clear_pointer (&slice->line.marker, pango_layout_line_unref);
    }
  else if (slice->kind == SFG_REPORT_SLICE_DRAWING && slice->drawing.destroy != NULL)
    {
      slice->drawing.destroy (slice->drawing.data);
    }
  g_free (slice);
}

SfgReportSlice *
sfg_report_doc_append_slice (SfgReportDoc       *doc,
                             SfgReportSliceKind  kind,
                             double              height,
                             const char         *tag)
{
  SfgReportSlice *slice = g_new0 (SfgReportSlice, 1);

  slice->kind = kind;
  slice->height = height;
  slice->tag = tag != NULL ? g_intern_string (tag) : NULL;
  slice->section = doc->section;
  if (kind != SFG_REPORT_SLICE_SPACE && doc->section_fresh)
    {
      slice->section_start = TRUE;
      doc->section_fresh = FALSE;
    }
  g_ptr_array_add (doc->slices, slice);
  return slice;
}

/* A free-standing slice for the first line of @layout (captions). */
SfgReportSlice *
sfg_report_slice_new_line (PangoLayout *layout,
                           double       x)
{
  SfgReportSlice *slice = g_new0 (SfgReportSlice, 1);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
  PangoRectangle logical, line_logical;
  int y0, y1;

  pango_layout_iter_get_line_yrange (iter, &y0, &y1);
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_line_get_extents (line, NULL, &line_logical);
  slice->kind = SFG_REPORT_SLICE_LINE;
  slice->height = (y1 - y0) / (double) PANGO_SCALE;
  slice->line.line = pango_layout_line_ref (line);
  slice->line.x = x + (logical.x - line_logical.x) / (double) PANGO_SCALE;
  slice->line.baseline = (pango_layout_iter_get_baseline (iter) - y0) / (double) PANGO_SCALE;
  pango_layout_iter_free (iter);
  return slice;
}

/* One slice per line.  Paragraphs of up to three lines stay whole; longer
 * ones leave at least two lines on either side of a page break. */
static void
append_lines (SfgReportDoc *doc,
              PangoLayout  *layout,
              double        x,
              gboolean      keep_all,
              const char   *tag,
              PangoLayout  *marker,
              double        marker_x)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int n = pango_layout_get_line_count (layout);
  int i = 0;

  g_ptr_array_add (doc->layouts, layout);
  if (marker != NULL)
    g_ptr_array_add (doc->layouts, marker);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical, line_logical;
      SfgReportSlice *slice;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_line_get_extents (line, NULL, &line_logical);

      slice = sfg_report_doc_append_slice (doc, SFG_REPORT_SLICE_LINE,
                                           (y1 - y0) / (double) PANGO_SCALE, tag);
      slice->line.line = pango_layout_line_ref (line);
      slice->line.x = x + (logical.x - line_logical.x) / (double) PANGO_SCALE;
      slice->line.baseline = (pango_layout_iter_get_baseline (iter) - y0) / (double) PANGO_SCALE;
      if (i == 0 && marker != NULL)
        {
          slice->line.marker = pango_layout_line_ref (pango_layout_get_line_readonly (marker, 0));
          slice->line.marker_x = marker_x;
        }

      if (keep_all)
        slice->keep_with_next = TRUE;
      else if (n <= 3)
        slice->keep_with_next = i < n - 1;
      else
        slice->keep_with_next = i == 0 || i == n - 2;
      i++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

gboolean
sfg_report_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* One layout per paragraph: see sfg-report-text.c. */
static void
append_paragraphs (SfgReportDoc *doc,
                   GPtrArray    *layouts,
                   double        x,
                   gboolean      keep_all,
                   const char   *tag)
{
  for (guint i = 0; i < layouts->len; i++)
    append_lines (doc, g_object_ref (g_ptr_array_index (layouts, i)), x, keep_all, tag, NULL, 0);
}

void
sfg_report_doc_add_text (SfgReportDoc   *doc,
                         SfgReportStyle  style,
                         const char     *text,
                         const char     *tag)
{
  g_autoptr(GPtrArray) layouts = NULL;

  if (sfg_report_text_is_blank (text))
    return;

  layouts = sfg_report_doc_create_paragraphs (doc, style, doc->width, text, FALSE);
  append_paragraphs (doc, layouts, 0, FALSE, tag);
}

void
sfg_report_doc_add_markup (SfgReportDoc   *doc,
                           SfgReportStyle  style,
                           const char     *markup,
                           double          indent,
                           const char     *tag)
{
  g_autoptr(GPtrArray) layouts = sfg_report_doc_create_paragraphs (doc, style,
                                                                   doc->width - indent,
                                                                   markup, TRUE);

  append_paragraphs (doc, layouts, indent, FALSE, tag);
}

static void
draw_heading_rule (SfgReportDoc *doc,
                   cairo_t      *cr,
                   double        x,
                   double        y,
                   double        width,
                   gpointer      data)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, x, y + HEADING_RULE_GAP - 0.375);
  cairo_line_to (cr, x + width, y + HEADING_RULE_GAP - 0.375);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A heading keeps with what follows it; a section heading is underlined. */
void
sfg_report_doc_add_heading (SfgReportDoc   *doc,
                            SfgReportStyle  style,
                            const char     *text,
                            const char     *tag)
{
  g_autoptr(GPtrArray) layouts = sfg_report_doc_create_paragraphs (doc, style, doc->width,
                                                                   text, FALSE);

  append_paragraphs (doc, layouts, 0, TRUE, tag);
  if (style == SFG_REPORT_STYLE_HEADING || style == SFG_REPORT_STYLE_TITLE)
    {
      sfg_report_doc_add_drawing (doc, HEADING_RULE_GAP + 4.0, draw_heading_rule, NULL, NULL,
                                  NULL);
      sfg_report_doc_keep_with_next (doc);
    }
  else
    {
      sfg_report_doc_add_space (doc, 2.0);
    }
}

void
sfg_report_doc_add_list_item (SfgReportDoc *doc,
                              const char   *marker,
                              const char   *text,
                              const char   *tag)
{
  g_autoptr(GPtrArray) layouts = NULL;
  PangoLayout *first;
  PangoLayout *marker_layout;
  double x = LIST_INDENT;

  if (sfg_report_text_is_blank (text))
    return;

  layouts = sfg_report_doc_create_paragraphs (doc, SFG_REPORT_STYLE_BODY,
                                              doc->width - LIST_INDENT, text, FALSE);
  first = g_ptr_array_index (layouts, 0);
  marker_layout = sfg_report_doc_create_layout (doc, SFG_REPORT_STYLE_BODY, -1);
  pango_layout_set_text (marker_layout, marker, -1);
  /* The marker sits before the text on the side the text starts from. */
  if (pango_layout_get_direction (first, 0) == PANGO_DIRECTION_RTL)
    {
      int marker_width;

      pango_layout_get_size (marker_layout, &marker_width, NULL);
      x = 0;
      append_lines (doc, g_object_ref (first), x, FALSE, tag, marker_layout,
                    doc->width - marker_width / (double) PANGO_SCALE);
    }
  else
    {
      append_lines (doc, g_object_ref (first), x, FALSE, tag, marker_layout, 0);
    }
  for (guint i = 1; i < layouts->len; i++)
    append_lines (doc, g_object_ref (g_ptr_array_index (layouts, i)), x, FALSE, tag, NULL, 0);
}

void
sfg_report_doc_add_space (SfgReportDoc *doc,
                          double        height)
{
  SfgReportSlice *previous = doc->slices->len > 0
                             ? g_ptr_array_index (doc->slices, doc->slices->len - 1) : NULL;
  SfgReportSlice *slice = sfg_report_doc_append_slice (doc, SFG_REPORT_SLICE_SPACE, height, NULL);

  /* A space after a heading must not come loose from it. */
  slice->keep_with_next = previous != NULL && previous->keep_with_next;
}

void
sfg_report_doc_add_drawing (SfgReportDoc      *doc,
                            double             height,
                            SfgReportDrawFunc  func,
                            gpointer           data,
                            GDestroyNotify     destroy,
                            const char        *tag)
{
  SfgReportSlice *slice = sfg_report_doc_append_slice (doc, SFG_REPORT_SLICE_DRAWING, height, tag);

  slice->drawing.func = func;
  slice->drawing.data = data;
  slice->drawing.destroy = destroy;
}

static void
draw_notice (SfgReportDoc *doc,
             cairo_t      *cr,
             double        x,
             double        y,
             double        width,
             gpointer      data)
{
  PangoLayout *layout = data;
  int height;

  pango_layout_get_size (layout, NULL, &height);
  cairo_set_line_width (cr, 1.2);
  cairo_rectangle (cr, x + 0.6, y + 0.6, width - 1.2, height / (double) PANGO_SCALE + 2 * NOTICE_PAD - 1.2);
  cairo_stroke (cr);
  cairo_move_to (cr, x + NOTICE_PAD, y + NOTICE_PAD);
  pango_cairo_show_layout (cr, layout);
}

/* A framed paragraph that must be seen: never split, so it stays short. */
void
sfg_report_doc_add_notice (SfgReportDoc *doc,
                           const char   *title,
                           const char   *text,
                           const char   *tag)
{
  PangoLayout *layout = sfg_report_doc_create_layout (doc, SFG_REPORT_STYLE_SMALL,
                                                      doc->width - 2 * NOTICE_PAD);
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>\n%s", title, text);
  int height;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_size (layout, NULL, &height);
  sfg_report_doc_add_drawing (doc, height / (double) PANGO_SCALE + 2 * NOTICE_PAD, draw_notice,
                              layout, g_object_unref, tag);
}

static void
draw_ruled_lines (SfgReportDoc *doc,
                  cairo_t      *cr,
                  double        x,
                  double        y,
                  double        width,
                  gpointer      data)
{
  cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x, y + RULED_LINE - 4.0);
  cairo_line_to (cr, x + width, y + RULED_LINE - 4.0);
  cairo_stroke (cr);
}

/* Lines to write on by hand, kept together. */
void
sfg_report_doc_add_ruled_lines (SfgReportDoc *doc,
                                guint         n_lines,
                                const char   *tag)
{
  for (guint i = 0; i < n_lines; i++)
    {
      sfg_report_doc_add_drawing (doc, RULED_LINE, draw_ruled_lines, NULL, NULL, tag);
      if (i + 1 < n_lines)
        sfg_report_doc_keep_with_next (doc);
    }
}

void
sfg_report_doc_keep_with_next (SfgReportDoc *doc)
{
  if (doc->slices->len > 0)
    ((SfgReportSlice *) g_ptr_array_index (doc->slices, doc->slices->len - 1))->keep_with_next = TRUE;
}

/* ---- sections ---- */

/* A section is what a "(continued)" caption names at the top of a page
 * its content flows onto. */
void
sfg_report_doc_begin_section (SfgReportDoc *doc,
                              const char   *title)
{
  SfgReportSection *section = g_new0 (SfgReportSection, 1);
  PangoLayout *layout = sfg_report_doc_create_layout (doc, SFG_REPORT_STYLE_SMALL, doc->width);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  /* Translators: at the top of a page, the title of a section that started
   * on an earlier page */
  g_autofree char *text = g_strdup_printf (_("%s (continued)"), escaped);
  g_autofree char *markup = g_strdup_printf ("<i>%s</i>", text);

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  g_ptr_array_add (doc->layouts, layout);
  section->caption = sfg_report_slice_new_line (layout, 0);
  section->caption->height += 4.0;
  g_ptr_array_add (doc->extra_slices, section->caption);
  g_ptr_array_add (doc->sections, section);
  doc->section = section;
  doc->section_fresh = TRUE;
}

void
sfg_report_doc_end_section (SfgReportDoc *doc)
{
  doc->section = NULL;
  doc->section_fresh = FALSE;
}

/* ---- small helpers ---- */

/* "2025-03-30" → "30 March 2025" in the user's language. */
char *
sfg_report_format_date (const char *date)
{
  int year, month, day;
  g_autoptr(GDateTime) time = NULL;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return g_strdup (date != NULL ? date : "");

  time = g_date_time_new_utc (year, month, day, 12, 0, 0);
  /* Translators: a date on a printout, see strftime(3); "%-d %B %Y" is "30 March 2025".
   * xgettext:no-c-format */
  return g_date_time_format (time, _("%-d %B %Y"));
}

/* "2025-09-30" → "30 Sep 2025", for narrow table cells. */
char *
sfg_report_format_date_short (const char *date)
{
  int year, month, day;
  g_autoptr(GDateTime) time = NULL;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return g_strdup (date != NULL ? date : "");

  time = g_date_time_new_utc (year, month, day, 12, 0, 0);
  /* Translators: a date in a narrow column of a printout, see strftime(3);
   * "%-d %b %Y" is "30 Sep 2025".  xgettext:no-c-format */
  return g_date_time_format (time, _("%-d %b %Y"));
}

char *
sfg_report_short_id (const char *id)
{
  return g_strndup (id != NULL ? id : "", 8);
}
