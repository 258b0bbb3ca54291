/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-store"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sfg-json-guard.h"
#include "sfg-store-private.h"
#include "sfg-store.h"

/* Saving follows platform-facts.md: g_file_set_contents_full (CONSISTENT |
 * DURABLE, 0600) in a worker thread, which leaves the previous file
 * byte-identical whatever fails.  Documents are serialised on the main thread,
 * checked by parsing the generated text again, and written one at a time per
 * path; a failed save keeps the document dirty and is retried. */

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

static void doc_start_save (SfgStore    *self,
                            SfgStoreDoc *doc);

static void
write_job_free (gpointer data)
{
  WriteJob *job = data;

  g_free (job->relpath);
  g_free (job->path);
  g_bytes_unref (job->bytes);
  g_atomic_rc_box_release_full (job->lock, sfg_store_mutex_clear);
  g_free (job->log_path);
  g_free (job);
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
    ok = sfg_store_write_bytes (job->path, job->relpath, job->bytes, job->log_path, job->hook,
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

  text = sfg_json_guard_generate (node, &len);

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
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_IO))
    return g_strdup (_("Your changes could not be saved because the disk reported an error. "
                       "They are kept while the app is open and saving will be retried."));
  /* GLib has no error code for EDQUOT, only its message. */
  if (strstr (error->message, g_strerror (EDQUOT)) != NULL)
    return g_strdup (_("Your changes could not be saved because your disk quota is used up. "
                       "They are kept while the app is open and saving will be retried."));
  return g_strdup_printf (_("Your changes could not be saved (%s). They are kept while the app "
                            "is open and saving will be retried."), error->message);
}

void
sfg_store_update_save_error (SfgStore *self)
{
  GHashTableIter iter;
  SfgStoreDoc *doc;
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
  sfg_store_notify_save_error (self);
}

static gboolean
doc_timeout_cb (gpointer data);

static void
doc_schedule (SfgStore *self,
              SfgStoreDoc      *doc)
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

void
sfg_store_check_flush (SfgStore *self)
{
  GHashTableIter iter;
  SfgStoreDoc *doc;
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
  SfgStoreDoc *doc;

  self->retry_id = 0;
  g_hash_table_iter_init (&iter, self->docs);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &doc))
    if (doc->failed && doc->dirty && !doc->writing)
      doc_start_save (self, doc);
  sfg_store_check_flush (self);
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
          SfgStoreDoc      *doc,
          GError   *error)
{
  /* Expected (a full disk): reported through SfgStore:save-error. */
  g_message ("Could not save %s: %s", doc->relpath, error->message);
  /* Counted from now, so typing while the disk is full retries about once a
   * second rather than at every key. */
  doc->first_dirty = g_get_monotonic_time ();
  doc->dirty = TRUE;
  doc->failed = TRUE;
  g_clear_error (&doc->error);
  doc->error = error;
  ensure_retry (self);
  sfg_store_update_save_error (self);
}

static void
doc_saved (SfgStore *self,
           SfgStoreDoc      *doc)
{
  doc->failed = FALSE;
  g_clear_error (&doc->error);
  if (!doc->dirty)
    {
      g_clear_object (&doc->object);
      g_clear_pointer (&doc->node, json_node_unref);
    }
  sfg_store_update_save_error (self);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  SfgStore *self = SFG_STORE (source);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  SfgStoreDoc *doc = g_hash_table_lookup (self->docs, job->relpath);
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
      sfg_store_emit_saved (self, doc->relpath);
      if (doc->dirty && self->flush_tasks->len > 0)
        doc_start_save (self, doc);
      else
        doc_schedule (self, doc);
    }
  else
    {
      doc_fail (self, doc, error);
    }

  sfg_store_check_flush (self);
}

static void
doc_start_save (SfgStore *self,
                SfgStoreDoc      *doc)
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
  SfgStoreDoc *doc = data;
  SfgStore *self = doc->store;

  doc->timeout_id = 0;
  doc_start_save (self, doc);
  sfg_store_check_flush (self);
  return G_SOURCE_REMOVE;
}

static void
mark_dirty (SfgStore *self,
            SfgStoreDoc      *doc)
{
  gint64 now = g_get_monotonic_time ();
  GHashTableIter iter;
  SfgStoreDoc *other;

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
  SfgStoreDoc *doc;

  g_return_if_fail (SFG_IS_STORE (self));
  g_return_if_fail (sfg_store_relpath_is_valid (relpath));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (func != NULL);

  if (g_hash_table_contains (self->read_only, relpath))
    {
      g_warning ("%s is from a newer version and is kept read-only; not saving", relpath);
      return;
    }
  doc = sfg_store_ensure_doc (self, relpath);
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
  SfgStoreDoc *doc;

  g_return_if_fail (SFG_IS_STORE (self));
  g_return_if_fail (sfg_store_relpath_is_valid (relpath));
  g_return_if_fail (node != NULL);

  if (g_hash_table_contains (self->read_only, relpath))
    {
      g_warning ("%s is from a newer version and is kept read-only; not saving", relpath);
      return;
    }
  doc = sfg_store_ensure_doc (self, relpath);
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
  SfgStoreDoc *doc;

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
      SfgStoreDoc *doc = l->data;

      if (doc->dirty && !doc->writing)
        doc_start_save (self, doc);
    }
  sfg_store_check_flush (self);
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

/* For deletion: drops what is unsaved, stops the timer and voids a write in
 * flight (it is cancelled, or its result ignored). */
void
sfg_store_doc_forget (SfgStore    *self,
                      SfgStoreDoc *doc)
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
}
