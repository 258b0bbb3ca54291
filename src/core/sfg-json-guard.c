/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-json-guard"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sfg-json-guard.h"
#include "sfg-store.h"

/* json-glib 1.6 is lenient where it should not be: it accepts single-quoted
 * strings, hexadecimal numbers, C comments and anything after the first value,
 * and it overflows its stack on deep nesting.  So every byte is first checked
 * here against the strict grammar of RFC 8259, with a depth limit, without
 * recursion; json-glib only ever parses text that passed. */

typedef struct
{
  const char *p;
  const char *end;
  const char *line_start;
  guint       line;
  GError    **error;
} Scan;

G_GNUC_PRINTF (3, 4) static gboolean
scan_fail (Scan       *s,
           int         code,
           const char *format,
           ...)
{
  g_autofree char *what = NULL;
  va_list args;
  glong column;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  column = g_utf8_pointer_to_offset (s->line_start, s->p) + 1;
  if (code == SFG_STORE_ERROR_BAD_VALUE)
    /* TRANSLATORS: %s is a phrase like "a whole number is too large" */
    g_set_error (s->error, SFG_STORE_ERROR, code,
                 _("The file holds a value that cannot be read faithfully: %s (line %u, column %ld)."),
                 what, s->line, column);
  else
    /* TRANSLATORS: %s is a phrase like "a string is not closed" */
    g_set_error (s->error, SFG_STORE_ERROR, code,
                 _("The file is not valid JSON: %s (line %u, column %ld)."),
                 what, s->line, column);
  return FALSE;
}

static void
skip_space (Scan *s)
{
  while (s->p < s->end)
    {
      if (*s->p == '\n')
        {
          s->line++;
          s->line_start = s->p + 1;
        }
      else if (*s->p != ' ' && *s->p != '\t' && *s->p != '\r')
        return;
      s->p++;
    }
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
scan_hex4 (Scan    *s,
           guint32 *out)
{
  guint32 value = 0;

  if (s->end - s->p < 4)
    return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON, _("a \\u escape is cut short"));
  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (s->p[i]);

      if (h < 0)
        return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON, _("a \\u escape is not hexadecimal"));
      value = value * 16 + (guint32) h;
    }
  s->p += 4;
  *out = value;
  return TRUE;
}

/* At the opening quote. */
static gboolean
scan_string (Scan *s)
{
  s->p++;
  while (s->p < s->end)
    {
      guchar c = (guchar) *s->p;

      if (c == '"')
        {
          s->p++;
          return TRUE;
        }
      if (c < 0x20)
        return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON,
                          _("a control character is not escaped in a string"));
      if (c != '\\')
        {
          s->p++;
          continue;
        }

      s->p++;
      if (s->p >= s->end)
        break;
      switch (*s->p)
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          s->p++;
          break;

        case 'u':
          {
            guint32 unit;

            s->p++;
            if (!scan_hex4 (s, &unit))
              return FALSE;
            if (unit == 0)
              {
                s->p -= 6;
                return scan_fail (s, SFG_STORE_ERROR_BAD_VALUE,
                                  _("a string holds a NUL character (\\u0000)"));
              }
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON,
                                _("a \\u escape holds half a character"));
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                guint32 low;

                if (s->end - s->p < 2 || s->p[0] != '\\' || s->p[1] != 'u')
                  return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON,
                                    _("a \\u escape holds half a character"));
                s->p += 2;
                if (!scan_hex4 (s, &low))
                  return FALSE;
                if (low < 0xDC00 || low > 0xDFFF)
                  return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON,
                                    _("a \\u escape holds half a character"));
              }
          }
          break;

        default:
          return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON, _("a string has an unknown escape"));
        }
    }
  return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON, _("a string is not closed"));
}

static gboolean
scan_number (Scan *s)
{
  const char *start = s->p;
  gboolean is_float = FALSE;
  g_autofree char *text = NULL;

  if (*s->p == '-')
    s->p++;
  if (s->p >= s->end || !g_ascii_isdigit (*s->p))
    return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON, _("a number is malformed"));
  if (*s->p == '0')
    s->p++;
  else
    while (s->p < s->end && g_ascii_isdigit (*s->p))
      s->p++;
  if (s->p < s->end && *s->p == '.')
    {
      is_float = TRUE;
      s->p++;
      if (s->p >= s->end || !g_ascii_isdigit (*s->p))
        return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON, _("a number is malformed"));
      while (s->p < s->end && g_ascii_isdigit (*s->p))
        s->p++;
    }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      is_float = TRUE;
      s->p++;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (s->p >= s->end || !g_ascii_isdigit (*s->p))
        return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON, _("a number is malformed"));
      while (s->p < s->end && g_ascii_isdigit (*s->p))
        s->p++;
    }

  /* json-glib wraps integers beyond 64 bits and turns 1e309 into infinity. */
  if (s->p - start > 512)
    {
      s->p = start;
      return scan_fail (s, SFG_STORE_ERROR_BAD_VALUE, _("a number is too long"));
    }
  text = g_strndup (start, (gsize) (s->p - start));
  errno = 0;
  if (is_float)
    {
      double d = g_ascii_strtod (text, NULL);

      if (!isfinite (d))
        {
          s->p = start;
          return scan_fail (s, SFG_STORE_ERROR_BAD_VALUE, _("a number is too large"));
        }
    }
  else
    {
      (void) g_ascii_strtoll (text, NULL, 10);
      if (errno == ERANGE)
        {
          s->p = start;
          return scan_fail (s, SFG_STORE_ERROR_BAD_VALUE, _("a whole number is too large"));
        }
    }
  return TRUE;
}

static gboolean
scan_word (Scan       *s,
           const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (s->end - s->p) < n || memcmp (s->p, word, n) != 0)
    return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON, _("an unexpected character"));
  s->p += n;
  return TRUE;
}

/* A scalar, or the opening bracket of a container (pushed on the stack). */
static gboolean
scan_value_start (Scan *s,
                  char *stack,
                  int  *depth)
{
  if (s->p >= s->end)
    return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON, _("the file ends too early"));

  switch (*s->p)
    {
    case '{':
    case '[':
      if (*depth >= SFG_STORE_MAX_DEPTH)
        {
          g_set_error (s->error, SFG_STORE_ERROR, SFG_STORE_ERROR_TOO_DEEP,
                       _("The file nests lists or groups more than %d levels deep (line %u)."),
                       SFG_STORE_MAX_DEPTH, s->line);
          return FALSE;
        }
      stack[(*depth)++] = *s->p;
      s->p++;
      return TRUE;
    case '"':
      return scan_string (s);
    case 't':
      return scan_word (s, "true");
    case 'f':
      return scan_word (s, "false");
    case 'n':
      return scan_word (s, "null");
    default:
      if (*s->p == '-' || g_ascii_isdigit (*s->p))
        return scan_number (s);
      return scan_fail (s, SFG_STORE_ERROR_INVALID_JSON, _("an unexpected character"));
    }
}

/**
 * sfg_json_guard_check_text:
 *
 * Checks @data as RFC 8259 JSON with one value, at most %SFG_STORE_MAX_DEPTH
 * levels deep, UTF-8, no NUL, numbers json-glib holds exactly.  Never recurses,
 * so any input is safe.
 */
gboolean
sfg_json_guard_check_text (const char  *data,
                           gsize        length,
                           GError     **error)
{
  char stack[SFG_STORE_MAX_DEPTH];
  int depth = 0;
  Scan s = { data, data + length, data, 1, error };

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  skip_space (&s);
  if (s.p == s.end)
    {
      g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_EMPTY,
                           _("The file is empty."));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_UTF8,
                           _("The file is not UTF-8 text: it holds bytes that are not characters."));
      return FALSE;
    }

  if (!scan_value_start (&s, stack, &depth))
    return FALSE;

  /* Each turn: after a value (or after an opening bracket), inside the
   * innermost container. */
  while (depth > 0)
    {
      char open = stack[depth - 1];
      char close = open == '{' ? '}' : ']';
      gboolean just_opened = s.p[-1] == open;

      skip_space (&s);
      if (s.p >= s.end)
        return scan_fail (&s, SFG_STORE_ERROR_INVALID_JSON, _("the file ends too early"));

      if (*s.p == close)
        {
          s.p++;
          depth--;
          continue;
        }
      if (!just_opened)
        {
          if (*s.p != ',')
            return scan_fail (&s, SFG_STORE_ERROR_INVALID_JSON, _("a comma is missing"));
          s.p++;
          skip_space (&s);
          if (s.p >= s.end)
            return scan_fail (&s, SFG_STORE_ERROR_INVALID_JSON, _("the file ends too early"));
        }
      if (open == '{')
        {
          if (*s.p != '"')
            return scan_fail (&s, SFG_STORE_ERROR_INVALID_JSON, _("a member name is not a string"));
          if (!scan_string (&s))
            return FALSE;
          skip_space (&s);
          if (s.p >= s.end || *s.p != ':')
            return scan_fail (&s, SFG_STORE_ERROR_INVALID_JSON, _("a colon is missing"));
          s.p++;
          skip_space (&s);
        }
      if (!scan_value_start (&s, stack, &depth))
        return FALSE;
    }

  skip_space (&s);
  if (s.p != s.end)
    return scan_fail (&s, SFG_STORE_ERROR_INVALID_JSON, _("there is more after the end"));
  return TRUE;
}

static gboolean
check_node_at (JsonNode  *node,
               int        depth,
               GError   **error)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
    case JSON_NODE_ARRAY:
      if (depth > SFG_STORE_MAX_DEPTH)
        {
          g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_TOO_DEEP,
                       _("The document nests lists or groups more than %d levels deep."),
                       SFG_STORE_MAX_DEPTH);
          return FALSE;
        }
      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObjectIter iter;
          const char *name;
          JsonNode *member;

          json_object_iter_init (&iter, json_node_get_object (node));
          while (json_object_iter_next (&iter, &name, &member))
            {
              if (!g_utf8_validate (name, -1, NULL))
                {
                  g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_UTF8,
                                       _("A member name is not UTF-8 text."));
                  return FALSE;
                }
              if (!check_node_at (member, depth + 1, error))
                return FALSE;
            }
        }
      else
        {
          JsonArray *array = json_node_get_array (node);
          guint n = json_array_get_length (array);

          for (guint i = 0; i < n; i++)
            if (!check_node_at (json_array_get_element (array, i), depth + 1, error))
              return FALSE;
        }
      return TRUE;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE
          && !isfinite (json_node_get_double (node)))
        {
          g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_BAD_VALUE,
                               _("A number is infinite or not a number."));
          return FALSE;
        }
      if (json_node_get_value_type (node) == G_TYPE_STRING
          && !g_utf8_validate (json_node_get_string (node), -1, NULL))
        {
          g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_UTF8,
                               _("A text is not UTF-8."));
          return FALSE;
        }
      return TRUE;

    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

/**
 * sfg_json_guard_check_node:
 *
 * Checks a document before it is generated: depth (json-glib's generator
 * recurses too), no infinity or NaN (written as text nobody can read back),
 * UTF-8 names and strings.  Recursion stops at the depth limit.
 */
gboolean
sfg_json_guard_check_node (JsonNode  *node,
                           GError   **error)
{
  g_return_val_if_fail (node != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_node_at (node, 1, error);
}

/**
 * sfg_json_guard_parse:
 *
 * Returns: (transfer full): the root of @data after every check, or %NULL
 */
JsonNode *
sfg_json_guard_parse (const char  *data,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!sfg_json_guard_check_text (data, length, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_JSON,
                   _("The file is not valid JSON: %s"), local_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_EMPTY,
                           _("The file is empty."));
      return NULL;
    }
  if (!sfg_json_guard_check_node (root, error))
    return NULL;
  return json_node_ref (root);
}

/**
 * sfg_json_guard_parse_document:
 * @version: (out) (optional): the top-level "version"
 *
 * Like sfg_json_guard_parse(), and the top level must be an object with an
 * integer "version" of at least 1.
 *
 * Returns: (transfer full): the document, or %NULL
 */
JsonNode *
sfg_json_guard_parse_document (const char  *data,
                               gsize        length,
                               gint64      *version,
                               GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonNode *member;
  gint64 v;

  root = sfg_json_guard_parse (data, length, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_OBJECT,
                           _("The file does not hold a document: its top level is not an object."));
      return NULL;
    }
  object = json_node_get_object (root);
  member = json_object_get_member (object, "version");
  if (member == NULL)
    {
      g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_NO_VERSION,
                           _("The file has no format version (\"version\" is missing)."));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64)
    {
      g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_NO_VERSION,
                           _("The file's format version (\"version\") is not a whole number."));
      return NULL;
    }
  v = json_node_get_int (member);
  if (v < 1)
    {
      /* Formatted apart so translators never see a platform-specific directive. */
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, v);

      g_set_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_BAD_VERSION,
                   _("The file's format version (%s) is not valid."), number);
      return NULL;
    }
  if (version != NULL)
    *version = v;
  return g_steal_pointer (&root);
}

/* Copies the number at @p (not in a string) to @out; returns its length.
 * json-glib 1.6 writes a double whose shortest form has an exponent but no
 * point with ".0" appended ("1e+57.0"), which is not JSON: it is dropped. */
static gsize
copy_number (GString    *out,
             const char *p,
             const char *end)
{
  const char *q = p;
  const char *exponent = NULL;
  const char *point = NULL;

  while (q < end && strchr ("+-.0123456789eE", *q) != NULL)
    {
      if (*q == 'e' || *q == 'E')
        exponent = q;
      else if (*q == '.')
        point = q;
      q++;
    }
  if (exponent != NULL && point != NULL && point > exponent && q - point == 2 && point[1] == '0')
    g_string_append_len (out, p, point - p);
  else
    g_string_append_len (out, p, q - p);
  return q - p;
}

/**
 * sfg_json_guard_generate:
 * @node: a document that passed sfg_json_guard_check_node()
 * @length: (out) (optional): the length of the text
 *
 * Writes @node as every file is written: pretty, indented by 2, no final
 * newline, and mends what json-glib 1.6 writes that is not JSON (the guard
 * would refuse the file, and the document could never be saved again):
 *   - U+001F in a string is left raw (it escapes only the control characters
 *     below it): it is escaped (U+001F is never part of another character in
 *     UTF-8);
 *   - a double such as 1e57 is written "1e+57.0": the ".0" is dropped.
 * Members this version does not know are kept as read, so any value can come
 * through here.
 *
 * Returns: (transfer full): the text
 */
char *
sfg_json_guard_generate (JsonNode *node,
                         gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  gsize len = 0;
  const char *p, *end;
  gboolean in_string = FALSE;
  GString *out;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &len);

  out = g_string_sized_new (len + 16);
  for (p = text, end = text + len; p < end; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p + 1 < end)
            {
              g_string_append_len (out, p, 2);
              p++;
              continue;
            }
          if (*p == '"')
            in_string = FALSE;
          if (*p == 0x1f)
            g_string_append (out, "\\u001f");
          else
            g_string_append_c (out, *p);
        }
      else if (*p == '"')
        {
          in_string = TRUE;
          g_string_append_c (out, *p);
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        p += copy_number (out, p, end) - 1;
      else
        g_string_append_c (out, *p);
    }
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
