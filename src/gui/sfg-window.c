/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-framework-view.h"
#include "sfg-gui-util.h"
#include "sfg-journal-view.h"
#include "sfg-plan-view.h"
#include "sfg-preferences-window.h"
#include "sfg-window-print.h"
#include "sfg-window.h"

struct _SfgWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  SfgLibrary *library;
  SfgPlan *current_plan;
  AdwMessageDialog *discard_dialog;
  gboolean flushing;
  gboolean close_confirmed;

  GtkRevealer *problem_revealer;
  GtkLabel *problem_label;
  GtkRevealer *save_error_revealer;
  GtkLabel *save_error_label;
  AdwToastOverlay *toast_overlay;
  AdwViewStack *stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar *switcher_bar;
  guint switcher_bar_idle;
  AdwBin *journal_bin;
  AdwBin *framework_bin;
  AdwBin *plan_bin;
};

G_DEFINE_FINAL_TYPE (SfgWindow, sfg_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_LIBRARY,
  PROP_CURRENT_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  return sfg_journal_view_new (self->library);
}

/* The organisation's framework file (FORMAT.md §11), read once per library at
 * start-up, as the journal's resource links and the grid both use it; a
 * refused file leaves the framework's own initiatives in use. */
static void
apply_organisation_framework (SfgWindow *self)
{
  SfgFramework *framework = sfg_library_get_framework (self->library);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (g_object_get_data (G_OBJECT (framework), "sfg-framework-file-read") != NULL)
    return;
  g_object_set_data (G_OBJECT (framework), "sfg-framework-file-read", GINT_TO_POINTER (TRUE));
  if (sfg_preferences_apply_framework_file (framework, self->settings, &error))
    return;

  g_debug ("Framework file refused: %s", error->message);
  toast = adw_toast_new (_("Your organisation's framework file could not be "
                           "used, so the framework's own initiatives are shown"));
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "app.preferences");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static GtkWidget *
build_framework_view (SfgWindow *self)
{
  GtkWidget *view = sfg_framework_view_new (self->library);

  g_object_bind_property (self, "current-plan", view, "current-plan",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return view;
}

static GtkWidget *
build_plan_view (SfgWindow *self)
{
  GtkWidget *view = sfg_plan_view_new (self->library);

  g_object_bind_property (self, "current-plan", view, "current-plan",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return view;
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

/* ---- load problems and save errors (libadwaita 1.2 has no AdwBanner) ---- */

#define MAX_PROBLEMS_SHOWN 3

static void
update_problems (SfgWindow *self)
{
  const char * const *problems = sfg_library_get_load_problems (self->library);
  guint n = g_strv_length ((char **) problems);
  g_autoptr(GString) text = g_string_new (NULL);

  if (n == 0)
    {
      gtk_revealer_set_reveal_child (self->problem_revealer, FALSE);
      return;
    }
  for (guint i = 0; i < MIN (n, MAX_PROBLEMS_SHOWN); i++)
    {
      if (i > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, problems[i]);
    }
  if (n > MAX_PROBLEMS_SHOWN)
    {
      SfgStore *store = sfg_library_get_store (self->library);
      g_autofree char *dir = g_filename_display_name (sfg_store_get_data_dir (store));
      guint more = n - MAX_PROBLEMS_SHOWN;

      g_string_append (text, "\n\n");
      g_string_append_printf (text,
                              ngettext ("There is %u more problem like these; the files "
                                        "concerned are in “%s”.",
                                        "There are %u more problems like these; the files "
                                        "concerned are in “%s”.", more),
                              more, dir);
    }
  gtk_label_set_text (self->problem_label, text->str);
  gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
}

static void
problem_dismiss_clicked_cb (SfgWindow *self)
{
  gtk_revealer_set_reveal_child (self->problem_revealer, FALSE);
}

/* Stays until saving works again: the store clears "save-error" then. */
static void
save_error_changed_cb (SfgWindow *self)
{
  const char *message = sfg_store_get_save_error (sfg_library_get_store (self->library));

  if (message != NULL)
    gtk_label_set_text (self->save_error_label, message);
  gtk_revealer_set_reveal_child (self->save_error_revealer, message != NULL);
}

/* ---- current plan ---- */

static void
plans_items_changed_cb (SfgWindow  *self,
                        guint       position,
                        guint       removed,
                        guint       added,
                        GListModel *plans)
{
  /* A deleted plan is no longer current. */
  if (self->current_plan != NULL && removed > 0
      && !g_list_store_find (G_LIST_STORE (plans), self->current_plan, NULL))
    sfg_window_set_current_plan (self, NULL);
}

static void
restore_current_plan (SfgWindow *self)
{
  g_autofree char *id = g_settings_get_string (self->settings, "current-plan");
  SfgPlan *plan = sfg_library_lookup_plan (self->library, id);

  /* A plan that no longer exists is forgotten. */
  if (plan == NULL && *id != '\0')
    g_settings_set_string (self->settings, "current-plan", "");
  sfg_window_set_current_plan (self, plan);
}

/* ---- closing: everything is saved first ---- */

static void
save_window_state (SfgWindow *self)
{
  GtkWindow *window = GTK_WINDOW (self);
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
}

static gboolean
close_after_discard_cb (gpointer data)
{
  SfgWindow *self = data;

  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SfgWindow        *self)
{
  self->discard_dialog = NULL;
  if (g_strcmp0 (response, "discard") != 0)
    return;
  /* Once the dialog is gone: it still points at its parent window while it
   * emits "response". */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_after_discard_cb, g_object_ref (self),
                   g_object_unref);
}

static void
ask_to_discard (SfgWindow  *self,
                const char *message)
{
  SfgStore *store = sfg_library_get_store (self->library);
  g_autofree char *dir = g_filename_display_name (sfg_store_get_data_dir (store));
  g_auto(GStrv) unsaved = sfg_library_dup_unsaved (self->library);
  g_autoptr(GString) body = g_string_new (message);
  GtkWidget *dialog;

  g_string_append (body, "\n\n");
  if (unsaved[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", unsaved);

      /* Translators: %s is a list such as "the plan for Sam Jones, the list of people" */
      g_string_append_printf (body, _("Not saved: %s."), list);
      g_string_append (body, "\n\n");
    }
  g_string_append_printf (body, _("If you quit now, these changes are lost. The files in “%s” "
                                  "keep the last version that was saved."), dir);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Quit Without Saving?"), body->str);
  sfg_gui_prepare_message_dialog (ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Open"),
                                    "discard", _("_Quit Without Saving"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  self->discard_dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_flushed_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SfgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GApplication) held = app != NULL ? g_object_ref (G_APPLICATION (app)) : NULL;

  self->flushing = FALSE;
  if (sfg_library_flush_finish (SFG_LIBRARY (source), result, &error))
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else
    {
      g_message ("Not everything could be saved: %s", error->message);
      ask_to_discard (self, error->message);
    }
  /* Released after the window is gone, so the application ends only then. */
  if (held != NULL)
    g_application_release (held);
}

static gboolean
sfg_window_close_request (GtkWindow *window)
{
  SfgWindow *self = SFG_WINDOW (window);
  GtkApplication *app;

  if (self->close_confirmed)
    return GTK_WINDOW_CLASS (sfg_window_parent_class)->close_request (window);

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return TRUE;
    }
  if (self->flushing)
    return TRUE;

  save_window_state (self);
  /* The application is held until every change is on disk; the window
   * closes when the flush is done, or asks first when it failed. */
  self->flushing = TRUE;
  app = gtk_window_get_application (window);
  if (app != NULL)
    g_application_hold (G_APPLICATION (app));
  sfg_library_flush_async (self->library, NULL, close_flushed_cb, g_object_ref (self));
  return TRUE;
}

static void
sfg_window_constructed (GObject *object)
{
  SfgWindow *self = SFG_WINDOW (object);
  SfgStore *store;

  G_OBJECT_CLASS (sfg_window_parent_class)->constructed (object);

  g_return_if_fail (SFG_IS_LIBRARY (self->library));

  store = sfg_library_get_store (self->library);
  g_signal_connect_object (store, "notify::save-error", G_CALLBACK (save_error_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library, "load-problem", G_CALLBACK (update_problems), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (sfg_library_get_plans (self->library), "items-changed",
                           G_CALLBACK (plans_items_changed_cb), self, G_CONNECT_SWAPPED);
  save_error_changed_cb (self);
  update_problems (self);
  restore_current_plan (self);
  apply_organisation_framework (self);

  /* Views need the library, so they are built only now (construct
   * properties are set after init). */
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (stack_visible_child_name_cb), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "last-view", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);
  stack_visible_child_name_cb (self);
}

static void
sfg_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SfgWindow *self = SFG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_CURRENT_PLAN:
      g_value_set_object (value, self->current_plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SfgWindow *self = SFG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_set_object (&self->library, g_value_get_object (value));
      break;
    case PROP_CURRENT_PLAN:
      sfg_window_set_current_plan (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_window_dispose (GObject *object)
{
  SfgWindow *self = SFG_WINDOW (object);

  g_clear_handle_id (&self->switcher_bar_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->current_plan);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (sfg_window_parent_class)->dispose (object);
}

static void
sfg_window_class_init (SfgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sfg_window_constructed;
  object_class->dispose = sfg_window_dispose;
  object_class->get_property = sfg_window_get_property;
  object_class->set_property = sfg_window_set_property;
  window_class->close_request = sfg_window_close_request;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, SFG_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                         | G_PARAM_STATIC_STRINGS);
  /**
   * SfgWindow:current-plan: (nullable)
   *
   * The plan the views work on, shared by them; restored on start.
   */
  properties[PROP_CURRENT_PLAN] =
    g_param_spec_object ("current-plan", NULL, NULL, SFG_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sfg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, save_error_revealer);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, save_error_label);
  gtk_widget_class_bind_template_callback (widget_class, problem_dismiss_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, journal_bin);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, framework_bin);
  gtk_widget_class_bind_template_child (widget_class, SfgWindow, plan_bin);

  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_activated);
  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.show-view", "s", view_names[i]);
  sfg_window_print_class_init (widget_class);
}

/* The bottom bar follows the title's switcher one main-loop turn later:
 * revealing it during the allocation that hid the title's switcher makes
 * GTK 4.8 allocate the bar a height of -1 when animations are off. */
static gboolean
sync_switcher_bar_cb (gpointer user_data)
{
  SfgWindow *self = SFG_WINDOW (user_data);

  self->switcher_bar_idle = 0;
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    adw_view_switcher_title_get_title_visible (self->switcher_title));
  return G_SOURCE_REMOVE;
}

static void
switcher_title_visible_cb (SfgWindow *self)
{
  if (self->switcher_bar_idle == 0)
    self->switcher_bar_idle = g_idle_add (sync_switcher_bar_cb, self);
}

static void
sfg_window_init (SfgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (switcher_title_visible_cb), self, G_CONNECT_SWAPPED);

  self->settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

SfgWindow *
sfg_window_new (SfgApplication *application,
                SfgLibrary     *library)
{
  g_return_val_if_fail (application == NULL || SFG_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SFG_IS_LIBRARY (library), NULL);

  return g_object_new (SFG_TYPE_WINDOW, "application", application, "library", library, NULL);
}

SfgLibrary *
sfg_window_get_library (SfgWindow *self)
{
  g_return_val_if_fail (SFG_IS_WINDOW (self), NULL);

  return self->library;
}

/**
 * sfg_window_get_current_plan:
 *
 * Returns: (transfer none) (nullable): the plan the views work on
 */
SfgPlan *
sfg_window_get_current_plan (SfgWindow *self)
{
  g_return_val_if_fail (SFG_IS_WINDOW (self), NULL);

  return self->current_plan;
}

/* Remembered in GSettings, so the same plan is open on the next start. */
void
sfg_window_set_current_plan (SfgWindow *self,
                             SfgPlan   *plan)
{
  g_return_if_fail (SFG_IS_WINDOW (self));
  g_return_if_fail (plan == NULL || SFG_IS_PLAN (plan));

  if (!g_set_object (&self->current_plan, plan))
    return;

  g_settings_set_string (self->settings, "current-plan", plan != NULL ? sfg_plan_get_id (plan) : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_PLAN]);
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

/**
 * sfg_window_get_printable:
 *
 * What Print… prints: on the journal view the journal shown, on the other
 * views the current plan.
 *
 * Returns: (transfer none) (nullable): an SfgPlan, an SfgJournal or %NULL
 */
GObject *
sfg_window_get_printable (SfgWindow *self)
{
  GtkWidget *journal_view;

  g_return_val_if_fail (SFG_IS_WINDOW (self), NULL);

  if (g_strcmp0 (sfg_window_get_visible_view (self), "journal") != 0)
    return G_OBJECT (sfg_window_get_current_plan (self));

  journal_view = adw_bin_get_child (self->journal_bin);
  if (!SFG_IS_JOURNAL_VIEW (journal_view))
    return NULL;
  return G_OBJECT (sfg_journal_view_get_journal (SFG_JOURNAL_VIEW (journal_view)));
}
