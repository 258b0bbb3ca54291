/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash safety (issue 8): start a process on a large journal, let it
 * autosave, and SIGKILL it at a random moment — while it loads, refreshes
 * NAME.good, builds its window, serialises or writes — 200 times.
 * Afterwards every file in the data folder, NAME and NAME.good alike, must be
 * byte for byte a version the store logged just before writing it
 * (SFG_TEST_LOG_SAVES), nothing may have been set aside, and the next start
 * must load everything without a problem.
 *
 * /crash-safety/app kills the real scope-for-growth (SFG_BINARY) under this
 * test's display, typing into the journal through its text views
 * (SFG_TEST_TYPE_INTO_JOURNAL) with the app's own save delays; every start
 * must report "ready 0" (no file it could not load).
 * /crash-safety/store-writer kills sfg-crash-writer (the same store and
 * library, no window, saving without pause) for many kills mid-write.
 *
 * Kill times come from the GTest seed (--seed to repeat a run);
 * SFG_CRASH_KILLS changes the number of kills of each. */

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include <gio/gunixinputstream.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "sfg-journal-template.h"
#include "sfg-library.h"
#include "sfg-store.h"
#include "sfg-test-utils.h"

/* The writer's journal is 1 MB (33 answers of 30,000 characters).  The
 * app's is 200 KB, ten times a long real journal: the app lays out every
 * answer before its first frame, about 2.5 ms per KB here. */
#define WRITER_ANSWER_LENGTH 30000
#define APP_ANSWER_LENGTH 6000
#define APP_ID "io.github.scopeforgrowth.ScopeForGrowth"

typedef struct
{
  char       *base;         /* holds the data folder and the log */
  char       *data_home;    /* XDG_DATA_HOME for the app */
  char       *data_dir;
  char       *log_path;
  char       *journal_id;
  guint       answer_length;
  guint       kills;
  guint       during_start; /* killed at a random moment of its start */
  guint       refreshing;   /* just after the start's first write began */
  guint       while_typing; /* at a random moment after "ready" */
  guint       as_saving;    /* just after a save began */
  guint       mid_write;    /* a new temporary file was left behind */
  guint       mid_good;     /* … of a NAME.good being refreshed */
  GHashTable *temps_seen;   /* temporary files found after earlier kills */
  char       *check_dir;    /* the copy that each fresh start loads */
  guint       versions;     /* lines in the log */
  guint       files_checked;
  guint       readies;      /* starts that said "ready" */
  gint64      ready_us;     /* their total time from start to "ready" */
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
 * temporary files an interrupted write left that were not there after the
 * kill before (the next start clears them, unless killed before that). */
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
          if (g_hash_table_add (run->temps_seen, g_strdup (relpath)))
            {
              temps++;
              if (strstr (name, ".good.") != NULL)
                run->mid_good++;
            }
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
copy_tree (const char *from,
           const char *to)
{
  g_autoptr(GDir) d = g_dir_open (from, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  g_assert_cmpint (g_mkdir_with_parents (to, 0700), ==, 0);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autoptr(GBytes) bytes = NULL;

      if (g_file_test (source, G_FILE_TEST_IS_DIR))
        {
          copy_tree (source, target);
          continue;
        }
      bytes = sfg_test_read_bytes (source);
      g_assert_nonnull (bytes);
      sfg_test_write_file (target, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }
}

/* What the app does on start: every file loads, with nothing to report.
 * On a copy, so that the killed process's folder stays as it left it: the
 * next start has a stale NAME.good to refresh, and may be killed doing so. */
static void
fresh_start (Run *run)
{
  g_autoptr(SfgStore) store = NULL;
  g_autoptr(SfgLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *problems;
  SfgJournal *journal;
  g_autofree char *answer = NULL;

  sfg_test_remove_tree (run->check_dir);
  copy_tree (run->data_dir, run->check_dir);
  store = sfg_store_new (run->check_dir, &error);
  g_assert_no_error (error);
  /* The store clears what an interrupted write left. */
  g_assert_cmpuint (sfg_test_count_temp_files (run->check_dir), ==, 0);
  library = sfg_library_new (store);
  g_assert_true (sfg_library_load (library, &error));
  g_assert_no_error (error);
  problems = sfg_library_get_load_problems (library);
  if (problems != NULL && problems[0] != NULL)
    g_error ("after kill %u the start reported: %s", run->kills, problems[0]);

  journal = sfg_library_lookup_journal (library, run->journal_id);
  g_assert_nonnull (journal);
  answer = g_strdup (sfg_journal_get_answer (journal, "wellbeing.1"));
  g_assert_cmpuint (strlen (answer), >=, run->answer_length);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sfg_library_get_people (library))),
                    ==, 1);
  g_assert_true (sfg_test_library_flush (library, NULL));
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

  while (text->len < run->answer_length)
    g_string_append (text, "Some days the work carries me; some days I carry it. ");
  sections = sfg_journal_template_get_sections (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    for (guint j = 0; j < sections[i].n_questions; j++)
      sfg_journal_set_answer (journal, sections[i].questions[j].id, text->str);
  g_string_free (text, TRUE);
  g_assert_true (sfg_test_library_flush (library, NULL));
}

/* ---- killing ---- */

static void
start_run (Run   *run,
           guint  answer_length)
{
  run->base = sfg_test_make_temp_dir ();
  run->data_home = g_build_filename (run->base, "data-home", NULL);
  run->data_dir = g_build_filename (run->data_home, "scope-for-growth", NULL);
  run->log_path = g_build_filename (run->base, "saves.log", NULL);
  run->check_dir = g_build_filename (run->base, "fresh-start", NULL);
  run->temps_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->answer_length = answer_length;

  /* Whatever this process writes is logged too: the first version, and
   * what each fresh start refreshes. */
  g_setenv ("SFG_TEST_LOG_SAVES", run->log_path, TRUE);
  make_library (run);
}

static void
end_run (Run *run)
{
  g_unsetenv ("SFG_TEST_LOG_SAVES");
  sfg_test_remove_tree (run->base);
  g_free (run->base);
  g_free (run->data_home);
  g_free (run->data_dir);
  g_free (run->log_path);
  g_free (run->check_dir);
  g_free (run->journal_id);
  g_hash_table_unref (run->temps_seen);
}

static guint
kills_wanted (void)
{
  const char *env = g_getenv ("SFG_CRASH_KILLS");

  return env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 200;
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : 0;
}

/* Reads the line the process prints when it is ready ("ready" from the
 * writer, "ready N" from the app), waiting at most @timeout_ms; NULL if
 * nothing came. */
static char *
read_ready_line (GSubprocess *process,
                 int          timeout_ms)
{
  GInputStream *out = g_subprocess_get_stdout_pipe (process);
  struct pollfd pfd = { g_unix_input_stream_get_fd (G_UNIX_INPUT_STREAM (out)), POLLIN, 0 };
  GString *line = g_string_new (NULL);
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  /* With @timeout_ms 0, still one look at what is already there. */
  while (strchr (line->str, '\n') == NULL)
    {
      gint64 left_ms = MAX ((deadline - g_get_monotonic_time ()) / 1000, 0);
      char buf[64];
      gssize n;

      if (poll (&pfd, 1, (int) left_ms) != 1)
        break;
      n = read (pfd.fd, buf, sizeof buf);
      if (n <= 0)
        break;
      g_string_append_len (line, buf, n);
    }
  if (strchr (line->str, '\n') == NULL)
    {
      g_string_free (line, TRUE);
      return NULL;
    }
  g_strchomp (line->str);
  return g_string_free (line, FALSE);
}

static void
assert_killed (Run         *run,
               GSubprocess *process,
               const char  *stderr_path)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_subprocess_send_signal (process, SIGKILL);
  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_no_error (error);
  status = g_subprocess_get_status (process);
  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    {
      g_autofree char *err = NULL;

      g_file_get_contents (stderr_path, &err, NULL, NULL);
      g_error ("the process ended by itself before kill %u: %s", run->kills, err ? err : "");
    }
  run->kills++;
}

/* After each kill: every file a logged version, and a clean fresh start. */
static void
check_after_kill (Run *run)
{
  g_autoptr(GHashTable) logged = read_log (run);

  if (check_folder (run, logged, run->data_dir, NULL) > 0)
    run->mid_write++;
  fresh_start (run);
}

/* ---- the real app ---- */

static void
assert_ready_line (Run        *run,
                   const char *line,
                   const char *stderr_path)
{
  if (g_strcmp0 (line, "ready 0") != 0)
    {
      g_autofree char *err = NULL;

      g_file_get_contents (stderr_path, &err, NULL, NULL);
      g_error ("after kill %u the app did not start cleanly: it said “%s”; stderr: %s",
               run->kills, line ? line : "nothing within 30 s", err ? err : "");
    }
}

/* A killed instance leaves its bus name at once, but the bus may take a
 * moment to notice: a new instance started before then would hand its
 * activation to the dead one and exit. */
static void
wait_name_released (GDBusConnection *bus)
{
  for (guint i = 0; i < 5000; i++)
    {
      g_autoptr(GVariant) reply = NULL;
      g_autoptr(GError) error = NULL;
      gboolean has_owner;

      reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "NameHasOwner",
                                           g_variant_new ("(s)", APP_ID), G_VARIANT_TYPE ("(b)"),
                                           G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
      g_assert_no_error (error);
      g_variant_get (reply, "(b)", &has_owner);
      if (!has_owner)
        return;
      g_usleep (1000);
    }
  g_error ("the killed app still owns %s on the session bus after 5 s", APP_ID);
}

/* Waits (at most 10 s) until the log grows past @size: a save has begun. */
static void
wait_save_begins (Run    *run,
                  gint64  size)
{
  for (guint i = 0; i < 40000; i++)
    {
      if (file_size (run->log_path) > size)
        return;
      g_usleep (250);
    }
  g_error ("the app typed for 10 s without saving (after kill %u)", run->kills);
}

static void
kill_app_once (Run             *run,
               GDBusConnection *bus,
               const char      *binary)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stderr_path = g_build_filename (run->base, "app.err", NULL);
  g_autofree char *line = NULL;
  /* In this order, so that the start after a kill while saving finds a
   * stale NAME.good to refresh. */
  enum { WHILE_TYPING, AS_SAVING, FIRST_WRITE, DURING_START } moment = run->kills % 4;
  gint64 spawned;
  gint64 log_size = file_size (run->log_path);

  /* GLib appends to an existing file: start each run's empty. */
  g_unlink (stderr_path);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_set_stderr_file_path (launcher, stderr_path);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", run->data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "SFG_TEST_LOG_SAVES", run->log_path, TRUE);
  g_subprocess_launcher_setenv (launcher, "SFG_TEST_TYPE_INTO_JOURNAL", "1", TRUE);
  /* Nobody listens to it here, and it only slows every start. */
  g_subprocess_launcher_setenv (launcher, "GTK_A11Y", "none", TRUE);
  spawned = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawn (launcher, &error, binary, NULL);
  g_assert_no_error (error);

  /* The log line is written just before the file: a kill within 8 ms of
   * it lands in or just after the write (2–5 ms for 200 KB here). */
  if (moment == DURING_START)
    {
      /* Anywhere in the start: loading, refreshing NAME.good, building
       * and showing the window, the first keystrokes. */
      gint64 typical_us = run->readies > 0 ? run->ready_us / run->readies : 1000000;

      g_usleep (g_test_rand_int_range (0, (gint32) (typical_us * 5 / 4)));
      run->during_start++;
    }
  else if (moment == FIRST_WRITE)
    {
      /* The first write of this start: refreshing the NAME.good that the
       * last one left stale (or, if it had typed nothing, a first save). */
      wait_save_begins (run, log_size);
      g_usleep (g_test_rand_int_range (0, 8000));
      run->refreshing++;
    }
  else
    {
      line = read_ready_line (process, 30000);
      assert_ready_line (run, line, stderr_path);
      run->readies++;
      run->ready_us += g_get_monotonic_time () - spawned;
      if (moment == WHILE_TYPING)
        {
          /* Typing, with saves every second or so. */
          g_usleep (g_test_rand_int_range (0, 1500000));
          run->while_typing++;
        }
      else
        {
          wait_save_begins (run, file_size (run->log_path));
          g_usleep (g_test_rand_int_range (0, 8000));
          run->as_saving++;
        }
    }
  assert_killed (run, process, stderr_path);
  /* A start that got as far as "ready" before the kill must be clean too. */
  if (line == NULL && (line = read_ready_line (process, 0)) != NULL)
    assert_ready_line (run, line, stderr_path);

  wait_name_released (bus);
  check_after_kill (run);
}

static void
test_app_kill_loop (void)
{
  Run run = { 0 };
  const char *binary = g_getenv ("SFG_BINARY");
  guint n = kills_wanted ();
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;

  if (binary == NULL || g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("needs SFG_BINARY and a display (run it under tests/headless-run)");
      return;
    }
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  start_run (&run, APP_ANSWER_LENGTH);
  for (guint i = 0; i < n; i++)
    kill_app_once (&run, bus, binary);

  g_test_message ("app: %u kills in %.1f s (%u at a random moment of the start, %u just "
                  "after its first write began, %u while typing, %u just after a save while "
                  "typing began; %u left a temporary file: killed "
                  "mid-write, %u of them refreshing a NAME.good); %u starts said “ready 0” "
                  "after %.0f ms on average; %u versions "
                  "logged; %u files checked, all byte-identical to a logged version; every "
                  "fresh start loaded without a problem",
                  run.kills, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC,
                  run.during_start, run.refreshing, run.while_typing, run.as_saving,
                  run.mid_write, run.mid_good, run.readies, run.readies > 0 ? run.ready_us / 1000.0 / run.readies : 0.0,
                  run.versions, run.files_checked);
  end_run (&run);
}

/* ---- the store writer ---- */

static void
kill_writer_once (Run        *run,
                  const char *writer)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stderr_path = g_build_filename (run->base, "writer.err", NULL);
  gboolean at_start = run->kills % 2 == 0;

  /* GLib appends to an existing file: start each run's empty. */
  g_unlink (stderr_path);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_set_stderr_file_path (launcher, stderr_path);
  g_subprocess_launcher_setenv (launcher, "SFG_TEST_LOG_SAVES", run->log_path, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, writer, run->data_dir,
                                         run->journal_id, NULL);
  g_assert_no_error (error);

  /* Half the kills land anywhere in the first quarter second (loading,
   * refreshing NAME.good, the first saves); half while it is saving. */
  if (at_start)
    {
      g_usleep (g_test_rand_int_range (0, 250000));
      run->during_start++;
    }
  else
    {
      gint64 spawned = g_get_monotonic_time ();
      g_autofree char *line = read_ready_line (process, 10000);

      g_assert_cmpstr (line, ==, "ready");
      run->readies++;
      run->ready_us += g_get_monotonic_time () - spawned;
      g_usleep (g_test_rand_int_range (0, 150000));
      run->as_saving++;
    }
  assert_killed (run, process, stderr_path);
  check_after_kill (run);
}

static void
test_writer_kill_loop (void)
{
  Run run = { 0 };
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "sfg-crash-writer", NULL);
  guint n = kills_wanted ();
  gint64 start = g_get_monotonic_time ();

  g_assert_true (g_file_test (writer, G_FILE_TEST_IS_EXECUTABLE));
  start_run (&run, WRITER_ANSWER_LENGTH);
  for (guint i = 0; i < n; i++)
    kill_writer_once (&run, writer);

  g_test_message ("store writer: %u kills in %.1f s (%u at a random moment of the first "
                  "250 ms, %u while saving; %u left a temporary file: killed mid-write, %u "
                  "of them refreshing a NAME.good); "
                  "start to ready %.0f ms on average; %u versions logged; %u files checked, "
                  "all byte-identical to a logged version; every fresh start loaded without "
                  "a problem",
                  run.kills, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC,
                  run.during_start, run.as_saving, run.mid_write, run.mid_good,
                  run.readies > 0 ? run.ready_us / 1000.0 / run.readies : 0.0,
                  run.versions, run.files_checked);
  end_run (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash-safety/app", test_app_kill_loop);
  g_test_add_func ("/crash-safety/store-writer", test_writer_kill_loop);
  return g_test_run ();
}
