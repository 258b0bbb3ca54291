/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-print-settings"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sfg-print-settings.h"
#include "sfg-store.h"

#define PRINT_GROUP  "Print Settings"
#define PAGE_GROUP   "Page Setup"
#define APP_GROUP    "Scope for Growth"
#define EXPORT_KEY   "export-folder"

char *
sfg_print_settings_dup_path (void)
{
  return g_build_filename (g_get_user_config_dir (), PACKAGE_NAME, "print-settings.ini", NULL);
}

GtkPageSetup *
sfg_print_settings_new_default_page_setup (void)
{
  GtkPageSetup *page_setup = gtk_page_setup_new ();
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_page_setup_set_top_margin (page_setup, SFG_REPORT_DEFAULT_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (page_setup, SFG_REPORT_DEFAULT_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (page_setup, SFG_REPORT_DEFAULT_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (page_setup, SFG_REPORT_DEFAULT_MARGIN, GTK_UNIT_POINTS);
  gtk_paper_size_free (a4);
  return page_setup;
}

/* The settings are a convenience: a file that cannot be parsed is set
 * aside, never overwritten, and the defaults are used. */
static GKeyFile *
load_key_file (void)
{
  g_autofree char *path = sfg_print_settings_dup_path ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) aside_error = NULL;
  g_autofree char *aside = NULL;

  if (g_key_file_load_from_file (key_file, path, G_KEY_FILE_KEEP_COMMENTS, &error)
      || g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return g_steal_pointer (&key_file);

  if (error->domain == G_KEY_FILE_ERROR)
    aside = sfg_store_set_aside (path, &aside_error);
  if (aside != NULL)
    g_message ("The print settings “%s” could not be read (%s); the defaults are used and "
               "the file was set aside as “%s”", path, error->message, aside);
  else
    g_message ("Could not read the print settings “%s”: %s", path, error->message);
  g_key_file_free (key_file);
  return g_key_file_new ();
}

/**
 * sfg_print_settings_load:
 * @settings: (out) (transfer full): the print settings, empty the first time
 * @page_setup: (out) (transfer full): the page setup, the default the first time
 */
void
sfg_print_settings_load (GtkPrintSettings **settings,
                         GtkPageSetup     **page_setup)
{
  g_autoptr(GKeyFile) key_file = load_key_file ();

  *settings = NULL;
  *page_setup = NULL;
  if (g_key_file_has_group (key_file, PRINT_GROUP))
    *settings = gtk_print_settings_new_from_key_file (key_file, PRINT_GROUP, NULL);
  if (g_key_file_has_group (key_file, PAGE_GROUP))
    *page_setup = gtk_page_setup_new_from_key_file (key_file, PAGE_GROUP, NULL);
  if (*settings == NULL)
    *settings = gtk_print_settings_new ();
  if (*page_setup == NULL)
    *page_setup = sfg_print_settings_new_default_page_setup ();
}

static gboolean
save_key_file (GKeyFile  *key_file,
               GError   **error)
{
  g_autofree char *path = sfg_print_settings_dup_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *data = NULL;
  gsize length;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  data = g_key_file_to_data (key_file, &length, NULL);
  if (!g_file_set_contents_full (path, data, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, error))
    return FALSE;
  /* Newer GLib keeps an existing file's mode on replace. */
  if (g_chmod (path, 0600) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not make “%s” private: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
sfg_print_settings_save (GtkPrintSettings  *settings,
                         GtkPageSetup      *page_setup,
                         GError           **error)
{
  g_autoptr(GKeyFile) key_file = load_key_file ();

  /* Replaced whole, so a setting no longer chosen does not linger. */
  if (settings != NULL)
    {
      g_key_file_remove_group (key_file, PRINT_GROUP, NULL);
      gtk_print_settings_to_key_file (settings, key_file, PRINT_GROUP);
    }
  if (page_setup != NULL)
    {
      g_key_file_remove_group (key_file, PAGE_GROUP, NULL);
      gtk_page_setup_to_key_file (page_setup, key_file, PAGE_GROUP);
    }
  return save_key_file (key_file, error);
}

char *
sfg_print_settings_dup_export_folder (void)
{
  g_autoptr(GKeyFile) key_file = load_key_file ();
  g_autofree char *folder = g_key_file_get_string (key_file, APP_GROUP, EXPORT_KEY, NULL);

  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_steal_pointer (&folder);
}

gboolean
sfg_print_settings_set_export_folder (const char  *folder,
                                      GError     **error)
{
  g_autoptr(GKeyFile) key_file = load_key_file ();
  g_autofree char *old = g_key_file_get_string (key_file, APP_GROUP, EXPORT_KEY, NULL);

  if (g_strcmp0 (old, folder) == 0)
    return TRUE;
  g_key_file_set_string (key_file, APP_GROUP, EXPORT_KEY, folder);
  return save_key_file (key_file, error);
}

/**
 * sfg_print_settings_get_layout:
 * @width: (out): the paper's width in points, as oriented
 * @height: (out): likewise its height
 * @margins: (out): where the report may draw
 *
 * A page setup's own margins are often the printer's unprintable border or
 * a paper's few millimetres; the form keeps at least its 18 mm, and honours
 * anything wider.
 */
void
sfg_print_settings_get_layout (GtkPageSetup     *page_setup,
                               double           *width,
                               double           *height,
                               SfgReportMargins *margins)
{
  *width = gtk_page_setup_get_paper_width (page_setup, GTK_UNIT_POINTS);
  *height = gtk_page_setup_get_paper_height (page_setup, GTK_UNIT_POINTS);
  margins->top = MAX (gtk_page_setup_get_top_margin (page_setup, GTK_UNIT_POINTS),
                      SFG_REPORT_DEFAULT_MARGIN);
  margins->bottom = MAX (gtk_page_setup_get_bottom_margin (page_setup, GTK_UNIT_POINTS),
                         SFG_REPORT_DEFAULT_MARGIN);
  margins->left = MAX (gtk_page_setup_get_left_margin (page_setup, GTK_UNIT_POINTS),
                       SFG_REPORT_DEFAULT_MARGIN);
  margins->right = MAX (gtk_page_setup_get_right_margin (page_setup, GTK_UNIT_POINTS),
                        SFG_REPORT_DEFAULT_MARGIN);
}
