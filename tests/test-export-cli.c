/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "report-test-helpers.h"
#include "sfg-test-utils.h"

/*
 * scope-for-growth --export-pdf / --export-journal-pdf, run as a script
 * would: no display, no session bus.  Bad input gives a non-zero exit, a
 * message and no file; the data folder is only ever read.
 */

#define PLAN_ID    "8d2e4c1a-9b7f-4e3d-8c2b-1a0f9e8d7c6b"
#define JOURNAL_ID "c41a5b2e-1d3f-4a6b-9c8d-7e6f5a4b3c2d"
#define MISSING_ID "00000000-1111-4222-8333-444444444444"

typedef struct
{
  char *dir;        /* everything of one test */
  char *data_dir;   /* $XDG_DATA_HOME/scope-for-growth */
  char *out_dir;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
write_json (const char *path,
            JsonNode   *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
  g_assert_no_error (error);
}

static char *
plan_json_with_id (const char *id)
{
  g_autoptr(SfgPlan) plan = report_test_plan (3);
  g_autoptr(JsonNode) node = sfg_plan_to_json (plan);
  g_autoptr(GError) error = NULL;
  g_autofree char *plan_id = g_strdup (sfg_plan_get_id (plan));
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  g_autoptr(GString) replaced = NULL;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  replaced = g_string_new (text);
  g_string_replace (replaced, plan_id, id, 0);
  return g_string_free (g_steal_pointer (&replaced), FALSE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *plans = NULL;
  g_autofree char *journals = NULL;
  g_autofree char *plan_path = NULL;
  g_autofree char *journal_path = NULL;
  g_autofree char *plan_text = plan_json_with_id (PLAN_ID);
  g_autoptr(SfgJournal) journal = NULL;
  g_autoptr(JsonNode) journal_node = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) journal_text = NULL;

  fixture->dir = sfg_test_make_temp_dir ();
  fixture->data_dir = g_build_filename (fixture->dir, "data", "scope-for-growth", NULL);
  fixture->out_dir = g_build_filename (fixture->dir, "out", NULL);
  plans = g_build_filename (fixture->data_dir, "plans", NULL);
  journals = g_build_filename (fixture->data_dir, "journals", NULL);
  g_mkdir_with_parents (plans, 0700);
  g_mkdir_with_parents (journals, 0700);
  g_mkdir_with_parents (fixture->out_dir, 0700);

  plan_path = g_build_filename (plans, PLAN_ID ".json", NULL);
  g_file_set_contents_full (plan_path, plan_text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
  g_assert_no_error (error);

  journal = sfg_journal_new ();
  sfg_journal_set_name (journal, "Sam Jones");
  sfg_journal_set_answer (journal, "wellbeing.2", "jmarkanswer");
  journal_node = sfg_journal_to_json (journal);
  journal_path = g_build_filename (journals, JOURNAL_ID ".json", NULL);
  write_json (journal_path, journal_node);
  {
    g_autofree char *text = NULL;

    g_file_get_contents (journal_path, &text, NULL, &error);
    g_assert_no_error (error);
    journal_text = g_string_new (text);
    g_string_replace (journal_text, sfg_journal_get_id (journal), JOURNAL_ID, 0);
    g_file_set_contents_full (journal_path, journal_text->str, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                              0600, &error);
    g_assert_no_error (error);
  }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sfg_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->data_dir);
  g_free (fixture->out_dir);
}

/* Runs the application with @args, as a script on a server would. */
static void
run_app (Fixture            *fixture,
         const char * const *args,
         Run                *run)
{
  const char *binary = g_getenv ("SFG_BINARY");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *data_home = g_build_filename (fixture->dir, "data", NULL);
  g_autofree char *config_home = g_build_filename (fixture->dir, "config", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  /* A bus that is not there: the export must not need one. */
  envp = g_environ_setenv (envp, "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus", TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config_home, TRUE);

  memset (run, 0, sizeof *run);
  g_spawn_sync (fixture->out_dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  g_test_message ("exit %d, stderr: %s", run->status, run->err);
}

static gboolean
exited_ok (Run *run)
{
  return g_spawn_check_wait_status (run->status, NULL);
}

/* Nothing but @expected (or nothing at all) in the output folder. */
static void
assert_out_dir_holds (Fixture    *fixture,
                      const char *expected)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->out_dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_cmpstr (name, ==, expected);
      n++;
    }
  g_assert_cmpuint (n, ==, expected != NULL ? 1 : 0);
}

/* Every file in the data folder, with its bytes. */
static GHashTable *
snapshot_tree (const char *root)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (pending, g_strdup (root));
  while (pending->len > 0)
    {
      g_autofree char *dir_path = g_ptr_array_steal_index (pending, pending->len - 1);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          char *path = g_build_filename (dir_path, name, NULL);
          char *contents = NULL;

          if (g_file_test (path, G_FILE_TEST_IS_DIR))
            {
              g_ptr_array_add (pending, path);
              continue;
            }
          g_file_get_contents (path, &contents, NULL, NULL);
          g_hash_table_insert (files, path, contents);
        }
    }
  return files;
}

static void
assert_same_tree (GHashTable *before,
                  GHashTable *after)
{
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (before), ==, g_hash_table_size (after));
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpstr (g_hash_table_lookup (after, key), ==, value);
}

static void
test_plan_by_id (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *args[] = { "--export-pdf=" PLAN_ID, "--output=plan.pdf", NULL };
  g_autoptr(GHashTable) before = snapshot_tree (fixture->data_dir);
  g_autoptr(GHashTable) after = NULL;
  g_autofree char *pdf = g_build_filename (fixture->out_dir, "plan.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(Run) run;
  ReportTestPdfInfo info;

  run_app (fixture, args, &run);
  g_assert_true (exited_ok (&run));
  assert_out_dir_holds (fixture, "plan.pdf");
  after = snapshot_tree (fixture->data_dir);
  assert_same_tree (before, after);

  if (!report_test_have_poppler ())
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return;
    }
  report_test_pdf_info (pdf, &info);
  g_assert_cmpstr (info.size_name, ==, "A4");
  g_assert_cmpuint (info.pages, >=, 1);
  g_free (info.size_name);
  text = report_test_pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Aspirational Development Plan"));
  g_assert_nonnull (strstr (text, "Sam Jones"));
  g_assert_nonnull (strstr (text, "Plan 8d2e4c1a"));
}

static void
test_plan_by_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "somebody's plan.json", NULL);
  g_autofree char *text = plan_json_with_id (PLAN_ID);
  g_autofree char *argument = NULL;
  g_autofree char *output = g_build_filename (fixture->out_dir, "from-file.pdf", NULL);
  g_autofree char *output_arg = g_strconcat ("--output=", output, NULL);
  g_autofree char *pdf = NULL;
  gsize length;
  g_auto(Run) run;
  g_autoptr(GError) error = NULL;

  g_file_set_contents_full (file, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
  g_assert_no_error (error);
  argument = g_strconcat ("--export-pdf=", file, NULL);
  {
    const char *args[] = { argument, output_arg, NULL };

    run_app (fixture, args, &run);
  }
  g_assert_true (exited_ok (&run));
  assert_out_dir_holds (fixture, "from-file.pdf");
  g_assert_true (g_file_get_contents (output, &pdf, &length, &error));
  /* Complete: the header at the start, the end-of-file marker at the end. */
  g_assert_cmpuint (length, >, 100);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  g_assert_nonnull (g_strstr_len (pdf + length - 16, 16, "%%EOF"));
}

static void
test_journal (Fixture       *fixture,
              gconstpointer  data)
{
  const char *answered[] = { "--export-journal-pdf=" JOURNAL_ID, "--output=journal.pdf", NULL };
  const char *all[] = { "--export-journal-pdf=" JOURNAL_ID, "--include-unanswered",
                        "--output=journal.pdf", NULL };
  g_autofree char *pdf = g_build_filename (fixture->out_dir, "journal.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *all_text = NULL;
  g_auto(Run) run;
  g_auto(Run) run_all;
  GStatBuf st;

  run_app (fixture, answered, &run);
  g_assert_true (exited_ok (&run));
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  if (!report_test_have_poppler ())
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return;
    }
  text = report_test_pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Private — Preparation and Reflection Journal"));
  g_assert_nonnull (strstr (text, "jmarkanswer"));
  g_assert_null (strstr (text, "Not answered yet"));

  run_app (fixture, all, &run_all);
  g_assert_true (exited_ok (&run_all));
  all_text = report_test_pdf_text (pdf, 0);
  g_assert_nonnull (strstr (all_text, "Not answered yet"));
  assert_out_dir_holds (fixture, "journal.pdf");
}

static void
test_missing_id (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *args[] = { "--export-pdf=" MISSING_ID, "--output=plan.pdf", NULL };
  g_auto(Run) run;

  run_app (fixture, args, &run);
  g_assert_false (exited_ok (&run));
  g_assert_nonnull (strstr (run.err, MISSING_ID));
  g_assert_nonnull (strstr (run.err, "There is no plan with the id"));
  assert_out_dir_holds (fixture, NULL);
}

static void
test_corrupt_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "broken.json", NULL);
  g_autofree char *argument = NULL;
  g_autofree char *old_output = g_build_filename (fixture->out_dir, "plan.pdf", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *corrupt = NULL;
  g_autoptr(GError) error = NULL;
  const char *broken = "{ \"version\": 1, \"id\": \"" PLAN_ID "\", \"header\": ";
  g_auto(Run) run;

  g_file_set_contents_full (file, broken, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
  g_assert_no_error (error);
  /* An earlier PDF of that name survives a failed export. */
  g_file_set_contents_full (old_output, "old", -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error);
  g_assert_no_error (error);
  argument = g_strconcat ("--export-pdf=", file, NULL);
  {
    const char *args[] = { argument, "--output=plan.pdf", NULL };

    run_app (fixture, args, &run);
  }
  g_assert_false (exited_ok (&run));
  g_assert_nonnull (strstr (run.err, "Could not export the plan"));
  g_assert_nonnull (strstr (run.err, "not valid JSON"));
  assert_out_dir_holds (fixture, "plan.pdf");
  g_assert_true (g_file_get_contents (old_output, &kept, NULL, &error));
  g_assert_cmpstr (kept, ==, "old");
  /* The broken file is left where it was, as it was. */
  g_assert_true (g_file_get_contents (file, &corrupt, NULL, &error));
  g_assert_cmpstr (corrupt, ==, broken);
}

static void
test_corrupt_in_data_folder (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *args[] = { "--export-pdf=" PLAN_ID, "--output=plan.pdf", NULL };
  g_autofree char *path = g_build_filename (fixture->data_dir, "plans", PLAN_ID ".json", NULL);
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run;

  /* Valid JSON that the plan model refuses: the same check as in the app. */
  g_file_set_contents_full (path, "{ \"version\": 1, \"id\": 42 }", -1, G_FILE_SET_CONTENTS_CONSISTENT,
                            0600, &error);
  g_assert_no_error (error);
  before = snapshot_tree (fixture->data_dir);
  run_app (fixture, args, &run);
  g_assert_false (exited_ok (&run));
  g_assert_nonnull (strstr (run.err, "content is not valid"));
  assert_out_dir_holds (fixture, NULL);
  after = snapshot_tree (fixture->data_dir);
  assert_same_tree (before, after);
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *no_output[] = { "--export-pdf=" PLAN_ID, NULL };
  const char *output_only[] = { "--output=plan.pdf", NULL };
  const char *both[] = { "--export-pdf=" PLAN_ID, "--export-journal-pdf=" JOURNAL_ID,
                         "--output=x.pdf", NULL };
  const char *not_an_id[] = { "--export-pdf=yesterday", "--output=plan.pdf", NULL };
  const char **cases[] = { no_output, output_only, both, not_an_id };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run;

      run_app (fixture, cases[i], &run);
      g_assert_false (exited_ok (&run));
      g_assert_true (g_str_has_prefix (run.err, "scope-for-growth: "));
      assert_out_dir_holds (fixture, NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/export-cli/plan-by-id", Fixture, NULL, fixture_set_up, test_plan_by_id,
              fixture_tear_down);
  g_test_add ("/export-cli/plan-by-file", Fixture, NULL, fixture_set_up, test_plan_by_file,
              fixture_tear_down);
  g_test_add ("/export-cli/journal", Fixture, NULL, fixture_set_up, test_journal,
              fixture_tear_down);
  g_test_add ("/export-cli/missing-id", Fixture, NULL, fixture_set_up, test_missing_id,
              fixture_tear_down);
  g_test_add ("/export-cli/corrupt-file", Fixture, NULL, fixture_set_up, test_corrupt_file,
              fixture_tear_down);
  g_test_add ("/export-cli/corrupt-in-data-folder", Fixture, NULL, fixture_set_up,
              test_corrupt_in_data_folder, fixture_tear_down);
  g_test_add ("/export-cli/usage-errors", Fixture, NULL, fixture_set_up, test_usage_errors,
              fixture_tear_down);

  return g_test_run ();
}
