/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-preferences-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sfg-org-framework.h"
#include "sfg-preferences-window.h"

struct _SfgPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  SfgFramework *framework;
  GSettings *settings;
  GtkFileChooserNative *chooser;

  AdwActionRow *file_row;
  GtkWidget *default_button;
  GtkWidget *choose_button;
  AdwActionRow *status_row;
  GtkImage *status_icon;
};

G_DEFINE_FINAL_TYPE (SfgPreferencesWindow, sfg_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The file the settings name, or the one in the configuration folder. */
static char *
configured_path (GSettings *settings,
                 gboolean  *chosen)
{
  g_autofree char *path = g_settings_get_string (settings, SFG_SETTINGS_ORGANISATION_FRAMEWORK);

  *chosen = path[0] != '\0';
  return *chosen ? g_steal_pointer (&path) : sfg_org_framework_get_default_path ();
}

/* A path as people read it: ~/… for the home folder. */
static char *
display_path (const char *path)
{
  const char *home = g_get_home_dir ();
  gsize n = strlen (home);

  if (n > 1 && g_str_has_prefix (path, home) && path[n] == G_DIR_SEPARATOR)
    return g_strconcat ("~", path + n, NULL);
  return g_filename_display_name (path);
}

gboolean
sfg_preferences_apply_framework_file (SfgFramework  *framework,
                                      GSettings     *settings,
                                      GError       **error)
{
  g_autoptr(SfgOrgFramework) org = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  gboolean chosen;

  g_return_val_if_fail (SFG_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);

  path = configured_path (settings, &chosen);
  file = g_file_new_for_path (path);
  org = sfg_org_framework_new_from_file (file, NULL, &local_error);
  if (org == NULL)
    {
      /* Having no file in the configuration folder is the usual case. */
      if (!chosen && g_error_matches (local_error, SFG_ORG_FRAMEWORK_ERROR,
                                      SFG_ORG_FRAMEWORK_ERROR_NOT_FOUND))
        return sfg_org_framework_apply (NULL, framework, error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return sfg_org_framework_apply (org, framework, error);
}

static void
show_status (SfgPreferencesWindow *self,
             const GError         *refusal)
{
  SfgOrgFramework *org = sfg_org_framework_get_applied (self->framework);
  g_autofree char *path = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gboolean chosen;

  path = configured_path (self->settings, &chosen);
  shown = display_path (path);
  adw_action_row_set_subtitle (self->file_row, shown);
  gtk_widget_set_visible (self->default_button, chosen);

  if (refusal != NULL)
    {
      title = g_strdup (_("The file could not be used"));
      subtitle = g_strdup_printf ("%s %s", refusal->message,
                                  org != NULL
                                  ? _("The file read before stays in use.")
                                  : _("The framework's own initiatives are shown."));
      gtk_image_set_from_icon_name (self->status_icon, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "warning");
    }
  else if (org != NULL)
    {
      const char *name = sfg_org_framework_get_organisation (org);

      /* TRANSLATORS: %s is an organisation, e.g. "Example NHS Foundation Trust" */
      title = name != NULL ? g_strdup_printf (_("In use: %s"), name)
                           : g_strdup (_("In use"));
      subtitle = g_strdup_printf (
        /* TRANSLATORS: a summary of the framework file in use */
        _("Positions customised: %u · initiatives of its own: %u · preparation resource links: %u"),
        sfg_org_framework_get_n_positions (org), sfg_org_framework_get_n_initiatives (org),
        sfg_org_framework_get_n_resource_links (org));
      gtk_image_set_from_icon_name (self->status_icon, "object-select-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "warning");
    }
  else
    {
      title = g_strdup (_("The framework's own initiatives are shown"));
      subtitle = g_strdup (_("There is no framework file there. Choose one, or put it in that "
                             "place, then read it again."));
      gtk_image_set_from_icon_name (self->status_icon, "dialog-information-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "warning");
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
  adw_action_row_set_subtitle (self->status_row, subtitle);
}

static void
reload (SfgPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  sfg_preferences_apply_framework_file (self->framework, self->settings, &error);
  show_status (self, error);
}

static void
reload_clicked_cb (SfgPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (sfg_preferences_apply_framework_file (self->framework, self->settings, &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (_("Framework file read again")));
  show_status (self, error);
}

static void
default_clicked_cb (SfgPreferencesWindow *self)
{
  g_settings_set_string (self->settings, SFG_SETTINGS_ORGANISATION_FRAMEWORK, "");
  reload (self);
}

static void
chooser_response_cb (SfgPreferencesWindow *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(SfgOrgFramework) org = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  /* Checked before it is remembered: a refused file changes nothing. */
  org = sfg_org_framework_new_from_file (file, NULL, &error);
  if (org == NULL || !sfg_org_framework_apply (org, self->framework, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = NULL;

      show_status (self, NULL);
      /* TRANSLATORS: %s is a file name, then why it was refused */
      message = g_strdup_printf (_("“%s” could not be used"), name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), message);
      g_free (message);
      message = g_strdup_printf ("%s %s", error->message, _("Nothing was changed."));
      adw_action_row_set_subtitle (self->status_row, message);
      gtk_image_set_from_icon_name (self->status_icon, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "warning");
      return;
    }

  if (g_file_peek_path (file) != NULL)
    g_settings_set_string (self->settings, SFG_SETTINGS_ORGANISATION_FRAMEWORK,
                           g_file_peek_path (file));
  show_status (self, NULL);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Framework file in use")));
}

static void
choose_clicked_cb (SfgPreferencesWindow *self)
{
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autofree char *path = NULL;
  gboolean chosen;

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Choose a Framework File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Use"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (json, _("Framework files (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), json);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  path = configured_path (self->settings, &chosen);
  if (chosen)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), file, NULL);
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
help_launched_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SfgPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_debug ("Could not open help: %s", error->message);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (_("The help could not be opened because no "
                                                         "help viewer is installed.")));
    }
}

static void
format_activated_cb (SfgPreferencesWindow *self)
{
  g_autoptr(GdkAppLaunchContext) context =
    gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));

  g_app_info_launch_default_for_uri_async ("help:" PACKAGE_NAME "/organisation-framework",
                                           G_APP_LAUNCH_CONTEXT (context), NULL,
                                           help_launched_cb, g_object_ref (self));
}

static void
sfg_preferences_window_constructed (GObject *object)
{
  SfgPreferencesWindow *self = SFG_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (sfg_preferences_window_parent_class)->constructed (object);

  g_return_if_fail (SFG_IS_FRAMEWORK (self->framework));

  /* The file may have changed since it was read: read it again. */
  reload (self);
}

static void
sfg_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SfgPreferencesWindow *self = SFG_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SfgPreferencesWindow *self = SFG_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      self->framework = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_preferences_window_dispose (GObject *object)
{
  SfgPreferencesWindow *self = SFG_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->framework);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sfg_preferences_window_parent_class)->dispose (object);
}

static void
sfg_preferences_window_class_init (SfgPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sfg_preferences_window_constructed;
  object_class->get_property = sfg_preferences_window_get_property;
  object_class->set_property = sfg_preferences_window_set_property;
  object_class->dispose = sfg_preferences_window_dispose;

  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, SFG_TYPE_FRAMEWORK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/sfg-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgPreferencesWindow, file_row);
  gtk_widget_class_bind_template_child (widget_class, SfgPreferencesWindow, default_button);
  gtk_widget_class_bind_template_child (widget_class, SfgPreferencesWindow, choose_button);
  gtk_widget_class_bind_template_child (widget_class, SfgPreferencesWindow, status_row);
  gtk_widget_class_bind_template_child (widget_class, SfgPreferencesWindow, status_icon);
  gtk_widget_class_bind_template_callback (widget_class, choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, default_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reload_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_activated_cb);
}

static void
sfg_preferences_window_init (SfgPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* GTK 4.8 would read "Use _Default Use Default": the label, then what the
   * mnemonic label says.  Keep one clear name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->default_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Use framework.json in the configuration folder"), -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->default_button),
                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->choose_button),
                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  self->settings = g_settings_new (APP_ID);
}

GtkWidget *
sfg_preferences_window_new (GtkWindow    *parent,
                            SfgFramework *framework)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SFG_IS_FRAMEWORK (framework), NULL);

  return g_object_new (SFG_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "framework", framework,
                       NULL);
}
