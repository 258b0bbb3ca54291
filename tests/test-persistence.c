/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sfg-application.h"
#include "sfg-store-private.h"
#include "sfg-test-utils.h"
#include "sfg-window.h"

/* What the user sees of saving and loading: a change survives a quick quit,
 * a failed save shows a bar and asks before quitting, a load problem is
 * told in plain words, a data folder that cannot be made is explained. */

#define PERSON_NAME "Pat Quickquit"
#define ANSWER      "Written just before quitting"

static const char *self_path;

static void
iterate_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
wait_until (gboolean (*done) (gpointer),
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
run_self (const char  *mode,
          const char **envp)
{
  const char *argv[] = { self_path, mode, NULL };
  g_auto (GStrv) env = g_get_environ ();
  g_autoptr (GError) error = NULL;
  int status;

  for (guint i = 0; envp != NULL && envp[i] != NULL; i += 2)
    env = g_environ_setenv (env, envp[i], envp[i + 1], TRUE);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

/* ---- a change, then quit at once, in the real application ---- */

static gboolean
quit_cb (gpointer data)
{
  g_action_group_activate_action (G_ACTION_GROUP (data), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
activated_cb (GApplication *app)
{
  SfgLibrary *library = sfg_application_get_library (SFG_APPLICATION (app));
  SfgJournal *journal;

  g_assert_nonnull (library);
  g_assert_nonnull (sfg_library_add_person (library, PERSON_NAME));
  journal = sfg_library_create_journal (library, NULL);
  sfg_journal_set_answer (journal, "wellbeing.1", ANSWER);
  /* Well before the autosave would write it (half a second). */
  g_timeout_add (50, quit_cb, app);
}

static void
change_and_quit (void)
{
  g_autoptr (SfgApplication) app = sfg_application_new ();
  char *argv[] = { (char *) self_path, NULL };
  gint64 start = g_get_monotonic_time ();

  g_signal_connect_after (app, "activate", G_CALLBACK (activated_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_test_message ("ran for %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
}

static void
check_change (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SfgStore) store = sfg_store_new (NULL, &error);
  g_autoptr (SfgLibrary) library = NULL;
  GListModel *people;
  GListModel *journals;
  gboolean found = FALSE;

  g_assert_no_error (error);
  library = sfg_library_new (store);
  g_assert_true (sfg_library_load (library, &error));
  people = G_LIST_MODEL (sfg_library_get_people (library));
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (SfgPerson) person = g_list_model_get_item (people, i);

      found |= g_strcmp0 (sfg_person_get_name (person), PERSON_NAME) == 0;
    }
  g_assert_true (found);
  journals = sfg_library_get_journals (library);
  g_assert_cmpuint (g_list_model_get_n_items (journals), ==, 1);
  {
    g_autoptr (SfgJournal) journal = g_list_model_get_item (journals, 0);

    g_assert_cmpstr (sfg_journal_get_answer (journal, "wellbeing.1"), ==, ANSWER);
  }
}

static void
test_quick_quit_keeps_change (void)
{
  run_self ("--change-and-quit", NULL);
  run_self ("--check-change", NULL);
}

/* ---- the data folder cannot be created ---- */

static gboolean
find_data_error_dialog (gpointer data)
{
  GApplication *app = data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      {
        AdwMessageDialog *dialog = l->data;

        g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                         "Your Data Folder Cannot Be Used");
        g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "scope-for-growth"));
        g_assert_null (sfg_application_get_library (SFG_APPLICATION (app)));
        adw_message_dialog_response (dialog, "close");
        return G_SOURCE_REMOVE;
      }
  return G_SOURCE_CONTINUE;
}

static void
data_folder_error (void)
{
  g_autoptr (SfgApplication) app = sfg_application_new ();
  char *argv[] = { (char *) self_path, NULL };

  g_timeout_add (20, find_data_error_dialog, app);
  /* Closing the message ends the application. */
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
}

static void
test_data_folder_error (void)
{
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autofree char *file = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *data = g_build_filename (file, "data", NULL);
  const char *env[] = { "XDG_DATA_HOME", data, NULL };

  sfg_test_write_file (file, "x", 1);
  run_self ("--data-folder-error", env);
  sfg_test_remove_tree (dir);
}

/* ---- in-process window tests ---- */

typedef struct
{
  char       *dir;
  SfgStore   *store;
  SfgLibrary *library;
  SfgWindow  *window;
} Fixture;

static void
fixture_open (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  f->store = sfg_store_new (f->dir, &error);
  g_assert_no_error (error);
  sfg_store_set_delays (f->store, 10, 20);
  sfg_store_set_retry_interval (f->store, 50);
  f->library = sfg_library_new (f->store);
  sfg_library_load (f->library, &error);
  g_assert_no_error (error);
  f->window = sfg_window_new (NULL, f->library);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_present (GTK_WINDOW (f->window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->window)))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sfg_test_make_temp_dir ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  iterate_pending ();
  /* No write may still be running when the folder is removed. */
  if (f->library != NULL)
    sfg_test_library_flush (f->library, NULL); /* may fail on purpose */
  g_clear_object (&f->library);
  g_clear_object (&f->store);
  sfg_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The label inside a revealed GtkRevealer whose text contains @text. */
static GtkLabel *
find_shown_label (GtkWidget  *widget,
                  const char *text)
{
  if (GTK_IS_REVEALER (widget) && !gtk_revealer_get_reveal_child (GTK_REVEALER (widget)))
    return NULL;
  if (GTK_IS_LABEL (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_REVEALER) != NULL
      && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_shown_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_save_error (gpointer data)
{
  return sfg_store_get_save_error (data) != NULL;
}

static gboolean
has_no_save_error (gpointer data)
{
  return sfg_store_get_save_error (data) == NULL;
}

/* Makes every journal save fail: a file where the folder should be (this
 * fails for root too, unlike a read-only folder). */
static void
break_journals (Fixture *f)
{
  g_autofree char *journals = g_build_filename (f->dir, "journals", NULL);
  g_autofree char *moved = g_build_filename (f->dir, "journals.moved", NULL);

  g_assert_cmpint (g_rename (journals, moved), ==, 0);
  sfg_test_write_file (journals, "in the way", -1);
}

/* The folder and the file swap places in one step: with an unlink and a
 * rename, a retry in between made a new journals/ and saved into it, and
 * the folder could no longer be put back. */
static void
mend_journals (Fixture *f)
{
  g_autofree char *journals = g_build_filename (f->dir, "journals", NULL);
  g_autofree char *moved = g_build_filename (f->dir, "journals.moved", NULL);

  g_assert_cmpint (renameat2 (AT_FDCWD, moved, AT_FDCWD, journals, RENAME_EXCHANGE), ==, 0);
  g_assert_cmpint (g_unlink (moved), ==, 0);
}

static void
test_save_error_bar (Fixture       *f,
                     gconstpointer  data)
{
  SfgJournal *journal;
  const char *message;
  GtkLabel *label;

  fixture_open (f);
  journal = sfg_library_create_journal (f->library, NULL);
  g_assert_true (sfg_test_store_flush (f->store, NULL));
  g_assert_null (find_shown_label (GTK_WIDGET (f->window), "could not be saved"));

  break_journals (f);
  sfg_journal_set_answer (journal, "wellbeing.2", "Kept in memory");
  wait_until (has_save_error, f->store);
  message = sfg_store_get_save_error (f->store);
  g_assert_nonnull (strstr (message, "could not be saved"));
  iterate_pending ();
  label = find_shown_label (GTK_WIDGET (f->window), message);
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, message);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (label)));

  /* It stays until saving works again. */
  mend_journals (f);
  wait_until (has_no_save_error, f->store);
  iterate_pending ();
  g_assert_null (find_shown_label (GTK_WIDGET (f->window), "could not be saved"));
}

/* A shown message dialog other than @except (one that was answered may
 * still be on its way out). */
static AdwMessageDialog *
find_message_dialog_except (gpointer except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window)
          && (gpointer) window != except)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return find_message_dialog_except (NULL);
}

static gboolean
dialog_shown (gpointer except)
{
  return find_message_dialog_except (except) != NULL;
}

static void
test_quit_after_failed_save_asks (Fixture       *f,
                                  gconstpointer  data)
{
  SfgJournal *journal;
  AdwMessageDialog *dialog;
  const char *body;

  fixture_open (f);
  journal = sfg_library_create_journal (f->library, NULL);
  sfg_journal_set_date (journal, "2025-03-20");
  g_assert_true (sfg_test_store_flush (f->store, NULL));
  break_journals (f);
  sfg_journal_set_answer (journal, "wellbeing.3", "Not on disk");

  gtk_window_close (GTK_WINDOW (f->window));
  wait_until (dialog_shown, NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Quit Without Saving?");
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "your journal dated 2025-03-20"));
  g_assert_nonnull (strstr (body, f->dir));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");

  /* Keeping it open keeps everything. */
  adw_message_dialog_response (dialog, "cancel");
  iterate_pending ();
  g_assert_nonnull (f->window);
  g_assert_cmpstr (sfg_journal_get_answer (journal, "wellbeing.3"), ==, "Not on disk");

  /* Asked again, and this time the user lets it go. */
  gtk_window_close (GTK_WINDOW (f->window));
  wait_until (dialog_shown, dialog);
  adw_message_dialog_response (find_message_dialog_except (dialog), "discard");
  iterate_pending ();
  g_assert_null (f->window);
  mend_journals (f);
}

static gboolean
window_gone (gpointer data)
{
  return ((Fixture *) data)->window == NULL;
}

static void
test_close_saves_first (Fixture       *f,
                        gconstpointer  data)
{
  SfgJournal *journal;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  fixture_open (f);
  sfg_store_set_delays (f->store, 60000, 60000);
  journal = sfg_library_create_journal (f->library, NULL);
  sfg_journal_set_answer (journal, "wellbeing.4", "Saved on close");
  gtk_window_close (GTK_WINDOW (f->window));
  wait_until (window_gone, f);
  path = g_strdup_printf ("%s/journals/%s.json", f->dir, sfg_journal_get_id (journal));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "Saved on close"));
  g_assert_null (find_message_dialog ());
}

static void
test_load_problem_shown (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *people = g_build_filename (f->dir, "people.json", NULL);
  g_autofree char *notes = NULL;
  GtkLabel *label;
  SfgPlan *plan;
  const char *text;

  g_assert_cmpint (g_mkdir_with_parents (f->dir, 0700), ==, 0);
  sfg_test_write_file (people, "{\"version\": 1, \"people\": [", -1);
  fixture_open (f);
  iterate_pending ();

  label = find_shown_label (GTK_WIDGET (f->window), "people.json");
  g_assert_nonnull (label);
  text = gtk_label_get_text (label);
  /* What happened and where the set-aside file is. */
  g_assert_nonnull (strstr (text, "could not be read"));
  g_assert_nonnull (strstr (text, "set aside"));
  g_assert_nonnull (strstr (text, people));
  g_assert_nonnull (strstr (text, ".corrupt-"));

  /* A problem found later (private notes are read when first needed) is
   * added to what is shown. */
  plan = sfg_library_create_plan (f->library, sfg_library_add_person (f->library, "Sam"));
  notes = g_strdup_printf ("%s/private/%s.json", f->dir, sfg_plan_get_id (plan));
  sfg_test_write_file (notes, "", 0);
  sfg_library_get_private_notes (f->library, plan);
  iterate_pending ();
  label = find_shown_label (GTK_WIDGET (f->window), "private/");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_text (label), "people.json"));
}

static void
test_newer_version_message (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *people = g_build_filename (f->dir, "people.json", NULL);

  g_assert_cmpint (g_mkdir_with_parents (f->dir, 0700), ==, 0);
  sfg_test_write_file (people, "{\"version\": 2, \"people\": []}\n", -1);
  fixture_open (f);
  iterate_pending ();
  g_assert_nonnull (find_shown_label (GTK_WIDGET (f->window), "newer version"));
  g_assert_true (sfg_library_is_read_only (f->library, sfg_library_get_people (f->library)));
}

static void
test_current_plan_forgotten (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *missing = g_uuid_string_random ();
  g_autofree char *key = NULL;
  SfgPlan *plan;
  g_autofree char *token = NULL;
  g_autoptr (GError) error = NULL;

  g_settings_set_string (settings, "current-plan", missing);
  fixture_open (f);
  g_assert_null (sfg_window_get_current_plan (f->window));
  key = g_settings_get_string (settings, "current-plan");
  g_assert_cmpstr (key, ==, "");

  /* Deleting the current plan leaves no plan current. */
  plan = sfg_library_create_plan (f->library, sfg_library_add_person (f->library, "Sam"));
  sfg_window_set_current_plan (f->window, plan);
  g_assert_true (sfg_window_get_current_plan (f->window) == plan);
  token = sfg_library_delete_plan (f->library, plan, &error);
  g_assert_no_error (error);
  g_assert_null (sfg_window_get_current_plan (f->window));
}

int
main (int   argc,
      char *argv[])
{
  self_path = argv[0];
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  if (argc == 2 && g_str_equal (argv[1], "--change-and-quit"))
    {
      change_and_quit ();
      return 0;
    }
  if (argc == 2 && g_str_equal (argv[1], "--check-change"))
    {
      check_change ();
      return 0;
    }
  if (argc == 2 && g_str_equal (argv[1], "--data-folder-error"))
    {
      data_folder_error ();
      return 0;
    }

  g_test_add_func ("/persistence/quick-quit-keeps-change", test_quick_quit_keeps_change);
  g_test_add_func ("/persistence/data-folder-error", test_data_folder_error);
#define ADD(path, func) \
  g_test_add ("/persistence/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("save-error-bar", test_save_error_bar);
  ADD ("quit-after-failed-save-asks", test_quit_after_failed_save_asks);
  ADD ("close-saves-first", test_close_saves_first);
  ADD ("load-problem-shown", test_load_problem_shown);
  ADD ("newer-version-message", test_newer_version_message);
  ADD ("current-plan-forgotten", test_current_plan_forgotten);
#undef ADD

  return g_test_run ();
}
