/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sfg-json-guard.h"
#include "sfg-store-private.h"
#include "sfg-store.h"

/* SfgStore is the only code that touches the data folder.  Saving follows
 * platform-facts.md: g_file_set_contents_full (CONSISTENT | DURABLE, 0600) in a
 * worker thread, which leaves the previous file byte-identical whatever
 * fails.  Documents are serialised on the main thread, checked by parsing the
 * generated text again, and written one at a time per path. */

#define DEFAULT_DEBOUNCE_MS  500
#define DEFAULT_MAX_DELAY_MS 1000
#define DEFAULT_RETRY_MS     30000
#define GOOD_SUFFIX          ".good"
#define TRASH_DIR            "trash"

static const char * const subfolders[] = { "plans", "journals", "private" };

typedef struct
{
  SfgStore             *store;        /* unowned: docs live as long as the store */
  char                 *relpath;
  GObject              *object;       /* held while there is something unsaved */
  SfgStoreSerializeFunc func;
  JsonNode             *node;         /* or a snapshot from sfg_store_queue_node() */
  GBytes               *last_written; /* what is on disk, as far as we know */
  GError               *error;        /* of the last failed save */
  GMutex               *lock;         /* rc box: held by the worker around the write */
  GCancellable         *cancellable;  /* of the write in flight */
  gint64                first_dirty;  /* monotonic µs */
  gint64                last_change;
  guint                 generation;   /* bumped by delete: a write in flight is void */
  guint                 timeout_id;
  guint                 dirty   : 1;
  guint                 writing : 1;
  guint                 failed  : 1;
} Doc;

typedef struct
{
  char             *relpath;
  char             *path;
  GBytes           *bytes;
  GMutex           *lock;
  char             *log_path;
  SfgStoreWriteHook hook;
  gpointer          hook_data;
  guint             generation;
} WriteJob;

struct _SfgStore
{
  GObject           parent_instance;

  char             *data_dir;
  char             *log_path;     /* SFG_TEST_LOG_SAVES */
  GHashTable       *docs;         /* relpath → Doc */
  GHashTable       *read_only;    /* relpaths never to be written */
  GPtrArray        *problems;     /* plain-words load messages, NULL-terminated */
  GPtrArray        *flush_tasks;
  char             *save_error;
  guint             retry_id;
  guint             retry_ms;
  guint             debounce_ms;
  guint             max_delay_ms;
  SfgStoreWriteHook hook;
  gpointer          hook_data;
};

static void sfg_store_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SfgStore, sfg_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      sfg_store_initable_iface_init))

G_DEFINE_QUARK (sfg-store-error-quark, sfg_store_error)

enum
{
  PROP_0,
  PROP_DATA_DIR,
  PROP_SAVE_ERROR,
  N_PROPS
};

enum
{
  SAVED,
  LOAD_PROBLEM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void doc_start_save (SfgStore *self,
                            Doc      *doc);

gboolean
sfg_store_error_is_refusal (const GError *error)
{
  if (error == NULL || error->domain != SFG_STORE_ERROR)
    return FALSE;
  switch ((SfgStoreError) error->code)
    {
    case SFG_STORE_ERROR_EMPTY:
    case SFG_STORE_ERROR_TOO_LARGE:
    case SFG_STORE_ERROR_INVALID_UTF8:
    case SFG_STORE_ERROR_INVALID_JSON:
    case SFG_STORE_ERROR_TOO_DEEP:
    case SFG_STORE_ERROR_BAD_VALUE:
    case SFG_STORE_ERROR_NOT_OBJECT:
    case SFG_STORE_ERROR_NO_VERSION:
    case SFG_STORE_ERROR_BAD_VERSION:
      return TRUE;
    case SFG_STORE_ERROR_NOT_FOUND:
    case SFG_STORE_ERROR_INVALID_PATH:
    case SFG_STORE_ERROR_READ_ONLY:
    case SFG_STORE_ERROR_EXISTS:
    case SFG_STORE_ERROR_FAILED:
    default:
      return FALSE;
    }
}

/* ---- small helpers ---- */

static void
mutex_clear (gpointer data)
{
  g_mutex_clear (data);
}

static void
doc_free (gpointer data)
{
  Doc *doc = data;

  g_clear_handle_id (&doc->timeout_id, g_source_remove);
  g_clear_object (&doc->object);
  g_clear_pointer (&doc->node, json_node_unref);
  g_clear_pointer (&doc->last_written, g_bytes_unref);
  g_clear_error (&doc->error);
  g_clear_object (&doc->cancellable);
  g_atomic_rc_box_release_full (doc->lock, mutex_clear);
  g_free (doc->relpath);
  g_free (doc);
}

static void
write_job_free (gpointer data)
{
  WriteJob *job = data;

  g_free (job->relpath);
  g_free (job->path);
  g_bytes_unref (job->bytes);
  g_atomic_rc_box_release_full (job->lock, mutex_clear);
  g_free (job->log_path);
  g_free (job);
}

static Doc *
ensure_doc (SfgStore   *self,
            const char *relpath)
{
  Doc *doc = g_hash_table_lookup (self->docs, relpath);

  if (doc == NULL)
    {
      doc = g_new0 (Doc, 1);
      doc->store = self;
      doc->relpath = g_strdup (relpath);
      doc->lock = g_atomic_rc_box_new0 (GMutex);
      g_mutex_init (doc->lock);
      g_hash_table_insert (self->docs, doc->relpath, doc);
    }
  return doc;
}

static gboolean
relpath_is_valid (const char *relpath)
{
  g_auto(GStrv) parts = NULL;

  if (relpath == NULL || *relpath == '\0' || g_path_is_absolute (relpath))
    return FALSE;
  parts = g_strsplit (relpath, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] == '\0' || g_str_equal (parts[i], ".") || g_str_equal (parts[i], ".."))
      return FALSE;
  return TRUE;
}

static gboolean
check_relpath (const char  *relpath,
               GError     **error)
{
  if (relpath_is_valid (relpath))
    return TRUE;
  g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_PATH,
               _("“%s” is not a file name inside the data folder."), relpath ? relpath : "");
  return FALSE;
}

/* A G_FILE_ERROR from @saved_errno: "<what>: <system message>". */
G_GNUC_PRINTF (3, 4) static gboolean
set_io_error (GError    **error,
              int         saved_errno,
              const char *format,
              ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", what,
               g_strerror (saved_errno));
  return FALSE;
}

static char *
utc_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y%m%dT%H%M%SZ");
}

/* Renames without ever replacing an existing file. */
static int
rename_noreplace (const char *from,
                  const char *to)
{
  if (renameat2 (AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
    return 0;
  if (errno != EINVAL && errno != ENOSYS)
    return -1;
  if (g_file_test (to, G_FILE_TEST_EXISTS))
    {
      errno = EEXIST;
      return -1;
    }
  return g_rename (from, to);
}

/* g_file_set_contents_full() names its temporary file "NAME.XXXXXX" (six
 * letters or digits).  Only that shape, next to a name the store writes, is a
 * leftover of an interrupted save; ".good" and ".corrupt-…" never match. */
static gboolean
is_leftover_temp (const char *name)
{
  gsize n = strlen (name);
  g_autofree char *stem = NULL;

  if (n < 7 || name[n - 7] != '.')
    return FALSE;
  for (gsize i = n - 6; i < n; i++)
    if (!g_ascii_isalnum (name[i]))
      return FALSE;
  stem = g_strndup (name, n - 7);
  if (g_str_has_suffix (stem, ".json" GOOD_SUFFIX))
    return strlen (stem) > strlen (".json" GOOD_SUFFIX);
  return g_str_has_suffix (stem, ".json") && strlen (stem) > strlen (".json");
}

static void
remove_leftover_temps (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!is_leftover_temp (name))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;
      if (g_unlink (path) == 0)
        g_debug ("Removed the temporary file of an interrupted save: %s", path);
      else
        g_message ("Could not remove %s: %s", path, g_strerror (errno));
    }
}

static gboolean
make_private_dir (const char  *path,
                  GError     **error)
{
  int saved_errno;

  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      saved_errno = errno;
      return set_io_error (error, saved_errno, _("Could not create the folder “%s”"), path);
    }
  /* g_mkdir_with_parents() leaves an existing folder's mode alone. */
  if (g_chmod (path, 0700) != 0)
    {
      saved_errno = errno;
      return set_io_error (error, saved_errno, _("Could not make the folder “%s” private"), path);
    }
  return TRUE;
}

/* ---- writing ---- */

/* Test mode for the crash-safety kill loop: the version is logged (and the log
 * fsynced) before it is written, so whatever a SIGKILL leaves on disk is a
 * logged version. */
static gboolean
log_version (const char  *log_path,
             const char  *relpath,
             GBytes      *bytes,
             GError     **error)
{
  g_autofree char *sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_autofree char *line = g_strdup_printf ("%s %s\n", relpath, sum);
  gsize len = strlen (line);
  int fd = g_open (log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;

      return set_io_error (error, saved_errno, "Could not open the save log “%s”", log_path);
    }
  if (write (fd, line, len) != (gssize) len || fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return set_io_error (error, saved_errno, "Could not write the save log “%s”", log_path);
    }
  return g_close (fd, error);
}

static gboolean
write_bytes (const char        *path,
             const char        *relpath,
             GBytes            *bytes,
             const char        *log_path,
             SfgStoreWriteHook  hook,
             gpointer           hook_data,
             GError           **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  gboolean ok;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      return set_io_error (error, saved_errno, _("Could not create the folder “%s”"), dir);
    }
  if (log_path != NULL && !log_version (log_path, relpath, bytes, error))
    return FALSE;

  if (hook != NULL)
    hook (TRUE, hook_data);
  ok = g_file_set_contents_full (path, data, (gssize) len,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, error);
  if (hook != NULL)
    hook (FALSE, hook_data);
  return ok;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;
  gboolean ok;

  /* Deletion takes this lock and cancels: a write must not bring back a file
   * that was just moved to the trash. */
  g_mutex_lock (job->lock);
  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    ok = FALSE;
  else
    ok = write_bytes (job->path, job->relpath, job->bytes, job->log_path, job->hook,
                      job->hook_data, &error);
  g_mutex_unlock (job->lock);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Serialises, checks and generates; NULL with @error when the document must
 * not be written (it would not load again). */
static GBytes *
serialise_checked (JsonNode  *node,
                   GError   **error)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) check = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  gint64 version = 0;
  gsize len = 0;
  GString *out;

  if (node == NULL)
    {
      g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_FAILED,
                           _("The document could not be prepared for saving."));
      return NULL;
    }
  /* The generator recurses and writes infinity as text nobody can read back. */
  if (!sfg_json_guard_check_node (node, error))
    return NULL;

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &len);

  check = sfg_json_guard_parse_document (text, len, &version, &local_error);
  if (check == NULL)
    {
      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_FAILED,
                   _("The document failed its check before saving: %s"), local_error->message);
      return NULL;
    }
  if (version > SFG_STORE_FORMAT_VERSION)
    {
      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_READ_ONLY,
                   _("The document has format version %" G_GINT64_FORMAT
                     ", newer than this version of the app writes."), version);
      return NULL;
    }

  out = g_string_new_len (text, (gssize) len);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

static char *
describe_save_error (const GError *error)
{
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    return g_strdup (_("Your changes could not be saved because the disk is full. They are kept "
                       "while the app is open and saving will be retried."));
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ACCES)
      || g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_PERM)
      || g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ROFS))
    return g_strdup (_("Your changes could not be saved because the data folder cannot be "
                       "written to. They are kept while the app is open and saving will be "
                       "retried."));
  return g_strdup_printf (_("Your changes could not be saved (%s). They are kept while the app "
                            "is open and saving will be retried."), error->message);
}

static void
update_save_error (SfgStore *self)
{
  GHashTableIter iter;
  Doc *doc;
  const GError *error = NULL;
  g_autofree char *message = NULL;

  g_hash_table_iter_init (&iter, self->docs);
  while (error == NULL && g_hash_table_iter_next (&iter, NULL, (gpointer *) &doc))
    if (doc->failed && doc->dirty && doc->error != NULL)
      error = doc->error;

  if (error != NULL)
    message = describe_save_error (error);
  if (g_strcmp0 (message, self->save_error) == 0)
    return;
  g_free (self->save_error);
  self->save_error = g_steal_pointer (&message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

static gboolean
doc_timeout_cb (gpointer data);

static void
doc_schedule (SfgStore *self,
              Doc      *doc)
{
  gint64 now = g_get_monotonic_time ();
  gint64 deadline;
  guint delay_ms;

  g_clear_handle_id (&doc->timeout_id, g_source_remove);
  if (doc->writing || !doc->dirty)
    return;   /* the write in flight reschedules when it finishes */

  /* Wait for a pause in typing, but never longer than max_delay after the
   * first unsaved change. */
  deadline = MIN (doc->last_change + (gint64) self->debounce_ms * 1000,
                  doc->first_dirty + (gint64) self->max_delay_ms * 1000);
  delay_ms = deadline <= now ? 0 : (guint) ((deadline - now + 999) / 1000);
  doc->timeout_id = g_timeout_add (delay_ms, doc_timeout_cb, doc);
}

static void
check_flush (SfgStore *self)
{
  GHashTableIter iter;
  Doc *doc;
  gboolean unsaved = FALSE;
  g_autoptr(GPtrArray) tasks = NULL;

  if (self->flush_tasks->len == 0)
    return;
  g_hash_table_iter_init (&iter, self->docs);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &doc))
    {
      if (doc->writing)
        return;
      unsaved |= doc->dirty;
    }

  tasks = g_steal_pointer (&self->flush_tasks);
  self->flush_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < tasks->len; i++)
    {
      GTask *task = g_ptr_array_index (tasks, i);

      if (unsaved)
        g_task_return_new_error (task, SFG_STORE_ERROR, SFG_STORE_ERROR_FAILED, "%s",
                                 self->save_error ? self->save_error
                                                  : _("Some changes could not be saved."));
      else
        g_task_return_boolean (task, TRUE);
    }
}

static gboolean
retry_cb (gpointer data)
{
  SfgStore *self = data;
  GHashTableIter iter;
  Doc *doc;

  self->retry_id = 0;
  g_hash_table_iter_init (&iter, self->docs);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &doc))
    if (doc->failed && doc->dirty && !doc->writing)
      doc_start_save (self, doc);
  check_flush (self);
  return G_SOURCE_REMOVE;
}

static void
ensure_retry (SfgStore *self)
{
  if (self->retry_id == 0)
    self->retry_id = g_timeout_add (self->retry_ms, retry_cb, self);
}

static void
doc_fail (SfgStore *self,
          Doc      *doc,
          GError   *error)
{
  /* Expected (a full disk): reported through SfgStore:save-error. */
  g_message ("Could not save %s: %s", doc->relpath, error->message);
  if (!doc->dirty)
    doc->first_dirty = g_get_monotonic_time ();
  doc->dirty = TRUE;
  doc->failed = TRUE;
  g_clear_error (&doc->error);
  doc->error = error;
  ensure_retry (self);
  update_save_error (self);
}

static void
doc_saved (SfgStore *self,
           Doc      *doc)
{
  doc->failed = FALSE;
  g_clear_error (&doc->error);
  if (!doc->dirty)
    {
      g_clear_object (&doc->object);
      g_clear_pointer (&doc->node, json_node_unref);
    }
  update_save_error (self);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  SfgStore *self = SFG_STORE (source);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  Doc *doc = g_hash_table_lookup (self->docs, job->relpath);
  GError *error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (doc == NULL)
    {
      /* The store was disposed while writing. */
      g_clear_error (&error);
      return;
    }
  doc->writing = FALSE;
  g_clear_object (&doc->cancellable);

  if (job->generation != doc->generation)
    {
      /* Deleted while writing: this write no longer counts. */
      g_clear_error (&error);
      doc_schedule (self, doc);
    }
  else if (ok)
    {
      g_clear_pointer (&doc->last_written, g_bytes_unref);
      doc->last_written = g_bytes_ref (job->bytes);
      doc_saved (self, doc);
      g_debug ("Saved %s", doc->relpath);
      g_signal_emit (self, signals[SAVED], 0, doc->relpath);
      if (doc->dirty && self->flush_tasks->len > 0)
        doc_start_save (self, doc);
      else
        doc_schedule (self, doc);
    }
  else
    {
      doc_fail (self, doc, error);
    }

  check_flush (self);
}

static void
doc_start_save (SfgStore *self,
                Doc      *doc)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  WriteJob *job;

  g_clear_handle_id (&doc->timeout_id, g_source_remove);
  if (doc->writing || !doc->dirty)
    return;

  if (doc->node != NULL)
    node = json_node_ref (doc->node);
  else if (doc->func != NULL && doc->object != NULL)
    node = doc->func (doc->object);

  bytes = serialise_checked (node, &error);
  if (bytes == NULL)
    {
      doc_fail (self, doc, error);
      return;
    }

  doc->dirty = FALSE;
  if (doc->last_written != NULL && g_bytes_equal (bytes, doc->last_written))
    {
      g_debug ("%s is unchanged; not written", doc->relpath);
      doc_saved (self, doc);
      return;
    }

  job = g_new0 (WriteJob, 1);
  job->relpath = g_strdup (doc->relpath);
  job->path = g_build_filename (self->data_dir, doc->relpath, NULL);
  job->bytes = g_steal_pointer (&bytes);
  job->lock = g_atomic_rc_box_acquire (doc->lock);
  job->log_path = g_strdup (self->log_path);
  job->hook = self->hook;
  job->hook_data = self->hook_data;
  job->generation = doc->generation;

  doc->writing = TRUE;
  doc->cancellable = g_cancellable_new ();
  task = g_task_new (self, doc->cancellable, write_done_cb, NULL);
  g_task_set_source_tag (task, doc_start_save);
  g_task_set_task_data (task, job, write_job_free);
  g_task_run_in_thread (task, write_thread);
}

static gboolean
doc_timeout_cb (gpointer data)
{
  Doc *doc = data;
  SfgStore *self = doc->store;

  doc->timeout_id = 0;
  doc_start_save (self, doc);
  check_flush (self);
  return G_SOURCE_REMOVE;
}

static void
mark_dirty (SfgStore *self,
            Doc      *doc)
{
  gint64 now = g_get_monotonic_time ();
  GHashTableIter iter;
  Doc *other;

  if (!doc->dirty)
    doc->first_dirty = now;
  doc->dirty = TRUE;
  doc->last_change = now;
  doc_schedule (self, doc);

  /* A change is also the moment to retry the documents that failed. */
  g_hash_table_iter_init (&iter, self->docs);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &other))
    if (other != doc && other->failed && other->dirty && !other->writing
        && other->timeout_id == 0)
      {
        other->last_change = now;
        doc_schedule (self, other);
      }
}

/**
 * sfg_store_queue:
 * @relpath: e.g. "plans/<uuid>.json"
 * @object: (type GObject): the model; held until it has been saved
 * @func: turns @object into its document, called on the main thread when the
 *   write starts (so the latest state is written)
 *
 * Marks a document as changed.  It is written after a pause of half a second,
 * and at most a second after its first unsaved change.
 */
void
sfg_store_queue (SfgStore              *self,
                 const char            *relpath,
                 gpointer               object,
                 SfgStoreSerializeFunc  func)
{
  Doc *doc;

  g_return_if_fail (SFG_IS_STORE (self));
  g_return_if_fail (relpath_is_valid (relpath));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (func != NULL);

  if (g_hash_table_contains (self->read_only, relpath))
    {
      g_warning ("%s is from a newer version and is kept read-only; not saving", relpath);
      return;
    }
  doc = ensure_doc (self, relpath);
  g_set_object (&doc->object, object);
  doc->func = func;
  g_clear_pointer (&doc->node, json_node_unref);
  mark_dirty (self, doc);
}

/**
 * sfg_store_queue_node:
 * @node: the document as it is now (a reference is taken; do not change it)
 *
 * Like sfg_store_queue() for a document that is already built.
 */
void
sfg_store_queue_node (SfgStore   *self,
                      const char *relpath,
                      JsonNode   *node)
{
  Doc *doc;

  g_return_if_fail (SFG_IS_STORE (self));
  g_return_if_fail (relpath_is_valid (relpath));
  g_return_if_fail (node != NULL);

  if (g_hash_table_contains (self->read_only, relpath))
    {
      g_warning ("%s is from a newer version and is kept read-only; not saving", relpath);
      return;
    }
  doc = ensure_doc (self, relpath);
  g_clear_object (&doc->object);
  doc->func = NULL;
  g_clear_pointer (&doc->node, json_node_unref);
  doc->node = json_node_ref (node);
  mark_dirty (self, doc);
}

gboolean
sfg_store_has_pending (SfgStore *self)
{
  GHashTableIter iter;
  Doc *doc;

  g_return_val_if_fail (SFG_IS_STORE (self), FALSE);

  g_hash_table_iter_init (&iter, self->docs);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &doc))
    if (doc->dirty || doc->writing)
      return TRUE;
  return FALSE;
}

/**
 * sfg_store_flush_async:
 *
 * Starts writing everything unsaved now (documents whose save failed get one
 * more try) and finishes when no write is in flight.  Used on quit.
 */
void
sfg_store_flush_async (SfgStore            *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GList) docs = NULL;
  GTask *task;

  g_return_if_fail (SFG_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sfg_store_flush_async);
  g_ptr_array_add (self->flush_tasks, task);

  /* A copy: a "saved" handler may add documents to the table. */
  docs = g_hash_table_get_values (self->docs);
  for (GList *l = docs; l != NULL; l = l->next)
    {
      Doc *doc = l->data;

      if (doc->dirty && !doc->writing)
        doc_start_save (self, doc);
    }
  check_flush (self);
}

/**
 * sfg_store_flush_finish:
 *
 * Returns: %TRUE when everything was written; %FALSE with the save error
 *   (SFG_STORE_ERROR_FAILED) when something is still unsaved
 */
gboolean
sfg_store_flush_finish (SfgStore      *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sfg_store_get_save_error:
 *
 * Returns: (nullable): a plain-words message while some change could not be
 *   saved, %NULL when everything saved so far is on disk
 */
const char *
sfg_store_get_save_error (SfgStore *self)
{
  g_return_val_if_fail (SFG_IS_STORE (self), NULL);
  return self->save_error;
}

/* ---- loading ---- */

static void
report_problem (SfgStore   *self,
                const char *relpath,
                const char *set_aside,
                char       *message)
{
  g_message ("%s", message);
  g_ptr_array_insert (self->problems, (gint) self->problems->len - 1, message);
  g_signal_emit (self, signals[LOAD_PROBLEM], 0, relpath, set_aside, message);
}

/* Reads and checks one file; the bytes come back too, for .good and for
 * "unchanged" comparisons. */
static JsonNode *
read_checked (const char  *path,
              GBytes     **bytes_out,
              gint64      *version,
              GError     **error)
{
  g_autofree char *contents = NULL;
  gsize len = 0;
  GStatBuf st;
  JsonNode *node;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        {
          g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND,
                               _("The file does not exist."));
          return NULL;
        }
      set_io_error (error, saved_errno, _("Could not read “%s”"), path);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_FAILED,
                           _("This is not a regular file."));
      return NULL;
    }
  /* Checked before reading: a huge file is never pulled into memory. */
  if (st.st_size > SFG_STORE_MAX_FILE_SIZE)
    {
      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_TOO_LARGE,
                   _("The file is too large (over %d MiB)."),
                   SFG_STORE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &len, error))
    return NULL;
  if (len > SFG_STORE_MAX_FILE_SIZE)
    {
      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_TOO_LARGE,
                   _("The file is too large (over %d MiB)."),
                   SFG_STORE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  node = sfg_json_guard_parse_document (contents, len, version, error);
  if (node != NULL && bytes_out != NULL)
    *bytes_out = g_bytes_new_take (g_steal_pointer (&contents), len);
  return node;
}

/* Moves a refused file to NAME.corrupt-<UTC timestamp>[-N]; never replaces. */
static char *
set_aside (const char  *path,
           GError     **error)
{
  g_autofree char *stamp = utc_stamp ();

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *target = n == 1 ? g_strdup_printf ("%s.corrupt-%s", path, stamp)
                                       : g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, n);

      if (rename_noreplace (path, target) == 0)
        return g_steal_pointer (&target);
      int saved_errno = errno;

      if (saved_errno != EEXIST)
        {
          set_io_error (error, saved_errno, _("Could not set “%s” aside"), path);
          return NULL;
        }
    }
  g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_FAILED,
               _("Could not set “%s” aside: too many set-aside copies."), path);
  return NULL;
}

/* Refreshes NAME.good after a successful load, only when it differs. */
static void
refresh_good (SfgStore   *self,
              const char *relpath,
              GBytes     *bytes)
{
  g_autofree char *good_relpath = g_strconcat (relpath, GOOD_SUFFIX, NULL);
  g_autofree char *good_path = g_build_filename (self->data_dir, good_relpath, NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  if (g_stat (good_path, &st) == 0 && st.st_size == (goffset) g_bytes_get_size (bytes)
      && g_file_get_contents (good_path, &contents, &len, NULL)
      && len == g_bytes_get_size (bytes)
      && memcmp (contents, g_bytes_get_data (bytes, NULL), len) == 0)
    return;

  if (!write_bytes (good_path, good_relpath, bytes, self->log_path, NULL, NULL, &error))
    g_message ("Could not refresh %s: %s", good_relpath, error->message);
}

static JsonNode *
accept_loaded (SfgStore   *self,
               const char *relpath,
               JsonNode   *node,
               GBytes     *bytes,
               gint64      version,
               gboolean    refresh,
               gboolean   *read_only)
{
  Doc *doc;

  if (version > SFG_STORE_FORMAT_VERSION)
    {
      g_hash_table_add (self->read_only, g_strdup (relpath));
      report_problem (self, relpath, NULL,
                      g_strdup_printf (_("“%s” was written by a newer version of Scope for "
                                         "Growth. It is shown read-only and will not be "
                                         "changed."), relpath));
      if (read_only != NULL)
        *read_only = TRUE;
      return node;
    }

  g_hash_table_remove (self->read_only, relpath);
  doc = ensure_doc (self, relpath);
  if (!doc->dirty && !doc->writing)
    {
      g_clear_pointer (&doc->last_written, g_bytes_unref);
      doc->last_written = g_bytes_ref (bytes);
    }
  if (refresh)
    refresh_good (self, relpath, bytes);
  return node;
}

/* Puts the good copy back as the file itself, so the folder is whole again. */
static void
restore_from_good (SfgStore   *self,
                   const char *relpath,
                   GBytes     *bytes)
{
  g_autofree char *path = g_build_filename (self->data_dir, relpath, NULL);
  g_autoptr(GError) error = NULL;

  if (!write_bytes (path, relpath, bytes, self->log_path, NULL, NULL, &error))
    {
      Doc *doc = ensure_doc (self, relpath);

      g_message ("Could not restore %s from its good copy: %s", relpath, error->message);
      g_clear_pointer (&doc->last_written, g_bytes_unref);
    }
}

/**
 * sfg_store_load:
 * @relpath: e.g. "plans/<uuid>.json"
 * @read_only: (out) (optional): %TRUE when the file is from a newer version;
 *   it is returned as it is and never written
 *
 * Loads and checks a file.  A file that cannot be used is renamed to
 * `NAME.corrupt-<UTC timestamp>` and `NAME.good` (the last copy that loaded)
 * is returned instead when there is one; either way "load-problem" is emitted
 * with a plain-words message, also kept in sfg_store_get_load_problems().
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   (SFG_STORE_ERROR_NOT_FOUND when there is no file and no good copy)
 */
JsonNode *
sfg_store_load (SfgStore    *self,
                const char  *relpath,
                gboolean    *read_only,
                GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *good_path = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) good_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) good_bytes = NULL;
  JsonNode *node;
  JsonNode *good;
  gint64 version = 0;
  gint64 good_version = 0;

  g_return_val_if_fail (SFG_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (read_only != NULL)
    *read_only = FALSE;
  if (!check_relpath (relpath, error))
    return NULL;

  path = g_build_filename (self->data_dir, relpath, NULL);
  node = read_checked (path, &bytes, &version, &local_error);
  if (node != NULL)
    {
      GStatBuf st;

      if (version <= SFG_STORE_FORMAT_VERSION && g_stat (path, &st) == 0 && (st.st_mode & 077))
        g_chmod (path, 0600);
      return accept_loaded (self, relpath, node, bytes, version, TRUE, read_only);
    }

  if (!sfg_store_error_is_refusal (local_error)
      && !g_error_matches (local_error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND))
    {
      /* Unreadable for another reason (permissions, I/O): nothing is moved. */
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not read “%s”: "), relpath);
      return NULL;
    }

  if (sfg_store_error_is_refusal (local_error))
    {
      g_autoptr(GError) aside_error = NULL;

      aside = set_aside (path, &aside_error);
      if (aside == NULL)
        {
          /* It stays where it is, so it must never be written over. */
          g_hash_table_add (self->read_only, g_strdup (relpath));
          report_problem (self, relpath, NULL,
                          g_strdup_printf (_("“%s” could not be read. %s It could not be set "
                                             "aside (%s), so it was left in place and will not "
                                             "be changed."),
                                           relpath, local_error->message, aside_error->message));
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("Could not read “%s”: "), relpath);
          return NULL;
        }
    }

  good_path = g_strconcat (path, GOOD_SUFFIX, NULL);
  good = read_checked (good_path, &good_bytes, &good_version, &good_error);
  if (good == NULL)
    {
      if (aside != NULL)
        {
          g_autofree char *display = g_filename_display_name (aside);

          report_problem (self, relpath, aside,
                          g_strdup_printf (_("“%s” could not be read. %s It was set aside as "
                                             "“%s”; there was no earlier copy to use instead."),
                                           relpath, local_error->message, display));
        }
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not read “%s”: "), relpath);
      return NULL;
    }

  if (good_version <= SFG_STORE_FORMAT_VERSION)
    restore_from_good (self, relpath, good_bytes);

  if (aside != NULL)
    {
      g_autofree char *display = g_filename_display_name (aside);

      report_problem (self, relpath, aside,
                      g_strdup_printf (_("“%s” could not be read. %s It was set aside as “%s” "
                                         "and the last copy that loaded correctly is used "
                                         "instead."),
                                       relpath, local_error->message, display));
    }
  else
    {
      report_problem (self, relpath, NULL,
                      g_strdup_printf (_("“%s” was missing; the last copy that loaded correctly "
                                         "was put back."), relpath));
    }
  return accept_loaded (self, relpath, good, good_bytes, good_version, FALSE, read_only);
}

gboolean
sfg_store_is_read_only (SfgStore   *self,
                        const char *relpath)
{
  g_return_val_if_fail (SFG_IS_STORE (self), FALSE);
  return g_hash_table_contains (self->read_only, relpath);
}

/**
 * sfg_store_get_load_problems:
 *
 * Returns: (transfer none): the messages of every "load-problem" since the
 *   store was made (or last cleared), for a window that opens after loading
 */
const char * const *
sfg_store_get_load_problems (SfgStore *self)
{
  g_return_val_if_fail (SFG_IS_STORE (self), NULL);
  return (const char * const *) self->problems->pdata;
}

void
sfg_store_clear_load_problems (SfgStore *self)
{
  g_return_if_fail (SFG_IS_STORE (self));
  g_ptr_array_remove_range (self->problems, 0, self->problems->len - 1);
}

/* ---- folder ---- */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * sfg_store_list:
 * @subdir: "plans", "journals" or "private"
 *
 * Returns: (transfer full): the relative paths of the `*.json` files there, sorted
 */
char **
sfg_store_list (SfgStore   *self,
                const char *subdir)
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_return_val_if_fail (SFG_IS_STORE (self), NULL);
  g_return_val_if_fail (relpath_is_valid (subdir), NULL);

  dir = g_build_filename (self->data_dir, subdir, NULL);
  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;

      if (name[0] == '.' || !g_str_has_suffix (name, ".json"))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (names, g_strconcat (subdir, "/", name, NULL));
    }
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

static gboolean
move_if_present (const char  *from,
                 const char  *to,
                 gboolean    *moved,
                 GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (to);

  int saved_errno;

  if (!g_file_test (from, G_FILE_TEST_EXISTS))
    return TRUE;
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      saved_errno = errno;
      return set_io_error (error, saved_errno, _("Could not create the folder “%s”"), dir);
    }
  if (rename_noreplace (from, to) != 0)
    {
      saved_errno = errno;
      return set_io_error (error, saved_errno, _("Could not move “%s”"), from);
    }
  *moved = TRUE;
  return TRUE;
}

/**
 * sfg_store_delete:
 * @relpath: e.g. "plans/<uuid>.json"
 *
 * Deletion is recoverable: the file and its good copy move to
 * `trash/<UTC timestamp>/<relpath>`; pending saves of @relpath are dropped and
 * a write in flight is waited for.
 *
 * Returns: (transfer full): the trash path for sfg_store_undelete(), or %NULL
 */
char *
sfg_store_delete (SfgStore    *self,
                  const char  *relpath,
                  GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *trash = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *trash_rel = NULL;
  g_autofree char *to = NULL;
  g_autofree char *good_from = NULL;
  g_autofree char *good_to = NULL;
  gboolean moved = FALSE;
  gboolean ok;
  int saved_errno;
  Doc *doc;

  g_return_val_if_fail (SFG_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_relpath (relpath, error))
    return NULL;

  trash = g_build_filename (self->data_dir, TRASH_DIR, NULL);
  if (!make_private_dir (trash, error))
    return NULL;
  stamp = utc_stamp ();
  for (guint n = 1;; n++)
    {
      g_autofree char *dir = NULL;

      g_free (trash_rel);
      trash_rel = n == 1 ? g_strdup_printf (TRASH_DIR "/%s", stamp)
                         : g_strdup_printf (TRASH_DIR "/%s-%u", stamp, n);
      dir = g_build_filename (self->data_dir, trash_rel, NULL);
      if (g_mkdir (dir, 0700) == 0)
        break;
      saved_errno = errno;
      if (saved_errno != EEXIST || n > 1000)
        {
          set_io_error (error, saved_errno, _("Could not create the folder “%s”"), dir);
          return NULL;
        }
    }

  path = g_build_filename (self->data_dir, relpath, NULL);
  to = g_build_filename (self->data_dir, trash_rel, relpath, NULL);
  good_from = g_strconcat (path, GOOD_SUFFIX, NULL);
  good_to = g_strconcat (to, GOOD_SUFFIX, NULL);

  doc = g_hash_table_lookup (self->docs, relpath);
  if (doc != NULL)
    {
      doc->generation++;
      if (doc->cancellable != NULL)
        g_cancellable_cancel (doc->cancellable);
      g_clear_handle_id (&doc->timeout_id, g_source_remove);
      doc->dirty = FALSE;
      doc->failed = FALSE;
      g_clear_error (&doc->error);
      g_clear_object (&doc->object);
      g_clear_pointer (&doc->node, json_node_unref);
      g_clear_pointer (&doc->last_written, g_bytes_unref);
      /* Waits for a write that already started, then moves what it wrote. */
      g_mutex_lock (doc->lock);
    }
  ok = move_if_present (path, to, &moved, error)
       && move_if_present (good_from, good_to, &moved, error);
  if (doc != NULL)
    g_mutex_unlock (doc->lock);
  g_hash_table_remove (self->read_only, relpath);

  update_save_error (self);
  check_flush (self);

  if (ok && !moved)
    g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND,
                 _("“%s” does not exist."), relpath);
  if (!ok || !moved)
    {
      g_autofree char *dir = g_build_filename (self->data_dir, trash_rel, NULL);
      g_autofree char *sub = g_path_get_dirname (to);

      g_rmdir (sub);
      g_rmdir (dir);
      return NULL;
    }
  return g_build_filename (trash_rel, relpath, NULL);
}

/**
 * sfg_store_undelete:
 * @trash_relpath: what sfg_store_delete() returned
 *
 * Puts a deleted file (and its good copy) back.
 *
 * Returns: (transfer full): the file's relative path, to load it, or %NULL
 */
char *
sfg_store_undelete (SfgStore    *self,
                    const char  *trash_relpath,
                    GError     **error)
{
  const char *relpath;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *good_from = NULL;
  g_autofree char *good_to = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *stamp_dir = NULL;
  g_autofree char *sub = NULL;
  gboolean moved = FALSE;

  g_return_val_if_fail (SFG_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_relpath (trash_relpath, error))
    return NULL;
  relpath = g_str_has_prefix (trash_relpath, TRASH_DIR "/")
              ? strchr (trash_relpath + strlen (TRASH_DIR "/"), '/')
              : NULL;
  if (relpath == NULL)
    {
      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_PATH,
                   _("“%s” is not a deleted file."), trash_relpath);
      return NULL;
    }
  relpath++;

  from = g_build_filename (self->data_dir, trash_relpath, NULL);
  to = g_build_filename (self->data_dir, relpath, NULL);
  good_from = g_strconcat (from, GOOD_SUFFIX, NULL);
  good_to = g_strconcat (to, GOOD_SUFFIX, NULL);

  if (!g_file_test (from, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND,
                   _("“%s” does not exist."), trash_relpath);
      return NULL;
    }
  if (g_file_test (to, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_EXISTS,
                   _("“%s” cannot be put back: a file of that name exists."), relpath);
      return NULL;
    }
  if (!move_if_present (from, to, &moved, error))
    return NULL;
  if (!g_file_test (good_to, G_FILE_TEST_EXISTS)
      && !move_if_present (good_from, good_to, &moved, error))
    return NULL;

  /* Removes the emptied trash folders; a non-empty one stays. */
  sub = g_path_get_dirname (from);
  stamp = g_strndup (trash_relpath, (gsize) (relpath - 1 - trash_relpath));
  stamp_dir = g_build_filename (self->data_dir, stamp, NULL);
  while (g_str_has_prefix (sub, stamp_dir) && g_rmdir (sub) == 0)
    {
      char *parent = g_path_get_dirname (sub);

      g_free (sub);
      sub = parent;
    }
  return g_strdup (relpath);
}

/* ---- object ---- */

char *
sfg_store_dup_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "scope-for-growth", NULL);
}

/**
 * sfg_store_new:
 * @data_dir: (nullable): the data folder; %NULL for sfg_store_dup_default_dir()
 *
 * Creates (or tightens) the folder and its sub-folders to 0700 and removes the
 * temporary files of interrupted saves.
 */
SfgStore *
sfg_store_new (const char  *data_dir,
               GError     **error)
{
  g_autofree char *dir = data_dir ? g_strdup (data_dir) : sfg_store_dup_default_dir ();

  return g_initable_new (SFG_TYPE_STORE, NULL, error, "data-dir", dir, NULL);
}

const char *
sfg_store_get_data_dir (SfgStore *self)
{
  g_return_val_if_fail (SFG_IS_STORE (self), NULL);
  return self->data_dir;
}

char *
sfg_store_get_path (SfgStore   *self,
                    const char *relpath)
{
  g_return_val_if_fail (SFG_IS_STORE (self), NULL);
  g_return_val_if_fail (relpath_is_valid (relpath), NULL);
  return g_build_filename (self->data_dir, relpath, NULL);
}

void
sfg_store_set_write_hook (SfgStore          *self,
                          SfgStoreWriteHook  hook,
                          gpointer           user_data)
{
  g_return_if_fail (SFG_IS_STORE (self));
  self->hook = hook;
  self->hook_data = user_data;
}

void
sfg_store_set_retry_interval (SfgStore *self,
                              guint     milliseconds)
{
  g_return_if_fail (SFG_IS_STORE (self));
  self->retry_ms = milliseconds;
}

void
sfg_store_set_delays (SfgStore *self,
                      guint     debounce_ms,
                      guint     max_delay_ms)
{
  g_return_if_fail (SFG_IS_STORE (self));
  self->debounce_ms = debounce_ms;
  self->max_delay_ms = max_delay_ms;
}

static gboolean
sfg_store_initable_init (GInitable     *initable,
                         GCancellable  *cancellable,
                         GError       **error)
{
  SfgStore *self = SFG_STORE (initable);

  g_return_val_if_fail (self->data_dir != NULL, FALSE);

  if (!make_private_dir (self->data_dir, error))
    return FALSE;
  remove_leftover_temps (self->data_dir);
  for (guint i = 0; i < G_N_ELEMENTS (subfolders); i++)
    {
      g_autofree char *sub = g_build_filename (self->data_dir, subfolders[i], NULL);

      if (!make_private_dir (sub, error))
        return FALSE;
      remove_leftover_temps (sub);
    }
  return TRUE;
}

static void
sfg_store_initable_iface_init (GInitableIface *iface)
{
  iface->init = sfg_store_initable_init;
}

static void
sfg_store_dispose (GObject *object)
{
  SfgStore *self = SFG_STORE (object);

  g_clear_handle_id (&self->retry_id, g_source_remove);
  g_hash_table_remove_all (self->docs);

  G_OBJECT_CLASS (sfg_store_parent_class)->dispose (object);
}

static void
sfg_store_finalize (GObject *object)
{
  SfgStore *self = SFG_STORE (object);

  g_clear_pointer (&self->docs, g_hash_table_unref);
  g_clear_pointer (&self->read_only, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->flush_tasks, g_ptr_array_unref);
  g_free (self->data_dir);
  g_free (self->log_path);
  g_free (self->save_error);

  G_OBJECT_CLASS (sfg_store_parent_class)->finalize (object);
}

static void
sfg_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SfgStore *self = SFG_STORE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;
    case PROP_SAVE_ERROR:
      g_value_set_string (value, self->save_error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_store_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SfgStore *self = SFG_STORE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_free (self->data_dir);
      self->data_dir = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_store_class_init (SfgStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sfg_store_dispose;
  object_class->finalize = sfg_store_finalize;
  object_class->get_property = sfg_store_get_property;
  object_class->set_property = sfg_store_set_property;

  properties[PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                         | G_PARAM_STATIC_STRINGS);
  /**
   * SfgStore:save-error:
   *
   * A plain-words message while some change could not be saved, else %NULL.
   */
  properties[PROP_SAVE_ERROR] =
    g_param_spec_string ("save-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgStore::saved:
   * @relpath: the file that was written
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * SfgStore::load-problem:
   * @relpath: the file that was loaded
   * @set_aside: (nullable): the full path where a refused file was moved
   * @message: what happened, in plain words
   */
  signals[LOAD_PROBLEM] =
    g_signal_new ("load-problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
}

static void
sfg_store_init (SfgStore *self)
{
  const char *log_path = g_getenv ("SFG_TEST_LOG_SAVES");

  self->docs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, doc_free);
  self->read_only = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->problems, NULL);
  self->flush_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  self->retry_ms = DEFAULT_RETRY_MS;
  self->debounce_ms = DEFAULT_DEBOUNCE_MS;
  self->max_delay_ms = DEFAULT_MAX_DELAY_MS;
  if (log_path != NULL && *log_path != '\0')
    self->log_path = g_strdup (log_path);
}
