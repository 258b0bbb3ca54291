/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-framework.h"
#include "sfg-grid.h"
#include "sfg-grid-markers.h"
#include "sfg-mark-slot.h"

#define N_COLUMNS 3
#define N_ROWS 3
#define N_CELLS (N_COLUMNS * N_ROWS)
/* Narrower than this, titles and headers get smaller (style.css "compact"). */
#define COMPACT_WIDTH 560

struct _SfgGrid
{
  GtkWidget parent_instance;

  GtkWidget *overlay;
  GtkWidget *markers;
  GtkWidget *cells[N_CELLS];    /* GtkToggleButton; index row * 3 + column, top row first */
  GtkWidget *slots[N_CELLS];
  GtkWidget *subtitles[N_COLUMNS];

  char *selected;
  char *current;
  char *aspiration;
  GStrv history_positions;
  GStrv history_dates;
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (SfgGrid, sfg_grid, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const SfgPosition *
position_of_cell (guint index)
{
  guint n_categories;
  const SfgCategory *categories = sfg_framework_get_categories (&n_categories);

  return sfg_framework_get_position_at (categories[index % N_COLUMNS].id,
                                        N_ROWS - index / N_COLUMNS);
}

static int
cell_of_position (const char *position_id)
{
  for (guint i = 0; i < N_CELLS; i++)
    if (g_strcmp0 (position_of_cell (i)->id, position_id) == 0)
      return (int) i;
  return -1;
}

static char *
format_date (const char *date,
             const char *format)
{
  int year, month, day;
  g_autoptr(GDateTime) time = NULL;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  time = g_date_time_new_utc (year, month, day, 12, 0, 0);
  return time != NULL ? g_date_time_format (time, format) : NULL;
}

/* What a cell shows and what a screen reader says about it. */
static void
update_cell (SfgGrid *self,
             guint    index)
{
  const SfgPosition *position = position_of_cell (index);
  const SfgCategory *category = sfg_framework_lookup_category (position->category);
  GPtrArray *marks = g_ptr_array_new_with_free_func ((GDestroyNotify) sfg_grid_mark_free);
  g_autoptr(GPtrArray) spoken = g_ptr_array_new_with_free_func (g_free);
  gboolean is_current = g_strcmp0 (self->current, position->id) == 0;
  gboolean consolidate = is_current && g_strcmp0 (self->aspiration, SFG_ASPIRATION_CONSOLIDATE) == 0;
  g_autofree char *name = NULL;

  g_ptr_array_add (spoken, g_strdup (sfg_position_get_title (position)));
  g_ptr_array_add (spoken, g_strdup (sfg_category_get_title (category)));
  /* TRANSLATORS: a cell's level on the impact axis, read by screen readers */
  g_ptr_array_add (spoken, g_strdup_printf (_("impact %u of %u"), position->impact, N_ROWS));

  if (is_current)
    {
      g_ptr_array_add (marks, sfg_grid_mark_new (SFG_GRID_MARK_NOW, C_("grid marker", "Now")));
      g_ptr_array_add (spoken, g_strdup (_("current position")));
    }
  if (consolidate)
    {
      g_ptr_array_add (marks, sfg_grid_mark_new (SFG_GRID_MARK_CONSOLIDATE,
                                                 C_("grid marker", "Stay and consolidate")));
      g_ptr_array_add (spoken, g_strdup (_("staying to consolidate in two years")));
    }
  if (g_strcmp0 (self->aspiration, position->id) == 0)
    {
      g_ptr_array_add (marks, sfg_grid_mark_new (SFG_GRID_MARK_ASPIRATION,
                                                 C_("grid marker", "In two years")));
      g_ptr_array_add (spoken, g_strdup (_("aspiration in two years")));
    }
  for (guint i = 0; self->history_positions != NULL && self->history_positions[i] != NULL; i++)
    {
      /* TRANSLATORS: a short date on a marker of an earlier plan, e.g. "Mar 2024" */
      g_autofree char *short_date = format_date (self->history_dates[i], _("%b %Y"));
      /* TRANSLATORS: a full date, e.g. "12 March 2024" */
      g_autofree char *long_date = format_date (self->history_dates[i], _("%-d %B %Y"));

      if (g_strcmp0 (self->history_positions[i], position->id) != 0)
        continue;
      g_ptr_array_add (marks, sfg_grid_mark_new (SFG_GRID_MARK_HISTORY,
                                                 short_date != NULL ? short_date
                                                 : C_("grid marker", "Earlier plan")));
      g_ptr_array_add (spoken, long_date != NULL
                       /* TRANSLATORS: %s is a date: where an earlier plan placed the person */
                       ? g_strdup_printf (_("position in the plan of %s"), long_date)
                       : g_strdup (_("position in an undated earlier plan")));
    }

  sfg_mark_slot_set_marks (SFG_MARK_SLOT (self->slots[index]), marks);
  g_ptr_array_add (spoken, NULL);
  /* TRANSLATORS: separates the parts of a cell's spoken name:
   * "Core contributor, Depth, impact 2 of 3, current position" */
  name = g_strjoinv (_(", "), (char **) spoken->pdata);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells[index]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  if (is_current)
    gtk_widget_add_css_class (self->cells[index], "now");
  else
    gtk_widget_remove_css_class (self->cells[index], "now");
}

static void
update_cells (SfgGrid *self)
{
  for (guint i = 0; i < N_CELLS; i++)
    update_cell (self, i);
  gtk_widget_queue_draw (self->markers);
}

static void
cell_toggled_cb (GtkToggleButton *button,
                 SfgGrid         *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sfg-cell-index"));

  if (self->updating || !gtk_toggle_button_get_active (button))
    return;
  sfg_grid_set_selected (self, position_of_cell (index)->id);
}

static int
focused_cell (SfgGrid *self)
{
  for (guint i = 0; i < N_CELLS; i++)
    if (gtk_widget_is_focus (self->cells[i]))
      return (int) i;
  return -1;
}

/* Arrows move between cells and stop at the edges, so focus never jumps
 * out of the grid by surprise (Tab leaves it). */
static gboolean
move_focus (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  SfgGrid *self = SFG_GRID (widget);
  int index = focused_cell (self);
  int drow, dcol, row, col;

  if (index < 0)
    return FALSE;
  g_variant_get (args, "(ii)", &drow, &dcol);
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    dcol = -dcol;
  row = CLAMP (index / N_COLUMNS + drow, 0, N_ROWS - 1);
  col = CLAMP (index % N_COLUMNS + dcol, 0, N_COLUMNS - 1);
  gtk_widget_grab_focus (self->cells[row * N_COLUMNS + col]);
  return TRUE;
}

/* N, T, C, Delete act on the cell with focus: it becomes the selected one. */
static gboolean
mark_focused (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  SfgGrid *self = SFG_GRID (widget);
  int index = focused_cell (self);

  if (index < 0)
    return FALSE;
  sfg_grid_set_selected (self, position_of_cell (index)->id);
  return gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), NULL);
}

static GtkWidget *
make_header (const SfgCategory *category,
             GtkWidget        **subtitle_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (sfg_category_get_title (category));
  GtkWidget *subtitle = gtk_label_new (sfg_category_get_subtitle (category));

  gtk_widget_add_css_class (box, "column-header");
  gtk_widget_set_valign (box, GTK_ALIGN_END);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "column-title");
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "column-subtitle");
  gtk_widget_set_tooltip_text (box, sfg_category_get_short_text (category));
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  *subtitle_out = subtitle;
  return box;
}

static GtkWidget *
make_cell (SfgGrid *self,
           guint    index)
{
  const SfgPosition *position = position_of_cell (index);
  const SfgCategory *category = sfg_framework_lookup_category (position->category);
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = gtk_label_new (sfg_position_get_title (position));

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_add_css_class (title, "cell-title");
  gtk_box_append (GTK_BOX (box), title);

  self->slots[index] = sfg_mark_slot_new ();
  gtk_box_append (GTK_BOX (box), self->slots[index]);
  sfg_grid_markers_add_slot (SFG_GRID_MARKERS (self->markers), self->slots[index]);

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "cell");
  gtk_widget_add_css_class (button, position->category);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_vexpand (button, TRUE);
  gtk_widget_set_name (button, position->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  sfg_category_get_subtitle (category),
                                  -1);
  g_object_set_data (G_OBJECT (button), "sfg-cell-index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "toggled", G_CALLBACK (cell_toggled_cb), self);
  if (index > 0)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (self->cells[0]));
  return button;
}

static void
build (SfgGrid *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *cells = gtk_grid_new ();
  GtkWidget *growth_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *growth_indent = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *growth_label = gtk_label_new (_("Growth"));
  GtkWidget *growth_track = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *rows[N_ROWS];
  guint n_categories;
  const SfgCategory *categories = sfg_framework_get_categories (&n_categories);

  self->overlay = gtk_overlay_new ();
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));
  self->markers = sfg_grid_markers_new ();

  /* Spacing comes from style.css (border-spacing), tighter when compact. */
  gtk_grid_set_column_homogeneous (GTK_GRID (cells), TRUE);
  gtk_widget_set_hexpand (cells, TRUE);
  gtk_widget_add_css_class (cells, "cells");

  for (guint c = 0; c < N_COLUMNS && c < n_categories; c++)
    gtk_grid_attach (GTK_GRID (cells), make_header (&categories[c], &self->subtitles[c]), c, 0, 1, 1);
  for (guint i = 0; i < N_CELLS; i++)
    {
      self->cells[i] = make_cell (self, i);
      gtk_grid_attach (GTK_GRID (cells), self->cells[i], i % N_COLUMNS, 1 + i / N_COLUMNS, 1, 1);
    }
  for (guint r = 0; r < N_ROWS; r++)
    rows[r] = self->cells[r * N_COLUMNS];

  /* The impact axis (↑, "Impact" and 3, 2, 1) is drawn in the cells' left
   * margin (style.css).  Not a box beside them: on newer GTK a horizontal box
   * of wrapping text measures a minimum height above its natural one. */

  gtk_widget_add_css_class (growth_indent, "axis-gutter");
  gtk_widget_add_css_class (growth_label, "axis-label");
  gtk_widget_set_hexpand (growth_track, TRUE);
  gtk_widget_set_size_request (growth_track, -1, 20);
  gtk_widget_set_valign (growth_track, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (growth_row), growth_indent);
  gtk_box_append (GTK_BOX (growth_row), growth_label);
  gtk_box_append (GTK_BOX (growth_row), growth_track);

  gtk_box_append (GTK_BOX (outer), cells);
  gtk_box_append (GTK_BOX (outer), growth_row);
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), outer);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), self->markers);

  sfg_grid_markers_set_axes (SFG_GRID_MARKERS (self->markers), cells, growth_track,
                             rows, N_ROWS);
}

/* No layout manager: with one, GTK would not call size_allocate below. */
static void
sfg_grid_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  gtk_widget_measure (SFG_GRID (widget)->overlay, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
sfg_grid_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sfg_grid_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  SfgGrid *self = SFG_GRID (widget);

  /* The width comes from the parent, never from the content, so switching
   * the class here cannot make it flip back and forth. */
  if (width < COMPACT_WIDTH)
    gtk_widget_add_css_class (widget, "compact");
  else
    gtk_widget_remove_css_class (widget, "compact");

  gtk_widget_size_allocate (self->overlay, &(GtkAllocation) { 0, 0, width, height }, baseline);
}

static void
sfg_grid_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SfgGrid *self = SFG_GRID (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_grid_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  SfgGrid *self = SFG_GRID (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      sfg_grid_set_selected (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_grid_dispose (GObject *object)
{
  SfgGrid *self = SFG_GRID (object);

  g_clear_pointer (&self->overlay, gtk_widget_unparent);

  G_OBJECT_CLASS (sfg_grid_parent_class)->dispose (object);
}

static void
sfg_grid_finalize (GObject *object)
{
  SfgGrid *self = SFG_GRID (object);

  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->current, g_free);
  g_clear_pointer (&self->aspiration, g_free);
  g_clear_pointer (&self->history_positions, g_strfreev);
  g_clear_pointer (&self->history_dates, g_strfreev);

  G_OBJECT_CLASS (sfg_grid_parent_class)->finalize (object);
}

static void
add_arrow_binding (GtkWidgetClass *widget_class,
                   guint           key,
                   guint           keypad_key,
                   int             drow,
                   int             dcol)
{
  gtk_widget_class_add_binding (widget_class, key, 0, move_focus, "(ii)", drow, dcol);
  gtk_widget_class_add_binding (widget_class, keypad_key, 0, move_focus, "(ii)", drow, dcol);
}

static void
sfg_grid_class_init (SfgGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sfg_grid_get_property;
  object_class->set_property = sfg_grid_set_property;
  object_class->dispose = sfg_grid_dispose;
  object_class->finalize = sfg_grid_finalize;
  widget_class->measure = sfg_grid_measure;
  widget_class->get_request_mode = sfg_grid_get_request_mode;
  widget_class->size_allocate = sfg_grid_size_allocate;

  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  add_arrow_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, -1, 0);
  add_arrow_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 1, 0);
  add_arrow_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, 0, -1);
  add_arrow_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 0, 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, 0, mark_focused, "s", "grid.mark-now");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_t, 0, mark_focused, "s", "grid.mark-aspiration");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_c, 0, mark_focused, "s", "grid.consolidate");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, mark_focused, "s", "grid.clear");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_BackSpace, 0, mark_focused, "s", "grid.clear");

  gtk_widget_class_set_css_name (widget_class, "sfg-grid");
}

static void
sfg_grid_init (SfgGrid *self)
{
  build (self);
  update_cells (self);
}

GtkWidget *
sfg_grid_new (void)
{
  return g_object_new (SFG_TYPE_GRID, NULL);
}

/* Returns: (nullable): the selected position's id */
const char *
sfg_grid_get_selected (SfgGrid *self)
{
  g_return_val_if_fail (SFG_IS_GRID (self), NULL);

  return self->selected;
}

void
sfg_grid_set_selected (SfgGrid    *self,
                       const char *position_id)
{
  int index;

  g_return_if_fail (SFG_IS_GRID (self));

  index = cell_of_position (position_id);
  if (index < 0)
    position_id = NULL;
  if (g_strcmp0 (self->selected, position_id) == 0)
    return;

  g_free (self->selected);
  self->selected = g_strdup (position_id);

  self->updating = TRUE;
  for (guint i = 0; i < N_CELLS; i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->cells[i]), (int) i == index);
  self->updating = FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* Returns: (transfer none) (nullable): the button of @position_id */
GtkWidget *
sfg_grid_get_cell (SfgGrid    *self,
                   const char *position_id)
{
  int index;

  g_return_val_if_fail (SFG_IS_GRID (self), NULL);

  index = cell_of_position (position_id);
  return index >= 0 ? self->cells[index] : NULL;
}

/* Returns: (nullable): the position whose cell has keyboard focus */
const char *
sfg_grid_get_focused (SfgGrid *self)
{
  int index;

  g_return_val_if_fail (SFG_IS_GRID (self), NULL);

  index = focused_cell (self);
  return index >= 0 ? position_of_cell (index)->id : NULL;
}

void
sfg_grid_set_positions (SfgGrid    *self,
                        const char *current,
                        const char *aspiration)
{
  g_return_if_fail (SFG_IS_GRID (self));

  if (g_strcmp0 (self->current, current) == 0 && g_strcmp0 (self->aspiration, aspiration) == 0)
    return;

  g_free (self->current);
  self->current = g_strdup (current);
  g_free (self->aspiration);
  self->aspiration = g_strdup (aspiration);
  update_cells (self);
}

void
sfg_grid_set_history (SfgGrid            *self,
                      const char * const *position_ids,
                      const char * const *dates)
{
  g_return_if_fail (SFG_IS_GRID (self));
  g_return_if_fail ((position_ids == NULL) == (dates == NULL));
  g_return_if_fail (position_ids == NULL
                    || g_strv_length ((char **) position_ids) == g_strv_length ((char **) dates));

  if (position_ids != NULL && self->history_positions != NULL
      && g_strv_equal (position_ids, (const char * const *) self->history_positions)
      && g_strv_equal (dates, (const char * const *) self->history_dates))
    return;

  g_clear_pointer (&self->history_positions, g_strfreev);
  g_clear_pointer (&self->history_dates, g_strfreev);
  self->history_positions = g_strdupv ((char **) position_ids);
  self->history_dates = g_strdupv ((char **) dates);
  update_cells (self);
}
