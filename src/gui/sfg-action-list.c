/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-action-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-action-list.h"
#include "sfg-action-row.h"
#include "sfg-gui-util.h"
#include "sfg-json-util.h"
#include "sfg-plan-template.h"
#include "sfg-text-area.h"

struct _SfgActionList
{
  GtkWidget parent_instance;

  SfgPlan *plan;

  AdwPreferencesGroup *group;
  GtkLabel *summary_label;
  GtkListBox *list_box;
  GtkWidget *add_button;
  GtkWidget *no_actions_box;
  SfgTextArea *no_actions_area;
};

G_DEFINE_FINAL_TYPE (SfgActionList, sfg_action_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an Undo needs to put a removed action back where it was. */
typedef struct
{
  SfgPlan *plan;
  SfgAction *action;
  guint position;
  GtkWidget *widget;
} RemovedAction;

static void
removed_action_free (gpointer  data,
                     GClosure *closure)
{
  RemovedAction *removed = data;

  g_clear_object (&removed->plan);
  g_clear_object (&removed->action);
  g_clear_weak_pointer (&removed->widget);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast      *toast,
                RemovedAction *removed)
{
  g_autoptr(GError) error = NULL;

  if (!sfg_plan_add_action (removed->plan, removed->action, &error)
      || !sfg_plan_move_action (removed->plan, removed->action, removed->position, &error))
    {
      if (removed->widget != NULL)
        sfg_gui_show_error (removed->widget, _("The action could not be restored"), error);
    }
}

static guint
n_actions (SfgActionList *self)
{
  return g_list_model_get_n_items (sfg_plan_get_actions (self->plan));
}

/**
 * sfg_action_list_dup_summary:
 *
 * Returns: (transfer full): the counts by status, as the list shows them
 */
char *
sfg_action_list_dup_summary (SfgActionList *self)
{
  GListModel *actions;
  guint counts[SFG_ACTION_STATUS_DROPPED + 1] = { 0, };
  guint n, overdue = 0;
  g_autofree char *today = sfg_date_today ();
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (SFG_IS_ACTION_LIST (self), NULL);

  actions = sfg_plan_get_actions (self->plan);
  n = g_list_model_get_n_items (actions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfgAction) action = g_list_model_get_item (actions, i);

      counts[sfg_action_get_status (action)]++;
      if (sfg_action_is_overdue (action, today))
        overdue++;
    }

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u action", "%u actions", n), n);
  for (SfgActionStatus status = SFG_ACTION_STATUS_NOT_STARTED;
       status <= SFG_ACTION_STATUS_DROPPED; status++)
    if (counts[status] > 0)
      {
        g_string_append (text, " · ");
        /* Translators: a status and how many actions have it, as in "Done: 2" */
        g_string_append_printf (text, _("%s: %u"), sfg_action_status_to_label (status),
                                counts[status]);
      }
  if (overdue > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, _("%s: %u"), _("Overdue"), overdue);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_summary (SfgActionList *self)
{
  g_autofree char *summary = sfg_action_list_dup_summary (self);
  guint n = n_actions (self);
  const char *reason = sfg_plan_get_no_actions_reason (self->plan);

  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), n > 0);
  /* The reason only matters when there are no actions, but a reason
   * already written stays visible so that it can be cleared. */
  gtk_widget_set_visible (self->no_actions_box, n == 0 || (reason != NULL && *reason != '\0'));
}

static void
row_move_cb (SfgActionRow  *row,
             int            delta,
             SfgActionList *self)
{
  SfgAction *action = sfg_action_row_get_action (row);
  int target = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + delta;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *moved;

  if (target < 0 || target >= (int) n_actions (self))
    return;
  if (!sfg_plan_move_action (self->plan, action, target, &error))
    {
      sfg_gui_show_error (GTK_WIDGET (self), _("The action could not be moved"), error);
      return;
    }

  moved = gtk_list_box_get_row_at_index (self->list_box, target);
  if (moved != NULL)
    gtk_widget_child_focus (GTK_WIDGET (moved), GTK_DIR_TAB_FORWARD);
}

static void
row_remove_cb (SfgActionRow  *row,
               SfgActionList *self)
{
  SfgAction *action = sfg_action_row_get_action (row);
  guint position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  RemovedAction *removed;

  removed = g_new0 (RemovedAction, 1);
  removed->plan = g_object_ref (self->plan);
  removed->action = g_object_ref (action);
  removed->position = position;
  g_set_weak_pointer (&removed->widget, GTK_WIDGET (self));

  if (!sfg_plan_remove_action (self->plan, action, &error))
    {
      removed_action_free (removed, NULL);
      sfg_gui_show_error (GTK_WIDGET (self), _("The action could not be removed"), error);
      return;
    }

  title = g_strdup_printf (_("Action %u removed"), position + 1);
  sfg_gui_add_undo_toast (GTK_WIDGET (self), title, G_CALLBACK (undo_remove_cb), removed,
                          removed_action_free);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SfgActionList *self = user_data;
  GtkWidget *row = sfg_action_row_new (item);

  g_signal_connect_object (row, "move", G_CALLBACK (row_move_cb), self, 0);
  g_signal_connect_object (row, "remove", G_CALLBACK (row_remove_cb), self, 0);
  return row;
}

static void
actions_changed_cb (SfgActionList *self)
{
  guint n = n_actions (self);

  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, i);

      if (row != NULL)
        sfg_action_row_set_place (SFG_ACTION_ROW (row), i, n);
    }
  update_summary (self);
}

static void
frozen_cb (SfgActionList *self)
{
  gboolean editable = !sfg_plan_get_frozen (self->plan);

  gtk_widget_set_sensitive (self->add_button, editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->no_actions_area), editable);
}

static void
add_clicked_cb (SfgActionList *self)
{
  sfg_action_list_add (self);
}

static void
sfg_action_list_constructed (GObject *object)
{
  SfgActionList *self = SFG_ACTION_LIST (object);
  GListModel *actions = sfg_plan_get_actions (self->plan);

  G_OBJECT_CLASS (sfg_action_list_parent_class)->constructed (object);

  adw_preferences_group_set_description (self->group, sfg_plan_template_get_content_item (5));
  gtk_list_box_bind_model (self->list_box, actions, create_row, self, NULL);
  /* Connected after the list box's own handler, so the rows exist. */
  g_signal_connect_object (actions, "items-changed",
                           G_CALLBACK (actions_changed_cb), self, G_CONNECT_SWAPPED);
  /* Statuses, dates and the reason change the summary. */
  g_signal_connect_object (self->plan, "changed",
                           G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan, "notify::frozen",
                           G_CALLBACK (frozen_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->plan, "no-actions-reason", self->no_actions_area, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  actions_changed_cb (self);
  frozen_cb (self);
}

static void
sfg_action_list_dispose (GObject *object)
{
  SfgActionList *self = SFG_ACTION_LIST (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_ACTION_LIST);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (sfg_action_list_parent_class)->dispose (object);
}

static void
sfg_action_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SfgActionList *self = SFG_ACTION_LIST (object);

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
sfg_action_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SfgActionList *self = SFG_ACTION_LIST (object);

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
sfg_action_list_class_init (SfgActionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sfg_action_list_constructed;
  object_class->dispose = sfg_action_list_dispose;
  object_class->get_property = sfg_action_list_get_property;
  object_class->set_property = sfg_action_list_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, SFG_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SFG_TYPE_TEXT_AREA);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sfg-action-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgActionList, group);
  gtk_widget_class_bind_template_child (widget_class, SfgActionList, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SfgActionList, list_box);
  gtk_widget_class_bind_template_child (widget_class, SfgActionList, add_button);
  gtk_widget_class_bind_template_child (widget_class, SfgActionList, no_actions_box);
  gtk_widget_class_bind_template_child (widget_class, SfgActionList, no_actions_area);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
sfg_action_list_init (SfgActionList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sfg_action_list_new (SfgPlan *plan)
{
  g_return_val_if_fail (SFG_IS_PLAN (plan), NULL);

  return g_object_new (SFG_TYPE_ACTION_LIST, "plan", plan, NULL);
}

/* Adds an empty action at the end and puts the cursor in its description. */
void
sfg_action_list_add (SfgActionList *self)
{
  g_autoptr(SfgAction) action = sfg_action_new ("");
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  g_return_if_fail (SFG_IS_ACTION_LIST (self));

  if (!sfg_plan_add_action (self->plan, action, &error))
    {
      sfg_gui_show_error (GTK_WIDGET (self), _("The action could not be added"), error);
      return;
    }

  row = gtk_list_box_get_row_at_index (self->list_box, n_actions (self) - 1);
  if (row != NULL)
    sfg_action_row_focus_description (SFG_ACTION_ROW (row));
}
