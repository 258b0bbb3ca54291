/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-objective-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-gui-util.h"
#include "sfg-objective-row.h"
#include "sfg-text-area.h"

struct _SfgObjectiveRow
{
  GtkListBoxRow parent_instance;

  SfgObjective *objective;
  guint index;
  guint n_items;

  GtkLabel *title_label;
  GtkDropDown *term_dropdown;
  SfgTextArea *text_area;
  GtkWidget *up_button;
  GtkWidget *down_button;
  GtkWidget *remove_button;
};

G_DEFINE_FINAL_TYPE (SfgObjectiveRow, sfg_objective_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_OBJECTIVE,
  N_PROPS
};

enum {
  MOVE,
  REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* While the plan is agreed nothing of an objective can change. */
static void
update_sensitivity (SfgObjectiveRow *self)
{
  gboolean editable = !sfg_objective_get_frozen (self->objective);

  gtk_widget_set_sensitive (GTK_WIDGET (self->term_dropdown), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->text_area), editable);
  gtk_widget_set_sensitive (self->up_button, editable && self->index > 0);
  gtk_widget_set_sensitive (self->down_button, editable && self->index + 1 < self->n_items);
  gtk_widget_set_sensitive (self->remove_button, editable);
}

static void
update_labels (SfgObjectiveRow *self)
{
  guint number = self->index + 1;
  g_autofree char *title = g_strdup_printf (_("Objective %u"), number);

  gtk_label_set_label (self->title_label, title);
  sfg_text_area_set_accessible_label (self->text_area, title);
  sfg_gui_set_accessible_label (GTK_WIDGET (self->term_dropdown), _("Term of objective %u"),
                                number);
  sfg_gui_set_accessible_label (self->up_button, _("Move objective %u up"), number);
  sfg_gui_set_accessible_label (self->down_button, _("Move objective %u down"), number);
  sfg_gui_set_accessible_label (self->remove_button, _("Remove objective %u"), number);
  sfg_gui_set_accessible_label (GTK_WIDGET (self), "%s", title);
}

static void
term_changed_cb (SfgObjectiveRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->term_dropdown);
  g_autoptr(GError) error = NULL;

  if (selected == GTK_INVALID_LIST_POSITION || selected == sfg_objective_get_term (self->objective))
    return;
  if (!sfg_objective_set_term (self->objective, selected, &error))
    sfg_gui_show_error (GTK_WIDGET (self), _("The objective could not be changed"), error);
}

static void
objective_term_cb (SfgObjectiveRow *self)
{
  gtk_drop_down_set_selected (self->term_dropdown, sfg_objective_get_term (self->objective));
}

static void
up_clicked_cb (SfgObjectiveRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, -1);
}

static void
down_clicked_cb (SfgObjectiveRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, 1);
}

static void
remove_clicked_cb (SfgObjectiveRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
sfg_objective_row_constructed (GObject *object)
{
  SfgObjectiveRow *self = SFG_OBJECTIVE_ROW (object);

  G_OBJECT_CLASS (sfg_objective_row_parent_class)->constructed (object);

  g_object_bind_property (self->objective, "text", self->text_area, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  objective_term_cb (self);
  g_signal_connect_object (self->objective, "notify::term",
                           G_CALLBACK (objective_term_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->term_dropdown, "notify::selected",
                           G_CALLBACK (term_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->objective, "notify::frozen",
                           G_CALLBACK (update_sensitivity), self, G_CONNECT_SWAPPED);
  update_labels (self);
  update_sensitivity (self);
}

static void
sfg_objective_row_dispose (GObject *object)
{
  SfgObjectiveRow *self = SFG_OBJECTIVE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_OBJECTIVE_ROW);
  g_clear_object (&self->objective);

  G_OBJECT_CLASS (sfg_objective_row_parent_class)->dispose (object);
}

static void
sfg_objective_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SfgObjectiveRow *self = SFG_OBJECTIVE_ROW (object);

  switch (prop_id)
    {
    case PROP_OBJECTIVE:
      g_value_set_object (value, self->objective);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_objective_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SfgObjectiveRow *self = SFG_OBJECTIVE_ROW (object);

  switch (prop_id)
    {
    case PROP_OBJECTIVE:
      self->objective = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_objective_row_class_init (SfgObjectiveRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sfg_objective_row_constructed;
  object_class->dispose = sfg_objective_row_dispose;
  object_class->get_property = sfg_objective_row_get_property;
  object_class->set_property = sfg_objective_row_set_property;

  properties[PROP_OBJECTIVE] =
    g_param_spec_object ("objective", NULL, NULL, SFG_TYPE_OBJECTIVE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgObjectiveRow::move:
   * @delta: -1 to move up, 1 to move down
   */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SFG_TYPE_TEXT_AREA);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/sfg-objective-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgObjectiveRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SfgObjectiveRow, term_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SfgObjectiveRow, text_area);
  gtk_widget_class_bind_template_child (widget_class, SfgObjectiveRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, SfgObjectiveRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, SfgObjectiveRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, down_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
sfg_objective_row_init (SfgObjectiveRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sfg_objective_row_new (SfgObjective *objective)
{
  g_return_val_if_fail (SFG_IS_OBJECTIVE (objective), NULL);

  return g_object_new (SFG_TYPE_OBJECTIVE_ROW, "objective", objective, NULL);
}

SfgObjective *
sfg_objective_row_get_objective (SfgObjectiveRow *self)
{
  g_return_val_if_fail (SFG_IS_OBJECTIVE_ROW (self), NULL);

  return self->objective;
}

/* Where the row is in its list: for its number and the move buttons. */
void
sfg_objective_row_set_place (SfgObjectiveRow *self,
                             guint            index,
                             guint            n_items)
{
  g_return_if_fail (SFG_IS_OBJECTIVE_ROW (self));

  if (self->index == index && self->n_items == n_items)
    return;

  self->index = index;
  self->n_items = n_items;
  update_labels (self);
  update_sensitivity (self);
}

void
sfg_objective_row_focus_text (SfgObjectiveRow *self)
{
  g_return_if_fail (SFG_IS_OBJECTIVE_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_area));
}
