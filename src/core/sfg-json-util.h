/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The format version this code writes (src/core/FORMAT.md). */
#define SFG_FORMAT_VERSION 1

/*
 * Helpers shared by the models' to_json / new_from_json. Every reader
 * checks the member's type and fails with a GError (SFG_MODEL_ERROR) that
 * names the member. An absent member and a null member read as "not set".
 */

JsonObject *sfg_json_node_get_object  (JsonNode    *node,
                                       const char  *what,
                                       GError     **error);
gboolean    sfg_json_read_version     (JsonObject  *root,
                                       gint64      *version,
                                       GError     **error);
gboolean    sfg_json_get_string       (JsonObject  *object,
                                       const char  *member,
                                       gboolean     required,
                                       char       **out,
                                       GError     **error);
gboolean    sfg_json_get_text         (JsonObject  *object,
                                       const char  *member,
                                       char       **out,
                                       GError     **error);
gboolean    sfg_json_get_uuid         (JsonObject  *object,
                                       const char  *member,
                                       gboolean     required,
                                       char       **out,
                                       GError     **error);
gboolean    sfg_json_get_date         (JsonObject  *object,
                                       const char  *member,
                                       char       **out,
                                       GError     **error);
gboolean    sfg_json_get_time         (JsonObject  *object,
                                       const char  *member,
                                       char       **out,
                                       GError     **error);
gboolean    sfg_json_get_boolean      (JsonObject  *object,
                                       const char  *member,
                                       gboolean    *out,
                                       GError     **error);
gboolean    sfg_json_get_int          (JsonObject  *object,
                                       const char  *member,
                                       gboolean     required,
                                       gint64      *out,
                                       GError     **error);
gboolean    sfg_json_get_enum         (JsonObject  *object,
                                       const char  *member,
                                       GType        enum_type,
                                       int         *out,
                                       GError     **error);
gboolean    sfg_json_get_array        (JsonObject  *object,
                                       const char  *member,
                                       JsonArray  **out,
                                       GError     **error);
gboolean    sfg_json_get_object       (JsonObject  *object,
                                       const char  *member,
                                       JsonObject **out,
                                       GError     **error);

JsonObject *sfg_json_object_copy      (JsonObject  *source);
JsonObject *sfg_json_object_copy_member (JsonObject *raw,
                                       const char  *member);
void        sfg_json_set_string       (JsonObject  *object,
                                       const char  *member,
                                       const char  *value);
void        sfg_json_set_text         (JsonObject  *object,
                                       const char  *member,
                                       const char  *value);
void        sfg_json_set_enum         (JsonObject  *object,
                                       const char  *member,
                                       GType        enum_type,
                                       int          value);
JsonNode   *sfg_json_node_new_object  (JsonObject  *object);

const char *sfg_enum_to_nick          (GType        enum_type,
                                       int          value);

gboolean    sfg_str_replace           (char       **field,
                                       const char  *value);
gboolean    sfg_opt_str_replace       (char       **field,
                                       const char  *value);

gboolean    sfg_date_is_valid         (const char  *date);
char       *sfg_date_today            (void);
char       *sfg_time_now              (void);
char       *sfg_time_normalize        (const char  *iso8601);

G_END_DECLS
