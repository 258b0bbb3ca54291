/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-json-util"

#include <string.h>

#include <glib/gi18n.h>

#include "sfg-json-util.h"
#include "sfg-model-error.h"

/* Looks a member up; NULL when absent or null, so optional members may be either. */
static JsonNode *
get_member (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

static gboolean
missing (const char  *member,
         GError     **error)
{
  g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_MISSING,
               _("“%s” is missing"), member);
  return FALSE;
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

JsonObject *
sfg_json_node_get_object (JsonNode    *node,
                          const char  *what,
                          GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be an object"), what);
      return NULL;
    }
  return json_node_get_object (node);
}

gboolean
sfg_json_read_version (JsonObject  *root,
                       gint64      *version,
                       GError     **error)
{
  JsonNode *node = get_member (root, "version");

  if (node == NULL)
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_VERSION,
                   _("“version” is missing"));
      return FALSE;
    }
  if (!holds_type (node, G_TYPE_INT64) || json_node_get_int (node) < 1)
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_VERSION,
                   _("“version” must be a whole number of at least 1"));
      return FALSE;
    }
  *version = json_node_get_int (node);
  return TRUE;
}

gboolean
sfg_json_get_string (JsonObject  *object,
                     const char  *member,
                     gboolean     required,
                     char       **out,
                     GError     **error)
{
  JsonNode *node = get_member (object, member);

  *out = NULL;
  if (node == NULL)
    return required ? missing (member, error) : TRUE;
  if (!holds_type (node, G_TYPE_STRING))
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be a string"), member);
      return FALSE;
    }
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

gboolean
sfg_json_get_text (JsonObject  *object,
                   const char  *member,
                   char       **out,
                   GError     **error)
{
  if (!sfg_json_get_string (object, member, FALSE, out, error))
    return FALSE;
  if (*out == NULL)
    *out = g_strdup ("");
  return TRUE;
}

gboolean
sfg_json_get_uuid (JsonObject  *object,
                   const char  *member,
                   gboolean     required,
                   char       **out,
                   GError     **error)
{
  if (!sfg_json_get_string (object, member, required, out, error))
    return FALSE;
  if (*out != NULL && !g_uuid_string_is_valid (*out))
    {
      g_clear_pointer (out, g_free);
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be an identifier (UUID)"), member);
      return FALSE;
    }
  return TRUE;
}

gboolean
sfg_json_get_date (JsonObject  *object,
                   const char  *member,
                   char       **out,
                   GError     **error)
{
  if (!sfg_json_get_string (object, member, FALSE, out, error))
    return FALSE;
  if (*out != NULL && !sfg_date_is_valid (*out))
    {
      g_clear_pointer (out, g_free);
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be a date (YYYY-MM-DD)"), member);
      return FALSE;
    }
  return TRUE;
}

gboolean
sfg_json_get_time (JsonObject  *object,
                   const char  *member,
                   char       **out,
                   GError     **error)
{
  g_autofree char *text = NULL;

  *out = NULL;
  if (!sfg_json_get_string (object, member, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  *out = sfg_time_normalize (text);
  if (*out == NULL)
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be a time (ISO 8601)"), member);
      return FALSE;
    }
  return TRUE;
}

gboolean
sfg_json_get_boolean (JsonObject  *object,
                      const char  *member,
                      gboolean    *out,
                      GError     **error)
{
  JsonNode *node = get_member (object, member);

  *out = FALSE;
  if (node == NULL)
    return TRUE;
  if (!holds_type (node, G_TYPE_BOOLEAN))
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be true or false"), member);
      return FALSE;
    }
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
sfg_json_get_int (JsonObject  *object,
                  const char  *member,
                  gboolean     required,
                  gint64      *out,
                  GError     **error)
{
  JsonNode *node = get_member (object, member);

  if (node == NULL)
    return required ? missing (member, error) : TRUE;
  if (!holds_type (node, G_TYPE_INT64))
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be a whole number"), member);
      return FALSE;
    }
  *out = json_node_get_int (node);
  return TRUE;
}

gboolean
sfg_json_get_enum (JsonObject  *object,
                   const char  *member,
                   GType        enum_type,
                   int         *out,
                   GError     **error)
{
  g_autofree char *nick = NULL;
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  if (!sfg_json_get_string (object, member, FALSE, &nick, error))
    return FALSE;
  if (nick == NULL)
    return TRUE;

  klass = g_type_class_ref (enum_type);
  value = g_enum_get_value_by_nick (klass, nick);
  if (value == NULL)
    {
      g_autoptr(GString) nicks = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (nicks, "%s“%s”", i > 0 ? ", " : "",
                                klass->values[i].value_nick);
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be one of %s"), member, nicks->str);
      return FALSE;
    }
  *out = value->value;
  return TRUE;
}

gboolean
sfg_json_get_array (JsonObject  *object,
                    const char  *member,
                    JsonArray  **out,
                    GError     **error)
{
  JsonNode *node = get_member (object, member);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be an array"), member);
      return FALSE;
    }
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
sfg_json_get_object (JsonObject  *object,
                     const char  *member,
                     JsonObject **out,
                     GError     **error)
{
  JsonNode *node = get_member (object, member);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                   _("“%s” must be an object"), member);
      return FALSE;
    }
  *out = json_node_get_object (node);
  return TRUE;
}

/*
 * A new object holding every member of @source (NULL gives an empty
 * object). Writers start from a copy of what they read and then set the
 * members they know, so unknown members survive a rewrite. Member nodes
 * are copied; the objects or arrays they hold are shared but never
 * changed in place — writers replace members, they do not edit them.
 */
JsonObject *
sfg_json_object_copy (JsonObject *source)
{
  JsonObject *copy = json_object_new ();
  g_autoptr(GList) members = NULL;

  if (source == NULL)
    return copy;

  members = json_object_get_members (source);
  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (copy, l->data,
                            json_node_copy (json_object_get_member (source, l->data)));
  return copy;
}

/* A copy of a nested object as read (or a new one), for writers of nested objects. */
JsonObject *
sfg_json_object_copy_member (JsonObject *raw,
                             const char *member)
{
  JsonNode *node = raw != NULL ? json_object_get_member (raw, member) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    return sfg_json_object_copy (json_node_get_object (node));
  return json_object_new ();
}

void
sfg_json_set_string (JsonObject *object,
                     const char *member,
                     const char *value)
{
  if (value == NULL)
    json_object_set_null_member (object, member);
  else
    json_object_set_string_member (object, member, value);
}

void
sfg_json_set_text (JsonObject *object,
                   const char *member,
                   const char *value)
{
  json_object_set_string_member (object, member, value != NULL ? value : "");
}

const char *
sfg_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_return_val_if_fail (ev != NULL, NULL);
  /* Nicks are static strings owned by the registered type. */
  return ev->value_nick;
}

void
sfg_json_set_enum (JsonObject *object,
                   const char *member,
                   GType       enum_type,
                   int         value)
{
  json_object_set_string_member (object, member, sfg_enum_to_nick (enum_type, value));
}

JsonNode *
sfg_json_node_new_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

/*
 * Replaces the string in @field with a copy of @value (NULL becomes "",
 * the models' "nothing written"). Returns whether anything changed, so
 * setters can return early and notify only on a real change.
 */
gboolean
sfg_str_replace (char       **field,
                 const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* The same for optional values (dates, ids): NULL or "" mean "not set" (NULL). */
gboolean
sfg_opt_str_replace (char       **field,
                     const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/*
 * A calendar date is the string "YYYY-MM-DD" and nothing else, checked
 * with GDate: never converted through a GDateTime at midnight, where a
 * time-zone offset would move it to another day.
 */
gboolean
sfg_date_is_valid (const char *date)
{
  guint year, month, day;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;

  year = g_ascii_digit_value (date[0]) * 1000 + g_ascii_digit_value (date[1]) * 100
         + g_ascii_digit_value (date[2]) * 10 + g_ascii_digit_value (date[3]);
  month = g_ascii_digit_value (date[5]) * 10 + g_ascii_digit_value (date[6]);
  day = g_ascii_digit_value (date[8]) * 10 + g_ascii_digit_value (date[9]);

  return g_date_valid_dmy (day, month, year);
}

/* Today's date where the user is (the local calendar day). */
char *
sfg_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

char *
sfg_time_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Any ISO 8601 time; one without an offset is taken as UTC. */
char *
sfg_time_normalize (const char *iso8601)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) in_utc = NULL;

  if (iso8601 == NULL)
    return NULL;
  parsed = g_date_time_new_from_iso8601 (iso8601, utc);
  if (parsed == NULL)
    return NULL;
  in_utc = g_date_time_to_utc (parsed);
  /* An offset can move a time at either end of GDateTime's range (years 1
   * to 9999) out of it. */
  if (in_utc == NULL)
    return NULL;
  /* Not g_date_time_format (): its %Y does not pad a year before 1000 to the
   * four digits ISO 8601 needs, and the time would not load again. */
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (in_utc), g_date_time_get_month (in_utc),
                          g_date_time_get_day_of_month (in_utc), g_date_time_get_hour (in_utc),
                          g_date_time_get_minute (in_utc), g_date_time_get_second (in_utc));
}
