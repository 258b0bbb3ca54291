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

/* SfgStore is the only code that touches the data folder.  This file: the
 * object, the folder (creation, leftover temporary files, listing, trash) and
 * the helpers shared with sfg-store-load.c (loading, set-aside, good copies)
 * and sfg-store-save.c (autosave queue, writes, flush). */

#define DEFAULT_DEBOUNCE_MS  500
#define DEFAULT_MAX_DELAY_MS 1000
#define DEFAULT_RETRY_MS     30000
#define TRASH_DIR            "trash"

static const char * const subfolders[] = { "plans", "journals", "private" };

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
    case SFG_STORE_ERROR_INVALID_DOCUMENT:
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

void
sfg_store_mutex_clear (gpointer data)
{
  g_mutex_clear (data);
}

void
sfg_store_doc_free (gpointer data)
{
  SfgStoreDoc *doc = data;

  g_clear_handle_id (&doc->timeout_id, g_source_remove);
  g_clear_object (&doc->object);
  g_clear_pointer (&doc->node, json_node_unref);
  g_clear_pointer (&doc->last_written, g_bytes_unref);
  g_clear_error (&doc->error);
  g_clear_object (&doc->cancellable);
  g_atomic_rc_box_release_full (doc->lock, sfg_store_mutex_clear);
  g_free (doc->relpath);
  g_free (doc);
}

SfgStoreDoc *
sfg_store_ensure_doc (SfgStore   *self,
            const char *relpath)
{
  SfgStoreDoc *doc = g_hash_table_lookup (self->docs, relpath);

  if (doc == NULL)
    {
      doc = g_new0 (SfgStoreDoc, 1);
      doc->store = self;
      doc->relpath = g_strdup (relpath);
      doc->lock = g_atomic_rc_box_new0 (GMutex);
      g_mutex_init (doc->lock);
      g_hash_table_insert (self->docs, doc->relpath, doc);
    }
  return doc;
}

gboolean
sfg_store_relpath_is_valid (const char *relpath)
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

gboolean
sfg_store_check_relpath (const char  *relpath,
               GError     **error)
{
  if (sfg_store_relpath_is_valid (relpath))
    return TRUE;
  g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_PATH,
               _("“%s” is not a file name inside the data folder."), relpath ? relpath : "");
  return FALSE;
}

/* A G_FILE_ERROR from @saved_errno: "<what>: <system message>". */
gboolean
sfg_store_set_io_error (GError    **error,
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

char *
sfg_store_utc_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y%m%dT%H%M%SZ");
}

/* Renames without ever replacing an existing file. */
int
sfg_store_rename_noreplace (const char *from,
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
  if (g_str_has_suffix (stem, ".json" SFG_STORE_GOOD_SUFFIX))
    return strlen (stem) > strlen (".json" SFG_STORE_GOOD_SUFFIX);
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
      return sfg_store_set_io_error (error, saved_errno, _("Could not create the folder “%s”"), path);
    }
  /* g_mkdir_with_parents() leaves an existing folder's mode alone. */
  if (g_chmod (path, 0700) != 0)
    {
      saved_errno = errno;
      return sfg_store_set_io_error (error, saved_errno, _("Could not make the folder “%s” private"), path);
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

      return sfg_store_set_io_error (error, saved_errno, "Could not open the save log “%s”", log_path);
    }
  if (write (fd, line, len) != (gssize) len || fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return sfg_store_set_io_error (error, saved_errno, "Could not write the save log “%s”", log_path);
    }
  return g_close (fd, error);
}

gboolean
sfg_store_write_bytes (const char        *path,
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

      return sfg_store_set_io_error (error, saved_errno, _("Could not create the folder “%s”"), dir);
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

  /* Newer GLib keeps an existing file's mode on replace: a file that was
   * ever 0644 would stay readable by others, so tighten it explicitly. */
  if (ok && g_chmod (path, 0600) != 0)
    g_warning ("Could not make “%s” private: %s", path, g_strerror (errno));
  return ok;
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
  g_return_val_if_fail (sfg_store_relpath_is_valid (subdir), NULL);

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
      return sfg_store_set_io_error (error, saved_errno, _("Could not create the folder “%s”"), dir);
    }
  if (sfg_store_rename_noreplace (from, to) != 0)
    {
      saved_errno = errno;
      return sfg_store_set_io_error (error, saved_errno, _("Could not move “%s”"), from);
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
  SfgStoreDoc *doc;

  g_return_val_if_fail (SFG_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!sfg_store_check_relpath (relpath, error))
    return NULL;

  trash = g_build_filename (self->data_dir, TRASH_DIR, NULL);
  if (!make_private_dir (trash, error))
    return NULL;
  stamp = sfg_store_utc_stamp ();
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
          sfg_store_set_io_error (error, saved_errno, _("Could not create the folder “%s”"), dir);
          return NULL;
        }
    }

  path = g_build_filename (self->data_dir, relpath, NULL);
  to = g_build_filename (self->data_dir, trash_rel, relpath, NULL);
  good_from = g_strconcat (path, SFG_STORE_GOOD_SUFFIX, NULL);
  good_to = g_strconcat (to, SFG_STORE_GOOD_SUFFIX, NULL);

  doc = g_hash_table_lookup (self->docs, relpath);
  if (doc != NULL)
    {
      sfg_store_doc_forget (self, doc);
      /* Waits for a write that already started, then moves what it wrote. */
      g_mutex_lock (doc->lock);
    }
  ok = move_if_present (path, to, &moved, error)
       && move_if_present (good_from, good_to, &moved, error);
  if (doc != NULL)
    g_mutex_unlock (doc->lock);
  g_hash_table_remove (self->read_only, relpath);

  sfg_store_update_save_error (self);
  sfg_store_check_flush (self);

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

  if (!sfg_store_check_relpath (trash_relpath, error))
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
  good_from = g_strconcat (from, SFG_STORE_GOOD_SUFFIX, NULL);
  good_to = g_strconcat (to, SFG_STORE_GOOD_SUFFIX, NULL);

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

void
sfg_store_emit_saved (SfgStore   *self,
                      const char *relpath)
{
  g_signal_emit (self, signals[SAVED], 0, relpath);
}

void
sfg_store_emit_load_problem (SfgStore   *self,
                             const char *relpath,
                             const char *set_aside,
                             const char *message)
{
  g_signal_emit (self, signals[LOAD_PROBLEM], 0, relpath, set_aside, message);
}

void
sfg_store_notify_save_error (SfgStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

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
  g_return_val_if_fail (sfg_store_relpath_is_valid (relpath), NULL);
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

  self->docs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, sfg_store_doc_free);
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


