/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-window-print"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-preview-window.h"
#include "sfg-print-operation.h"
#include "sfg-print-settings.h"
#include "sfg-window-print.h"
#include "sfg-window.h"

#define UNANSWERED_CHOICE "include-unanswered"

/* A report of what the window shows, or NULL after telling the user why not. */
static SfgReport *
report_for_window (SfgWindow *window)
{
  GObject *printable = sfg_window_get_printable (window);

  if (SFG_IS_PLAN (printable))
    return sfg_report_new_for_plan (SFG_PLAN (printable));
  if (SFG_IS_JOURNAL (printable))
    return sfg_report_new_for_journal (SFG_JOURNAL (printable));

  if (g_strcmp0 (sfg_window_get_visible_view (window), "journal") == 0)
    sfg_window_show_toast (window, _("There is no journal to print yet. Start one first."));
  else
    sfg_window_show_toast (window, _("There is no plan to print. Choose or start a plan first."));
  return NULL;
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(SfgReport) report = report_for_window (SFG_WINDOW (widget));

  if (report != NULL)
    sfg_print_operation_run_dialog (report, GTK_WINDOW (widget));
}

static void
preview_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autoptr(SfgReport) report = report_for_window (SFG_WINDOW (widget));

  if (report != NULL)
    gtk_window_present (GTK_WINDOW (sfg_preview_window_new (GTK_WINDOW (widget), report)));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(SfgWindow) window = user_data;
  SfgReport *report = g_object_get_data (G_OBJECT (chooser), "sfg-report");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  const char *choice;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    {
      sfg_window_show_toast (window, _("The PDF could not be exported: choose a folder on this "
                                       "computer."));
      goto out;
    }

  /* Only a journal's chooser has the choice; asking another one warns. */
  if (SFG_IS_JOURNAL (sfg_report_get_document (report)))
    {
      choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), UNANSWERED_CHOICE);
      sfg_report_set_include_unanswered (report, g_strcmp0 (choice, "true") == 0);
    }

  name = g_file_get_basename (file);
  if (sfg_print_operation_export (report, GTK_WINDOW (window), path, &error))
    {
      /* Translators: a toast after Export as PDF; %s is the file name */
      message = g_strdup_printf (_("Exported “%s”"), name);
      folder = g_file_get_parent (file);
      if (folder != NULL)
        {
          g_autofree char *folder_path = g_file_get_path (folder);
          g_autoptr(GError) settings_error = NULL;

          if (folder_path != NULL
              && !sfg_print_settings_set_export_folder (folder_path, &settings_error))
            g_message ("Could not remember the export folder: %s", settings_error->message);
        }
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: a toast; %s says why */
      message = g_strdup_printf (_("The PDF could not be exported, nothing was written: %s"),
                                 error->message);
    }
  if (message != NULL)
    sfg_window_show_toast (window, message);

out:
  g_object_unref (chooser);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SfgWindow *window = SFG_WINDOW (widget);
  g_autoptr(SfgReport) report = report_for_window (window);
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  GtkFileChooserNative *chooser;

  if (report == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export as PDF"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  name = sfg_report_dup_suggested_filename (report);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  folder = sfg_print_settings_dup_export_folder ();
  if (folder != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), file, NULL);
    }
  if (SFG_IS_JOURNAL (sfg_report_get_document (report)))
    {
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), UNANSWERED_CHOICE,
                                   _("Include unanswered questions"), NULL, NULL);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), UNANSWERED_CHOICE, "false");
    }

  g_object_set_data_full (G_OBJECT (chooser), "sfg-report", g_object_ref (report),
                          g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (window));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
sfg_window_print_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, preview_activated);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.print-preview",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-pdf", NULL);
}
