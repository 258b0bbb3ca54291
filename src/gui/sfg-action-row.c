/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-action-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-action-row.h"
#include "sfg-date-button.h"
#include "sfg-framework.h"
#include "sfg-gui-util.h"
#include "sfg-json-util.h"
#include "sfg-text-area.h"

struct _SfgActionRow
{
  GtkListBoxRow parent_instance;

  SfgAction *action;
  guint index;
  guint n_items;

  GtkLabel *title_label;
  GtkWidget *overdue_box;
  GtkLabel *initiative_label;
  GtkWidget *carried_label;
  SfgTextArea *description_area;
  GtkDropDown *owner_dropdown;
  GtkEntry *owner_other_entry;
  SfgDateButton *target_date_button;
  GtkDropDown *status_dropdown;
  SfgTextArea *progress_area;
  GtkWidget *up_button;
  GtkWidget *down_button;
  GtkWidget *remove_button;
};

G_DEFINE_FINAL_TYPE (SfgActionRow, sfg_action_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ACTION,
  N_PROPS
};

enum {
  MOVE,
  REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* While the plan is agreed only the status and progress notes change. */
static void
update_sensitivity (SfgActionRow *self)
{
  gboolean editable = !sfg_action_get_frozen (self->action);

  gtk_widget_set_sensitive (GTK_WIDGET (self->description_area), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->owner_dropdown), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->owner_other_entry), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->target_date_button), editable);
  /* Screen readers ask the button inside whether it can be used. */
  gtk_widget_set_sensitive (sfg_date_button_get_button (self->target_date_button), editable);
  gtk_widget_set_sensitive (self->up_button, editable && self->index > 0);
  gtk_widget_set_sensitive (self->down_button, editable && self->index + 1 < self->n_items);
  gtk_widget_set_sensitive (self->remove_button, editable);
}

static void
update_labels (SfgActionRow *self)
{
  guint number = self->index + 1;
  g_autofree char *title = g_strdup_printf (_("Action %u"), number);
  g_autofree char *date_label = g_strdup_printf (_("Target date of action %u"), number);
  g_autofree char *description = g_strdup_printf (_("Description of action %u"), number);
  g_autofree char *notes = g_strdup_printf (_("Progress notes for action %u"), number);

  gtk_label_set_label (self->title_label, title);
  sfg_gui_set_accessible_label (GTK_WIDGET (self), "%s", title);
  sfg_text_area_set_accessible_label (self->description_area, description);
  sfg_text_area_set_accessible_label (self->progress_area, notes);
  sfg_date_button_set_accessible_label (self->target_date_button, date_label);
  sfg_gui_set_accessible_label (GTK_WIDGET (self->owner_dropdown), _("Owner of action %u"), number);
  sfg_gui_set_accessible_label (GTK_WIDGET (self->owner_other_entry), _("Who owns action %u"),
                                number);
  sfg_gui_set_accessible_label (GTK_WIDGET (self->status_dropdown), _("Status of action %u"),
                                number);
  sfg_gui_set_accessible_label (self->up_button, _("Move action %u up"), number);
  sfg_gui_set_accessible_label (self->down_button, _("Move action %u down"), number);
  sfg_gui_set_accessible_label (self->remove_button, _("Remove action %u"), number);
}

static void
update_overdue (SfgActionRow *self)
{
  g_autofree char *today = sfg_date_today ();

  gtk_widget_set_visible (self->overdue_box, sfg_action_is_overdue (self->action, today));
}

static void
update_initiative (SfgActionRow *self)
{
  const char *position_id = sfg_action_get_position_id (self->action);
  const SfgPosition *position = sfg_framework_lookup_position (position_id);
  const char *initiative = sfg_action_get_initiative_text (self->action);
  g_autofree char *text = NULL;

  if (position != NULL && initiative != NULL)
    /* Translators: a framework position, then one of its suggested initiatives */
    text = g_strdup_printf (_("From the framework: %s — %s"),
                            sfg_position_get_title (position), initiative);
  gtk_label_set_label (self->initiative_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->initiative_label), text != NULL);
}

static void
action_owner_cb (SfgActionRow *self)
{
  SfgActionOwner owner = sfg_action_get_owner (self->action);

  gtk_drop_down_set_selected (self->owner_dropdown, owner);
  gtk_widget_set_visible (GTK_WIDGET (self->owner_other_entry), owner == SFG_ACTION_OWNER_OTHER);
}

static void
action_status_cb (SfgActionRow *self)
{
  gtk_drop_down_set_selected (self->status_dropdown, sfg_action_get_status (self->action));
  update_overdue (self);
}

static void
owner_selected_cb (SfgActionRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->owner_dropdown);
  g_autoptr(GError) error = NULL;

  if (selected == GTK_INVALID_LIST_POSITION || selected == sfg_action_get_owner (self->action))
    return;
  if (!sfg_action_set_owner (self->action, selected, &error))
    sfg_gui_show_error (GTK_WIDGET (self), _("The owner could not be changed"), error);
}

static void
status_selected_cb (SfgActionRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected == sfg_action_get_status (self->action))
    return;
  sfg_action_set_status (self->action, selected);
}

static void
up_clicked_cb (SfgActionRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, -1);
}

static void
down_clicked_cb (SfgActionRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, 1);
}

static void
remove_clicked_cb (SfgActionRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
sfg_action_row_constructed (GObject *object)
{
  SfgActionRow *self = SFG_ACTION_ROW (object);
  const GBindingFlags both = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  G_OBJECT_CLASS (sfg_action_row_parent_class)->constructed (object);

  g_object_bind_property (self->action, "description", self->description_area, "text", both);
  g_object_bind_property (self->action, "progress-notes", self->progress_area, "text", both);
  g_object_bind_property (self->action, "owner-other", self->owner_other_entry, "text", both);
  g_object_bind_property (self->action, "target-date", self->target_date_button, "date", both);
  gtk_widget_set_visible (self->carried_label, sfg_action_get_carried_from (self->action) != NULL);

  action_owner_cb (self);
  action_status_cb (self);
  update_initiative (self);
  g_signal_connect_object (self->action, "notify::owner",
                           G_CALLBACK (action_owner_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->action, "notify::status",
                           G_CALLBACK (action_status_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->action, "notify::target-date",
                           G_CALLBACK (update_overdue), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->action, "notify::initiative-text",
                           G_CALLBACK (update_initiative), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->action, "notify::frozen",
                           G_CALLBACK (update_sensitivity), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->owner_dropdown, "notify::selected",
                           G_CALLBACK (owner_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (status_selected_cb), self, G_CONNECT_SWAPPED);

  update_labels (self);
  update_sensitivity (self);
}

static void
sfg_action_row_dispose (GObject *object)
{
  SfgActionRow *self = SFG_ACTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_ACTION_ROW);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (sfg_action_row_parent_class)->dispose (object);
}

static void
sfg_action_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SfgActionRow *self = SFG_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      g_value_set_object (value, self->action);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_action_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SfgActionRow *self = SFG_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      self->action = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_action_row_class_init (SfgActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sfg_action_row_constructed;
  object_class->dispose = sfg_action_row_dispose;
  object_class->get_property = sfg_action_row_get_property;
  object_class->set_property = sfg_action_row_set_property;

  properties[PROP_ACTION] =
    g_param_spec_object ("action", NULL, NULL, SFG_TYPE_ACTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgActionRow::move:
   * @delta: -1 to move up, 1 to move down
   */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SFG_TYPE_TEXT_AREA);
  g_type_ensure (SFG_TYPE_DATE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sfg-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, overdue_box);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, initiative_label);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, carried_label);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, description_area);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, owner_other_entry);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, target_date_button);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, progress_area);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, SfgActionRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, down_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
sfg_action_row_init (SfgActionRow *self)
{
  g_autoptr(GtkStringList) owners = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The items are in the enums' order, so an item's position is its value. */
  for (SfgActionOwner owner = SFG_ACTION_OWNER_INDIVIDUAL; owner <= SFG_ACTION_OWNER_OTHER; owner++)
    gtk_string_list_append (owners, sfg_action_owner_to_label (owner));
  for (SfgActionStatus status = SFG_ACTION_STATUS_NOT_STARTED;
       status <= SFG_ACTION_STATUS_DROPPED; status++)
    gtk_string_list_append (statuses, sfg_action_status_to_label (status));
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (owners));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
}

GtkWidget *
sfg_action_row_new (SfgAction *action)
{
  g_return_val_if_fail (SFG_IS_ACTION (action), NULL);

  return g_object_new (SFG_TYPE_ACTION_ROW, "action", action, NULL);
}

SfgAction *
sfg_action_row_get_action (SfgActionRow *self)
{
  g_return_val_if_fail (SFG_IS_ACTION_ROW (self), NULL);

  return self->action;
}

/* Where the row is in its list: for its number and the move buttons. */
void
sfg_action_row_set_place (SfgActionRow *self,
                          guint         index,
                          guint         n_items)
{
  g_return_if_fail (SFG_IS_ACTION_ROW (self));

  if (self->index == index && self->n_items == n_items)
    return;

  self->index = index;
  self->n_items = n_items;
  update_labels (self);
  update_sensitivity (self);
}

gboolean
sfg_action_row_get_overdue (SfgActionRow *self)
{
  g_return_val_if_fail (SFG_IS_ACTION_ROW (self), FALSE);

  return gtk_widget_get_visible (self->overdue_box);
}

void
sfg_action_row_focus_description (SfgActionRow *self)
{
  g_return_if_fail (SFG_IS_ACTION_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->description_area));
}
