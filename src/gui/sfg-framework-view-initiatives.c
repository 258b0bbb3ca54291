/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-framework-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-framework-view-private.h"
#include "sfg-org-framework.h"

/* The selected position's suggested initiatives, each with Add to plan. */

static void
update_initiative_button (SfgFrameworkView *self,
                          GtkWidget        *row)
{
  GtkButton *button = g_object_get_data (G_OBJECT (row), "sfg-add-button");
  const char *position_id = g_object_get_data (G_OBJECT (row), "sfg-position-id");
  const char *initiative_id = g_object_get_data (G_OBJECT (row), "sfg-initiative-id");
  const char *text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  gboolean added = self->plan != NULL
                   && sfg_plan_has_initiative (self->plan, position_id, initiative_id);
  AdwButtonContent *content = ADW_BUTTON_CONTENT (gtk_button_get_child (button));
  g_autofree char *spoken = NULL;

  adw_button_content_set_icon_name (content, added ? "object-select-symbolic" : "list-add-symbolic");
  adw_button_content_set_label (content, added ? _("Added") : _("_Add to Plan"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), added ? NULL : "grid.add-initiative");
  /* Set here too: a button added after the action was disabled may not hear of it. */
  gtk_widget_set_sensitive (GTK_WIDGET (button), !added && sfg_framework_view_plan_is_editable (self));
  if (added)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (button), "suggested-action");
      gtk_widget_add_css_class (GTK_WIDGET (button), "flat");
      /* TRANSLATORS: %s is an initiative, e.g. "Mentoring others" */
      spoken = g_strdup_printf (_("Added to the plan: %s"), text);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (button), "flat");
      /* TRANSLATORS: %s is an initiative, e.g. "Mentoring others" */
      spoken = g_strdup_printf (_("Add to plan: %s"), text);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

void
sfg_framework_view_update_initiative_buttons (SfgFrameworkView *self)
{
  for (guint i = 0; i < self->initiative_rows->len; i++)
    update_initiative_button (self, g_ptr_array_index (self->initiative_rows, i));
}

static GtkWidget *
make_initiative_row (SfgFrameworkView *self,
                     SfgInitiative    *initiative,
                     const char       *link)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sfg_initiative_get_text (initiative));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  g_object_set_data_full (G_OBJECT (row), "sfg-position-id",
                          g_strdup (sfg_initiative_get_position_id (initiative)), g_free);
  g_object_set_data_full (G_OBJECT (row), "sfg-initiative-id",
                          g_strdup (sfg_initiative_get_id (initiative)), g_free);

  if (link != NULL)
    {
      GtkWidget *link_button = gtk_link_button_new_with_label (link, _("More Information"));
      g_autofree char *spoken = NULL;

      gtk_widget_set_valign (link_button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (link_button, link);
      /* TRANSLATORS: %s is an initiative; the link is the organisation's page about it */
      spoken = g_strdup_printf (_("More information about %s"), sfg_initiative_get_text (initiative));
      gtk_accessible_update_property (GTK_ACCESSIBLE (link_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), link_button);
      g_object_set_data (G_OBJECT (row), "sfg-link-button", link_button);
    }

  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", sfg_initiative_get_id (initiative));
  gtk_widget_add_css_class (button, "add-initiative");
  g_object_set_data (G_OBJECT (row), "sfg-add-button", button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  update_initiative_button (self, row);
  return row;
}

void
sfg_framework_view_update_initiatives (SfgFrameworkView *self)
{
  SfgFramework *framework = sfg_library_get_framework (self->library);
  SfgOrgFramework *org = sfg_org_framework_get_applied (framework);
  const char *selected = sfg_grid_get_selected (self->grid);
  GPtrArray *initiatives = sfg_framework_get_initiatives (framework, selected);
  g_autofree char *description = NULL;

  for (guint i = 0; i < self->initiative_rows->len; i++)
    adw_preferences_group_remove (self->initiatives_group,
                                  g_ptr_array_index (self->initiative_rows, i));
  g_ptr_array_set_size (self->initiative_rows, 0);

  for (guint i = 0; initiatives != NULL && i < initiatives->len; i++)
    {
      SfgInitiative *initiative = g_ptr_array_index (initiatives, i);
      const char *link = org != NULL
                         ? sfg_org_framework_get_initiative_link (org, sfg_initiative_get_id (initiative))
                         : NULL;
      GtkWidget *row = make_initiative_row (self, initiative, link);

      adw_preferences_group_add (self->initiatives_group, row);
      g_ptr_array_add (self->initiative_rows, row);
      /* Only now, in the window, do the buttons get their mnemonic labels. */
      sfg_framework_view_set_spoken_name (g_object_get_data (G_OBJECT (row), "sfg-add-button"), NULL);
      if (g_object_get_data (G_OBJECT (row), "sfg-link-button") != NULL)
        sfg_framework_view_set_spoken_name (g_object_get_data (G_OBJECT (row), "sfg-link-button"), NULL);
    }

  if (org != NULL && sfg_org_framework_get_organisation (org) != NULL)
    /* TRANSLATORS: %s is an organisation, e.g. "Example NHS Foundation Trust" */
    description = g_strdup_printf (_("Including the local offers of %s."),
                                   sfg_org_framework_get_organisation (org));
  else if (org != NULL)
    description = g_strdup (_("Including your organisation's local offers."));
  else
    description = g_strdup (sfg_framework_get_customise_note ());
  if (initiatives == NULL || initiatives->len == 0)
    {
      g_autofree char *none = g_strconcat (description, " ",
                                           _("Your organisation lists no initiatives for this position."),
                                           NULL);
      g_free (description);
      description = g_steal_pointer (&none);
    }
  adw_preferences_group_set_description (self->initiatives_group, description);
}

typedef struct
{
  GWeakRef view;
  SfgPlan *plan;
  SfgAction *action;
} UndoAdd;

static void
undo_add_free (gpointer data,
               GClosure *closure)
{
  UndoAdd *undo = data;

  g_weak_ref_clear (&undo->view);
  g_clear_object (&undo->plan);
  g_clear_object (&undo->action);
  g_free (undo);
}

static void
undo_add_cb (AdwToast *toast,
             UndoAdd  *undo)
{
  g_autoptr(SfgFrameworkView) self = g_weak_ref_get (&undo->view);
  g_autoptr(GError) error = NULL;

  if (!sfg_plan_remove_action (undo->plan, undo->action, &error) && self != NULL)
    sfg_framework_view_show_error (self, _("The initiative could not be taken out of the plan"), error);
}

void
sfg_framework_view_add_initiative_activated (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *parameter)
{
  SfgFrameworkView *self = SFG_FRAMEWORK_VIEW (widget);
  const char *selected = sfg_grid_get_selected (self->grid);
  const char *initiative_id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  SfgAction *action;
  AdwToast *toast;
  UndoAdd *undo;

  if (!sfg_framework_view_plan_is_editable (self) || selected == NULL)
    return;
  /* Adding is idempotent: an initiative already in the plan is not added twice. */
  if (sfg_plan_has_initiative (self->plan, selected, initiative_id))
    return;

  action = sfg_plan_add_initiative_action (self->plan, sfg_library_get_framework (self->library),
                                           selected, initiative_id, &error);
  if (action == NULL)
    {
      sfg_framework_view_show_error (self, _("The initiative could not be added to the plan"), error);
      return;
    }

  /* TRANSLATORS: %s is an initiative, e.g. "Mentoring others" */
  title = g_strdup_printf (_("“%s” added to the plan"), sfg_action_get_description (action));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (UndoAdd, 1);
  g_weak_ref_init (&undo->view, self);
  undo->plan = g_object_ref (self->plan);
  undo->action = g_object_ref (action);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_add_cb), undo,
                         undo_add_free, 0);
  sfg_framework_view_add_toast (self, toast);
}
