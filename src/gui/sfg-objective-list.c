/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-objective-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-gui-util.h"
#include "sfg-objective-list.h"
#include "sfg-objective-row.h"
#include "sfg-plan-template.h"

struct _SfgObjectiveList
{
  GtkWidget parent_instance;

  SfgPlan *plan;

  AdwPreferencesGroup *group;
  GtkListBox *list_box;
  GtkWidget *add_box;
  GtkWidget *add_short_button;
  GtkWidget *add_longer_button;
};

G_DEFINE_FINAL_TYPE (SfgObjectiveList, sfg_objective_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an Undo needs to put a removed objective back where it was. */
typedef struct
{
  SfgPlan *plan;
  SfgObjective *objective;
  guint position;
  GtkWidget *widget;
} RemovedObjective;

static void
removed_objective_free (gpointer data,
                        GClosure *closure)
{
  RemovedObjective *removed = data;

  g_clear_object (&removed->plan);
  g_clear_object (&removed->objective);
  g_clear_weak_pointer (&removed->widget);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast         *toast,
                RemovedObjective *removed)
{
  g_autoptr(GError) error = NULL;

  if (!sfg_plan_add_objective (removed->plan, removed->objective, &error)
      || !sfg_plan_move_objective (removed->plan, removed->objective, removed->position, &error))
    {
      if (removed->widget != NULL)
        sfg_gui_show_error (removed->widget, _("The objective could not be restored"), error);
    }
}

static guint
n_objectives (SfgObjectiveList *self)
{
  return g_list_model_get_n_items (sfg_plan_get_objectives (self->plan));
}

static void
row_move_cb (SfgObjectiveRow  *row,
             int               delta,
             SfgObjectiveList *self)
{
  SfgObjective *objective = sfg_objective_row_get_objective (row);
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  int target = index + delta;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *moved;

  if (target < 0 || target >= (int) n_objectives (self))
    return;
  if (!sfg_plan_move_objective (self->plan, objective, target, &error))
    {
      sfg_gui_show_error (GTK_WIDGET (self), _("The objective could not be moved"), error);
      return;
    }

  /* The row was rebuilt: keep the keyboard on the same button. */
  moved = gtk_list_box_get_row_at_index (self->list_box, target);
  if (moved != NULL)
    gtk_widget_child_focus (GTK_WIDGET (moved), GTK_DIR_TAB_FORWARD);
}

static void
row_remove_cb (SfgObjectiveRow  *row,
               SfgObjectiveList *self)
{
  SfgObjective *objective = sfg_objective_row_get_objective (row);
  RemovedObjective *removed;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  removed = g_new0 (RemovedObjective, 1);
  removed->plan = g_object_ref (self->plan);
  removed->objective = g_object_ref (objective);
  removed->position = position;
  g_set_weak_pointer (&removed->widget, GTK_WIDGET (self));

  if (!sfg_plan_remove_objective (self->plan, objective, &error))
    {
      removed_objective_free (removed, NULL);
      sfg_gui_show_error (GTK_WIDGET (self), _("The objective could not be removed"), error);
      return;
    }

  title = g_strdup_printf (_("Objective %u removed"), position + 1);
  sfg_gui_add_undo_toast (GTK_WIDGET (self), title, G_CALLBACK (undo_remove_cb), removed,
                          removed_objective_free);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SfgObjectiveList *self = user_data;
  GtkWidget *row = sfg_objective_row_new (item);

  g_signal_connect_object (row, "move", G_CALLBACK (row_move_cb), self, 0);
  g_signal_connect_object (row, "remove", G_CALLBACK (row_remove_cb), self, 0);
  return row;
}

/* Numbers and move buttons depend on each row's place. */
static void
objectives_changed_cb (SfgObjectiveList *self)
{
  guint n = n_objectives (self);

  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, i);

      if (row != NULL)
        sfg_objective_row_set_place (SFG_OBJECTIVE_ROW (row), i, n);
    }
}

static void
frozen_cb (SfgObjectiveList *self)
{
  gtk_widget_set_sensitive (self->add_box, !sfg_plan_get_frozen (self->plan));
}

static void
add_short_clicked_cb (SfgObjectiveList *self)
{
  sfg_objective_list_add (self, SFG_OBJECTIVE_TERM_SHORT);
}

static void
add_longer_clicked_cb (SfgObjectiveList *self)
{
  sfg_objective_list_add (self, SFG_OBJECTIVE_TERM_LONGER);
}

static void
sfg_objective_list_constructed (GObject *object)
{
  SfgObjectiveList *self = SFG_OBJECTIVE_LIST (object);
  GListModel *objectives = sfg_plan_get_objectives (self->plan);

  G_OBJECT_CLASS (sfg_objective_list_parent_class)->constructed (object);

  adw_preferences_group_set_description (self->group, sfg_plan_template_get_objectives_note ());
  gtk_list_box_bind_model (self->list_box, objectives, create_row, self, NULL);
  /* Connected after the list box's own handler, so the rows exist. */
  g_signal_connect_object (objectives, "items-changed",
                           G_CALLBACK (objectives_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan, "notify::frozen",
                           G_CALLBACK (frozen_cb), self, G_CONNECT_SWAPPED);
  objectives_changed_cb (self);
  frozen_cb (self);
}

static void
sfg_objective_list_dispose (GObject *object)
{
  SfgObjectiveList *self = SFG_OBJECTIVE_LIST (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_OBJECTIVE_LIST);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (sfg_objective_list_parent_class)->dispose (object);
}

static void
sfg_objective_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SfgObjectiveList *self = SFG_OBJECTIVE_LIST (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_objective_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SfgObjectiveList *self = SFG_OBJECTIVE_LIST (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_objective_list_class_init (SfgObjectiveListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sfg_objective_list_constructed;
  object_class->dispose = sfg_objective_list_dispose;
  object_class->get_property = sfg_objective_list_get_property;
  object_class->set_property = sfg_objective_list_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, SFG_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/sfg-objective-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgObjectiveList, group);
  gtk_widget_class_bind_template_child (widget_class, SfgObjectiveList, list_box);
  gtk_widget_class_bind_template_child (widget_class, SfgObjectiveList, add_box);
  gtk_widget_class_bind_template_child (widget_class, SfgObjectiveList, add_short_button);
  gtk_widget_class_bind_template_child (widget_class, SfgObjectiveList, add_longer_button);
  gtk_widget_class_bind_template_callback (widget_class, add_short_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_longer_clicked_cb);
}

static void
sfg_objective_list_init (SfgObjectiveList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sfg_objective_list_new (SfgPlan *plan)
{
  g_return_val_if_fail (SFG_IS_PLAN (plan), NULL);

  return g_object_new (SFG_TYPE_OBJECTIVE_LIST, "plan", plan, NULL);
}

/* Adds an empty objective of @term at the end and puts the cursor in it. */
void
sfg_objective_list_add (SfgObjectiveList *self,
                        SfgObjectiveTerm  term)
{
  g_autoptr(SfgObjective) objective = sfg_objective_new ("", term);
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  g_return_if_fail (SFG_IS_OBJECTIVE_LIST (self));

  if (!sfg_plan_add_objective (self->plan, objective, &error))
    {
      sfg_gui_show_error (GTK_WIDGET (self), _("The objective could not be added"), error);
      return;
    }

  row = gtk_list_box_get_row_at_index (self->list_box, n_objectives (self) - 1);
  if (row != NULL)
    sfg_objective_row_focus_text (SFG_OBJECTIVE_ROW (row));
}
