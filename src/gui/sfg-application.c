/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-application.h"
#include "sfg-preferences-window.h"
#include "sfg-export-command.h"
#include "sfg-gui-util.h"
#include "sfg-test-mode.h"
#include "sfg-window.h"

struct _SfgApplication
{
  AdwApplication parent_instance;

  SfgStore *store;
  SfgLibrary *library;
  GError *data_error;   /* the data folder could not be created */
};

G_DEFINE_FINAL_TYPE (SfgApplication, sfg_application, ADW_TYPE_APPLICATION)

/* The main window even while a message dialog of it is the active window. */
static SfgWindow *
get_main_window (SfgApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (SFG_IS_WINDOW (l->data))
      return SFG_WINDOW (l->data);
  return NULL;
}

static void
data_error_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        GApplication     *app)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Without its data folder the application cannot keep anything: it says
 * so, and where, and closes. */
static void
show_data_error (SfgApplication *self)
{
  g_autofree char *dir = sfg_store_dup_default_dir ();
  g_autofree char *display = g_filename_display_name (dir);
  GtkWidget *dialog;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      {
        gtk_window_present (GTK_WINDOW (l->data));
        return;
      }

  dialog = adw_message_dialog_new (NULL, _("Your Data Folder Cannot Be Used"), NULL);
  sfg_gui_prepare_message_dialog (ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Scope for Growth keeps your journals and plans in “%s”, "
                                    "but that folder could not be created or opened (%s).\n\n"
                                    "Check that there is free space and that you can write to "
                                    "that folder, then open Scope for Growth again. Nothing "
                                    "has been changed."),
                                  display, self->data_error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  g_signal_connect (dialog, "response", G_CALLBACK (data_error_response_cb), self);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sfg_application_activate (GApplication *app)
{
  SfgApplication *self = SFG_APPLICATION (app);
  SfgWindow *window = get_main_window (self);

  if (self->library == NULL)
    {
      show_data_error (self);
      return;
    }

  /* Single instance: a second launch lands here in the first process. */
  if (window == NULL)
    {
      window = sfg_window_new (self, self->library);
      sfg_test_mode_attach (window);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing (rather than destroying) lets every window save its state. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));

  g_list_free (windows);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  SfgApplication *self = SFG_APPLICATION (user_data);
  static const char *developers[] = { "Scope for Growth contributors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_main_window (self),
                        "title", _("About Scope for Growth"),
                        "application-icon", APP_ID,
                        "application-name", _("Scope for Growth"),
                        "developer-name", _("Scope for Growth contributors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Prepare, hold and record NHS Scope for Growth career "
                                      "conversations: a private reflection journal, the "
                                      "Scope for Growth grid and an Aspirational Development "
                                      "Plan to print and sign."),
                        "website", "https://github.com/scopeforgrowth/scope-for-growth",
                        "issue-url", "https://github.com/scopeforgrowth/scope-for-growth/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© 2026 Scope for Growth contributors"),
                        "developers", developers,
                        /* Translators: put your name here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
help_launched_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (SfgWindow) window = user_data;
  g_autoptr (GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_debug ("Could not open help: %s", error->message);
      sfg_window_show_toast (window,
                             _("The help could not be opened because no help viewer is "
                               "installed. Install GNOME Help (yelp) to read it."));
    }
}

static void
help_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  SfgApplication *self = SFG_APPLICATION (user_data);
  SfgWindow *window = get_main_window (self);
  g_autoptr (GdkAppLaunchContext) context = NULL;

  if (window == NULL)
    return;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (window)));
  g_app_info_launch_default_for_uri_async ("help:" PACKAGE_NAME,
                                           G_APP_LAUNCH_CONTEXT (context),
                                           NULL,
                                           help_launched_cb,
                                           g_object_ref (window));
}

/* Preferences belong to the main window: they change what its views show. */
static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SfgApplication *self = SFG_APPLICATION (user_data);
  SfgWindow *window = get_main_window (self);
  GtkWidget *preferences;

  if (window == NULL)
    return;

  preferences = sfg_preferences_window_new (GTK_WINDOW (window),
                                            sfg_library_get_framework (sfg_window_get_library (window)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_activated },
  { .name = "about", .activate = about_activated },
  { .name = "help", .activate = help_activated },
  { .name = "preferences", .activate = preferences_activated },
};

/* Loads everything once per process; the window shows what went wrong. */
static void
load_library (SfgApplication *self)
{
  g_autoptr(GError) error = NULL;

  self->store = sfg_store_new (NULL, &self->data_error);
  if (self->store == NULL)
    {
      g_message ("The data folder cannot be used: %s", self->data_error->message);
      return;
    }
  self->library = sfg_library_new (self->store);
  if (!sfg_library_load (self->library, &error))
    g_debug ("Some files could not be read: %s", error->message);
}

static void
flush_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  if (!sfg_library_flush_finish (SFG_LIBRARY (source), result, &error))
    g_message ("Changes were lost on exit: %s", error->message);
  *done = TRUE;
}

static void
sfg_application_shutdown (GApplication *app)
{
  SfgApplication *self = SFG_APPLICATION (app);

  /* Windows flush when they close; this catches any other way out (the
   * start-up benchmark's quit, a window destroyed without closing). */
  if (self->store != NULL && sfg_store_has_pending (self->store))
    {
      gboolean done = FALSE;

      sfg_library_flush_async (self->library, NULL, flush_done_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
    }

  G_APPLICATION_CLASS (sfg_application_parent_class)->shutdown (app);
}

static void
sfg_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (sfg_application_parent_class)->startup (app);

  load_library (SFG_APPLICATION (app));

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         preferences_accels);
}

static void
sfg_application_dispose (GObject *object)
{
  SfgApplication *self = SFG_APPLICATION (object);

  g_clear_object (&self->library);
  g_clear_object (&self->store);
  g_clear_error (&self->data_error);

  G_OBJECT_CLASS (sfg_application_parent_class)->dispose (object);
}

/* --export-pdf and --export-journal-pdf: done here, before registering,
 * so they need no display and never reach a running instance. */
static int
sfg_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  return sfg_export_command_handle (options);
}

static void
sfg_application_class_init (SfgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sfg_application_dispose;
  app_class->activate = sfg_application_activate;
  app_class->startup = sfg_application_startup;
  app_class->shutdown = sfg_application_shutdown;
  app_class->handle_local_options = sfg_application_handle_local_options;
}

static void
sfg_application_init (SfgApplication *self)
{
  sfg_export_command_add_options (G_APPLICATION (self));
}

/**
 * sfg_application_get_library:
 *
 * Returns: (transfer none) (nullable): everything the user has, or %NULL
 *   before start-up or when the data folder cannot be used
 */
SfgLibrary *
sfg_application_get_library (SfgApplication *self)
{
  g_return_val_if_fail (SFG_IS_APPLICATION (self), NULL);

  return self->library;
}

SfgApplication *
sfg_application_new (void)
{
  return g_object_new (SFG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
