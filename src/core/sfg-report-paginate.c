/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-report"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-report-doc.h"

/* Points the drawing may reach into the margins. */
#define CLIP_BLEED 1.0

/*
 * Pagination places the document's slices top to bottom.  A run of slices
 * joined by "keep with next" (a heading and what follows it, the lines of a
 * short paragraph, the bands of a table row, a drawing) moves to the next
 * page whole when it does not fit but would fit on an empty page; a run
 * longer than a page is filled in line by line.  At the top of a page a
 * section continues on, its "(continued)" caption is placed, and for a
 * table row, the table's header row.
 */

/* More than a page header or footer line can show. */
#define RUNNING_MAX_CHARS 300

typedef struct
{
  guint    page;
  double   y;
  gboolean has_content;   /* something besides captions on this page */
} PageState;

static SfgReportSlice *
slice_at (SfgReportDoc *doc,
          guint         i)
{
  return g_ptr_array_index (doc->slices, i);
}

static gboolean
is_table_body (SfgReportSlice *slice)
{
  return slice->kind == SFG_REPORT_SLICE_BAND && !slice->band.row->is_header
         && slice->band.row->table->header_repeat != NULL;
}

static gboolean
needs_caption (SfgReportSlice *slice)
{
  return slice->section != NULL && !slice->section_start && slice->section->caption != NULL;
}

/* What goes above @slice when it opens a page. */
static double
continuation_height (SfgReportSlice *slice)
{
  double height = 0;

  if (needs_caption (slice))
    height += slice->section->caption->height;
  if (is_table_body (slice))
    height += slice->band.row->table->header_repeat->height;
  return height;
}

static void
place (SfgReportDoc   *doc,
       PageState      *state,
       SfgReportSlice *slice,
       gboolean        content)
{
  SfgReportPlaced placed = { slice, state->page, state->y, FALSE, FALSE };

  placed.first_on_page = content && !state->has_content;
  g_array_append_val (doc->placed, placed);
  if (slice->tag != NULL)
    {
      SfgReportPlacement placement = { slice->tag, state->page, state->y, slice->height };

      g_array_append_val (doc->placements, placement);
    }
  state->y += slice->height;
  if (content)
    state->has_content = TRUE;
}

static void
place_continuation (SfgReportDoc   *doc,
                    PageState      *state,
                    SfgReportSlice *slice)
{
  if (state->has_content)
    return;
  /* Placed once per page, before the first content. */
  if (doc->placed->len > 0
      && g_array_index (doc->placed, SfgReportPlaced, doc->placed->len - 1).page == state->page)
    return;
  if (needs_caption (slice))
    place (doc, state, slice->section->caption, FALSE);
  if (is_table_body (slice))
    place (doc, state, slice->band.row->table->header_repeat, FALSE);
}

static void
mark_last_on_page (SfgReportDoc *doc)
{
  if (doc->placed->len > 0)
    g_array_index (doc->placed, SfgReportPlaced, doc->placed->len - 1).last_on_page = TRUE;
}

static void
new_page (SfgReportDoc *doc,
          PageState    *state)
{
  mark_last_on_page (doc);
  state->page++;
  state->y = doc->content_top;
  state->has_content = FALSE;
  g_array_append_val (doc->page_starts, doc->placed->len);
}

/* The last slice of the keep-with-next run starting at @i. */
static guint
chain_end (SfgReportDoc *doc,
           guint         i)
{
  while (i + 1 < doc->slices->len && slice_at (doc, i)->keep_with_next)
    i++;
  return i;
}

static double
chain_height (SfgReportDoc *doc,
              guint         first,
              guint         last)
{
  double height = 0;

  for (guint i = first; i <= last; i++)
    height += slice_at (doc, i)->height;
  return height;
}

void
sfg_report_doc_paginate (SfgReportDoc *doc)
{
  PageState state = { 0, doc->content_top, FALSE };
  double bottom = doc->content_bottom + SFG_REPORT_EPSILON;
  double capacity = doc->content_bottom - doc->content_top;
  guint first_page = 0;
  guint i = 0;

  g_array_set_size (doc->placed, 0);
  g_array_set_size (doc->page_starts, 0);
  g_array_set_size (doc->placements, 0);
  g_array_append_val (doc->page_starts, first_page);

  while (i < doc->slices->len)
    {
      SfgReportSlice *slice = slice_at (doc, i);
      guint last;
      double height;

      if (slice->kind == SFG_REPORT_SLICE_SPACE && !state.has_content)
        {
          i++;
          continue;
        }

      last = chain_end (doc, i);
      height = chain_height (doc, i, last)
               + (state.has_content ? 0 : continuation_height (slice));
      if (state.y + height <= bottom)
        {
          place_continuation (doc, &state, slice);
          for (; i <= last; i++)
            place (doc, &state, slice_at (doc, i), TRUE);
          continue;
        }

      if (state.has_content
          && chain_height (doc, i, last) + continuation_height (slice) <= capacity)
        {
          new_page (doc, &state);
          continue;
        }

      /* Longer than a page: fill this page, go on on the next. */
      place_continuation (doc, &state, slice);
      while (i <= last)
        {
          SfgReportSlice *next = slice_at (doc, i);

          if (next->kind == SFG_REPORT_SLICE_SPACE && !state.has_content)
            {
              i++;
              continue;
            }
          if (state.has_content && state.y + next->height > bottom)
            break;
          place (doc, &state, next, TRUE);
          i++;
        }
      if (i <= last)
        new_page (doc, &state);
    }

  mark_last_on_page (doc);
}

guint
sfg_report_doc_get_n_pages (SfgReportDoc *doc)
{
  return doc->page_starts->len;
}

const SfgReportPlacement *
sfg_report_doc_get_placements (SfgReportDoc *doc,
                               guint        *n_placements)
{
  *n_placements = doc->placements->len;
  return (const SfgReportPlacement *) (gpointer) doc->placements->data;
}

/* ---- drawing ---- */

static void
show_running (SfgReportDoc    *doc,
              cairo_t         *cr,
              const char      *markup,
              double           x,
              double           y,
              double           width,
              PangoAlignment   alignment)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (markup == NULL || markup[0] == '\0')
    return;

  layout = sfg_report_doc_create_layout (doc, SFG_REPORT_STYLE_RUNNING, width);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_markup (layout, markup, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* A running line shows one line: laying out all of a long name again on
 * every page took half a second a page. */
static char *
running_markup (const char *text)
{
  g_autofree char *head = NULL;
  g_autofree char *drawable = NULL;

  if (text == NULL)
    return NULL;
  head = sfg_report_text_head (text, RUNNING_MAX_CHARS);
  drawable = sfg_report_text_drawable (head);
  return g_markup_escape_text (drawable, -1);
}

static void
draw_running (SfgReportDoc *doc,
              cairo_t      *cr,
              guint         page)
{
  SfgReportRunning *running = &doc->running;
  double left = doc->margins.left;
  double right = left + doc->width;
  double top = doc->margins.top;
  double footer = doc->page_height - doc->margins.bottom - doc->running_height;
  double width = doc->width;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *footer_start = NULL;
  g_autofree char *notice = NULL;
  /* Translators: in the footer of every printed page */
  g_autofree char *page_text = g_strdup_printf (_("Page %u of %u"), page + 1,
                                                sfg_report_doc_get_n_pages (doc));

  start = running_markup (running->header_start);
  end = running_markup (running->header_end);
  footer_start = running_markup (running->footer_start);
  if (running->footer_notice != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (running->footer_notice, -1);

      notice = g_strdup_printf ("<b>%s</b>", escaped);
    }

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  show_running (doc, cr, start, left, top, width * 0.62, PANGO_ALIGN_LEFT);
  show_running (doc, cr, end, right - width * 0.36, top, width * 0.36, PANGO_ALIGN_RIGHT);
  show_running (doc, cr, footer_start, left, footer, width * 0.34, PANGO_ALIGN_LEFT);
  show_running (doc, cr, notice, left + width * 0.34, footer, width * 0.32, PANGO_ALIGN_CENTER);
  show_running (doc, cr, page_text, right - width * 0.34, footer, width * 0.34,
                PANGO_ALIGN_RIGHT);

  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
  cairo_move_to (cr, left, top + doc->running_height + 3.0);
  cairo_line_to (cr, right, top + doc->running_height + 3.0);
  cairo_move_to (cr, left, footer - 3.0);
  cairo_line_to (cr, right, footer - 3.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_placed (SfgReportDoc          *doc,
             cairo_t               *cr,
             const SfgReportPlaced *placed)
{
  SfgReportSlice *slice = placed->slice;
  double left = doc->margins.left;

  switch (slice->kind)
    {
    case SFG_REPORT_SLICE_LINE:
      if (slice->line.marker != NULL)
        {
          cairo_move_to (cr, left + slice->line.marker_x, placed->y + slice->line.baseline);
          pango_cairo_show_layout_line (cr, slice->line.marker);
        }
      cairo_move_to (cr, left + slice->line.x, placed->y + slice->line.baseline);
      pango_cairo_show_layout_line (cr, slice->line.line);
      break;
    case SFG_REPORT_SLICE_BAND:
      sfg_report_row_draw_band (doc, cr, placed);
      break;
    case SFG_REPORT_SLICE_DRAWING:
      cairo_save (cr);
      slice->drawing.func (doc, cr, left, placed->y, doc->width, slice->drawing.data);
      cairo_restore (cr);
      break;
    case SFG_REPORT_SLICE_SPACE:
    default:
      break;
    }
}

void
sfg_report_doc_draw_page (SfgReportDoc *doc,
                          cairo_t      *cr,
                          guint         page)
{
  guint start, end;

  g_return_if_fail (page < sfg_report_doc_get_n_pages (doc));

  start = g_array_index (doc->page_starts, guint, page);
  end = page + 1 < doc->page_starts->len ? g_array_index (doc->page_starts, guint, page + 1)
                                          : doc->placed->len;

  cairo_save (cr);
  /* Whatever the text: a pile of combining marks rises above its line as
   * high as it likes, and the margins stay blank — but for CLIP_BLEED, so
   * that rules on the edge (a table's outer borders) and a glyph's
   * overhang keep their full width. */
  cairo_rectangle (cr, doc->margins.left - CLIP_BLEED, doc->margins.top - CLIP_BLEED,
                   doc->page_width - doc->margins.left - doc->margins.right + 2 * CLIP_BLEED,
                   doc->page_height - doc->margins.top - doc->margins.bottom + 2 * CLIP_BLEED);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_running (doc, cr, page);
  for (guint i = start; i < end; i++)
    draw_placed (doc, cr, &g_array_index (doc->placed, SfgReportPlaced, i));
  cairo_restore (cr);
}
