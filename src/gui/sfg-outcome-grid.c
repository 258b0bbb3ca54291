/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-outcome-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-framework.h"
#include "sfg-outcome-grid.h"

#define N_COLUMNS 3
#define N_ROWS 3

struct _SfgOutcomeGrid
{
  GtkWidget parent_instance;

  GtkWidget *grid;
  GtkWidget *cells[N_COLUMNS][N_ROWS];   /* [category][impact - 1] */
  GtkWidget *marks[N_COLUMNS][N_ROWS];

  char *current_position;
  char *aspiration;
};

G_DEFINE_FINAL_TYPE (SfgOutcomeGrid, sfg_outcome_grid, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CURRENT_POSITION,
  PROP_ASPIRATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The marks: a filled circle for now, a triangle for the two-year aim and
 * a square for consolidating where one is. */
#define MARK_NOW         "●"
#define MARK_ASPIRATION  "▲"
#define MARK_CONSOLIDATE "■"

static const char *
position_title (const char *position_id)
{
  const SfgPosition *position = sfg_framework_lookup_position (position_id);

  return position != NULL ? sfg_position_get_title (position) : NULL;
}

/* Returns: (transfer full): what the picture shows, in words */
char *
sfg_outcome_grid_dup_description (SfgOutcomeGrid *self)
{
  const char *now = position_title (self->current_position);
  const char *future = position_title (self->aspiration);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_return_val_if_fail (SFG_IS_OUTCOME_GRID (self), NULL);

  first = now != NULL ? g_strdup_printf (_("Now: %s."), now)
                      : g_strdup (_("Now: not placed yet."));
  if (g_strcmp0 (self->aspiration, SFG_ASPIRATION_CONSOLIDATE) == 0)
    second = g_strdup (_("In two years: stay and consolidate."));
  else if (future != NULL)
    second = g_strdup_printf (_("In two years: %s."), future);
  else
    second = g_strdup (_("In two years: not chosen yet."));
  return g_strdup_printf ("%s %s", first, second);
}

static void
update_cells (SfgOutcomeGrid *self)
{
  gboolean consolidate = g_strcmp0 (self->aspiration, SFG_ASPIRATION_CONSOLIDATE) == 0;
  g_autofree char *description = NULL;
  guint n_categories;
  const SfgCategory *categories = sfg_framework_get_categories (&n_categories);

  if (self->grid == NULL)   /* disposed */
    return;

  for (guint c = 0; c < n_categories && c < N_COLUMNS; c++)
    for (guint impact = 1; impact <= N_ROWS; impact++)
      {
        const SfgPosition *position = sfg_framework_get_position_at (categories[c].id, impact);
        GtkWidget *cell = self->cells[c][impact - 1];
        GtkWidget *mark = self->marks[c][impact - 1];
        gboolean is_now = g_strcmp0 (position->id, self->current_position) == 0;
        gboolean is_aim = !consolidate && g_strcmp0 (position->id, self->aspiration) == 0;
        g_autoptr(GString) text = g_string_new (NULL);

        if (is_now)
          g_string_append_printf (text, "%s %s", MARK_NOW, _("Now"));
        if (is_now && consolidate)
          g_string_append_printf (text, "\n%s %s", MARK_CONSOLIDATE, _("Consolidate"));
        if (is_aim)
          g_string_append_printf (text, "%s%s %s", text->len > 0 ? "\n" : "",
                                  MARK_ASPIRATION, _("In two years"));

        gtk_label_set_label (GTK_LABEL (mark), text->str);
        gtk_widget_set_visible (mark, text->len > 0);
        if (is_now)
          gtk_widget_add_css_class (cell, "now");
        else
          gtk_widget_remove_css_class (cell, "now");
        if (is_aim)
          gtk_widget_add_css_class (cell, "aspiration");
        else
          gtk_widget_remove_css_class (cell, "aspiration");
      }

  description = sfg_outcome_grid_dup_description (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static GtkWidget *
build_cell (SfgOutcomeGrid    *self,
            guint              column,
            const SfgPosition *position)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (sfg_position_get_title (position));
  GtkWidget *mark = gtk_label_new (NULL);

  gtk_widget_add_css_class (cell, "sfg-outcome-cell");
  gtk_widget_set_hexpand (cell, TRUE);
  gtk_widget_set_valign (title, GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (title, TRUE);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 12);
  gtk_widget_add_css_class (title, "caption");
  gtk_box_append (GTK_BOX (cell), title);

  gtk_label_set_justify (GTK_LABEL (mark), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (mark, "caption-heading");
  gtk_widget_add_css_class (mark, "sfg-outcome-mark");
  gtk_widget_set_visible (mark, FALSE);
  gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (mark, TRUE);
  gtk_box_append (GTK_BOX (cell), mark);

  self->cells[column][position->impact - 1] = cell;
  self->marks[column][position->impact - 1] = mark;
  return cell;
}

static void
build_grid (SfgOutcomeGrid *self)
{
  guint n_categories;
  const SfgCategory *categories = sfg_framework_get_categories (&n_categories);
  GtkWidget *impact_label;
  GtkWidget *growth_label;

  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 4);
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));

  /* The axes as on the printed framework: impact up, growth across. */
  impact_label = gtk_label_new (NULL);
  {
    g_autofree char *text = g_strdup_printf ("↑ %s", sfg_framework_get_impact_axis_label ());
    gtk_label_set_label (GTK_LABEL (impact_label), text);
  }
  gtk_label_set_xalign (GTK_LABEL (impact_label), 0);
  gtk_widget_add_css_class (impact_label, "caption");
  gtk_widget_add_css_class (impact_label, "dim-label");
  gtk_grid_attach (GTK_GRID (self->grid), impact_label, 0, 0, N_COLUMNS, 1);

  growth_label = gtk_label_new (sfg_framework_get_growth_axis_label ());
  gtk_widget_add_css_class (growth_label, "caption");
  gtk_widget_add_css_class (growth_label, "dim-label");
  gtk_grid_attach (GTK_GRID (self->grid), growth_label, 0, N_ROWS + 2, N_COLUMNS, 1);

  for (guint c = 0; c < n_categories && c < N_COLUMNS; c++)
    {
      GtkWidget *heading = gtk_label_new (sfg_category_get_title (&categories[c]));

      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (heading), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (heading), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (heading, "caption-heading");
      gtk_grid_attach (GTK_GRID (self->grid), heading, c, N_ROWS + 1, 1, 1);

      for (guint impact = N_ROWS; impact >= 1; impact--)
        {
          const SfgPosition *position = sfg_framework_get_position_at (categories[c].id, impact);

          gtk_grid_attach (GTK_GRID (self->grid), build_cell (self, c, position),
                           c, N_ROWS - impact + 1, 1, 1);
        }
    }
}

static void
sfg_outcome_grid_dispose (GObject *object)
{
  SfgOutcomeGrid *self = SFG_OUTCOME_GRID (object);

  g_clear_pointer (&self->grid, gtk_widget_unparent);

  G_OBJECT_CLASS (sfg_outcome_grid_parent_class)->dispose (object);
}

static void
sfg_outcome_grid_finalize (GObject *object)
{
  SfgOutcomeGrid *self = SFG_OUTCOME_GRID (object);

  g_clear_pointer (&self->current_position, g_free);
  g_clear_pointer (&self->aspiration, g_free);

  G_OBJECT_CLASS (sfg_outcome_grid_parent_class)->finalize (object);
}

static void
sfg_outcome_grid_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SfgOutcomeGrid *self = SFG_OUTCOME_GRID (object);

  switch (prop_id)
    {
    case PROP_CURRENT_POSITION:
      g_value_set_string (value, self->current_position);
      break;
    case PROP_ASPIRATION:
      g_value_set_string (value, self->aspiration);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_outcome_grid_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SfgOutcomeGrid *self = SFG_OUTCOME_GRID (object);

  switch (prop_id)
    {
    case PROP_CURRENT_POSITION:
      sfg_outcome_grid_set_current_position (self, g_value_get_string (value));
      break;
    case PROP_ASPIRATION:
      sfg_outcome_grid_set_aspiration (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_outcome_grid_class_init (SfgOutcomeGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sfg_outcome_grid_dispose;
  object_class->finalize = sfg_outcome_grid_finalize;
  object_class->get_property = sfg_outcome_grid_get_property;
  object_class->set_property = sfg_outcome_grid_set_property;

  properties[PROP_CURRENT_POSITION] =
    g_param_spec_string ("current-position", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASPIRATION] =
    g_param_spec_string ("aspiration", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sfg-outcome-grid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sfg_outcome_grid_init (SfgOutcomeGrid *self)
{
  build_grid (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scope for Growth outcome on the framework"),
                                  -1);
  update_cells (self);
}

GtkWidget *
sfg_outcome_grid_new (void)
{
  return g_object_new (SFG_TYPE_OUTCOME_GRID, NULL);
}

const char *
sfg_outcome_grid_get_current_position (SfgOutcomeGrid *self)
{
  g_return_val_if_fail (SFG_IS_OUTCOME_GRID (self), NULL);

  return self->current_position;
}

void
sfg_outcome_grid_set_current_position (SfgOutcomeGrid *self,
                                       const char     *position_id)
{
  g_return_if_fail (SFG_IS_OUTCOME_GRID (self));

  if (g_strcmp0 (self->current_position, position_id) == 0)
    return;

  g_free (self->current_position);
  self->current_position = g_strdup (position_id);
  update_cells (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_POSITION]);
}

const char *
sfg_outcome_grid_get_aspiration (SfgOutcomeGrid *self)
{
  g_return_val_if_fail (SFG_IS_OUTCOME_GRID (self), NULL);

  return self->aspiration;
}

/* @aspiration: (nullable): a position id or SFG_ASPIRATION_CONSOLIDATE */
void
sfg_outcome_grid_set_aspiration (SfgOutcomeGrid *self,
                                 const char     *aspiration)
{
  g_return_if_fail (SFG_IS_OUTCOME_GRID (self));

  if (g_strcmp0 (self->aspiration, aspiration) == 0)
    return;

  g_free (self->aspiration);
  self->aspiration = g_strdup (aspiration);
  update_cells (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASPIRATION]);
}
