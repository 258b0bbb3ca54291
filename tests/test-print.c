/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "report-test-helpers.h"
#include "sfg-preview-window.h"
#include "sfg-print-operation.h"
#include "sfg-print-settings.h"
#include "sfg-test-utils.h"
#include "sfg-journal-view.h"
#include "sfg-window.h"

/* Printing through GTK's print stack under Xvfb: Export as PDF through the
 * real GtkPrintOperation, remembered settings, the preview window and the
 * main window's printing actions. */

#define NO_POPPLER "pdftotext and pdfinfo (poppler-utils) are not installed"

static void
iterate_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
wait_until_mapped (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static guint
count_dot_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    n += name[0] == '.';
  return n;
}

/* ---- Export as PDF ---- */

static void
test_export_a4 (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (30);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autoptr(SfgReport) expected = sfg_report_new_for_plan (plan);
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  ReportTestPdfInfo info;

  g_assert_true (sfg_print_operation_export (report, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_dot_files (dir), ==, 0);

  /* Nothing chosen yet: A4, portrait, the default margins. */
  sfg_report_paginate (expected, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, NULL);
  g_assert_cmpuint (sfg_report_get_n_pages (report), ==, sfg_report_get_n_pages (expected));
  g_assert_cmpuint (sfg_report_get_n_pages (expected), >=, 3);

  if (!report_test_have_poppler ())
    {
      g_test_skip (NO_POPPLER);
      sfg_test_remove_tree (dir);
      return;
    }
  report_test_pdf_info (path, &info);
  g_assert_cmpstr (info.size_name, ==, "A4");
  g_assert_cmpuint (info.pages, ==, sfg_report_get_n_pages (expected));
  g_free (info.size_name);
  text = report_test_pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Aspirational Development Plan"));
  g_assert_nonnull (strstr (text, "Action 30:"));
  g_assert_nonnull (strstr (text, "Signature of the line manager"));
  sfg_test_remove_tree (dir);
}

/* A name may hold anything a person can paste: GTK's export takes the
 * PDF's title from it, and a non-character there made cairo draw nothing. */
static void
test_export_any_name (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (1);
  g_autoptr(SfgReport) report = NULL;
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sfg_plan_set_name (plan, "Sam\xef\xbf\xbe Jones\x01\n\xef\xb7\x90", &error));
  g_assert_no_error (error);
  report = sfg_report_new_for_plan (plan);
  g_assert_true (sfg_print_operation_export (report, NULL, path, &error));
  g_assert_no_error (error);
  if (!report_test_have_poppler ())
    {
      g_test_skip (NO_POPPLER);
      sfg_test_remove_tree (dir);
      return;
    }
  text = report_test_pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Jones"));
  g_assert_nonnull (strstr (text, "Signature of the line manager"));
  sfg_test_remove_tree (dir);
}

static void
test_export_failure_leaves_nothing (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (1);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "gone", "plan.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (sfg_print_operation_export (report, NULL, missing, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  sfg_test_remove_tree (dir);
}

/* The page setup chosen last time is what the next export uses. */
static void
test_settings_remembered (void)
{
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPrintSettings) loaded_settings = NULL;
  g_autoptr(GtkPageSetup) loaded_setup = NULL;
  GtkPaperSize *letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr(SfgJournal) journal = sfg_journal_new ();
  g_autoptr(SfgReport) report = NULL;
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "journal.pdf", NULL);
  g_autofree char *settings_path = sfg_print_settings_dup_path ();
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  ReportTestPdfInfo info;

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, letter);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_settings_set_n_copies (settings, 2);
  gtk_paper_size_free (letter);
  g_assert_true (sfg_print_settings_save (settings, page_setup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (settings_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  sfg_print_settings_load (&loaded_settings, &loaded_setup);
  g_assert_cmpint (gtk_print_settings_get_n_copies (loaded_settings), ==, 2);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (loaded_setup)), ==,
                   GTK_PAPER_NAME_LETTER);
  g_assert_cmpint (gtk_page_setup_get_orientation (loaded_setup), ==,
                   GTK_PAGE_ORIENTATION_LANDSCAPE);

  sfg_journal_set_name (journal, "Sam Jones");
  sfg_journal_set_answer (journal, "wellbeing.1", "An answer");
  report = sfg_report_new_for_journal (journal);
  g_assert_true (sfg_print_operation_export (report, NULL, path, &error));
  g_assert_no_error (error);
  /* A journal is private: so is its PDF. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  if (report_test_have_poppler ())
    {
      report_test_pdf_info (path, &info);
      g_assert_cmpfloat_with_epsilon (info.width, SFG_REPORT_LETTER_HEIGHT, 0.5);
      g_assert_cmpfloat_with_epsilon (info.height, SFG_REPORT_LETTER_WIDTH, 0.5);
      g_free (info.size_name);
    }
  g_unlink (settings_path);
  sfg_test_remove_tree (dir);
}

/* ---- the preview ---- */

static guint
count_dark_pixels (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width, height;
  guint dark = 0;

  /* Laid out and drawn at least once. */
  for (guint i = 0; i < 100 && (gtk_widget_get_width (widget) == 0
                                || gtk_widget_get_height (widget) == 0); i++)
    wait_ms (20);
  wait_ms (50);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    if (pixels[i * 4 + 3] > 200 && pixels[i * 4] < 80 && pixels[i * 4 + 1] < 80
        && pixels[i * 4 + 2] < 80)
      dark++;
  return dark;
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

static void
press_accel (GtkWidget  *widget,
             const char *accel)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accel);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean pressed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !pressed; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

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

/* The one set-aside copy of @name in @dir (NAME.corrupt-*), or NULL. */
static char *
find_set_aside (const char *dir,
                const char *name)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strconcat (name, ".corrupt-", NULL);
  const char *entry;
  char *found = NULL;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (entry, prefix))
      {
        g_assert_null (found);
        found = g_build_filename (dir, entry, NULL);
      }
  return found;
}

/* A settings file that cannot be read is set aside, byte for byte, and the
 * defaults are used; remembering again writes a new private file. */
static void
test_settings_unreadable (void)
{
  static const char garbage[] = "[Print Settings]\nn-copies=2\n\xff\xfe not a key file\n";
  g_autofree char *settings_path = sfg_print_settings_dup_path ();
  g_autofree char *config_dir = g_path_get_dirname (settings_path);
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GtkPrintSettings) again = NULL;
  g_autoptr(GtkPageSetup) again_setup = NULL;
  g_autoptr(GBytes) expected = g_bytes_new_static (garbage, sizeof garbage - 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir_with_parents (config_dir, 0700), ==, 0);
  sfg_test_write_file (settings_path, garbage, sizeof garbage - 1);
  g_assert_cmpint (g_chmod (settings_path, 0644), ==, 0);

  sfg_print_settings_load (&settings, &page_setup);
  g_assert_cmpint (gtk_print_settings_get_n_copies (settings), ==, 1);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (page_setup)), ==,
                   GTK_PAPER_NAME_A4);
  g_assert_false (g_file_test (settings_path, G_FILE_TEST_EXISTS));
  aside = find_set_aside (config_dir, "print-settings.ini");
  g_assert_nonnull (aside);
  sfg_test_assert_file_bytes (aside, expected);

  gtk_print_settings_set_n_copies (settings, 3);
  g_assert_true (sfg_print_settings_save (settings, page_setup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (settings_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  sfg_print_settings_load (&again, &again_setup);
  g_assert_cmpint (gtk_print_settings_get_n_copies (again), ==, 3);
  sfg_test_assert_file_bytes (aside, expected);

  /* A readable file someone made 0644 becomes private when next saved. */
  g_assert_cmpint (g_chmod (settings_path, 0644), ==, 0);
  g_assert_true (sfg_print_settings_save (again, again_setup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (settings_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_unlink (aside);
  g_unlink (settings_path);
}

static void
test_preview_pages_and_zoom (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (40);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  GtkWidget *window = sfg_preview_window_new (NULL, report);
  SfgPreviewWindow *preview = SFG_PREVIEW_WINDOW (window);
  GtkWidget *area;
  guint n_pages = sfg_report_get_n_pages (report);
  g_autofree char *first = g_strdup_printf ("Page 1 of %u", n_pages);
  g_autofree char *last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (window);
  iterate_pending ();
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_true (has_label (window, first));

  /* Drawn by the report: text on white paper. */
  area = find_widget (window, GTK_TYPE_DRAWING_AREA);
  g_assert_nonnull (area);
  g_assert_cmpuint (count_dark_pixels (area), >, 500);

  press_accel (window, "Page_Down");
  g_assert_cmpuint (sfg_preview_window_get_page (preview), ==, 1);
  press_accel (window, "Page_Up");
  g_assert_cmpuint (sfg_preview_window_get_page (preview), ==, 0);
  press_accel (window, "<Control>End");
  g_assert_cmpuint (sfg_preview_window_get_page (preview), ==, n_pages - 1);
  g_assert_true (has_label (window, last));
  gtk_widget_activate_action (window, "preview.next-page", NULL);
  g_assert_cmpuint (sfg_preview_window_get_page (preview), ==, n_pages - 1);
  press_accel (window, "<Control>Home");
  g_assert_cmpuint (sfg_preview_window_get_page (preview), ==, 0);

  press_accel (window, "<Control>plus");
  g_assert_cmpfloat (sfg_preview_window_get_zoom (preview), >, 1.0);
  press_accel (window, "<Control>0");
  g_assert_cmpfloat (sfg_preview_window_get_zoom (preview), ==, 1.0);
  press_accel (window, "<Control>minus");
  g_assert_cmpfloat (sfg_preview_window_get_zoom (preview), <, 1.0);
  iterate_pending ();
  g_assert_cmpuint (count_dark_pixels (area), >, 200);

  press_accel (window, "Escape");
  iterate_pending ();
}

/* The preview follows the plan as it is edited. */
static void
test_preview_follows_changes (void)
{
  g_autoptr(SfgPlan) plan = report_test_plan (1);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
  GtkWidget *window = sfg_preview_window_new (NULL, report);
  guint before;

  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (window);
  before = sfg_report_get_n_pages (report);
  for (guint i = 0; i < 40; i++)
    report_test_add_action (plan, "An action added while the preview is open");
  wait_ms (500);
  g_assert_cmpuint (sfg_report_get_n_pages (report), >, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preview_journal_option (void)
{
  g_autoptr(SfgJournal) journal = sfg_journal_new ();
  g_autoptr(SfgReport) report = NULL;
  GtkWidget *window;
  GtkWidget *menu_button;
  guint answered_pages;

  sfg_journal_set_answer (journal, "wellbeing.1", "One answer");
  report = sfg_report_new_for_journal (journal);
  window = sfg_preview_window_new (NULL, report);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (window);
  menu_button = find_widget (window, GTK_TYPE_MENU_BUTTON);
  g_assert_true (gtk_widget_get_visible (menu_button));
  answered_pages = sfg_report_get_n_pages (report);
  g_assert_true (gtk_widget_activate_action (window, "preview.include-unanswered", NULL));
  g_assert_true (sfg_report_get_include_unanswered (report));
  g_assert_cmpuint (sfg_report_get_n_pages (report), >, answered_pages);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- the main window ---- */

static SfgLibrary *
make_library (char **dir)
{
  g_autoptr(SfgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SfgLibrary *library;

  *dir = sfg_test_make_temp_dir ();
  store = sfg_store_new (*dir, &error);
  g_assert_no_error (error);
  library = sfg_library_new (store);
  sfg_library_load (library, &error);
  g_assert_no_error (error);
  return library;
}

static GtkWindow *
find_toplevel (const char *type_name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (window), g_type_from_name (type_name)))
        return window;
    }
  return NULL;
}

static void
test_window_printable (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(SfgLibrary) library = make_library (&dir);
  SfgWindow *window = sfg_window_new (NULL, library);
  SfgPerson *person = sfg_library_add_person (library, "Sam Jones");
  SfgPlan *plan;
  GtkWindow *preview;

  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (GTK_WIDGET (window));

  /* Nothing to print yet: a toast says why, nothing else happens. */
  sfg_window_set_visible_view (window, "plan");
  sfg_window_set_current_plan (window, NULL);
  g_assert_null (sfg_window_get_printable (window));
  press_accel (GTK_WIDGET (window), "<Control>p");
  iterate_pending ();
  g_assert_null (find_toplevel ("GtkPrintUnixDialog"));

  plan = sfg_library_create_plan (library, person);
  sfg_window_set_current_plan (window, plan);
  g_assert_true (sfg_window_get_printable (window) == G_OBJECT (plan));
  sfg_window_set_visible_view (window, "framework");
  g_assert_true (sfg_window_get_printable (window) == G_OBJECT (plan));

  /* The journal view prints its journal, never the plan. */
  sfg_window_set_visible_view (window, "journal");
  iterate_pending ();
  g_assert_false (sfg_window_get_printable (window) == G_OBJECT (plan));

  sfg_window_set_visible_view (window, "plan");
  press_accel (GTK_WIDGET (window), "<Control><Shift>p");
  iterate_pending ();
  preview = find_toplevel ("SfgPreviewWindow");
  g_assert_nonnull (preview);
  g_assert_true (sfg_report_get_document (sfg_preview_window_get_report (SFG_PREVIEW_WINDOW (preview)))
                 == G_OBJECT (plan));
  gtk_window_destroy (preview);

  /* Print… opens GTK's print dialog; cancelling it prints nothing. */
  press_accel (GTK_WIDGET (window), "<Control>p");
  for (guint i = 0; i < 200 && find_toplevel ("GtkPrintUnixDialog") == NULL; i++)
    wait_ms (10);
  g_assert_nonnull (find_toplevel ("GtkPrintUnixDialog"));
  gtk_dialog_response (GTK_DIALOG (find_toplevel ("GtkPrintUnixDialog")),
                       GTK_RESPONSE_CANCEL);
  iterate_pending ();
  g_assert_null (find_toplevel ("GtkPrintUnixDialog"));

  /* The dialog's Preview opens the in-app preview, no external viewer. */
  press_accel (GTK_WIDGET (window), "<Control>p");
  for (guint i = 0; i < 200 && find_toplevel ("GtkPrintUnixDialog") == NULL; i++)
    wait_ms (10);
  gtk_dialog_response (GTK_DIALOG (find_toplevel ("GtkPrintUnixDialog")), GTK_RESPONSE_APPLY);
  for (guint i = 0; i < 200 && find_toplevel ("SfgPreviewWindow") == NULL; i++)
    wait_ms (10);
  preview = find_toplevel ("SfgPreviewWindow");
  g_assert_nonnull (preview);
  g_assert_null (find_toplevel ("GtkPrintUnixDialog"));
  gtk_window_destroy (preview);
  iterate_pending ();

  /* Export as PDF…: a file chooser in the folder used last time, the
   * suggested name, then the PDF there. */
  {
    g_autofree char *out_dir = sfg_test_make_temp_dir ();
    g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
    g_autofree char *name = sfg_report_dup_suggested_filename (report);
    g_autofree char *pdf = g_build_filename (out_dir, name, NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(GFile) chosen = NULL;
    g_autofree char *remembered = NULL;
    GtkWindow *chooser;

    g_assert_true (sfg_print_settings_set_export_folder (out_dir, &error));
    g_assert_no_error (error);
    press_accel (GTK_WIDGET (window), "<Control><Shift>e");
    for (guint i = 0; i < 200 && find_toplevel ("GtkFileChooserDialog") == NULL; i++)
      wait_ms (10);
    chooser = find_toplevel ("GtkFileChooserDialog");
    g_assert_nonnull (chooser);
    for (guint i = 0; i < 200; i++)
      {
        g_clear_object (&chosen);
        chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
        if (chosen != NULL && g_str_equal (g_file_peek_path (chosen), pdf))
          break;
        wait_ms (10);
      }
    g_assert_cmpstr (g_file_peek_path (chosen), ==, pdf);
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    for (guint i = 0; i < 300 && !g_file_test (pdf, G_FILE_TEST_EXISTS); i++)
      wait_ms (10);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
    g_assert_cmpuint (count_dot_files (out_dir), ==, 0);
    remembered = sfg_print_settings_dup_export_folder ();
    g_assert_cmpstr (remembered, ==, out_dir);
    iterate_pending ();
    sfg_test_remove_tree (out_dir);
  }

  /* A journal's export asks whether to include the unanswered questions. */
  {
    g_autofree char *out_dir = sfg_test_make_temp_dir ();
    SfgJournal *journal = sfg_library_create_journal (library, NULL);
    g_autoptr(SfgReport) report = NULL;
    g_autofree char *name = NULL;
    g_autofree char *pdf = NULL;
    g_autoptr(GError) error = NULL;
    GtkWidget *journal_view;
    GtkWindow *chooser;

    sfg_journal_set_answer (journal, "wellbeing.1", "jmarkanswer");
    sfg_window_set_visible_view (window, "journal");
    journal_view = sfg_window_get_view (window, "journal");
    sfg_journal_view_show_journal (SFG_JOURNAL_VIEW (journal_view), journal);
    iterate_pending ();
    g_assert_true (sfg_window_get_printable (window) == G_OBJECT (journal));
    report = sfg_report_new_for_journal (journal);
    name = sfg_report_dup_suggested_filename (report);
    pdf = g_build_filename (out_dir, name, NULL);

    g_assert_true (sfg_print_settings_set_export_folder (out_dir, &error));
    press_accel (GTK_WIDGET (window), "<Control><Shift>e");
    for (guint i = 0; i < 200 && find_toplevel ("GtkFileChooserDialog") == NULL; i++)
      wait_ms (10);
    chooser = find_toplevel ("GtkFileChooserDialog");
    g_assert_nonnull (chooser);
    g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser),
                                                  "include-unanswered"), ==, "false");
    gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "include-unanswered", "true");
    wait_ms (100);
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    for (guint i = 0; i < 300 && !g_file_test (pdf, G_FILE_TEST_EXISTS); i++)
      wait_ms (10);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
    if (report_test_have_poppler ())
      {
        g_autofree char *text = report_test_pdf_text (pdf, 0);

        g_assert_nonnull (strstr (text, "jmarkanswer"));
        g_assert_nonnull (strstr (text, "Not answered yet"));
      }
    iterate_pending ();
    sfg_test_remove_tree (out_dir);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_pending ();
  g_assert_true (sfg_test_library_flush (library, NULL));
  g_clear_object (&library);
  sfg_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add_func ("/print/export/a4", test_export_a4);
  g_test_add_func ("/print/export/any-name", test_export_any_name);
  g_test_add_func ("/print/export/failure", test_export_failure_leaves_nothing);
  g_test_add_func ("/print/settings-remembered", test_settings_remembered);
  g_test_add_func ("/print/settings-unreadable", test_settings_unreadable);
  g_test_add_func ("/print/preview/pages-and-zoom", test_preview_pages_and_zoom);
  g_test_add_func ("/print/preview/follows-changes", test_preview_follows_changes);
  g_test_add_func ("/print/preview/journal-option", test_preview_journal_option);
  g_test_add_func ("/print/window/printable", test_window_printable);

  return g_test_run ();
}
