/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-window.h"

struct _SfgWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;

  AdwToastOverlay *toast_overlay;
  AdwViewStack *stack;
  AdwBin *journal_bin;
  AdwBin *framework_bin;
  AdwBin *plan_bin;
};

G_DEFINE_FINAL_TYPE (SfgWindow, sfg_window, ADW_TYPE_APPLICATION_WINDOW)

static const char *view_names[] = { "journal", "framework", "plan" };

static AdwBin *
bin_for_view (SfgWindow  *self,
              const char *name)
{
  if (g_strcmp0 (name, "journal") == 0)
    return self->journal_bin;
  if (g_strcmp0 (name, "framework") == 0)
    return self->framework_bin;
  if (g_strcmp0 (name, "plan") == 0)
    return self->plan_bin;
  return NULL;
}

/* Each view is built by its own function, the first time it is shown. */
static GtkWidget *
build_journal_view (SfgWindow *self)
{
  return g_object_new (ADW_TYPE_STATUS_PAGE,
                       "icon-name", "sfg-journal-symbolic",
                       "title", _("Preparation and Reflection Journal"),
                       "description", _("Your private space to reflect before a career "
                                        "conversation: what matters to you, your career so "
                                        "far and where you want to grow. It stays on this "
                                        "computer."),
                       NULL);
}

static GtkWidget *
build_framework_view (SfgWindow *self)
{
  return g_object_new (ADW_TYPE_STATUS_PAGE,
                       "icon-name", "sfg-grid-symbolic",
                       "title", _("The Scope for Growth Framework"),
                       "description", _("Depth, breadth and stretch across, impact up: the "
                                        "nine positions where you place where you are now and "
                                        "where you want to be in two years."),
                       NULL);
}

static GtkWidget *
build_plan_view (SfgWindow *self)
{
  return g_object_new (ADW_TYPE_STATUS_PAGE,
                       "icon-name", "sfg-plan-symbolic",
                       "title", _("Aspirational Development Plan"),
                       "description", _("The plan you and your line manager complete "
                                        "together: objectives, development actions and agreed "
                                        "next steps, ready to print and sign."),
                       NULL);
}

static GtkWidget *
build_view (SfgWindow  *self,
            const char *name)
{
  if (g_strcmp0 (name, "journal") == 0)
    return build_journal_view (self);
  if (g_strcmp0 (name, "framework") == 0)
    return build_framework_view (self);
  return build_plan_view (self);
}

/* Pages are built the first time they are shown, so start-up only pays for one. */
static void
ensure_view (SfgWindow  *self,
             const char *name)
{
  AdwBin *bin = bin_for_view (self, name);

  if (bin == NULL || adw_bin_get_child (bin) != NULL)
    return;

  g_debug ("Building the %s view", name);
  adw_bin_set_child (bin, build_view (self, name));
}

static void
stack_visible_child_name_cb (SfgWindow *self)
{
  ensure_view (self, adw_view_stack_get_visible_child_name (self->stack));
}

static void
show_view_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  sfg_window_set_visible_view (SFG_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static gboolean
sfg_window_close_request (GtkWindow *window)
{
  SfgWindow *self = SFG_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (sfg_window_parent_class)->close_request (window);
}

static void
sfg_window_dispose (GObject *object)
{
  SfgWindow *self = SFG_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sfg_window_parent_class)->dispose (object);
}

static void
sfg_window_class_init (SfgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sfg_window_dispose;
  window_class->close_request = sfg_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sfg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, journal_bin);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, framework_bin);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, plan_bin);

  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_activated);
  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.show-view", "s", view_names[i]);
}

static void
sfg_window_init (SfgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (stack_visible_child_name_cb), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "last-view", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);
  stack_visible_child_name_cb (self);
}

SfgWindow *
sfg_window_new (SfgApplication *application)
{
  return g_object_new (SFG_TYPE_WINDOW, "application", application, NULL);
}

void
sfg_window_show_toast (SfgWindow  *self,
                       const char *message)
{
  g_return_if_fail (SFG_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

const char *
sfg_window_get_visible_view (SfgWindow *self)
{
  g_return_val_if_fail (SFG_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
sfg_window_set_visible_view (SfgWindow  *self,
                             const char *name)
{
  g_return_if_fail (SFG_IS_WINDOW (self));

  if (bin_for_view (self, name) == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->stack, name);
}

/* Returns the view's widget, building it if it has not been shown yet. */
GtkWidget *
sfg_window_get_view (SfgWindow  *self,
                     const char *name)
{
  AdwBin *bin;

  g_return_val_if_fail (SFG_IS_WINDOW (self), NULL);

  bin = bin_for_view (self, name);
  if (bin == NULL)
    return NULL;

  ensure_view (self, name);
  return adw_bin_get_child (bin);
}
