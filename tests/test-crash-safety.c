/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash safety (issue 8): 200 times, start a process on a large journal
 * (sfg-crash-writer: SfgStore + SfgLibrary, autosaving without pause) and
 * SIGKILL it at a random moment — while it loads, refreshes NAME.good,
 * serialises or writes.  Afterwards every file in the data folder, NAME and
 * NAME.good alike, must be byte for byte a version the store logged before
 * writing it (SFG_TEST_LOG_SAVES), nothing may have been set aside, and a
 * fresh start (a new store and library) must load everything without a
 * problem.  Kill times come from the GTest seed (--seed to repeat a run);
 * SFG_CRASH_KILLS changes the number of kills. */

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include <gio/gunixinputstream.h>
#include <glib/gstdio.h>

#include "sfg-journal-template.h"
#include "sfg-library.h"
#include "sfg-store.h"
#include "sfg-test-utils.h"

#define ANSWER_LENGTH 30000

typedef struct
{
  char       *base;         /* holds the data folder and the log */
  char       *data_dir;
  char       *log_path;
  char       *helper;
  char       *journal_id;
  guint       kills;
  guint       during_start; /* killed before it said "ready" */
  guint       mid_write;    /* a temporary file was left behind */
  guint       versions;     /* lines in the log */
  guint       files_checked;
  gint64      ready_us;     /* total time from start to "ready" */
} Run;

/* ---- the log and the folder ---- */

/* relpath → set of sha256 sums logged for it. */
static GHashTable *
read_log (Run *run)
{
  GHashTable *logged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_hash_table_unref);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (run->log_path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  run->versions = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *space = strrchr (lines[i], ' ');
      g_autofree char *relpath = NULL;
      GHashTable *sums;

      /* A SIGKILL cannot cut a short append in half, but never mind. */
      if (space == NULL || strlen (space + 1) != 64)
        continue;
      relpath = g_strndup (lines[i], space - lines[i]);
      sums = g_hash_table_lookup (logged, relpath);
      if (sums == NULL)
        {
          sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_insert (logged, g_strdup (relpath), sums);
        }
      g_hash_table_add (sums, g_strdup (space + 1));
      run->versions++;
    }
  return logged;
}

/* The temporary name of g_file_set_contents_full(): NAME.XXXXXX. */
static gboolean
is_temp_name (const char *name)
{
  gsize n = strlen (name);

  if (n <= 7 || name[n - 7] != '.')
    return FALSE;
  for (gsize i = n - 6; i < n; i++)
    if (!g_ascii_isalnum (name[i]))
      return FALSE;
  return TRUE;
}

/* Every file under @dir is a logged version of itself; returns how many
 * temporary files an interrupted write left. */
static guint
check_folder (Run        *run,
              GHashTable *logged,
              const char *dir,
              const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint temps = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *relpath = prefix ? g_strconcat (prefix, "/", name, NULL) : g_strdup (name);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sum = NULL;
      GHashTable *sums;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          temps += check_folder (run, logged, path, relpath);
          continue;
        }
      if (is_temp_name (name))
        {
          temps++;
          continue;
        }
      if (strstr (name, ".corrupt-") != NULL)
        g_error ("after kill %u, %s was set aside: a killed save left a file that does not load",
                 run->kills, relpath);

      bytes = sfg_test_read_bytes (path);
      g_assert_nonnull (bytes);
      sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
      sums = g_hash_table_lookup (logged, relpath);
      if (sums == NULL || !g_hash_table_contains (sums, sum))
        g_error ("after kill %u, %s (%" G_GSIZE_FORMAT " bytes, sha256 %s) is not a version "
                 "that was logged as written", run->kills, relpath, g_bytes_get_size (bytes), sum);
      run->files_checked++;
    }
  return temps;
}

/* ---- a fresh start ---- */

static void
flush_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  if (!sfg_library_flush_finish (SFG_LIBRARY (source), result, error) && *error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "flush failed");
  /* Done, either way. */
  g_object_set_data (source, "flushed", GINT_TO_POINTER (1));
}

static void
flush_library (SfgLibrary *library)
{
  g_autoptr(GError) error = NULL;

  sfg_library_flush_async (library, NULL, flush_cb, &error);
  while (g_object_get_data (G_OBJECT (library), "flushed") == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_object_set_data (G_OBJECT (library), "flushed", NULL);
  g_assert_no_error (error);
}

/* What the app does on start: every file loads, with nothing to report. */
static void
fresh_start (Run *run)
{
  g_autoptr(SfgStore) store = NULL;
  g_autoptr(SfgLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *problems;
  SfgJournal *journal;
  g_autofree char *answer = NULL;

  store = sfg_store_new (run->data_dir, &error);
  g_assert_no_error (error);
  /* The store clears what an interrupted write left. */
  g_assert_cmpuint (sfg_test_count_temp_files (run->data_dir), ==, 0);
  library = sfg_library_new (store);
  g_assert_true (sfg_library_load (library, &error));
  g_assert_no_error (error);
  problems = sfg_library_get_load_problems (library);
  if (problems != NULL && problems[0] != NULL)
    g_error ("after kill %u the start reported: %s", run->kills, problems[0]);

  journal = sfg_library_lookup_journal (library, run->journal_id);
  g_assert_nonnull (journal);
  answer = g_strdup (sfg_journal_get_answer (journal, "wellbeing.1"));
  g_assert_cmpuint (strlen (answer), >=, ANSWER_LENGTH);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sfg_library_get_people (library))),
                    ==, 1);
  flush_library (library);
}

/* ---- the large journal ---- */

static void
make_library (Run *run)
{
  g_autoptr(SfgStore) store = NULL;
  g_autoptr(SfgLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  const SfgJournalSection *sections;
  guint n_sections = 0;
  SfgJournal *journal;
  GString *text = g_string_new (NULL);

  store = sfg_store_new (run->data_dir, &error);
  g_assert_no_error (error);
  library = sfg_library_new (store);
  g_assert_true (sfg_library_load (library, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sfg_library_add_person (library, "Sam Jones"));
  journal = sfg_library_create_journal (library, NULL);
  run->journal_id = g_strdup (sfg_journal_get_id (journal));

  while (text->len < ANSWER_LENGTH)
    g_string_append (text, "Some days the work carries me; some days I carry it. ");
  sections = sfg_journal_template_get_sections (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    for (guint j = 0; j < sections[i].n_questions; j++)
      sfg_journal_set_answer (journal, sections[i].questions[j].id, text->str);
  g_string_free (text, TRUE);
  flush_library (library);
}

/* ---- the kill loop ---- */

/* Waits (at most 10 s) for the helper's "ready". */
static void
wait_ready (GSubprocess *process)
{
  GInputStream *out = g_subprocess_get_stdout_pipe (process);
  struct pollfd pfd = { g_unix_input_stream_get_fd (G_UNIX_INPUT_STREAM (out)), POLLIN, 0 };
  char buf[16];
  gssize n;

  g_assert_cmpint (poll (&pfd, 1, 10000), ==, 1);
  n = read (pfd.fd, buf, sizeof buf);
  g_assert_cmpint (n, >, 0);
}

static void
kill_once (Run *run)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) logged = NULL;
  g_autofree char *stderr_path = g_build_filename (run->base, "writer.err", NULL);
  gboolean at_start = run->kills % 2 == 0;
  guint temps;
  int status;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_set_stderr_file_path (launcher, stderr_path);
  g_subprocess_launcher_setenv (launcher, "SFG_TEST_LOG_SAVES", run->log_path, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, run->helper, run->data_dir,
                                         run->journal_id, NULL);
  g_assert_no_error (error);

  /* Half the kills land anywhere in the first quarter second (loading,
   * refreshing NAME.good, the first saves); half while it is saving. */
  if (at_start)
    g_usleep (g_test_rand_int_range (0, 250000));
  else
    {
      gint64 spawned = g_get_monotonic_time ();

      wait_ready (process);
      run->ready_us += g_get_monotonic_time () - spawned;
      g_usleep (g_test_rand_int_range (0, 150000));
    }
  g_subprocess_send_signal (process, SIGKILL);
  g_assert_true (g_subprocess_wait (process, NULL, &error));
  status = g_subprocess_get_status (process);
  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    {
      g_autofree char *err = NULL;

      g_file_get_contents (stderr_path, &err, NULL, NULL);
      g_error ("the writer ended by itself before kill %u: %s", run->kills, err ? err : "");
    }
  run->kills++;

  logged = read_log (run);
  temps = check_folder (run, logged, run->data_dir, NULL);
  if (temps > 0)
    run->mid_write++;
  if (at_start)
    run->during_start++;
  fresh_start (run);
}

static void
test_kill_loop (void)
{
  Run run = { 0 };
  const char *env = g_getenv ("SFG_CRASH_KILLS");
  guint n = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 200;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GHashTable) logged = NULL;

  run.base = sfg_test_make_temp_dir ();
  run.data_dir = g_build_filename (run.base, "data", NULL);
  run.log_path = g_build_filename (run.base, "saves.log", NULL);
  run.helper = g_test_build_filename (G_TEST_BUILT, "sfg-crash-writer", NULL);
  g_assert_true (g_file_test (run.helper, G_FILE_TEST_IS_EXECUTABLE));

  /* Whatever this process writes is logged too: the first version, and
   * what each fresh start refreshes. */
  g_setenv ("SFG_TEST_LOG_SAVES", run.log_path, TRUE);
  make_library (&run);

  for (guint i = 0; i < n; i++)
    kill_once (&run);

  logged = read_log (&run);
  g_test_message ("%u kills in %.1f s (%u at a random moment of the first 250 ms, %u while "
                  "saving; %u left a temporary file: killed mid-write); start to ready %.0f ms "
                  "on average; %u versions logged; %u files checked, all byte-identical to a "
                  "logged version; every fresh start loaded without a problem",
                  run.kills, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC,
                  run.during_start, run.kills - run.during_start, run.mid_write,
                  run.kills > run.during_start
                    ? run.ready_us / 1000.0 / (run.kills - run.during_start) : 0.0,
                  run.versions, run.files_checked);
  g_assert_cmpuint (run.kills, ==, n);

  g_unsetenv ("SFG_TEST_LOG_SAVES");
  sfg_test_remove_tree (run.base);
  g_free (run.base);
  g_free (run.data_dir);
  g_free (run.log_path);
  g_free (run.helper);
  g_free (run.journal_id);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash-safety/kill-loop", test_kill_loop);
  return g_test_run ();
}
