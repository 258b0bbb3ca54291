/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The format version this build reads and writes (FORMAT.md). */
#define SFG_STORE_FORMAT_VERSION 1

/* Limits applied to every file before json-glib sees it. */
#define SFG_STORE_MAX_FILE_SIZE (64 * 1024 * 1024)
#define SFG_STORE_MAX_DEPTH     64

/**
 * SfgStoreError:
 * @SFG_STORE_ERROR_NOT_FOUND: the file does not exist
 * @SFG_STORE_ERROR_EMPTY: the file is empty or holds only white space
 * @SFG_STORE_ERROR_TOO_LARGE: the file is larger than %SFG_STORE_MAX_FILE_SIZE
 * @SFG_STORE_ERROR_INVALID_UTF8: the file is not UTF-8 text (or holds a NUL byte)
 * @SFG_STORE_ERROR_INVALID_JSON: the file is not valid JSON
 * @SFG_STORE_ERROR_TOO_DEEP: nesting deeper than %SFG_STORE_MAX_DEPTH
 * @SFG_STORE_ERROR_BAD_VALUE: a value json-glib cannot hold faithfully: a NUL
 *   character in a string, a number out of range, infinity or NaN
 * @SFG_STORE_ERROR_NOT_OBJECT: the top level is not an object
 * @SFG_STORE_ERROR_NO_VERSION: the top-level "version" is missing or not an integer
 * @SFG_STORE_ERROR_BAD_VERSION: the top-level "version" is below 1
 * @SFG_STORE_ERROR_INVALID_DOCUMENT: the model refused the content (see
 *   sfg_store_load_object())
 * @SFG_STORE_ERROR_INVALID_PATH: a relative path that leaves the data folder
 * @SFG_STORE_ERROR_READ_ONLY: the file is from a newer version and is kept read-only
 * @SFG_STORE_ERROR_EXISTS: a file is in the way (restoring a deleted file)
 * @SFG_STORE_ERROR_FAILED: reading, writing or renaming failed
 */
typedef enum
{
  SFG_STORE_ERROR_NOT_FOUND,
  SFG_STORE_ERROR_EMPTY,
  SFG_STORE_ERROR_TOO_LARGE,
  SFG_STORE_ERROR_INVALID_UTF8,
  SFG_STORE_ERROR_INVALID_JSON,
  SFG_STORE_ERROR_TOO_DEEP,
  SFG_STORE_ERROR_BAD_VALUE,
  SFG_STORE_ERROR_NOT_OBJECT,
  SFG_STORE_ERROR_NO_VERSION,
  SFG_STORE_ERROR_BAD_VERSION,
  SFG_STORE_ERROR_INVALID_DOCUMENT,
  SFG_STORE_ERROR_INVALID_PATH,
  SFG_STORE_ERROR_READ_ONLY,
  SFG_STORE_ERROR_EXISTS,
  SFG_STORE_ERROR_FAILED,
} SfgStoreError;

#define SFG_STORE_ERROR (sfg_store_error_quark ())

GQuark sfg_store_error_quark (void);

/* TRUE for the errors that mean "the bytes of this file cannot be used" (the
 * file is set aside); FALSE for not-found and I/O errors. */
gboolean sfg_store_error_is_refusal (const GError *error);

/**
 * SfgStoreSerializeFunc:
 * @object: the object given to sfg_store_queue()
 *
 * Called on the main thread when a queued document is about to be written.
 * Models' `sfg_x_to_json()` have this shape.
 *
 * Returns: (transfer full): the document, a top-level object with "version"
 */
typedef JsonNode *(*SfgStoreSerializeFunc) (gpointer object);

/**
 * SfgStoreParseFunc:
 * @node: a checked document
 * @error: where the model says what is wrong
 *
 * Models' `sfg_x_new_from_json()` have this shape.
 *
 * Returns: (transfer full) (nullable): the model, or %NULL with @error
 */
typedef gpointer (*SfgStoreParseFunc) (JsonNode  *node,
                                       GError   **error);

#define SFG_TYPE_STORE (sfg_store_get_type ())

G_DECLARE_FINAL_TYPE (SfgStore, sfg_store, SFG, STORE, GObject)

char               *sfg_store_dup_default_dir    (void);
SfgStore           *sfg_store_new                (const char             *data_dir,
                                                  GError                **error);
const char         *sfg_store_get_data_dir       (SfgStore               *self);
char               *sfg_store_get_path           (SfgStore               *self,
                                                  const char             *relpath);

JsonNode           *sfg_store_load               (SfgStore               *self,
                                                  const char             *relpath,
                                                  gboolean               *read_only,
                                                  GError                **error);
gpointer            sfg_store_load_object        (SfgStore               *self,
                                                  const char             *relpath,
                                                  SfgStoreParseFunc       parse,
                                                  gboolean               *read_only,
                                                  GError                **error);
gboolean            sfg_store_is_read_only       (SfgStore               *self,
                                                  const char             *relpath);
const char * const *sfg_store_get_load_problems  (SfgStore               *self);
void                sfg_store_clear_load_problems (SfgStore              *self);

void                sfg_store_queue              (SfgStore               *self,
                                                  const char             *relpath,
                                                  gpointer                object,
                                                  SfgStoreSerializeFunc   func);
void                sfg_store_queue_node         (SfgStore               *self,
                                                  const char             *relpath,
                                                  JsonNode               *node);
gboolean            sfg_store_has_pending        (SfgStore               *self);
void                sfg_store_flush_async        (SfgStore               *self,
                                                  GCancellable           *cancellable,
                                                  GAsyncReadyCallback     callback,
                                                  gpointer                user_data);
gboolean            sfg_store_flush_finish       (SfgStore               *self,
                                                  GAsyncResult           *result,
                                                  GError                **error);
const char         *sfg_store_get_save_error     (SfgStore               *self);

char              **sfg_store_list               (SfgStore               *self,
                                                  const char             *subdir);
char               *sfg_store_delete             (SfgStore               *self,
                                                  const char             *relpath,
                                                  GError                **error);
char               *sfg_store_undelete           (SfgStore               *self,
                                                  const char             *trash_relpath,
                                                  GError                **error);

char               *sfg_store_set_aside          (const char             *path,
                                                  GError                **error);

G_END_DECLS
