/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "sfg-window.h"

static void
wait_until_mapped (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
}

static void
iterate_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* One library for the process, in the data folder headless-run gives it, so
 * the --write-state and --read-state processes share it. */
static SfgLibrary *library;

static SfgLibrary *
get_library (void)
{
  if (library == NULL)
    {
      g_autoptr (SfgStore) store = NULL;
      g_autoptr (GError) error = NULL;

      store = sfg_store_new (NULL, &error);
      g_assert_no_error (error);
      library = sfg_library_new (store);
      sfg_library_load (library, &error);
      g_assert_no_error (error);
    }
  return library;
}

static SfgWindow *
open_window (void)
{
  SfgWindow *window = sfg_window_new (NULL, get_library ());

  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (GTK_WIDGET (window));
  return window;
}

static gboolean
widget_has_label (GtkWidget  *widget,
                  const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (widget_has_label (child, text))
      return TRUE;
  return FALSE;
}

/* The view switcher's tab for @title: a mapped toggle button inside an AdwViewSwitcher. */
static GtkWidget *
find_view_tab (GtkWidget  *widget,
               const char *title)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && gtk_widget_get_ancestor (widget, ADW_TYPE_VIEW_SWITCHER) != NULL
      && widget_has_label (widget, title))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_view_tab (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwViewStack *
get_stack (SfgWindow *window)
{
  GtkWidget *view = sfg_window_get_view (window, "journal");

  return ADW_VIEW_STACK (gtk_widget_get_ancestor (view, ADW_TYPE_VIEW_STACK));
}

static void
assert_view_shown (SfgWindow  *window,
                   const char *name)
{
  AdwViewStack *stack = get_stack (window);
  GtkWidget *visible = adw_view_stack_get_visible_child (stack);

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, name);
  g_assert_cmpstr (sfg_window_get_visible_view (window), ==, name);
  /* The page was built when shown and is what the stack displays. */
  g_assert_nonnull (adw_bin_get_child (ADW_BIN (visible)));
  g_assert_true (gtk_widget_is_ancestor (sfg_window_get_view (window, name), visible)
                 || sfg_window_get_view (window, name) == visible);
  g_assert_true (gtk_widget_get_mapped (adw_bin_get_child (ADW_BIN (visible))));
}

static void
test_window_opens (void)
{
  SfgWindow *window = open_window ();

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Scope for Growth");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
print_wide_widgets (GtkWidget *widget,
                    int        depth,
                    int        limit)
{
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > limit)
    g_printerr ("# %*s%s needs %d px\n", depth * 2, "", G_OBJECT_TYPE_NAME (widget), minimum);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    print_wide_widgets (child, depth + 1, limit);
}

/* 360 px is the narrowest a phone-sized window gets: every view must fit. */
static void
test_fits_360_px (void)
{
  SfgWindow *window = open_window ();

  for (guint i = 0; i < 3; i++)
    {
      const char *names[] = { "journal", "framework", "plan" };
      GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
      int minimum;

      sfg_window_set_visible_view (window, names[i]);
      iterate_pending ();
      gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (minimum > 360)
        print_wide_widgets (content, 0, 360);
      g_assert_cmpint (minimum, <=, 360);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_pages_built_lazily (void)
{
  SfgWindow *window;
  AdwViewStack *stack;
  GtkWidget *plan_bin;

  window = open_window ();
  sfg_window_set_visible_view (window, "journal");
  iterate_pending ();
  stack = get_stack (window);
  plan_bin = adw_view_stack_get_child_by_name (stack, "plan");
  g_assert_null (adw_bin_get_child (ADW_BIN (plan_bin)));
  sfg_window_set_visible_view (window, "plan");
  g_assert_nonnull (adw_bin_get_child (ADW_BIN (plan_bin)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_view_tabs_switch_pages (void)
{
  const struct { const char *title; const char *name; } tabs[] = {
    { "Plan", "plan" }, { "Framework", "framework" }, { "Journal", "journal" },
  };
  SfgWindow *window = open_window ();

  iterate_pending ();
  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      GtkWidget *tab = find_view_tab (GTK_WIDGET (window), tabs[i].title);

      g_assert_nonnull (tab);
      g_signal_emit_by_name (tab, "clicked");
      iterate_pending ();
      assert_view_shown (window, tabs[i].name);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Presses a shortcut the way GTK would: find the window's shortcut whose trigger
 * is @accel and activate its action. */
static void
press_accel (GtkWidget  *widget,
             const char *accel)
{
  g_autoptr (GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accel);
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean pressed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !pressed; i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              pressed = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                      GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                      gtk_shortcut_get_arguments (shortcut));
              break;
            }
        }
    }
  g_assert_true (pressed);
}

static void
test_ctrl_number_switches_views (void)
{
  SfgWindow *window = open_window ();

  press_accel (GTK_WIDGET (window), "<Control>3");
  iterate_pending ();
  assert_view_shown (window, "plan");
  press_accel (GTK_WIDGET (window), "<Control>2");
  iterate_pending ();
  assert_view_shown (window, "framework");
  press_accel (GTK_WIDGET (window), "<Control>1");
  iterate_pending ();
  assert_view_shown (window, "journal");
  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *self_path;

/* Runs in a child process: sets a size, a view and a current plan, then
 * closes the window (which saves everything before it goes). */
static void
write_state (void)
{
  SfgWindow *window = open_window ();
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  SfgPerson *person = sfg_library_add_person (get_library (), "Sam Jones");
  SfgPlan *plan = sfg_library_create_plan (get_library (), person);

  sfg_library_create_plan (get_library (), sfg_library_add_person (get_library (), "Robin Lee"));
  gtk_window_set_default_size (GTK_WINDOW (window), 901, 651);
  sfg_window_set_visible_view (window, "plan");
  sfg_window_set_current_plan (window, plan);
  iterate_pending ();
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  while (window != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_settings_sync ();
}

/* Runs in a second child process: what the first one set is back. */
static void
read_state (void)
{
  SfgWindow *window = open_window ();
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 901);
  g_assert_cmpint (height, ==, 651);
  assert_view_shown (window, "plan");
  g_assert_nonnull (sfg_window_get_current_plan (window));
  g_assert_cmpstr (sfg_plan_get_name (sfg_window_get_current_plan (window)), ==, "Sam Jones");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
run_self (const char *mode)
{
  const char *argv[] = { self_path, mode, NULL };
  g_autoptr (GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

static void
test_state_restored_in_second_process (void)
{
  run_self ("--write-state");
  run_self ("--read-state");
}

int
main (int   argc,
      char *argv[])
{
  self_path = argv[0];
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  if (argc == 2 && g_str_equal (argv[1], "--write-state"))
    {
      write_state ();
      return 0;
    }
  if (argc == 2 && g_str_equal (argv[1], "--read-state"))
    {
      read_state ();
      return 0;
    }

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/pages-built-lazily", test_pages_built_lazily);
  g_test_add_func ("/window/fits-360-px", test_fits_360_px);
  g_test_add_func ("/window/view-tabs", test_view_tabs_switch_pages);
  g_test_add_func ("/window/ctrl-number", test_ctrl_number_switches_views);
  g_test_add_func ("/window/state/restored", test_state_restored_in_second_process);

  return g_test_run ();
}
