/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-person-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-gui-util.h"
#include "sfg-person-dialog.h"

struct _SfgPersonDialog
{
  AdwMessageDialog parent_instance;

  GtkEditable *name_row;
  GtkEditable *role_row;
  GtkEditable *team_row;
  GtkEditable *line_manager_row;
};

G_DEFINE_FINAL_TYPE (SfgPersonDialog, sfg_person_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
stripped (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
name_changed_cb (SfgPersonDialog *self)
{
  g_autofree char *name = stripped (self->name_row);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", *name != '\0');
}

static void
entry_activated_cb (SfgPersonDialog *self)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "save"))
    {
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "save");
      gtk_window_close (GTK_WINDOW (self));
    }
}

static GtkEditable *
add_row (SfgPersonDialog *self,
         GtkWidget       *list,
         const char      *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (entry_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return GTK_EDITABLE (row);
}

static void
sfg_person_dialog_class_init (SfgPersonDialogClass *klass)
{
}

static void
sfg_person_dialog_init (SfgPersonDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Person details"), -1);
  self->name_row = add_row (self, list, _("Name"));
  self->role_row = add_row (self, list, _("Role"));
  self->team_row = add_row (self, list, _("Team"));
  self->line_manager_row = add_row (self, list, _("Line manager"));
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (name_changed_cb), self,
                           G_CONNECT_SWAPPED);

  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  name_changed_cb (self);
  sfg_gui_prepare_message_dialog (dialog);
}

/* @person: (nullable): the person to edit, or %NULL to add one */
GtkWidget *
sfg_person_dialog_new (GtkWindow *parent,
                       SfgPerson *person)
{
  SfgPersonDialog *self = g_object_new (SFG_TYPE_PERSON_DIALOG,
                                        "transient-for", parent,
                                        "modal", TRUE,
                                        NULL);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  if (person != NULL)
    {
      adw_message_dialog_set_heading (dialog, _("Edit Person"));
      adw_message_dialog_set_body (dialog, _("Changing the name also changes it on this "
                                             "person’s draft plans. Agreed plans keep the name "
                                             "they were agreed with."));
      gtk_editable_set_text (self->name_row, sfg_person_get_name (person));
      gtk_editable_set_text (self->role_row, sfg_person_get_role (person));
      gtk_editable_set_text (self->team_row, sfg_person_get_team (person));
      gtk_editable_set_text (self->line_manager_row, sfg_person_get_line_manager (person));
    }
  else
    {
      adw_message_dialog_set_heading (dialog, _("Add Person"));
      adw_message_dialog_set_body (dialog, _("Someone whose plans you keep: yourself, or a "
                                             "member of staff you manage."));
      adw_message_dialog_set_response_label (dialog, "save", _("_Add"));
    }
  return GTK_WIDGET (self);
}

const char *
sfg_person_dialog_get_name (SfgPersonDialog *self)
{
  g_return_val_if_fail (SFG_IS_PERSON_DIALOG (self), NULL);

  return gtk_editable_get_text (self->name_row);
}

/* @field: "name", "role", "team" or "line-manager"; for tests and callers that prefill */
void
sfg_person_dialog_set_field (SfgPersonDialog *self,
                             const char      *field,
                             const char      *text)
{
  GtkEditable *row = NULL;

  g_return_if_fail (SFG_IS_PERSON_DIALOG (self));

  if (g_strcmp0 (field, "name") == 0)
    row = self->name_row;
  else if (g_strcmp0 (field, "role") == 0)
    row = self->role_row;
  else if (g_strcmp0 (field, "team") == 0)
    row = self->team_row;
  else if (g_strcmp0 (field, "line-manager") == 0)
    row = self->line_manager_row;
  g_return_if_fail (row != NULL);

  gtk_editable_set_text (row, text);
}

/* Writes the form to @person; the name is never set empty. */
void
sfg_person_dialog_apply (SfgPersonDialog *self,
                         SfgPerson       *person)
{
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *team = NULL;
  g_autofree char *line_manager = NULL;

  g_return_if_fail (SFG_IS_PERSON_DIALOG (self));
  g_return_if_fail (SFG_IS_PERSON (person));

  name = stripped (self->name_row);
  role = stripped (self->role_row);
  team = stripped (self->team_row);
  line_manager = stripped (self->line_manager_row);
  if (*name != '\0')
    sfg_person_set_name (person, name);
  sfg_person_set_role (person, role);
  sfg_person_set_team (person, team);
  sfg_person_set_line_manager (person, line_manager);
}
