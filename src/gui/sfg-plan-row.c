/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-plan-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-gui-util.h"
#include "sfg-plan-row.h"

struct _SfgPlanRow
{
  AdwActionRow parent_instance;

  SfgPlan *plan;
  GtkLabel *status_label;
  GtkWidget *menu_button;
};

G_DEFINE_FINAL_TYPE (SfgPlanRow, sfg_plan_row, ADW_TYPE_ACTION_ROW)

static void
update (SfgPlanRow *self)
{
  g_autofree char *date = sfg_gui_format_plan_date (self->plan);
  g_autofree char *positions = sfg_gui_format_positions (self->plan);
  g_autofree char *subtitle = NULL;
  gboolean agreed = sfg_plan_get_status (self->plan) == SFG_PLAN_STATUS_AGREED;
  const char *status = agreed ? _("Agreed") : _("Draft");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), date);
  /* The signed copy no longer shows everything: say so in the list too. */
  if (sfg_plan_get_changed_after_agreement (self->plan))
    subtitle = g_strdup_printf ("%s\n%s", positions, _("Changed after agreement"));
  else
    subtitle = g_strdup (positions);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_label_set_label (self->status_label, status);
  if (agreed)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "agreed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "agreed");

  sfg_gui_set_accessible_label (self->menu_button, _("More for the plan of %s"), date);
  /* Translators: a plan's date, where someone is and wants to be, and Draft or Agreed */
  sfg_gui_set_accessible_label (GTK_WIDGET (self), _("Plan of %s, %s, %s"), date, subtitle, status);
}

static GMenuModel *
build_menu (SfgPlan *plan)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) danger = g_menu_new ();
  const char *id = sfg_plan_get_id (plan);
  struct { GMenu *section; const char *label; const char *action; } items[] = {
    { menu, N_("_Open"), "plan.open" },
    { menu, N_("Start _Follow-up Plan"), "plan.follow-up" },
    { danger, N_("_Delete"), "plan.delete" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, items[i].action, g_variant_new_string (id));
      g_menu_append_item (items[i].section, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));
  return G_MENU_MODEL (menu);
}

static void
sfg_plan_row_dispose (GObject *object)
{
  SfgPlanRow *self = SFG_PLAN_ROW (object);

  g_clear_object (&self->plan);

  G_OBJECT_CLASS (sfg_plan_row_parent_class)->dispose (object);
}

static void
sfg_plan_row_class_init (SfgPlanRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sfg_plan_row_dispose;
}

static void
sfg_plan_row_init (SfgPlanRow *self)
{
  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->status_label), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "sfg-plan-status-pill");
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "caption-heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->status_label));

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "view-more-symbolic");
  gtk_widget_set_valign (self->menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->menu_button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->menu_button);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 3);
}

GtkWidget *
sfg_plan_row_new (SfgPlan *plan)
{
  SfgPlanRow *self;
  g_autoptr(GMenuModel) menu = NULL;

  g_return_val_if_fail (SFG_IS_PLAN (plan), NULL);

  self = g_object_new (SFG_TYPE_PLAN_ROW, NULL);
  self->plan = g_object_ref (plan);
  menu = build_menu (plan);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), menu);
  g_signal_connect_object (plan, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SfgPlan *
sfg_plan_row_get_plan (SfgPlanRow *self)
{
  g_return_val_if_fail (SFG_IS_PLAN_ROW (self), NULL);

  return self->plan;
}
