/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Small JSON helpers shared by the model unit tests (test-person.c, …). */

#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

static inline JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static inline char *
node_to_text (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* A deep copy: serialise and parse again, so edits never touch the original. */
static inline JsonNode *
json_deep_copy (JsonNode *node)
{
  g_autofree char *text = node_to_text (node);

  return parse_json (text);
}

/*
 * Replaces the member at @path ("actions/0/status", "header/name") of a
 * deep copy of @root with @value (taken) and returns the copy; a NULL
 * @value removes the member.
 */
static inline JsonNode *
json_with_member (JsonNode   *root,
                  const char *path,
                  JsonNode   *value)
{
  JsonNode *copy = json_deep_copy (root);
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  guint n = g_strv_length (parts);
  JsonNode *node = copy;

  for (guint i = 0; i + 1 < n; i++)
    {
      if (JSON_NODE_HOLDS_ARRAY (node))
        node = json_array_get_element (json_node_get_array (node), atoi (parts[i]));
      else
        node = json_object_get_member (json_node_get_object (node), parts[i]);
      g_assert_nonnull (node);
    }

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint index = atoi (parts[n - 1]);

      g_assert_nonnull (value);
      g_assert_cmpuint (index, <, json_array_get_length (array));
      /* JsonArray has no "replace": rebuild it. */
      {
        JsonArray *rebuilt = json_array_new ();

        for (guint i = 0; i < json_array_get_length (array); i++)
          json_array_add_element (rebuilt, i == index ? value
                                  : json_node_copy (json_array_get_element (array, i)));
        json_node_take_array (node, rebuilt);
      }
    }
  else if (value == NULL)
    json_object_remove_member (json_node_get_object (node), parts[n - 1]);
  else
    json_object_set_member (json_node_get_object (node), parts[n - 1], value);

  return copy;
}

static inline JsonNode *
json_value_from_text (const char *text)
{
  return parse_json (text);
}
