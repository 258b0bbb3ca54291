/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-store"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sfg-json-guard.h"
#include "sfg-store-private.h"
#include "sfg-store.h"

/* Loading: every file goes through the JSON guard; a refused file is set
 * aside as NAME.corrupt-<UTC timestamp> and NAME.good is used instead. */

/* ---- loading ---- */

static void
report_problem (SfgStore   *self,
                const char *relpath,
                const char *set_aside,
                char       *message)
{
  g_message ("%s", message);
  g_ptr_array_insert (self->problems, (gint) self->problems->len - 1, message);
  sfg_store_emit_load_problem (self, relpath, set_aside, message);
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
      sfg_store_set_io_error (error, saved_errno, _("Could not read “%s”"), path);
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

/**
 * sfg_store_set_aside:
 * @path: a file that could not be used
 *
 * Moves @path to `NAME.corrupt-<UTC timestamp>[-N]` beside it, never
 * replacing a file, so that a bad file is kept as it was while a new one
 * takes its name.  The store does this for every refused file; other files
 * the application reads (its print settings) use it too.
 *
 * Returns: (transfer full): the new path, or %NULL with @error
 */
char *
sfg_store_set_aside (const char  *path,
                     GError     **error)
{
  g_autofree char *stamp = sfg_store_utc_stamp ();

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *target = n == 1 ? g_strdup_printf ("%s.corrupt-%s", path, stamp)
                                       : g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, n);

      if (sfg_store_rename_noreplace (path, target) == 0)
        return g_steal_pointer (&target);
      int saved_errno = errno;

      if (saved_errno != EEXIST)
        {
          sfg_store_set_io_error (error, saved_errno, _("Could not set “%s” aside"), path);
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
  g_autofree char *good_relpath = g_strconcat (relpath, SFG_STORE_GOOD_SUFFIX, NULL);
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

  if (!sfg_store_write_bytes (good_path, good_relpath, bytes, self->log_path, NULL, NULL, &error))
    g_message ("Could not refresh %s: %s", good_relpath, error->message);
}

static gpointer
accept_loaded (SfgStore   *self,
               const char *relpath,
               gpointer    result,
               GBytes     *bytes,
               gint64      version,
               gboolean    refresh,
               gboolean   *read_only)
{
  SfgStoreDoc *doc;

  if (version > SFG_STORE_FORMAT_VERSION)
    {
      g_hash_table_add (self->read_only, g_strdup (relpath));
      report_problem (self, relpath, NULL,
                      g_strdup_printf (_("“%s” was written by a newer version of Scope for "
                                         "Growth. It is shown read-only and will not be "
                                         "changed."), relpath));
      if (read_only != NULL)
        *read_only = TRUE;
      return result;
    }

  g_hash_table_remove (self->read_only, relpath);
  doc = sfg_store_ensure_doc (self, relpath);
  if (!doc->dirty && !doc->writing)
    {
      g_clear_pointer (&doc->last_written, g_bytes_unref);
      doc->last_written = g_bytes_ref (bytes);
    }
  if (refresh)
    refresh_good (self, relpath, bytes);
  return result;
}

/* Puts the good copy back as the file itself, so the folder is whole again. */
static void
restore_from_good (SfgStore   *self,
                   const char *relpath,
                   GBytes     *bytes)
{
  g_autofree char *path = g_build_filename (self->data_dir, relpath, NULL);
  g_autoptr(GError) error = NULL;

  if (!sfg_store_write_bytes (path, relpath, bytes, self->log_path, NULL, NULL, &error))
    {
      SfgStoreDoc *doc = sfg_store_ensure_doc (self, relpath);

      g_message ("Could not restore %s from its good copy: %s", relpath, error->message);
      g_clear_pointer (&doc->last_written, g_bytes_unref);
    }
}

/* Reads, checks and (with @parse) builds the model; a model that refuses
 * the content makes the file refused like any other bad file. */
static gpointer
load_candidate (const char         *path,
                SfgStoreParseFunc   parse,
                GBytes            **bytes,
                gint64             *version,
                GError            **error)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) local_error = NULL;
  gpointer result;

  node = read_checked (path, bytes, version, error);
  if (node == NULL)
    return NULL;
  if (parse == NULL)
    return g_steal_pointer (&node);

  result = parse (node, &local_error);
  if (result == NULL)
    {
      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_DOCUMENT,
                   _("The file's content is not valid (%s)."),
                   local_error != NULL ? local_error->message : _("unknown problem"));
      g_clear_pointer (bytes, g_bytes_unref);
      return NULL;
    }
  return result;
}

static gpointer
load_internal (SfgStore           *self,
               const char         *relpath,
               SfgStoreParseFunc   parse,
               gboolean           *read_only,
               GError            **error)
{
  g_autofree char *path = NULL;
  g_autofree char *good_path = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) good_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) good_bytes = NULL;
  gpointer result;
  gpointer good;
  gint64 version = 0;
  gint64 good_version = 0;

  g_return_val_if_fail (SFG_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (read_only != NULL)
    *read_only = FALSE;
  if (!sfg_store_check_relpath (relpath, error))
    return NULL;

  path = g_build_filename (self->data_dir, relpath, NULL);
  result = load_candidate (path, parse, &bytes, &version, &local_error);
  if (result != NULL)
    {
      GStatBuf st;

      if (version <= SFG_STORE_FORMAT_VERSION && g_stat (path, &st) == 0 && (st.st_mode & 077))
        g_chmod (path, 0600);
      return accept_loaded (self, relpath, result, bytes, version, TRUE, read_only);
    }

  if ((!sfg_store_error_is_refusal (local_error)
       && !g_error_matches (local_error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND))
      || version > SFG_STORE_FORMAT_VERSION)
    {
      /* Unreadable for another reason (permissions, I/O), or a newer
       * version this build cannot make sense of: nothing is moved. */
      if (version > SFG_STORE_FORMAT_VERSION)
        {
          g_hash_table_add (self->read_only, g_strdup (relpath));
          if (read_only != NULL)
            *read_only = TRUE;
        }
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not read “%s”: "), relpath);
      return NULL;
    }

  if (sfg_store_error_is_refusal (local_error))
    {
      g_autoptr(GError) aside_error = NULL;

      aside = sfg_store_set_aside (path, &aside_error);
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

  good_path = g_strconcat (path, SFG_STORE_GOOD_SUFFIX, NULL);
  good = load_candidate (good_path, parse, &good_bytes, &good_version, &good_error);
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
 * A successful load refreshes `NAME.good`.
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
  return load_internal (self, relpath, NULL, read_only, error);
}

/**
 * sfg_store_load_object:
 * @parse: builds the model, e.g. sfg_plan_new_from_json()
 *
 * Like sfg_store_load(), and the model's own checks count too: content the
 * model refuses (a member of the wrong type, a bad date, …) makes the file
 * refused (SFG_STORE_ERROR_INVALID_DOCUMENT), set aside, and the good copy
 * used.  Only content that loads into the model refreshes `NAME.good`.
 *
 * Returns: (transfer full) (nullable): what @parse returned, or %NULL with @error
 */
gpointer
sfg_store_load_object (SfgStore           *self,
                       const char         *relpath,
                       SfgStoreParseFunc   parse,
                       gboolean           *read_only,
                       GError            **error)
{
  g_return_val_if_fail (parse != NULL, NULL);
  return load_internal (self, relpath, parse, read_only, error);
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
