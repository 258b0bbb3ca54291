/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-agree-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-agree-dialog.h"
#include "sfg-date-button.h"
#include "sfg-gui-util.h"
#include "sfg-json-util.h"
#include "sfg-plan-template.h"

struct _SfgAgreeDialog
{
  AdwMessageDialog parent_instance;

  SfgPlan *plan;

  GtkEditable *individual_row;
  GtkEditable *manager_row;
  SfgDateButton *date_button;
};

G_DEFINE_FINAL_TYPE (SfgAgreeDialog, sfg_agree_dialog, ADW_TYPE_MESSAGE_DIALOG)

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  return *g_strstrip (copy) == '\0';
}

/**
 * sfg_agree_dialog_dup_missing:
 *
 * Returns: (transfer full) (nullable): "It still needs …" naming every
 *   missing item, or %NULL when the plan can be agreed
 */
char *
sfg_agree_dialog_dup_missing (SfgAgreeDialog *self)
{
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *list = NULL;

  g_return_val_if_fail (SFG_IS_AGREE_DIALOG (self), NULL);

  sfg_plan_check_agreement (self->plan, &missing);
  if (is_blank (gtk_editable_get_text (self->individual_row)))
    g_ptr_array_add (missing, g_strdup (_("the individual’s name")));
  if (is_blank (gtk_editable_get_text (self->manager_row)))
    g_ptr_array_add (missing, g_strdup (_("the line manager’s name")));
  if (sfg_date_button_get_date (self->date_button) == NULL)
    g_ptr_array_add (missing, g_strdup (_("the date of agreement")));

  if (missing->len == 0)
    return NULL;
  list = sfg_gui_join_phrases (missing);
  /* Translators: %s is a list such as "a date, a current position and …" */
  return g_strdup_printf (_("It still needs %s."), list);
}

static void
update (SfgAgreeDialog *self)
{
  g_autofree char *missing = sfg_agree_dialog_dup_missing (self);
  const char *explanation = _("Agreeing freezes the header, the positions, the objectives and "
                              "each action’s description, owner and target date. Status and "
                              "progress notes stay editable, and the plan can be reopened.");
  g_autofree char *body = NULL;

  if (missing != NULL)
    body = g_strdup_printf ("%s\n\n%s %s", missing, explanation,
                            sfg_plan_template_get_signature_note ());
  else
    body = g_strdup_printf ("%s %s", explanation, sfg_plan_template_get_signature_note ());

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "agree", missing == NULL);
}

static GtkWidget *
build_form (SfgAgreeDialog *self)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row;
  GtkWidget *date_row;
  GtkWidget *date_box;
  GtkWidget *date_label;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sign-off"), -1);

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Individual’s name"));
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  self->individual_row = GTK_EDITABLE (row);

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Line manager’s name"));
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  self->manager_row = GTK_EDITABLE (row);

  /* The label above the date, like the entry rows' titles, so that the
   * date fits a narrow window. */
  self->date_button = SFG_DATE_BUTTON (sfg_date_button_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->date_button), GTK_ALIGN_START);
  sfg_date_button_set_accessible_label (self->date_button, _("Date of agreement"));
  date_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_top (date_box, 8);
  gtk_widget_set_margin_bottom (date_box, 8);
  gtk_widget_set_margin_start (date_box, 12);
  gtk_widget_set_margin_end (date_box, 12);
  date_label = gtk_label_new (_("Date of agreement"));
  gtk_label_set_xalign (GTK_LABEL (date_label), 0);
  gtk_widget_add_css_class (date_label, "caption");
  gtk_widget_add_css_class (date_label, "dim-label");
  gtk_box_append (GTK_BOX (date_box), date_label);
  gtk_box_append (GTK_BOX (date_box), GTK_WIDGET (self->date_button));
  date_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (date_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (date_row), date_box);
  gtk_list_box_append (GTK_LIST_BOX (list), date_row);

  g_signal_connect_object (self->individual_row, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->manager_row, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_button, "notify::date", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  return list;
}

static void
sfg_agree_dialog_dispose (GObject *object)
{
  SfgAgreeDialog *self = SFG_AGREE_DIALOG (object);

  g_clear_object (&self->plan);

  G_OBJECT_CLASS (sfg_agree_dialog_parent_class)->dispose (object);
}

static void
sfg_agree_dialog_class_init (SfgAgreeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sfg_agree_dialog_dispose;
}

static void
sfg_agree_dialog_init (SfgAgreeDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  adw_message_dialog_set_heading (dialog, _("Mark Plan as Agreed?"));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "agree", _("_Mark as Agreed"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "agree", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "agree");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog, build_form (self));
  sfg_gui_prepare_message_dialog (dialog);
}

/* The form starts with the plan's own names and today's date. */
GtkWidget *
sfg_agree_dialog_new (GtkWindow *parent,
                      SfgPlan   *plan)
{
  SfgAgreeDialog *self;
  g_autofree char *today = sfg_date_today ();

  g_return_val_if_fail (SFG_IS_PLAN (plan), NULL);

  self = g_object_new (SFG_TYPE_AGREE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->plan = g_object_ref (plan);
  sfg_agree_dialog_set_names (self, sfg_plan_get_name (plan), sfg_plan_get_line_manager (plan));
  sfg_agree_dialog_set_date (self, today);
  update (self);
  return GTK_WIDGET (self);
}

void
sfg_agree_dialog_set_names (SfgAgreeDialog *self,
                            const char     *individual_name,
                            const char     *manager_name)
{
  g_return_if_fail (SFG_IS_AGREE_DIALOG (self));

  gtk_editable_set_text (self->individual_row, individual_name != NULL ? individual_name : "");
  gtk_editable_set_text (self->manager_row, manager_name != NULL ? manager_name : "");
}

void
sfg_agree_dialog_set_date (SfgAgreeDialog *self,
                           const char     *date)
{
  g_return_if_fail (SFG_IS_AGREE_DIALOG (self));

  sfg_date_button_set_date (self->date_button, date);
}

/* Signs the plan off with what the form says. */
gboolean
sfg_agree_dialog_agree (SfgAgreeDialog  *self,
                        GError         **error)
{
  g_autofree char *individual = NULL;
  g_autofree char *manager = NULL;

  g_return_val_if_fail (SFG_IS_AGREE_DIALOG (self), FALSE);

  individual = g_strstrip (g_strdup (gtk_editable_get_text (self->individual_row)));
  manager = g_strstrip (g_strdup (gtk_editable_get_text (self->manager_row)));
  return sfg_plan_mark_agreed (self->plan, individual, manager,
                               sfg_date_button_get_date (self->date_button), error);
}
