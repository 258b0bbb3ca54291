/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-report"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-framework.h"
#include "sfg-report-doc.h"

/*
 * The small drawing of the 3×3 grid: categories across, impact up, the
 * current position marked with a filled circle and a shaded cell, the
 * two-year aspiration (or "Consolidate") with a hollow diamond and a heavy
 * border, each with a word beside the shape, so it reads in black and white.
 * A legend names the positions in full.
 */

#define AXIS_WIDTH   34.0
#define ROW_HEIGHT   46.0
#define CELL_PAD     3.0
#define MARKER_ROW   10.0
#define LEGEND_GAP   18.0
#define MARKER_SIZE  4.0

typedef enum
{
  MARK_NOW,
  MARK_ASPIRATION,
} Mark;

typedef struct
{
  double       grid_width;
  double       header_height;
  double       footer_height;
  gboolean     legend_beside;
  double       legend_height;
  int          current;          /* index into the framework's positions, or -1 */
  int          aspiration;       /* likewise; -1 also for consolidate */
  gboolean     consolidate;
  PangoLayout *columns[3];
  PangoLayout *cells[9];
  PangoLayout *impact;
  PangoLayout *growth;
  PangoLayout *now_label;
  PangoLayout *aspiration_label;
  PangoLayout *legend[2];
} Grid;

static void
grid_free (gpointer data)
{
  Grid *grid = data;

  for (guint i = 0; i < G_N_ELEMENTS (grid->columns); i++)
    g_clear_object (&grid->columns[i]);
  for (guint i = 0; i < G_N_ELEMENTS (grid->cells); i++)
    g_clear_object (&grid->cells[i]);
  for (guint i = 0; i < G_N_ELEMENTS (grid->legend); i++)
    g_clear_object (&grid->legend[i]);
  g_clear_object (&grid->impact);
  g_clear_object (&grid->growth);
  g_clear_object (&grid->now_label);
  g_clear_object (&grid->aspiration_label);
  g_free (grid);
}

static PangoLayout *
make_layout (SfgReportDoc   *doc,
             double          size,
             gboolean        bold,
             double          width,
             PangoAlignment  alignment,
             const char     *markup)
{
  PangoLayout *layout = sfg_report_doc_create_layout (doc, SFG_REPORT_STYLE_SMALL, width);
  PangoFontDescription *font = sfg_report_style_get_font (SFG_REPORT_STYLE_SMALL);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_line_spacing (layout, 0);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static PangoLayout *
make_text_layout (SfgReportDoc   *doc,
                  double          size,
                  gboolean        bold,
                  double          width,
                  PangoAlignment  alignment,
                  const char     *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return make_layout (doc, size, bold, width, alignment, markup);
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return height / (double) PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return width / (double) PANGO_SCALE;
}

/* The middle of the first line, from the layout's top: where a legend's
 * shape goes. */
static double
first_line_middle (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, 0), NULL, &logical);
  return (pango_layout_get_baseline (layout) + logical.y + logical.height / 2.0) / PANGO_SCALE;
}

static int
position_index (const char *position_id)
{
  guint n;
  const SfgPosition *positions = sfg_framework_get_positions (&n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (positions[i].id, position_id) == 0)
      return (int) i;
  return -1;
}

/* "Core contributor (Depth, impact 2)" */
static char *
describe_position (int index)
{
  const SfgPosition *position = &sfg_framework_get_positions (NULL)[index];
  const SfgCategory *category = sfg_framework_lookup_category (position->category);

  /* Translators: a position on the printed grid's legend: title, category and impact row */
  return g_strdup_printf (_("%s (%s, impact %u)"), sfg_position_get_title (position),
                          sfg_category_get_title (category), position->impact);
}

static PangoLayout *
make_legend (SfgReportDoc *doc,
             double        width,
             const char   *label,
             const char   *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>\n%s", label, text);

  return make_layout (doc, 9.0, FALSE, width - 2 * MARKER_SIZE - 8.0, PANGO_ALIGN_LEFT, markup);
}

static void
draw_mark (cairo_t *cr,
           Mark     mark,
           double   cx,
           double   cy)
{
  cairo_save (cr);
  /* Text leaves a current point behind; an arc would join it with a line. */
  cairo_new_path (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (mark == MARK_NOW)
    {
      cairo_arc (cr, cx, cy, MARKER_SIZE, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  else
    {
      cairo_set_line_width (cr, 1.3);
      cairo_move_to (cr, cx, cy - MARKER_SIZE - 0.8);
      cairo_line_to (cr, cx + MARKER_SIZE + 0.8, cy);
      cairo_line_to (cr, cx, cy + MARKER_SIZE + 0.8);
      cairo_line_to (cr, cx - MARKER_SIZE - 0.8, cy);
      cairo_close_path (cr);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

/* A shape and its word, centred in a cell at @y. */
static void
draw_cell_mark (cairo_t     *cr,
                Mark         mark,
                PangoLayout *label,
                double       cell_x,
                double       cell_width,
                double       y)
{
  double text_width = layout_width (label);
  double total = 2 * MARKER_SIZE + 4.0 + text_width;
  double x = cell_x + MAX ((cell_width - total) / 2, CELL_PAD);

  draw_mark (cr, mark, x + MARKER_SIZE, y + MARKER_ROW / 2);
  show_layout_at (cr, label, x + 2 * MARKER_SIZE + 4.0, y + (MARKER_ROW - layout_height (label)) / 2);
}

static void
draw_grid (SfgReportDoc *doc,
           cairo_t      *cr,
           double        x,
           double        y,
           double        width,
           gpointer      data)
{
  Grid *grid = data;
  const SfgPosition *positions = sfg_framework_get_positions (NULL);
  guint n_categories;
  const SfgCategory *categories = sfg_framework_get_categories (&n_categories);
  double col_width = grid->grid_width / 3;
  double gx = x + AXIS_WIDTH;
  double gy = y + grid->header_height;
  double legend_x, legend_y;

  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint c = 0; c < 3; c++)
    show_layout_at (cr, grid->columns[c], gx + c * col_width,
                    y + grid->header_height - 3.0 - layout_height (grid->columns[c]));

  /* The impact axis: an arrow up the left side, its name at the top. */
  show_layout_at (cr, grid->impact, x, y + grid->header_height - 3.0 - layout_height (grid->impact));
  cairo_set_line_width (cr, 0.8);
  cairo_move_to (cr, x + AXIS_WIDTH / 2, gy + 3 * ROW_HEIGHT - 2);
  cairo_line_to (cr, x + AXIS_WIDTH / 2, gy + 4);
  cairo_stroke (cr);
  cairo_move_to (cr, x + AXIS_WIDTH / 2 - 3, gy + 9);
  cairo_line_to (cr, x + AXIS_WIDTH / 2, gy + 2);
  cairo_line_to (cr, x + AXIS_WIDTH / 2 + 3, gy + 9);
  cairo_close_path (cr);
  cairo_fill (cr);

  for (guint i = 0; i < 9; i++)
    {
      const SfgPosition *position = &positions[i];
      guint column = 0;
      double cx, cy;
      double mark_y;
      gboolean now = grid->current == (int) i;
      gboolean aspiration = grid->aspiration == (int) i || (now && grid->consolidate);

      for (guint c = 0; c < n_categories; c++)
        if (g_strcmp0 (categories[c].id, position->category) == 0)
          column = c;
      cx = gx + column * col_width;
      cy = gy + (3 - position->impact) * ROW_HEIGHT;

      if (now)
        {
          cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
          cairo_rectangle (cr, cx, cy, col_width, ROW_HEIGHT);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
        }
      show_layout_at (cr, grid->cells[i], cx + CELL_PAD, cy + CELL_PAD);

      mark_y = cy + ROW_HEIGHT - CELL_PAD - MARKER_ROW;
      if (aspiration)
        {
          draw_cell_mark (cr, MARK_ASPIRATION, grid->aspiration_label, cx, col_width, mark_y);
          mark_y -= MARKER_ROW + 1;
        }
      if (now)
        draw_cell_mark (cr, MARK_NOW, grid->now_label, cx, col_width, mark_y);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.6);
  for (guint k = 0; k <= 3; k++)
    {
      cairo_move_to (cr, gx + k * col_width, gy);
      cairo_line_to (cr, gx + k * col_width, gy + 3 * ROW_HEIGHT);
      cairo_move_to (cr, gx, gy + k * ROW_HEIGHT);
      cairo_line_to (cr, gx + grid->grid_width, gy + k * ROW_HEIGHT);
    }
  cairo_stroke (cr);

  /* The aspiration's cell gets a heavy border. */
  if (grid->aspiration >= 0)
    {
      const SfgPosition *position = &positions[grid->aspiration];

      for (guint c = 0; c < n_categories; c++)
        if (g_strcmp0 (categories[c].id, position->category) == 0)
          {
            cairo_set_line_width (cr, 2.0);
            cairo_rectangle (cr, gx + c * col_width + 1, gy + (3 - position->impact) * ROW_HEIGHT + 1,
                             col_width - 2, ROW_HEIGHT - 2);
            cairo_stroke (cr);
          }
    }

  show_layout_at (cr, grid->growth, gx, gy + 3 * ROW_HEIGHT + 3.0);

  if (grid->legend_beside)
    {
      legend_x = gx + grid->grid_width + LEGEND_GAP;
      legend_y = gy;
    }
  else
    {
      legend_x = x;
      legend_y = gy + 3 * ROW_HEIGHT + grid->footer_height + 8.0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (grid->legend); i++)
    {
      draw_mark (cr, i == 0 ? MARK_NOW : MARK_ASPIRATION, legend_x + MARKER_SIZE + 1,
                 legend_y + first_line_middle (grid->legend[i]));
      show_layout_at (cr, grid->legend[i], legend_x + 2 * MARKER_SIZE + 8.0, legend_y);
      legend_y += layout_height (grid->legend[i]) + 8.0;
    }
}

void
sfg_report_add_grid (SfgReportDoc *doc,
                     const char   *current_position,
                     const char   *aspiration,
                     const char   *tag)
{
  Grid *grid = g_new0 (Grid, 1);
  double width = sfg_report_doc_get_width (doc);
  const SfgPosition *positions = sfg_framework_get_positions (NULL);
  const SfgCategory *categories = sfg_framework_get_categories (NULL);
  double col_width, legend_width, height;
  g_autofree char *now_text = NULL;
  g_autofree char *aspiration_text = NULL;
  const char *aspiration_word;

  grid->current = position_index (current_position);
  grid->consolidate = g_strcmp0 (aspiration, SFG_ASPIRATION_CONSOLIDATE) == 0;
  grid->aspiration = grid->consolidate ? -1 : position_index (aspiration);
  grid->legend_beside = width >= 400;
  grid->grid_width = MIN (270.0, (grid->legend_beside ? width * 0.55 : width) - AXIS_WIDTH);
  col_width = grid->grid_width / 3;

  for (guint c = 0; c < 3; c++)
    {
      grid->columns[c] = make_text_layout (doc, 8.0, TRUE, col_width, PANGO_ALIGN_CENTER,
                                           sfg_category_get_title (&categories[c]));
      grid->header_height = MAX (grid->header_height, layout_height (grid->columns[c]) + 6.0);
    }
  for (guint i = 0; i < 9; i++)
    grid->cells[i] = make_text_layout (doc, 7.5, FALSE, col_width - 2 * CELL_PAD,
                                       PANGO_ALIGN_CENTER, sfg_position_get_title (&positions[i]));
  grid->impact = make_text_layout (doc, 7.5, TRUE, -1, PANGO_ALIGN_LEFT,
                                   sfg_framework_get_impact_axis_label ());
  grid->growth = make_text_layout (doc, 7.5, TRUE, grid->grid_width, PANGO_ALIGN_CENTER,
                                   sfg_framework_get_growth_axis_label ());
  grid->footer_height = layout_height (grid->growth) + 3.0;

  /* Translators: the mark of the current position on the printed grid */
  grid->now_label = make_text_layout (doc, 7.0, TRUE, -1, PANGO_ALIGN_LEFT, C_("grid", "Now"));
  aspiration_word = grid->consolidate
                    /* Translators: the mark on the printed grid when the individual stays and consolidates */
                    ? C_("grid", "Consolidate")
                    /* Translators: the mark of the two-year aspiration on the printed grid */
                    : C_("grid", "In two years");
  grid->aspiration_label = make_text_layout (doc, 7.0, TRUE, -1, PANGO_ALIGN_LEFT,
                                             aspiration_word);

  legend_width = grid->legend_beside ? width - AXIS_WIDTH - grid->grid_width - LEGEND_GAP : width;
  now_text = grid->current >= 0 ? describe_position (grid->current)
                                : g_strdup (_("Not chosen yet"));
  if (grid->consolidate)
    aspiration_text = g_strdup (_("Stay in the current position and consolidate"));
  else if (grid->aspiration >= 0)
    aspiration_text = describe_position (grid->aspiration);
  else
    aspiration_text = g_strdup (_("Not chosen yet"));
  grid->legend[0] = make_legend (doc, legend_width, C_("grid", "Now"), now_text);
  grid->legend[1] = make_legend (doc, legend_width, aspiration_word, aspiration_text);
  grid->legend_height = layout_height (grid->legend[0]) + 8.0 + layout_height (grid->legend[1]);

  height = grid->header_height + 3 * ROW_HEIGHT + grid->footer_height;
  if (grid->legend_beside)
    height = MAX (height, grid->header_height + grid->legend_height);
  else
    height += 8.0 + grid->legend_height;

  sfg_report_doc_add_drawing (doc, height, draw_grid, grid, grid_free, tag);
}
