/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-report"

#include "config.h"

#include "sfg-report-doc.h"

/*
 * Tables.  A row is cut into bands at heights where no line of any cell is
 * cut, so a page break inside a row falls between lines.  A row that fits
 * on a page keeps its bands together (it moves to the next page whole); a
 * taller row flows band by band.  The header row is repeated at the top of
 * every page the table continues on.
 */

#define CAPTION_ALLOWANCE 16.0

void
sfg_report_table_free (gpointer data)
{
  SfgReportTable *table = data;

  g_free (table->x);
  g_free (table->width);
  g_free (table);
}

static void
cell_clear (SfgReportCell *cell)
{
  for (guint i = 0; i < cell->n_lines; i++)
    pango_layout_line_unref (cell->lines[i]);
  g_free (cell->lines);
  g_free (cell->top);
  g_free (cell->bottom);
  g_free (cell->baseline);
  g_free (cell->x);
}

void
sfg_report_row_free (gpointer data)
{
  SfgReportRow *row = data;

  for (guint c = 0; c < row->table->n_columns; c++)
    cell_clear (&row->cells[c]);
  g_free (row->cells);
  g_free (row->breaks);
  g_free (row);
}

SfgReportTable *
sfg_report_doc_add_table (SfgReportDoc *doc,
                          guint         n_columns,
                          const double *fractions)
{
  SfgReportTable *table = g_new0 (SfgReportTable, 1);
  double total = 0;
  double x = 0;

  g_return_val_if_fail (n_columns > 0, NULL);

  for (guint c = 0; c < n_columns; c++)
    total += fractions[c];

  table->doc = doc;
  table->n_columns = n_columns;
  table->x = g_new0 (double, n_columns);
  table->width = g_new0 (double, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      table->x[c] = x;
      table->width[c] = doc->width * fractions[c] / total;
      x += table->width[c];
    }
  g_ptr_array_add (doc->tables, table);
  return table;
}

/* The space pango leaves between two lines of one paragraph: paragraphs
 * stacked as separate layouts get it too, as when a cell was one layout. */
static double
paragraph_gap (PangoLayout *layout)
{
  g_autoptr(PangoLayout) probe = pango_layout_copy (layout);
  PangoLayoutIter *iter;
  int first_bottom, second_top, unused;

  pango_layout_set_attributes (probe, NULL);
  pango_layout_set_text (probe, "X\nX", -1);
  iter = pango_layout_get_iter (probe);
  pango_layout_iter_get_line_yrange (iter, &unused, &first_bottom);
  pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_yrange (iter, &second_top, &unused);
  pango_layout_iter_free (iter);
  return (second_top - first_bottom) / (double) PANGO_SCALE;
}

/* The lines of @layouts, one paragraph each, stacked. */
static void
cell_measure (SfgReportCell *cell,
              GPtrArray     *layouts)
{
  guint n = 0;
  guint i = 0;
  double offset = 0;
  double gap = layouts->len > 1 ? paragraph_gap (g_ptr_array_index (layouts, 0)) : 0;

  for (guint k = 0; k < layouts->len; k++)
    n += (guint) pango_layout_get_line_count (g_ptr_array_index (layouts, k));

  cell->n_lines = n;
  cell->lines = g_new0 (PangoLayoutLine *, n);
  cell->top = g_new0 (double, n);
  cell->bottom = g_new0 (double, n);
  cell->baseline = g_new0 (double, n);
  cell->x = g_new0 (double, n);

  for (guint k = 0; k < layouts->len; k++)
    {
      PangoLayout *layout = g_ptr_array_index (layouts, k);
      PangoLayoutIter *iter = pango_layout_get_iter (layout);
      int height;

      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical, line_logical;
          int y0, y1;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          pango_layout_line_get_extents (line, NULL, &line_logical);
          cell->lines[i] = pango_layout_line_ref (line);
          cell->top[i] = offset + y0 / (double) PANGO_SCALE;
          cell->bottom[i] = offset + y1 / (double) PANGO_SCALE;
          cell->baseline[i] = offset + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
          cell->x[i] = (logical.x - line_logical.x) / (double) PANGO_SCALE;
          i++;
        }
      while (pango_layout_iter_next_line (iter) && i < n);

      pango_layout_iter_free (iter);
      pango_layout_get_size (layout, NULL, &height);
      offset += height / (double) PANGO_SCALE + gap;
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* Where the row may be cut: every line top at which no cell has a line
 * that spans the cut.  Candidates come in increasing order, so each cell's
 * scan position only moves forward. */
static GArray *
find_clean_breaks (SfgReportRow *row)
{
  guint n_columns = row->table->n_columns;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree guint *next = g_new0 (guint, n_columns);
  GArray *breaks = g_array_new (FALSE, FALSE, sizeof (double));
  double zero = 0;
  double last = 0;

  for (guint c = 0; c < n_columns; c++)
    g_array_append_vals (candidates, row->cells[c].top, row->cells[c].n_lines);
  g_array_sort (candidates, compare_doubles);

  g_array_append_val (breaks, zero);
  for (guint i = 0; i < candidates->len; i++)
    {
      double y = g_array_index (candidates, double, i);
      gboolean clean = TRUE;

      if (y <= last + SFG_REPORT_EPSILON || y >= row->content_height - SFG_REPORT_EPSILON)
        continue;
      for (guint c = 0; c < n_columns && clean; c++)
        {
          SfgReportCell *cell = &row->cells[c];

          while (next[c] < cell->n_lines && cell->bottom[next[c]] <= y + SFG_REPORT_EPSILON)
            next[c]++;
          if (next[c] < cell->n_lines && cell->top[next[c]] < y - SFG_REPORT_EPSILON)
            clean = FALSE;
        }
      if (clean)
        {
          g_array_append_val (breaks, y);
          last = y;
        }
    }
  g_array_append_val (breaks, row->content_height);
  return breaks;
}

/* For cells whose lines never line up over a whole page (mixed font sizes
 * in a huge cell): cut at the tallest cell's lines; a line of another cell
 * goes with the band its top is in. */
static GArray *
find_forced_breaks (SfgReportRow *row)
{
  SfgReportCell *tallest = &row->cells[0];
  GArray *breaks = g_array_new (FALSE, FALSE, sizeof (double));
  double zero = 0;

  for (guint c = 1; c < row->table->n_columns; c++)
    if (row->cells[c].n_lines > 0
        && (tallest->n_lines == 0
            || row->cells[c].bottom[row->cells[c].n_lines - 1]
               > tallest->bottom[tallest->n_lines - 1]))
      tallest = &row->cells[c];

  g_array_append_val (breaks, zero);
  for (guint i = 1; i < tallest->n_lines; i++)
    g_array_append_val (breaks, tallest->top[i]);
  g_array_append_val (breaks, row->content_height);
  return breaks;
}

static double
row_capacity (SfgReportTable *table)
{
  double capacity = sfg_report_doc_get_content_height (table->doc) - CAPTION_ALLOWANCE;

  if (table->header != NULL)
    capacity -= table->header->content_height + 2 * SFG_REPORT_CELL_PAD_Y;
  return capacity;
}

static void
row_set_breaks (SfgReportRow *row,
                GArray       *breaks)
{
  row->n_bands = breaks->len - 1;
  row->breaks = g_array_steal (breaks, NULL);
  g_array_unref (breaks);
}

static SfgReportRow *
row_new (SfgReportTable      *table,
         const char * const  *markup,
         gboolean             is_header)
{
  SfgReportDoc *doc = table->doc;
  SfgReportRow *row = g_new0 (SfgReportRow, 1);
  double capacity;

  row->table = table;
  row->is_header = is_header;
  row->cells = g_new0 (SfgReportCell, table->n_columns);
  g_ptr_array_add (doc->rows, row);

  if (markup == NULL)
    {
      GArray *breaks = g_array_new (FALSE, FALSE, sizeof (double));
      double zero = 0;

      row->content_height = SFG_REPORT_BLANK_ROW - 2 * SFG_REPORT_CELL_PAD_Y;
      g_array_append_val (breaks, zero);
      g_array_append_val (breaks, row->content_height);
      row_set_breaks (row, breaks);
      return row;
    }

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autoptr(GPtrArray) layouts = NULL;

      if (markup[c] == NULL || markup[c][0] == '\0')
        continue;
      layouts = sfg_report_doc_create_paragraphs (doc,
                                                  is_header ? SFG_REPORT_STYLE_LABEL
                                                            : SFG_REPORT_STYLE_BODY,
                                                  table->width[c] - 2 * SFG_REPORT_CELL_PAD_X,
                                                  markup[c], TRUE);
      cell_measure (&row->cells[c], layouts);
      /* Kept alive for their lines. */
      for (guint k = 0; k < layouts->len; k++)
        g_ptr_array_add (doc->layouts, g_object_ref (g_ptr_array_index (layouts, k)));
      if (row->cells[c].n_lines > 0)
        row->content_height = MAX (row->content_height,
                                   row->cells[c].bottom[row->cells[c].n_lines - 1]);
    }

  if (is_header)
    {
      GArray *breaks = g_array_new (FALSE, FALSE, sizeof (double));
      double zero = 0;

      g_array_append_val (breaks, zero);
      g_array_append_val (breaks, row->content_height);
      row_set_breaks (row, breaks);
      return row;
    }

  row_set_breaks (row, find_clean_breaks (row));
  capacity = row_capacity (table);
  for (guint k = 0; k < row->n_bands; k++)
    if (row->breaks[k + 1] - row->breaks[k] > capacity)
      {
        g_free (row->breaks);
        row_set_breaks (row, find_forced_breaks (row));
        break;
      }
  return row;
}

static double
band_height (SfgReportRow *row,
             guint         index)
{
  double height = row->breaks[index + 1] - row->breaks[index];

  if (index == 0)
    height += SFG_REPORT_CELL_PAD_Y;
  if (index + 1 == row->n_bands)
    height += SFG_REPORT_CELL_PAD_Y;
  return height;
}

static void
append_row (SfgReportTable *table,
            SfgReportRow   *row,
            const char     *tag)
{
  SfgReportDoc *doc = table->doc;
  double total = row->content_height + 2 * SFG_REPORT_CELL_PAD_Y;
  gboolean whole = total <= row_capacity (table);

  for (guint k = 0; k < row->n_bands; k++)
    {
      SfgReportSlice *slice = sfg_report_doc_append_slice (doc, SFG_REPORT_SLICE_BAND,
                                                           band_height (row, k), tag);

      slice->band.row = row;
      slice->band.index = k;
      slice->keep_with_next = whole && k + 1 < row->n_bands;
    }
}

void
sfg_report_table_set_header (SfgReportTable     *table,
                             const char * const *labels,
                             const char         *tag)
{
  SfgReportRow *row;

  g_return_if_fail (table->header == NULL);

  row = row_new (table, labels, TRUE);
  table->header = row;
  append_row (table, row, tag);
  /* The header stays with the first row. */
  sfg_report_doc_keep_with_next (table->doc);

  table->header_repeat = g_new0 (SfgReportSlice, 1);
  table->header_repeat->kind = SFG_REPORT_SLICE_BAND;
  table->header_repeat->height = band_height (row, 0);
  table->header_repeat->band.row = row;
  table->header_repeat->tag = tag != NULL ? g_intern_string (tag) : NULL;
  g_ptr_array_add (table->doc->extra_slices, table->header_repeat);
}

void
sfg_report_table_add_row (SfgReportTable     *table,
                          const char * const *markup,
                          const char         *tag)
{
  g_return_if_fail (markup != NULL);

  append_row (table, row_new (table, markup, FALSE), tag);
}

/* Empty ruled rows to write in by hand; they stay together. */
void
sfg_report_table_add_blank_rows (SfgReportTable *table,
                                 guint           n_rows,
                                 const char     *tag)
{
  for (guint i = 0; i < n_rows; i++)
    {
      append_row (table, row_new (table, NULL, FALSE), tag);
      if (i + 1 < n_rows)
        sfg_report_doc_keep_with_next (table->doc);
    }
}

/* ---- drawing ---- */

void
sfg_report_row_draw_band (SfgReportDoc          *doc,
                          cairo_t               *cr,
                          const SfgReportPlaced *placed)
{
  SfgReportSlice *slice = placed->slice;
  SfgReportRow *row = slice->band.row;
  SfgReportTable *table = row->table;
  guint k = slice->band.index;
  gboolean first = k == 0;
  gboolean last = k + 1 == row->n_bands;
  double from = row->breaks[k];
  double to = last ? G_MAXDOUBLE : row->breaks[k + 1];
  double left = doc->margins.left;
  double right = left + table->x[table->n_columns - 1] + table->width[table->n_columns - 1];
  double top = placed->y;
  double bottom = placed->y + slice->height;
  double text_top = top + (first ? SFG_REPORT_CELL_PAD_Y : 0) - from;

  cairo_save (cr);

  if (row->is_header)
    {
      cairo_set_source_rgb (cr, 0.88, 0.88, 0.88);
      cairo_rectangle (cr, left, top, right - left, slice->height);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint c = 0; c < table->n_columns; c++)
    {
      SfgReportCell *cell = &row->cells[c];

      for (guint i = 0; i < cell->n_lines; i++)
        {
          if (cell->top[i] < from - SFG_REPORT_EPSILON)
            continue;
          if (cell->top[i] >= to - SFG_REPORT_EPSILON)
            break;
          cairo_move_to (cr, left + table->x[c] + SFG_REPORT_CELL_PAD_X + cell->x[i],
                         text_top + cell->baseline[i]);
          pango_cairo_show_layout_line (cr, cell->lines[i]);
        }
    }

  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  cairo_set_line_width (cr, 0.5);
  for (guint c = 0; c <= table->n_columns; c++)
    {
      double x = c < table->n_columns ? left + table->x[c] : right;

      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
    }
  if (first || placed->first_on_page)
    {
      cairo_move_to (cr, left, top);
      cairo_line_to (cr, right, top);
    }
  if (last || placed->last_on_page)
    {
      cairo_move_to (cr, left, bottom);
      cairo_line_to (cr, right, bottom);
    }
  cairo_stroke (cr);

  cairo_restore (cr);
}
