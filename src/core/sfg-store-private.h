/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-store.h"

G_BEGIN_DECLS

/* ---- hooks for the fault-injection and timing tests; not for the app ---- */

/* Called in the worker thread right before (@before TRUE) and right after
 * (@before FALSE) g_file_set_contents_full(), so a test can fail system calls
 * of that thread only (libfiu with a thread-local flag). */
typedef void (*SfgStoreWriteHook) (gboolean before,
                                   gpointer user_data);

void sfg_store_set_write_hook     (SfgStore          *self,
                                   SfgStoreWriteHook  hook,
                                   gpointer           user_data);
void sfg_store_set_retry_interval (SfgStore          *self,
                                   guint              milliseconds);
void sfg_store_set_delays         (SfgStore          *self,
                                   guint              debounce_ms,
                                   guint              max_delay_ms);

/* ---- shared by sfg-store.c, sfg-store-load.c and sfg-store-save.c ---- */

#define SFG_STORE_GOOD_SUFFIX ".good"

/* One file the store has loaded or been asked to save.  Main thread only,
 * except `lock`, which the worker holds around its write. */
typedef struct
{
  SfgStore             *store;        /* unowned: docs live as long as the store */
  char                 *relpath;
  GObject              *object;       /* held while there is something unsaved */
  SfgStoreSerializeFunc func;
  JsonNode             *node;         /* or a snapshot from sfg_store_queue_node() */
  GBytes               *last_written; /* what is on disk, as far as we know */
  GError               *error;        /* of the last failed save */
  GMutex               *lock;         /* rc box, shared with the write job */
  GCancellable         *cancellable;  /* of the write in flight */
  gint64                first_dirty;  /* monotonic µs */
  gint64                last_change;
  guint                 generation;   /* bumped by delete: a write in flight is void */
  guint                 timeout_id;
  guint                 dirty   : 1;
  guint                 writing : 1;
  guint                 failed  : 1;
} SfgStoreDoc;

struct _SfgStore
{
  GObject           parent_instance;

  char             *data_dir;
  char             *log_path;     /* SFG_TEST_LOG_SAVES */
  GHashTable       *docs;         /* relpath → SfgStoreDoc */
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

void         sfg_store_mutex_clear       (gpointer      data);
void         sfg_store_doc_free          (gpointer      data);
SfgStoreDoc *sfg_store_ensure_doc        (SfgStore     *self,
                                          const char   *relpath);
void         sfg_store_doc_forget        (SfgStore     *self,
                                          SfgStoreDoc  *doc);
gboolean     sfg_store_relpath_is_valid  (const char   *relpath);
gboolean     sfg_store_check_relpath     (const char   *relpath,
                                          GError      **error);
gboolean     sfg_store_set_io_error      (GError      **error,
                                          int           saved_errno,
                                          const char   *format,
                                          ...) G_GNUC_PRINTF (3, 4);
char        *sfg_store_utc_stamp         (void);
int          sfg_store_rename_noreplace  (const char   *from,
                                          const char   *to);
gboolean     sfg_store_write_bytes       (const char   *path,
                                          const char   *relpath,
                                          GBytes       *bytes,
                                          const char   *log_path,
                                          SfgStoreWriteHook hook,
                                          gpointer      hook_data,
                                          GError      **error);
void         sfg_store_update_save_error (SfgStore     *self);
void         sfg_store_check_flush       (SfgStore     *self);
void         sfg_store_emit_saved        (SfgStore     *self,
                                          const char   *relpath);
void         sfg_store_emit_load_problem (SfgStore     *self,
                                          const char   *relpath,
                                          const char   *set_aside,
                                          const char   *message);
void         sfg_store_notify_save_error (SfgStore     *self);

G_END_DECLS
