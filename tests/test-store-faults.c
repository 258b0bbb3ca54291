/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Saving under faults (issue 8): system calls of the save thread failed with
 * libfiu, a read-only data folder, a real full disk.  After each: the previous
 * file byte-identical, no temporary file left, the edit still held, the user
 * told (SfgStore:save-error), and the next save succeeds. */

#include <errno.h>
#include <grp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#ifdef HAVE_LIBFIU
#include <fiu-control.h>
#include <fiu.h>
#endif

#include "sfg-json-guard.h"
#include "sfg-store-private.h"
#include "sfg-store.h"
#include "sfg-test-utils.h"

#define NOBODY 65534

/* ---- a document "model" ---- */

static JsonNode *
serialize_text (gpointer object)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, g_object_get_data (object, "text"));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
set_text (GObject    *doc,
          const char *text)
{
  g_object_set_data_full (doc, "text", g_strdup (text), g_free);
}

static GObject *
text_doc_new (const char *text)
{
  GObject *doc = g_object_new (G_TYPE_OBJECT, NULL);

  set_text (doc, text);
  return doc;
}

/* The text in the file on disk; fails the test if the file is not a whole,
 * valid document. */
static char *
disk_text (const char *path)
{
  g_autoptr (GBytes) bytes = sfg_test_read_bytes (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = NULL;

  g_assert_nonnull (bytes);
  node = sfg_json_guard_parse_document (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                        NULL, &error);
  g_assert_no_error (error);
  return g_strdup (json_object_get_string_member (json_node_get_object (node), "text"));
}

static G_GNUC_UNUSED void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static SfgStore *
open_store (const char *dir)
{
  g_autoptr (GError) error = NULL;
  SfgStore *store = sfg_store_new (dir, &error);

  g_assert_no_error (error);
  sfg_store_set_delays (store, 0, 0);
  return store;
}

static void
saved_flag_cb (SfgStore   *store,
               const char *relpath,
               gboolean   *saved)
{
  *saved = TRUE;
}

/* Waits (at most 10 s) for the store's own retry to write the document. */
static void
wait_for_retry (SfgStore *store)
{
  gboolean saved = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gulong id = g_signal_connect (store, "saved", G_CALLBACK (saved_flag_cb), &saved);

  while (!saved && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (store, id);
  g_assert_true (saved);
  g_assert_null (sfg_store_get_save_error (store));
  g_assert_false (sfg_store_has_pending (store));
}

/* ---- libfiu: failures of the save thread's system calls ---- */

#ifdef HAVE_LIBFIU
/* libfiu's preload library wraps malloc() too, which AddressSanitizer's
 * allocator does not survive (the process crashes on start). */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature (address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

static gboolean fiu_ready;
static const char *fiu_skip_reason = "libfiu's POSIX preload library could not be loaded";
static __thread gboolean armed;
static gint faults_injected;
static gint fault_errno;
static double fault_probability = 1.0;

static void
arm_hook (gboolean before,
          gpointer user_data)
{
  armed = before;
}

static int
fiu_cb (const char   *name,
        int          *failnum,
        void        **failinfo,
        unsigned int *flags)
{
  static const int random_errnos[] = { ENOSPC, EIO, EDQUOT };

  /* Only the save thread, only inside g_file_set_contents_full(): failing
   * every write() would hang the main loop (platform-facts). */
  if (!armed)
    return 0;
  if (fault_probability < 1.0 && g_random_double () >= fault_probability)
    return 0;
  g_atomic_int_inc (&faults_injected);
  *failinfo = GINT_TO_POINTER (fault_errno != 0
                               ? fault_errno
                               : random_errnos[g_random_int_range (0, 3)]);
  return 1;
}

typedef struct
{
  const char *name;
  const char *point;
  int         err;
  const char *message;   /* in SfgStore:save-error */
} FaultCase;

static const FaultCase fault_cases[] = {
  { "open", "posix/io/oc/open", EACCES, "cannot be written to" },
  { "write-enospc", "posix/io/rw/write", ENOSPC, "disk is full" },
  { "write-eio", "posix/io/rw/write", EIO, "because the disk reported an error" },
  { "write-edquot", "posix/io/rw/write", EDQUOT, "because your disk quota is used up" },
  { "fsync", "posix/io/sync/fsync", EIO, "because the disk reported an error" },
  { "rename", "posix/io/dir/rename", EIO, "because the disk reported an error" },
  { "close", "posix/io/oc/close", EIO, "because the disk reported an error" },
};

static const char * const fault_points[] = {
  "posix/io/oc/open", "posix/io/rw/write", "posix/io/sync/fsync", "posix/io/dir/rename",
  "posix/io/oc/close",
};

static void
test_fiu_point (gconstpointer data)
{
  const FaultCase *c = data;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr (SfgStore) store = NULL;
  g_autoptr (GObject) doc = text_doc_new ("before the fault");
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  guint notified = 0;

  if (!fiu_ready)
    {
      g_test_skip (fiu_skip_reason);
      return;
    }

  dir = sfg_test_make_temp_dir ();
  path = g_build_filename (dir, "journals", "j.json", NULL);
  store = open_store (dir);
  sfg_store_set_write_hook (store, arm_hook, NULL);
  sfg_store_set_retry_interval (store, 100);
  g_signal_connect (store, "notify::save-error", G_CALLBACK (notify_count_cb), &notified);

  sfg_store_queue (store, "journals/j.json", doc, serialize_text);
  g_assert_true (sfg_test_store_flush (store, &error));
  g_assert_no_error (error);
  before = sfg_test_read_bytes (path);

  /* The fault. */
  faults_injected = 0;
  fault_errno = c->err;
  fault_probability = 1.0;
  g_assert_cmpint (fiu_enable_external (c->point, 1, NULL, 0, fiu_cb), ==, 0);
  set_text (doc, "the edit");
  sfg_store_queue (store, "journals/j.json", doc, serialize_text);
  g_assert_false (sfg_test_store_flush (store, &error));
  g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_FAILED);
  g_test_message ("%s: %d fault(s); told: %s", c->name, faults_injected,
                  sfg_store_get_save_error (store));
  g_assert_cmpint (faults_injected, >=, 1);
  sfg_test_assert_file_bytes (path, before);
  g_assert_cmpuint (sfg_test_count_temp_files (dir), ==, 0);
  g_assert_true (sfg_store_has_pending (store));
  g_assert_nonnull (sfg_store_get_save_error (store));
  g_assert_nonnull (strstr (sfg_store_get_save_error (store), c->message));
  g_assert_nonnull (strstr (sfg_store_get_save_error (store), "kept while the app is open"));
  g_assert_cmpuint (notified, ==, 1);
  g_clear_error (&error);

  /* The fault gone: the store's own retry writes the edit it kept. */
  g_assert_cmpint (fiu_disable (c->point), ==, 0);
  wait_for_retry (store);
  g_assert_cmpuint (notified, ==, 2);
  text = disk_text (path);
  g_assert_cmpstr (text, ==, "the edit");
  g_assert_cmpuint (sfg_test_count_temp_files (dir), ==, 0);

  g_clear_object (&store);
  sfg_test_remove_tree (dir);
}

/* 1,000 saves with every save-thread system call failing with probability 0.1:
 * the file on disk is always a whole document, the last one saved. */
static void
test_fiu_random (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr (SfgStore) store = NULL;
  g_autoptr (GObject) doc = text_doc_new ("v0");
  g_autofree char *last_saved = g_strdup ("v0");
  g_autofree char *final_text = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *padding = g_strnfill (2000, 'x');
  guint failed = 0;
  gint64 start;

  if (!fiu_ready)
    {
      g_test_skip (fiu_skip_reason);
      return;
    }

  dir = sfg_test_make_temp_dir ();
  path = g_build_filename (dir, "plans", "p.json", NULL);
  store = open_store (dir);
  sfg_store_set_write_hook (store, arm_hook, NULL);
  sfg_store_queue (store, "plans/p.json", doc, serialize_text);
  g_assert_true (sfg_test_store_flush (store, &error));

  faults_injected = 0;
  fault_errno = 0;
  fault_probability = 0.1;
  for (guint i = 0; i < G_N_ELEMENTS (fault_points); i++)
    g_assert_cmpint (fiu_enable_external (fault_points[i], 1, NULL, 0, fiu_cb), ==, 0);

  start = g_get_monotonic_time ();
  for (guint i = 1; i <= 1000; i++)
    {
      g_autofree char *text = g_strdup_printf ("v%u %s", i, padding);
      g_autofree char *on_disk = NULL;

      set_text (doc, text);
      sfg_store_queue (store, "plans/p.json", doc, serialize_text);
      if (sfg_test_store_flush (store, &error))
        {
          g_free (last_saved);
          last_saved = g_strdup (text);
          g_assert_null (sfg_store_get_save_error (store));
        }
      else
        {
          failed++;
          g_assert_nonnull (sfg_store_get_save_error (store));
          g_clear_error (&error);
        }
      on_disk = disk_text (path);
      g_assert_cmpstr (on_disk, ==, last_saved);
      g_assert_cmpuint (sfg_test_count_temp_files (dir), ==, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (fault_points); i++)
    fiu_disable (fault_points[i]);
  g_test_message ("1000 saves in %.1f s: %d faults injected, %u saves failed, "
                  "0 corrupt or partial files",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC,
                  faults_injected, failed);
  g_assert_cmpuint (failed, >, 0);

  g_assert_true (sfg_test_store_flush (store, &error));
  g_assert_no_error (error);
  final_text = disk_text (path);
  g_assert_true (g_str_has_prefix (final_text, "v1000 "));

  g_clear_object (&store);
  sfg_test_remove_tree (dir);
}

/* The points need libfiu's POSIX preload library in the process: the test
 * re-executes itself with it in LD_PRELOAD (as `fiu-run -x` would). */
static void
fiu_setup (char **argv)
{
#ifdef UNDER_ASAN
  fiu_skip_reason = "libfiu's POSIX preload library cannot run under AddressSanitizer";
#else
  g_autofree char *maps = NULL;

  if (g_getenv ("SFG_FIU_PRELOADED") == NULL && g_file_test (FIU_POSIX_PRELOAD, G_FILE_TEST_EXISTS))
    {
      const char *old = g_getenv ("LD_PRELOAD");
      g_autofree char *preload = NULL;

      preload = old != NULL && *old != '\0' ? g_strconcat (old, ":", FIU_POSIX_PRELOAD, NULL)
                                            : g_strdup (FIU_POSIX_PRELOAD);
      g_setenv ("LD_PRELOAD", preload, TRUE);
      g_setenv ("SFG_FIU_PRELOADED", "1", TRUE);
      execv ("/proc/self/exe", argv);
      g_printerr ("# could not re-execute with libfiu's preload library: %s\n",
                  g_strerror (errno));
    }

  if (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL)
      && strstr (maps, "fiu_posix_preload") != NULL)
    {
      fiu_init (0);
      fiu_ready = TRUE;
    }
#endif
}
#else
static void
test_fiu_unavailable (void)
{
  g_test_skip ("libfiu is not available (Debian: libfiu-dev, fiu-utils)");
}
#endif

/* ---- a read-only data folder ---- */

static void
drop_root (void)
{
  if (geteuid () != 0)
    return;
  g_assert_cmpint (setgroups (0, NULL), ==, 0);
  g_assert_cmpint (setresgid (NOBODY, NOBODY, NOBODY), ==, 0);
  g_assert_cmpint (setresuid (NOBODY, NOBODY, NOBODY), ==, 0);
}

static void
test_read_only_folder (void)
{
  const char *base;
  g_autofree char *dir = NULL;
  g_autofree char *plans = NULL;
  g_autofree char *path = NULL;
  g_autoptr (SfgStore) store = NULL;
  g_autoptr (GObject) doc = text_doc_new ("before");
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  if (!g_test_subprocess ())
    {
      g_autofree char *tmp = sfg_test_make_temp_dir ();

      /* As root, the subprocess drops to nobody, which must own the folder:
       * a read-only folder does not stop root. */
      if (geteuid () == 0)
        g_assert_cmpint (chown (tmp, NOBODY, NOBODY), ==, 0);
      g_setenv ("SFG_TEST_RO_DIR", tmp, TRUE);
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, 0);
      g_unsetenv ("SFG_TEST_RO_DIR");
      sfg_test_remove_tree (tmp);
      g_test_trap_assert_passed ();
      return;
    }

  drop_root ();
  g_assert_cmpuint (geteuid (), !=, 0);

  base = g_getenv ("SFG_TEST_RO_DIR");
  g_assert_nonnull (base);
  dir = g_build_filename (base, "data", NULL);
  plans = g_build_filename (dir, "plans", NULL);
  path = g_build_filename (plans, "ro.json", NULL);
  store = open_store (dir);
  sfg_store_set_retry_interval (store, 100);
  sfg_store_queue (store, "plans/ro.json", doc, serialize_text);
  g_assert_true (sfg_test_store_flush (store, &error));
  g_assert_no_error (error);
  before = sfg_test_read_bytes (path);

  g_assert_cmpint (g_chmod (plans, 0500), ==, 0);
  set_text (doc, "the edit");
  sfg_store_queue (store, "plans/ro.json", doc, serialize_text);
  g_assert_false (sfg_test_store_flush (store, &error));
  g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_FAILED);
  g_test_message ("told: %s", sfg_store_get_save_error (store));
  g_assert_nonnull (strstr (sfg_store_get_save_error (store), "cannot be written to"));
  sfg_test_assert_file_bytes (path, before);
  g_assert_cmpuint (sfg_test_count_temp_files (dir), ==, 0);
  g_assert_true (sfg_store_has_pending (store));
  g_assert_cmpstr (g_object_get_data (doc, "text"), ==, "the edit");
  g_clear_error (&error);

  /* Writable again: the retry saves the kept edit; the next save works too. */
  g_assert_cmpint (g_chmod (plans, 0700), ==, 0);
  wait_for_retry (store);
  text = disk_text (path);
  g_assert_cmpstr (text, ==, "the edit");
  set_text (doc, "after");
  sfg_store_queue (store, "plans/ro.json", doc, serialize_text);
  g_assert_true (sfg_test_store_flush (store, &error));
  g_assert_no_error (error);
}

/* ---- a real full disk ---- */

static void
test_full_disk (void)
{
  g_autofree char *base = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *filler = NULL;
  g_autoptr (SfgStore) store = NULL;
  g_autoptr (GObject) doc = text_doc_new ("before");
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *block = g_strnfill (4096, 'f');
  g_autofree char *edit = g_strnfill (3000, 'e');
  FILE *fill;

  if (geteuid () != 0)
    {
      g_test_skip ("cannot mount a small tmpfs for the full-disk test: not root");
      return;
    }
  base = sfg_test_make_temp_dir ();
  if (mount ("tmpfs", base, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0700") != 0)
    {
      g_autofree char *reason =
        g_strdup_printf ("cannot mount a small tmpfs for the full-disk test: %s",
                         g_strerror (errno));

      g_rmdir (base);
      g_test_skip (reason);
      return;
    }

  dir = g_build_filename (base, "data", NULL);
  path = g_build_filename (dir, "journals", "full.json", NULL);
  filler = g_build_filename (base, "filler", NULL);
  store = open_store (dir);
  sfg_store_set_retry_interval (store, 100);
  sfg_store_queue (store, "journals/full.json", doc, serialize_text);
  g_assert_true (sfg_test_store_flush (store, &error));
  g_assert_no_error (error);
  before = sfg_test_read_bytes (path);

  /* Fill the disk. */
  fill = fopen (filler, "w");
  g_assert_nonnull (fill);
  setvbuf (fill, NULL, _IONBF, 0);
  while (fwrite (block, 1, 4096, fill) == 4096)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  fclose (fill);

  set_text (doc, edit);
  sfg_store_queue (store, "journals/full.json", doc, serialize_text);
  g_assert_false (sfg_test_store_flush (store, &error));
  g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_FAILED);
  g_test_message ("told: %s", sfg_store_get_save_error (store));
  g_assert_cmpstr (sfg_store_get_save_error (store), ==,
                   "Your changes could not be saved because the disk is full. They are kept "
                   "while the app is open and saving will be retried.");
  sfg_test_assert_file_bytes (path, before);
  g_assert_cmpuint (sfg_test_count_temp_files (dir), ==, 0);
  g_assert_true (sfg_store_has_pending (store));

  /* Space returns: saving resumes by itself. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  wait_for_retry (store);
  text = disk_text (path);
  g_assert_cmpstr (text, ==, edit);

  g_clear_object (&store);
  sfg_test_remove_tree (dir);
  g_assert_cmpint (umount2 (base, MNT_DETACH), ==, 0);
  g_rmdir (base);
}

int
main (int   argc,
      char *argv[])
{
#ifdef HAVE_LIBFIU
  fiu_setup (argv);
#endif
  g_test_init (&argc, &argv, NULL);

#ifdef HAVE_LIBFIU
  for (guint i = 0; i < G_N_ELEMENTS (fault_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/store-faults/fiu/%s", fault_cases[i].name);

      g_test_add_data_func (name, &fault_cases[i], test_fiu_point);
    }
  g_test_add_func ("/store-faults/fiu/random-1000", test_fiu_random);
#else
  g_test_add_func ("/store-faults/fiu/unavailable", test_fiu_unavailable);
#endif
  g_test_add_func ("/store-faults/read-only-folder", test_read_only_folder);
  g_test_add_func ("/store-faults/full-disk", test_full_disk);

  return g_test_run ();
}
