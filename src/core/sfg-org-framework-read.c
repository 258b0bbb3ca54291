/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-org-framework"

#include <glib/gi18n.h>

#include "sfg-journal-template.h"
#include "sfg-json-guard.h"
#include "sfg-json-locate.h"
#include "sfg-org-framework-private.h"
#include "sfg-store.h"

/* Reading an organisation's framework file: every member's type and value is
 * checked, and every refusal names the member and its line (FORMAT.md §11). */

/* The text being read, so an error can say on which line its member is. */
typedef struct
{
  const char *data;
  gsize length;
  GError **error;
} Source;

G_GNUC_PRINTF (4, 5) static gboolean
fail (const Source       *src,
      int                 code,
      const char * const *path,
      const char         *format,
      ...)
{
  g_autofree char *what = NULL;
  va_list args;
  guint line;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  line = sfg_json_locate_line (src->data, src->length, path);
  if (line > 0)
    /* TRANSLATORS: %u is a line number of the file, %s says what is wrong there */
    g_set_error (src->error, SFG_ORG_FRAMEWORK_ERROR, code, _("Line %u: %s."), line, what);
  else
    g_set_error (src->error, SFG_ORG_FRAMEWORK_ERROR, code, "%s.", what);
  return FALSE;
}

static gboolean
is_null (JsonNode *node)
{
  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
is_web_link (const char *link)
{
  g_autoptr(GUri) uri = g_uri_parse (link, G_URI_FLAGS_NONE, NULL);
  const char *scheme;

  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0)
         && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';
}

static gboolean
is_resource_title (const char *title)
{
  guint n_groups;
  const SfgResourceGroup *groups = sfg_journal_template_get_resource_groups (&n_groups);

  for (guint g = 0; g < n_groups; g++)
    for (guint i = 0; i < groups[g].n_resources; i++)
      if (g_strcmp0 (groups[g].resources[i], title) == 0)
        return TRUE;
  return FALSE;
}

/* A link member: absent or null is none; otherwise an http(s) address. */
static gboolean
read_link (const Source       *src,
           JsonNode           *node,
           const char * const *path,
           const char         *what,
           char              **out)
{
  if (is_null (node))
    return TRUE;
  if (!holds_string (node))
    /* TRANSLATORS: %s names a member, e.g. “link” of initiative 2 of “depth-2” */
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, path, _("%s must be text"), what);
  if (!is_web_link (json_node_get_string (node)))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, path,
                 _("%s must be a web address starting with https:// or http://"), what);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_initiative (SfgOrgFramework   *self,
                 const Source      *src,
                 SfgFramework      *builtin,
                 GHashTable        *seen,
                 const SfgPosition *position,
                 OrgPosition       *org,
                 JsonArray         *array,
                 guint              index)
{
  g_autofree char *index_text = g_strdup_printf ("%u", index);
  g_autofree char *what_item = NULL;
  g_autofree char *what_id = NULL;
  g_autofree char *what_text = NULL;
  g_autofree char *what_link = NULL;
  g_autofree char *link = NULL;
  const char *item_path[] = { "positions", position->id, "initiatives", index_text, NULL };
  const char *id_path[] = { "positions", position->id, "initiatives", index_text, "id", NULL };
  const char *text_path[] = { "positions", position->id, "initiatives", index_text, "text", NULL };
  const char *link_path[] = { "positions", position->id, "initiatives", index_text, "link", NULL };
  JsonNode *node = json_array_get_element (array, index);
  JsonObject *object;
  JsonNode *id_node, *text_node;
  SfgInitiative *known;
  const char *id;
  OrgItem *item;

  /* TRANSLATORS: "initiative 2 of “depth-2”": the second item of a position's list */
  what_item = g_strdup_printf (_("initiative %u of “%s”"), index + 1, position->id);
  /* TRANSLATORS: the first %s is a member name, the second e.g. "initiative 2 of “depth-2”" */
  what_id = g_strdup_printf (_("“%s” of %s"), "id", what_item);
  what_text = g_strdup_printf (_("“%s” of %s"), "text", what_item);
  what_link = g_strdup_printf (_("“%s” of %s"), "link", what_item);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    /* TRANSLATORS: %s is e.g. "initiative 2 of “depth-2”" */
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, (const char * const *) item_path,
                 _("%s must be an object with “id” and “text”"), what_item);
  object = json_node_get_object (node);

  id_node = json_object_get_member (object, "id");
  if (is_null (id_node))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_MISSING, (const char * const *) item_path,
                 _("%s is missing"), what_id);
  if (!holds_string (id_node))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, (const char * const *) id_path,
                 _("%s must be text"), what_id);
  id = json_node_get_string (id_node);
  if (is_blank (id))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, (const char * const *) id_path,
                 _("%s is empty"), what_id);
  if (!g_hash_table_add (seen, g_strdup (id)))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, (const char * const *) id_path,
                 _("the initiative id “%s” is used more than once"), id);

  text_node = json_object_get_member (object, "text");
  known = sfg_framework_lookup_initiative (builtin, id);
  if (known != NULL)
    {
      /* A built-in initiative: kept in place (replace) or only given a link. */
      if (g_strcmp0 (sfg_initiative_get_position_id (known), position->id) != 0)
        return fail (src, SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, (const char * const *) id_path,
                     _("“%s” is a built-in initiative of “%s”, not of “%s”"),
                     id, sfg_initiative_get_position_id (known), position->id);
      if (!is_null (text_node))
        return fail (src, SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, (const char * const *) text_path,
                     _("“%s” is a built-in initiative and keeps its own words: leave out "
                       "its “text”, or give your initiative an id of its own"), id);
    }
  else if (is_null (text_node))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_MISSING, (const char * const *) item_path,
                 _("%s is missing"), what_text);
  else if (!holds_string (text_node))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, (const char * const *) text_path,
                 _("%s must be text"), what_text);
  else if (is_blank (json_node_get_string (text_node)))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, (const char * const *) text_path,
                 _("%s is empty"), what_text);

  if (!read_link (src, json_object_get_member (object, "link"),
                  (const char * const *) link_path, what_link, &link))
    return FALSE;
  if (link != NULL)
    g_hash_table_insert (self->initiative_links, g_strdup (id), g_steal_pointer (&link));

  item = g_new0 (OrgItem, 1);
  item->id = g_strdup (id);
  if (known == NULL)
    {
      item->text = g_strdup (json_node_get_string (text_node));
      self->n_initiatives++;
    }
  g_ptr_array_add (org->items, item);
  return TRUE;
}

static gboolean
read_position (SfgOrgFramework *self,
               const Source    *src,
               SfgFramework    *builtin,
               GHashTable      *seen,
               const char      *position_id,
               JsonNode        *node)
{
  const char *position_path[] = { "positions", position_id, NULL };
  const char *mode_path[] = { "positions", position_id, "mode", NULL };
  const char *list_path[] = { "positions", position_id, "initiatives", NULL };
  const SfgPosition *position = sfg_framework_lookup_position (position_id);
  JsonObject *object;
  JsonNode *mode, *list;
  OrgPosition *org;
  JsonArray *array;

  if (position == NULL)
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_UNKNOWN_POSITION, position_path,
                 _("“%s” is not a position of the framework; the positions are depth-1, "
                   "depth-2, depth-3, breadth-1, breadth-2, breadth-3, stretch-1, "
                   "stretch-2 and stretch-3"), position_id);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, position_path,
                 _("“%s” must be an object"), position_id);
  object = json_node_get_object (node);

  org = g_new0 (OrgPosition, 1);
  org->items = g_ptr_array_new_with_free_func (sfg_org_item_free);
  g_hash_table_insert (self->positions, (gpointer) position->id, org);

  mode = json_object_get_member (object, "mode");
  if (!is_null (mode))
    {
      const char *value = holds_string (mode) ? json_node_get_string (mode) : NULL;

      if (g_strcmp0 (value, "replace") == 0)
        org->replace = TRUE;
      else if (g_strcmp0 (value, "extend") != 0)
        return fail (src, holds_string (mode) ? SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE
                                              : SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE,
                     mode_path, _("“mode” of “%s” must be “extend” or “replace”"), position_id);
    }

  list = json_object_get_member (object, "initiatives");
  if (is_null (list))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_MISSING, position_path,
                 _("“initiatives” of “%s” is missing"), position_id);
  if (!JSON_NODE_HOLDS_ARRAY (list))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, list_path,
                 _("“initiatives” of “%s” must be a list"), position_id);
  array = json_node_get_array (list);

  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!read_initiative (self, src, builtin, seen, position, org, array, i))
      return FALSE;
  return TRUE;
}

static gboolean
read_resources (SfgOrgFramework *self,
                const Source    *src,
                JsonNode        *node)
{
  const char *path[] = { "resources", NULL };
  g_autoptr(GList) titles = NULL;
  JsonObject *object;

  if (is_null (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, path,
                 _("“resources” must be an object of titles and links"));

  /* In the file's order, so the first problem is the one reported. */
  object = json_node_get_object (node);
  titles = json_object_get_members (object);
  for (GList *l = titles; l != NULL; l = l->next)
    {
      const char *title = l->data;
      JsonNode *member = json_object_get_member (object, title);
      const char *member_path[] = { "resources", title, NULL };
      g_autofree char *what = NULL;
      g_autofree char *link = NULL;

      if (!is_resource_title (title))
        return fail (src, SFG_ORG_FRAMEWORK_ERROR_UNKNOWN_RESOURCE, member_path,
                     _("“%s” in “resources” is not one of the journal's preparation "
                       "resources (use the title exactly as the journal shows it in English)"),
                     title);
      /* TRANSLATORS: %s is the title of a preparation resource */
      what = g_strdup_printf (_("the link of “%s”"), title);
      if (is_null (member))
        continue;
      if (!read_link (src, member, member_path, what, &link))
        return FALSE;
      g_hash_table_insert (self->resource_links, g_strdup (title), g_steal_pointer (&link));
    }
  return TRUE;
}

static gboolean
read_document (SfgOrgFramework *self,
               const Source    *src,
               JsonNode        *root)
{
  const char *root_path[] = { NULL };
  const char *version_path[] = { "version", NULL };
  const char *name_path[] = { "organisation", NULL };
  const char *positions_path[] = { "positions", NULL };
  g_autoptr(SfgFramework) builtin = sfg_framework_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *object;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, root_path,
                 _("the file must hold one object, between { and }"));
  object = json_node_get_object (root);

  member = json_object_get_member (object, "version");
  if (is_null (member))
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_NO_VERSION, root_path, _("“version” is missing"));
  if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64
      || json_node_get_int (member) < 1)
    return fail (src, SFG_ORG_FRAMEWORK_ERROR_NO_VERSION, version_path,
                 _("“version” must be a whole number of at least 1"));

  member = json_object_get_member (object, "organisation");
  if (!is_null (member))
    {
      if (!holds_string (member))
        return fail (src, SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, name_path,
                     _("“organisation” must be text"));
      if (!is_blank (json_node_get_string (member)))
        self->organisation = g_strstrip (g_strdup (json_node_get_string (member)));
    }

  member = json_object_get_member (object, "positions");
  if (!is_null (member))
    {
      g_autoptr(GList) ids = NULL;
      JsonObject *positions;

      if (!JSON_NODE_HOLDS_OBJECT (member))
        return fail (src, SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, positions_path,
                     _("“positions” must be an object whose members are position ids"));
      /* In the file's order, so the first problem is the one reported. */
      positions = json_node_get_object (member);
      ids = json_object_get_members (positions);
      for (GList *l = ids; l != NULL; l = l->next)
        if (!read_position (self, src, builtin, seen, l->data,
                            json_object_get_member (positions, l->data)))
          return FALSE;
    }

  return read_resources (self, src, json_object_get_member (object, "resources"));
}

/* The guard's refusals, in this file's terms (its messages say line and column). */
static int
code_for_guard_error (const GError *error)
{
  if (g_error_matches (error, SFG_STORE_ERROR, SFG_STORE_ERROR_TOO_DEEP))
    return SFG_ORG_FRAMEWORK_ERROR_TOO_DEEP;
  if (g_error_matches (error, SFG_STORE_ERROR, SFG_STORE_ERROR_TOO_LARGE))
    return SFG_ORG_FRAMEWORK_ERROR_TOO_LARGE;
  return SFG_ORG_FRAMEWORK_ERROR_NOT_JSON;
}

/**
 * sfg_org_framework_new_from_data:
 *
 * Returns: (transfer full): the file's content, or %NULL with @error naming
 *   what is wrong and on which line
 */
SfgOrgFramework *
sfg_org_framework_new_from_data (const char  *data,
                                 gsize        length,
                                 GError     **error)
{
  g_autoptr(SfgOrgFramework) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  Source src = { data, length, error };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > SFG_ORG_FRAMEWORK_MAX_FILE_SIZE)
    {
      g_set_error (error, SFG_ORG_FRAMEWORK_ERROR, SFG_ORG_FRAMEWORK_ERROR_TOO_LARGE,
                   _("The file is too large to be an organisation framework file "
                     "(%" G_GSIZE_FORMAT " bytes; at most %d are read)."),
                   length, SFG_ORG_FRAMEWORK_MAX_FILE_SIZE);
      return NULL;
    }

  /* Depth, UTF-8, strict JSON and faithful numbers, before json-glib parses. */
  root = sfg_json_guard_parse (data, length, &local_error);
  if (root == NULL)
    {
      g_set_error_literal (error, SFG_ORG_FRAMEWORK_ERROR, code_for_guard_error (local_error),
                           local_error->message);
      return NULL;
    }

  self = g_object_new (SFG_TYPE_ORG_FRAMEWORK, NULL);
  if (!read_document (self, &src, root))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * sfg_org_framework_new_from_file:
 *
 * Reads @file, checking its size before reading it.
 *
 * Returns: (transfer full): the file's content, or %NULL
 */
SfgOrgFramework *
sfg_org_framework_new_from_file (GFile         *file,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  SfgOrgFramework *self;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      gboolean missing = g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

      g_set_error (error, SFG_ORG_FRAMEWORK_ERROR,
                   missing ? SFG_ORG_FRAMEWORK_ERROR_NOT_FOUND : SFG_ORG_FRAMEWORK_ERROR_FAILED,
                   _("“%s” could not be read: %s"), name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, SFG_ORG_FRAMEWORK_ERROR, SFG_ORG_FRAMEWORK_ERROR_FAILED,
                   _("“%s” is not a file."), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > SFG_ORG_FRAMEWORK_MAX_FILE_SIZE)
    {
      g_set_error (error, SFG_ORG_FRAMEWORK_ERROR, SFG_ORG_FRAMEWORK_ERROR_TOO_LARGE,
                   _("The file is too large to be an organisation framework file "
                     "(%" G_GOFFSET_FORMAT " bytes; at most %d are read)."),
                   g_file_info_get_size (info), SFG_ORG_FRAMEWORK_MAX_FILE_SIZE);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &data, &length, NULL, &local_error))
    {
      g_set_error (error, SFG_ORG_FRAMEWORK_ERROR,
                   g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
                   ? SFG_ORG_FRAMEWORK_ERROR_NOT_FOUND : SFG_ORG_FRAMEWORK_ERROR_FAILED,
                   _("“%s” could not be read: %s"), name, local_error->message);
      return NULL;
    }

  /* The size is checked again: the file may have grown since. */
  self = sfg_org_framework_new_from_data (data, length, error);
  if (self != NULL)
    self->path = g_steal_pointer (&name);
  return self;
}
