/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-grid-markers"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sfg-grid-markers.h"
#include "sfg-mark-slot.h"

/* A marker is a pill: [shape] label, the label wrapping in a narrow cell. */
#define PAD_X 8
#define PAD_Y 4
#define SHAPE 16
#define SHAPE_GAP 6
#define GAP 4
#define STACKED_PAD_X 5
#define NO_WRAP_WIDTH 100000

struct _SfgGridMarkers
{
  GtkWidget parent_instance;

  GPtrArray *slots;      /* SfgMarkSlot, referenced */
  GtkWidget *impact_axis;    /* the cells: the axis is drawn left of them */
  GtkWidget *growth_axis;
  GPtrArray *rows;       /* one widget per row, top row first */
};

G_DEFINE_FINAL_TYPE (SfgGridMarkers, sfg_grid_markers, GTK_TYPE_WIDGET)

typedef struct
{
  GdkRGBA fg;
  GdkRGBA accent_bg;
  GdkRGBA accent_fg;
  GdkRGBA accent;
  GdkRGBA success_bg;
  GdkRGBA success_fg;
  GdkRGBA card_bg;
  gboolean high_contrast;
} Palette;

typedef struct
{
  graphene_rect_t rect;
  SfgGridMark *mark;
  int width;             /* the slot's width, for the label's wrapping */
} Pill;

SfgGridMark *
sfg_grid_mark_new (SfgGridMarkKind  kind,
                   const char      *label)
{
  SfgGridMark *mark = g_new0 (SfgGridMark, 1);

  mark->kind = kind;
  mark->label = g_strdup (label);
  return mark;
}

void
sfg_grid_mark_free (SfgGridMark *mark)
{
  if (mark == NULL)
    return;
  g_free (mark->label);
  g_free (mark);
}

/* Where the parts of one marker go, at a slot @width wide (or any width). */
typedef struct
{
  PangoLayout *layout;
  int width;
  int height;
  gboolean stacked;      /* the shape above the words: a cell too narrow for both */
  int text_x;
  int text_y;
  double shape_x;        /* the shape's centre */
  double shape_y;
} PillGeometry;

static void
pill_geometry (PangoContext *context,
               SfgGridMark  *mark,
               int           width,
               PillGeometry *g)
{
  gboolean bounded = width > 0 && width < NO_WRAP_WIDTH;
  int beside = width - 2 * PAD_X - SHAPE - SHAPE_GAP;
  int text_width, text_height, first_line;

  g->layout = pango_layout_new (context);
  pango_layout_set_text (g->layout, mark->label, -1);
  g->stacked = FALSE;

  if (bounded)
    {
      int widest;

      /* Laid out one word per line, its width is the widest word's: with
       * less room than that beside the shape, words would be cut in two. */
      pango_layout_set_width (g->layout, PANGO_SCALE);
      pango_layout_set_wrap (g->layout, PANGO_WRAP_WORD);
      pango_layout_get_pixel_size (g->layout, &widest, NULL);
      g->stacked = widest > beside;

      pango_layout_set_width (g->layout,
                              MAX (1, g->stacked ? width - 2 * STACKED_PAD_X : beside) * PANGO_SCALE);
      pango_layout_set_wrap (g->layout, PANGO_WRAP_WORD_CHAR);
    }

  pango_layout_get_pixel_size (g->layout, &text_width, &text_height);
  first_line = text_height / MAX (1, pango_layout_get_line_count (g->layout));

  if (g->stacked)
    {
      g->width = 2 * STACKED_PAD_X + MAX (text_width, SHAPE);
      g->height = PAD_Y + SHAPE + 2 + text_height + PAD_Y;
      g->text_x = STACKED_PAD_X;
      g->text_y = PAD_Y + SHAPE + 2;
      g->shape_x = STACKED_PAD_X + SHAPE / 2.0;
      g->shape_y = PAD_Y + SHAPE / 2.0;
    }
  else
    {
      g->width = 2 * PAD_X + SHAPE + SHAPE_GAP + text_width;
      g->height = MAX (SHAPE, text_height) + 2 * PAD_Y;
      g->text_x = PAD_X + SHAPE + SHAPE_GAP;
      g->text_y = PAD_Y;
      /* Level with the first line. */
      g->shape_x = PAD_X + SHAPE / 2.0;
      g->shape_y = PAD_Y + MAX (SHAPE, first_line) / 2.0;
    }
  if (bounded)
    g->width = MIN (g->width, width);
}

int
sfg_grid_marks_layout (PangoContext    *context,
                       GPtrArray       *marks,
                       int              width,
                       graphene_rect_t *rects)
{
  int y = 0;

  for (guint i = 0; i < marks->len; i++)
    {
      PillGeometry g;

      pill_geometry (context, g_ptr_array_index (marks, i), width, &g);
      if (rects != NULL)
        graphene_rect_init (&rects[i], 0, y, g.width, g.height);
      y += g.height + GAP;
      g_object_unref (g.layout);
    }
  return marks->len > 0 ? y - GAP : 0;
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  /* libadwaita's named colours follow light, dark and high contrast. */
  if (!gtk_style_context_lookup_color (context, name, color))
    gtk_style_context_get_color (context, color);
}

static void
get_palette (GtkWidget *widget,
             Palette   *palette)
{
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &palette->fg);
  lookup_color (widget, "accent_bg_color", &palette->accent_bg);
  lookup_color (widget, "accent_fg_color", &palette->accent_fg);
  lookup_color (widget, "accent_color", &palette->accent);
  lookup_color (widget, "success_bg_color", &palette->success_bg);
  lookup_color (widget, "success_fg_color", &palette->success_fg);
  lookup_color (widget, "card_bg_color", &palette->card_bg);
  palette->high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

static void
set_color (cairo_t       *cr,
           const GdkRGBA *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
star_path (cairo_t *cr,
           double   cx,
           double   cy,
           double   outer)
{
  double inner = outer * 0.45;

  for (int i = 0; i < 10; i++)
    {
      double r = i % 2 == 0 ? outer : inner;
      double angle = -G_PI / 2 + i * G_PI / 5;

      if (i == 0)
        cairo_move_to (cr, cx + r * cos (angle), cy + r * sin (angle));
      else
        cairo_line_to (cr, cx + r * cos (angle), cy + r * sin (angle));
    }
  cairo_close_path (cr);
}

static void
draw_shape (cairo_t         *cr,
            SfgGridMarkKind  kind,
            double           cx,
            double           cy)
{
  double r = SHAPE / 2.0;

  switch (kind)
    {
    case SFG_GRID_MARK_NOW:
      cairo_arc (cr, cx, cy, r - 1, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case SFG_GRID_MARK_ASPIRATION:
      star_path (cr, cx, cy, r + 0.5);
      cairo_fill (cr);
      break;
    case SFG_GRID_MARK_CONSOLIDATE:
      cairo_set_line_width (cr, 2);
      cairo_arc (cr, cx, cy, r - 1.5, 0, 2 * G_PI);
      cairo_stroke (cr);
      cairo_arc (cr, cx, cy, r * 0.35, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case SFG_GRID_MARK_HISTORY:
    default:
      cairo_set_line_width (cr, 1.5);
      cairo_arc (cr, cx, cy, r - 2, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;
    }
}

static void
pill_path (cairo_t               *cr,
           const graphene_rect_t *r,
           gboolean               stacked)
{
  double radius = stacked ? 10 : MIN (r->size.height, r->size.width) / 2;
  double x = r->origin.x, y = r->origin.y, w = r->size.width, h = r->size.height;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_pill (SfgGridMarkers *self,
           cairo_t        *cr,
           const Pill     *pill,
           const Palette  *palette)
{
  const graphene_rect_t *r = &pill->rect;
  const GdkRGBA *fill = NULL, *ink = &palette->fg, *border = NULL;
  double ink_alpha = 1.0, border_width = 0;
  PillGeometry g;

  pill_geometry (gtk_widget_get_pango_context (GTK_WIDGET (self)), pill->mark, pill->width, &g);

  switch (pill->mark->kind)
    {
    case SFG_GRID_MARK_NOW:
      fill = &palette->accent_bg;
      ink = &palette->accent_fg;
      break;
    case SFG_GRID_MARK_ASPIRATION:
      fill = &palette->card_bg;
      ink = &palette->accent;
      border = &palette->accent;
      border_width = 2;
      break;
    case SFG_GRID_MARK_CONSOLIDATE:
      fill = &palette->success_bg;
      ink = &palette->success_fg;
      break;
    case SFG_GRID_MARK_HISTORY:
    default:
      /* Faded: earlier plans are context, not the conversation's subject. */
      ink_alpha = palette->high_contrast ? 0.85 : 0.6;
      border = &palette->fg;
      border_width = 1.5;
      break;
    }

  pill_path (cr, r, g.stacked);
  if (fill != NULL)
    {
      set_color (cr, fill, 1.0);
      cairo_fill_preserve (cr);
    }
  if (palette->high_contrast && border == NULL)
    {
      border = &palette->fg;
      border_width = 1.5;
    }
  if (border != NULL)
    {
      if (pill->mark->kind == SFG_GRID_MARK_HISTORY)
        cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
      set_color (cr, border, pill->mark->kind == SFG_GRID_MARK_HISTORY ? ink_alpha : 1.0);
      cairo_set_line_width (cr, border_width);
      cairo_stroke_preserve (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  cairo_new_path (cr);

  set_color (cr, ink, ink_alpha);
  draw_shape (cr, pill->mark->kind, r->origin.x + g.shape_x, r->origin.y + g.shape_y);
  cairo_move_to (cr, r->origin.x + g.text_x, r->origin.y + g.text_y);
  pango_cairo_show_layout (cr, g.layout);
  g_object_unref (g.layout);
}

/* From the Now marker's side to the aspiration's side, leaving and arriving
 * sideways: the markers sit under the cell titles, so a curve that starts
 * level with them passes through the cells' empty lower parts, not their
 * titles.  An aspiration in the same column is reached by a loop on the right. */
static void
draw_arrow (cairo_t               *cr,
            const graphene_rect_t *from,
            const graphene_rect_t *to,
            const Palette         *palette)
{
  double from_cx = from->origin.x + from->size.width / 2;
  double to_cx = to->origin.x + to->size.width / 2;
  double y0 = from->origin.y + from->size.height / 2;
  double y1 = to->origin.y + to->size.height / 2;
  gboolean rightwards = to_cx >= from_cx;
  gboolean same_column = fabs (to->origin.x - from->origin.x) < 1;
  double x0, x1, c0, c1, reach, dx, dy, length, head = 14, half = 8;

  if (same_column)
    {
      x0 = from->origin.x + from->size.width + 2;
      x1 = to->origin.x + to->size.width + 3;
      reach = MAX (48, fabs (y1 - y0) / 3);
      c0 = x0 + reach;
      c1 = x1 + reach;
    }
  else
    {
      x0 = rightwards ? from->origin.x + from->size.width + 2 : from->origin.x - 2;
      x1 = rightwards ? to->origin.x - 3 : to->origin.x + to->size.width + 3;
      reach = MAX (40, fabs (x1 - x0) / 2);
      c0 = rightwards ? x0 + reach : x0 - reach;
      c1 = rightwards ? x1 - reach : x1 + reach;
    }

  /* The arrowhead follows the curve's direction where it arrives. */
  dx = x1 - c1;
  dy = 0;
  length = fabs (dx);
  if (length < 1)
    return;
  dx /= length;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (int pass = 0; pass < 2; pass++)
    {
      /* A thin halo in the cards' colour keeps the arrow readable on any cell. */
      if (pass == 0)
        {
          set_color (cr, &palette->card_bg, 0.85);
          cairo_set_line_width (cr, 7);
        }
      else
        {
          set_color (cr, &palette->accent, 1.0);
          cairo_set_line_width (cr, 3);
        }
      cairo_move_to (cr, x0, y0);
      cairo_curve_to (cr, c0, y0, c1, y1, x1 - dx * head * 0.6, y1);
      cairo_stroke (cr);

      cairo_move_to (cr, x1, y1);
      cairo_line_to (cr, x1 - dx * head - dy * half, y1 - dy * head + dx * half);
      cairo_line_to (cr, x1 - dx * head + dy * half, y1 - dy * head - dx * half);
      cairo_close_path (cr);
      if (pass == 0)
        cairo_stroke_preserve (cr);
      cairo_fill (cr);
    }
}

static void
arrow_head (cairo_t *cr,
            double   x,
            double   y,
            double   dx,
            double   dy)
{
  double head = 10, half = 6;

  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x - dx * head - dy * half, y - dy * head + dx * half);
  cairo_line_to (cr, x - dx * head + dy * half, y - dy * head - dx * half);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static gboolean
bounds_in (SfgGridMarkers  *self,
           GtkWidget       *widget,
           graphene_rect_t *bounds)
{
  return widget != NULL && gtk_widget_get_mapped (widget)
         && gtk_widget_compute_bounds (widget, GTK_WIDGET (self), bounds);
}

static void
draw_axes (SfgGridMarkers *self,
           cairo_t        *cr,
           const Palette  *palette)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  graphene_rect_t axis, top, bottom, track;
  double alpha = palette->high_contrast ? 1.0 : 0.6;

  cairo_set_line_width (cr, 2);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* The impact axis goes in the space left of the cells. */
  if (self->rows->len > 0 && bounds_in (self, self->impact_axis, &axis)
      && bounds_in (self, g_ptr_array_index (self->rows, 0), &top)
      && bounds_in (self, g_ptr_array_index (self->rows, self->rows->len - 1), &bottom))
    {
      g_autoptr(PangoLayout) label = pango_layout_new (context);
      graphene_rect_t second;
      double x = axis.origin.x >= 40 ? 10 : 6;
      double y_top = top.origin.y + 2;
      double y_bottom = bottom.origin.y + bottom.size.height;
      double middle;
      int text_width, text_height;

      /* The name sits between the top two rows, clear of the levels'
       * numbers, which are at the rows' middles. */
      if (self->rows->len > 1 && bounds_in (self, g_ptr_array_index (self->rows, 1), &second))
        middle = (top.origin.y + top.size.height + second.origin.y) / 2;
      else
        middle = (y_top + y_bottom) / 2;

      /* The impact axis: ↑ with its name along it, and each row's level. */
      pango_layout_set_text (label, _("Impact"), -1);
      pango_layout_get_pixel_size (label, &text_width, &text_height);
      set_color (cr, &palette->fg, alpha);
      cairo_move_to (cr, x, y_bottom);
      cairo_line_to (cr, x, middle + text_width / 2.0 + 6);
      cairo_move_to (cr, x, middle - text_width / 2.0 - 6);
      cairo_line_to (cr, x, y_top + 8);
      cairo_stroke (cr);
      arrow_head (cr, x, y_top, 0, -1);

      cairo_save (cr);
      cairo_translate (cr, x - text_height / 2.0, middle + text_width / 2.0);
      cairo_rotate (cr, -G_PI / 2);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, label);
      cairo_restore (cr);

      for (guint i = 0; i < self->rows->len; i++)
        {
          g_autoptr(PangoLayout) number = pango_layout_new (context);
          g_autofree char *text = g_strdup_printf ("%u", self->rows->len - i);
          graphene_rect_t row;
          int w, h;

          if (!bounds_in (self, g_ptr_array_index (self->rows, i), &row))
            continue;
          pango_layout_set_text (number, text, -1);
          pango_layout_get_pixel_size (number, &w, &h);
          set_color (cr, &palette->fg, palette->high_contrast ? 1.0 : 0.75);
          cairo_move_to (cr, axis.origin.x - w - 6,
                         row.origin.y + (row.size.height - h) / 2);
          pango_cairo_show_layout (cr, number);
        }
    }

  if (bounds_in (self, self->growth_axis, &track))
    {
      double y = track.origin.y + track.size.height / 2;
      double x_end = track.origin.x + track.size.width - 2;

      /* The growth axis: → from the label to the grid's right edge. */
      set_color (cr, &palette->fg, alpha);
      cairo_move_to (cr, track.origin.x + 4, y);
      cairo_line_to (cr, x_end - 8, y);
      cairo_stroke (cr);
      arrow_head (cr, x_end, y, 1, 0);
    }
}

static void
sfg_grid_markers_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  SfgGridMarkers *self = SFG_GRID_MARKERS (widget);
  PangoContext *context = gtk_widget_get_pango_context (widget);
  g_autoptr(GArray) pills = g_array_new (FALSE, FALSE, sizeof (Pill));
  const Pill *now = NULL, *aspiration = NULL;
  Palette palette;
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                       gtk_widget_get_height (widget)));
  get_palette (widget, &palette);
  draw_axes (self, cr, &palette);

  for (guint i = 0; i < self->slots->len; i++)
    {
      GtkWidget *slot = g_ptr_array_index (self->slots, i);
      GPtrArray *marks = sfg_mark_slot_get_marks (SFG_MARK_SLOT (slot));
      g_autofree graphene_rect_t *rects = NULL;
      graphene_rect_t bounds;

      if (marks->len == 0 || !bounds_in (self, slot, &bounds))
        continue;
      rects = g_new0 (graphene_rect_t, marks->len);
      sfg_grid_marks_layout (context, marks, (int) bounds.size.width, rects);
      for (guint m = 0; m < marks->len; m++)
        {
          Pill pill = { rects[m], g_ptr_array_index (marks, m), (int) bounds.size.width };

          graphene_rect_offset (&pill.rect, bounds.origin.x, bounds.origin.y);
          g_array_append_val (pills, pill);
        }
    }

  for (guint i = 0; i < pills->len; i++)
    {
      const Pill *pill = &g_array_index (pills, Pill, i);

      if (pill->mark->kind == SFG_GRID_MARK_NOW)
        now = pill;
      else if (pill->mark->kind == SFG_GRID_MARK_ASPIRATION)
        aspiration = pill;
    }
  if (now != NULL && aspiration != NULL)
    draw_arrow (cr, &now->rect, &aspiration->rect, &palette);

  for (guint i = 0; i < pills->len; i++)
    draw_pill (self, cr, &g_array_index (pills, Pill, i), &palette);

  cairo_destroy (cr);
}

static void
sfg_grid_markers_dispose (GObject *object)
{
  SfgGridMarkers *self = SFG_GRID_MARKERS (object);

  g_ptr_array_set_size (self->slots, 0);
  g_ptr_array_set_size (self->rows, 0);
  g_clear_object (&self->impact_axis);
  g_clear_object (&self->growth_axis);

  G_OBJECT_CLASS (sfg_grid_markers_parent_class)->dispose (object);
}

static void
sfg_grid_markers_finalize (GObject *object)
{
  SfgGridMarkers *self = SFG_GRID_MARKERS (object);

  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sfg_grid_markers_parent_class)->finalize (object);
}

static void
sfg_grid_markers_class_init (SfgGridMarkersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sfg_grid_markers_dispose;
  object_class->finalize = sfg_grid_markers_finalize;
  widget_class->snapshot = sfg_grid_markers_snapshot;

  gtk_widget_class_set_css_name (widget_class, "sfg-grid-markers");
  /* What it shows is in each cell's accessible name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
style_changed_cb (SfgGridMarkers *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sfg_grid_markers_init (SfgGridMarkers *self)
{
  self->slots = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), FALSE);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
sfg_grid_markers_new (void)
{
  return g_object_new (SFG_TYPE_GRID_MARKERS, NULL);
}

void
sfg_grid_markers_add_slot (SfgGridMarkers *self,
                           GtkWidget      *slot)
{
  g_return_if_fail (SFG_IS_GRID_MARKERS (self));
  g_return_if_fail (SFG_IS_MARK_SLOT (slot));

  g_ptr_array_add (self->slots, g_object_ref (slot));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* @rows: one widget per row of cells, top row first; their bounds place the levels. */
void
sfg_grid_markers_set_axes (SfgGridMarkers  *self,
                           GtkWidget       *impact_axis,
                           GtkWidget       *growth_axis,
                           GtkWidget      **rows,
                           guint            n_rows)
{
  g_return_if_fail (SFG_IS_GRID_MARKERS (self));

  g_set_object (&self->impact_axis, impact_axis);
  g_set_object (&self->growth_axis, growth_axis);
  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; i < n_rows; i++)
    g_ptr_array_add (self->rows, g_object_ref (rows[i]));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
