/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-export-command"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sfg-export-command.h"
#include "sfg-report.h"
#include "sfg-store.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2

typedef struct
{
  gboolean           plan;
  const char        *subdir;
  SfgStoreParseFunc  parse;
  const char      *(*get_id)   (gpointer document);
} Kind;

static gpointer
parse_plan (JsonNode  *node,
            GError   **error)
{
  return sfg_plan_new_from_json (node, error);
}

static gpointer
parse_journal (JsonNode  *node,
               GError   **error)
{
  return sfg_journal_new_from_json (node, error);
}

static const char *
plan_id (gpointer document)
{
  return sfg_plan_get_id (document);
}

static const char *
journal_id (gpointer document)
{
  return sfg_journal_get_id (document);
}

static const Kind plan_kind = { TRUE, "plans", parse_plan, plan_id };
static const Kind journal_kind = { FALSE, "journals", parse_journal, journal_id };

static void
print_error (const char *message)
{
  g_printerr ("%s: %s\n", PACKAGE_NAME, message);
}

void
sfg_export_command_add_options (GApplication *application)
{
  g_application_add_main_option (application, "export-pdf", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING,
                                 _("Write a plan as a PDF and exit: the plan’s id or its file"),
                                 _("PLAN_ID_OR_FILE"));
  g_application_add_main_option (application, "export-journal-pdf", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING,
                                 _("Write a journal as a PDF and exit: the journal’s id or its "
                                   "file"),
                                 _("JOURNAL_ID_OR_FILE"));
  g_application_add_main_option (application, "output", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("The PDF file to write (with --export-pdf or "
                                   "--export-journal-pdf)"),
                                 _("FILE.pdf"));
  g_application_add_main_option (application, "include-unanswered", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("With --export-journal-pdf: print the questions not answered "
                                   "yet too"),
                                 NULL);
}

/* Removes what the export put in its scratch folder; never follows a link. */
static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static gboolean
link_into (const char  *target,
           const char  *link,
           GError     **error)
{
  if (symlink (target, link) == 0)
    return TRUE;

  {
    int saved_errno = errno;

    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s",
                 g_strerror (saved_errno));
  }
  return FALSE;
}

/* The store's own messages name places in the scratch folder; the export
 * says what happened in its own words instead. */
static void
drop_message (const char     *log_domain,
              GLogLevelFlags  log_level,
              const char     *message,
              gpointer        user_data)
{
}

/*
 * The file named by @argument, read with exactly the store's checks.  The
 * store sets refused files aside and refreshes good copies; so that an
 * export only ever reads (a running instance may be saving the same
 * folder), it works on links in a scratch folder: whatever it renames or
 * writes there leaves the real files alone.
 */
static gpointer
load_document (const Kind  *kind,
               const char  *argument,
               GError     **error)
{
  g_autofree char *source = NULL;
  g_autofree char *good_source = NULL;
  g_autofree char *id = NULL;
  g_autofree char *scratch = NULL;
  g_autofree char *relpath = NULL;
  g_autofree char *link = NULL;
  g_autofree char *good_link = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(SfgStore) store = NULL;
  g_autoptr(GError) local_error = NULL;
  gpointer document = NULL;
  guint handler;

  if (g_file_test (argument, G_FILE_TEST_EXISTS) || strchr (argument, G_DIR_SEPARATOR) != NULL
      || g_str_has_suffix (argument, ".json"))
    {
      if (!g_file_test (argument, G_FILE_TEST_EXISTS))
        {
          g_autofree char *display = g_filename_display_name (argument);

          g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND,
                       _("There is no file “%s”."), display);
          return NULL;
        }
      source = g_canonicalize_filename (argument, NULL);
    }
  else if (g_uuid_string_is_valid (argument))
    {
      g_autofree char *data_dir = sfg_store_dup_default_dir ();
      g_autofree char *name = g_strconcat (argument, ".json", NULL);

      id = g_strdup (argument);
      source = g_build_filename (data_dir, kind->subdir, name, NULL);
      good_source = g_strconcat (source, ".good", NULL);
      if (!g_file_test (source, G_FILE_TEST_EXISTS) && !g_file_test (good_source, G_FILE_TEST_EXISTS))
        {
          g_autofree char *display = g_filename_display_name (data_dir);

          g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND,
                       kind->plan ? _("There is no plan with the id “%s” in “%s”.")
                                  : _("There is no journal with the id “%s” in “%s”."),
                       argument, display);
          return NULL;
        }
    }
  else
    {
      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND,
                   kind->plan ? _("“%s” is neither a plan’s id nor a plan file.")
                              : _("“%s” is neither a journal’s id nor a journal file."),
                   argument);
      return NULL;
    }

  scratch = g_dir_make_tmp ("scope-for-growth-export-XXXXXX", error);
  if (scratch == NULL)
    return NULL;
  store = sfg_store_new (scratch, error);
  if (store == NULL)
    goto out;

  relpath = g_strdup_printf ("%s/%s.json", kind->subdir, id != NULL ? id : "document");
  link = g_build_filename (scratch, relpath, NULL);
  good_link = g_strconcat (link, ".good", NULL);
  if (g_file_test (source, G_FILE_TEST_EXISTS) && !link_into (source, link, error))
    goto out;
  if (good_source != NULL && g_file_test (good_source, G_FILE_TEST_EXISTS)
      && !link_into (good_source, good_link, error))
    goto out;

  handler = g_log_set_handler ("sfg-store", G_LOG_LEVEL_MESSAGE, drop_message, NULL);
  document = sfg_store_load_object (store, relpath, kind->parse, NULL, &local_error);
  g_log_remove_handler ("sfg-store", handler);
  if (document == NULL)
    {
      /* The store names the file by its place in the scratch folder. */
      const char *message = local_error->message;

      prefix = g_strdup_printf (_("Could not read “%s”: "), relpath);
      if (g_str_has_prefix (message, prefix))
        message += strlen (prefix);
      g_set_error_literal (error, local_error->domain, local_error->code, message);
      goto out;
    }
  if (sfg_store_get_load_problems (store)[0] != NULL)
    {
      g_autofree char *display = g_filename_display_name (source);
      g_autofree char *message =
        g_strdup_printf (_("“%s” could not be read; the last copy of it that could be read is "
                           "exported instead."), display);

      print_error (message);
    }
  if (id != NULL && g_strcmp0 (kind->get_id (document), id) != 0)
    {
      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_DOCUMENT,
                   kind->plan ? _("The file of plan “%s” holds another plan (“%s”).")
                              : _("The file of journal “%s” holds another journal (“%s”)."),
                   id, kind->get_id (document));
      g_clear_object (&document);
    }

out:
  g_clear_object (&store);
  remove_tree (scratch);
  return document;
}

static int
export (const Kind *kind,
        const char *argument,
        const char *output,
        gboolean    include_unanswered)
{
  g_autoptr(GObject) document = NULL;
  g_autoptr(SfgReport) report = NULL;
  g_autoptr(GError) error = NULL;

  document = load_document (kind, argument, &error);
  if (document != NULL)
    {
      report = SFG_IS_PLAN (document) ? sfg_report_new_for_plan (SFG_PLAN (document))
                                      : sfg_report_new_for_journal (SFG_JOURNAL (document));
      sfg_report_set_include_unanswered (report, include_unanswered);
      sfg_report_write_pdf (report, output, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, NULL,
                            &error);
    }

  if (error != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (kind->plan ? _("Could not export the plan “%s”: %s")
                                    : _("Could not export the journal “%s”: %s"),
                         argument, error->message);

      print_error (message);
      return EXIT_FAILED;
    }
  return EXIT_SUCCESS;
}

/**
 * sfg_export_command_handle:
 *
 * Returns: -1 when no export was asked for (the application goes on),
 *   otherwise the exit status
 */
int
sfg_export_command_handle (GVariantDict *options)
{
  const char *plan = NULL;
  const char *journal = NULL;
  const char *output = NULL;
  gboolean include_unanswered = FALSE;

  g_variant_dict_lookup (options, "export-pdf", "&s", &plan);
  g_variant_dict_lookup (options, "export-journal-pdf", "&s", &journal);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  g_variant_dict_lookup (options, "include-unanswered", "b", &include_unanswered);

  if (plan == NULL && journal == NULL)
    {
      if (output == NULL && !include_unanswered)
        return -1;
      print_error (_("--output and --include-unanswered go with --export-pdf or "
                     "--export-journal-pdf."));
      return EXIT_USAGE;
    }
  if (plan != NULL && journal != NULL)
    {
      print_error (_("Export a plan or a journal, not both at once."));
      return EXIT_USAGE;
    }
  if (output == NULL || output[0] == '\0')
    {
      print_error (_("Say where to write the PDF with --output=FILE.pdf."));
      return EXIT_USAGE;
    }
  if (plan != NULL && include_unanswered)
    {
      print_error (_("--include-unanswered is for journals; a plan has no questions."));
      return EXIT_USAGE;
    }
  if ((plan != NULL && plan[0] == '\0') || (journal != NULL && journal[0] == '\0'))
    {
      print_error (_("Name the plan or journal to export: its id or its file."));
      return EXIT_USAGE;
    }

  return plan != NULL ? export (&plan_kind, plan, output, FALSE)
                      : export (&journal_kind, journal, output, include_unanswered);
}
