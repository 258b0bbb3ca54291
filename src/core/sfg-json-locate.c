/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-json-locate"

#include <string.h>

#include "sfg-json-locate.h"

typedef struct
{
  gboolean is_object;
  guint64 index;   /* in an array: the current element */
  char *key;       /* in an object: the current member's name, decoded */
} Level;

static void
level_clear (gpointer data)
{
  Level *level = data;

  g_clear_pointer (&level->key, g_free);
}

static guint
hex4 (const char *p)
{
  guint value = 0;

  for (int i = 0; i < 4; i++)
    value = value * 16 + (guint) g_ascii_xdigit_value (p[i]);
  return value;
}

/* Reads the string starting at the quote *p; the text was checked, so escapes
 * are complete and surrogates paired.  Leaves *p after the closing quote. */
static char *
read_string (const char **p,
             const char  *end)
{
  GString *out = g_string_new (NULL);
  const char *s = *p + 1;

  while (s < end && *s != '"')
    {
      if (*s != '\\')
        {
          g_string_append_c (out, *s++);
          continue;
        }
      s++;
      switch (*s)
        {
        case 'b': g_string_append_c (out, '\b'); s++; break;
        case 'f': g_string_append_c (out, '\f'); s++; break;
        case 'n': g_string_append_c (out, '\n'); s++; break;
        case 'r': g_string_append_c (out, '\r'); s++; break;
        case 't': g_string_append_c (out, '\t'); s++; break;
        case 'u':
          {
            gunichar c = hex4 (s + 1);

            s += 5;
            if (c >= 0xD800 && c < 0xDC00 && s + 6 <= end && s[0] == '\\' && s[1] == 'u')
              {
                c = 0x10000 + ((c - 0xD800) << 10) + (hex4 (s + 2) - 0xDC00);
                s += 6;
              }
            g_string_append_unichar (out, c);
            break;
          }
        default: g_string_append_c (out, *s++); break;
        }
    }
  *p = s < end ? s + 1 : end;
  return g_string_free (out, FALSE);
}

static gboolean
at_path (GArray             *levels,
         const char * const *path,
         guint               n_path)
{
  if (levels->len != n_path)
    return FALSE;
  for (guint i = 0; i < n_path; i++)
    {
      Level *level = &g_array_index (levels, Level, i);

      if (level->is_object)
        {
          if (g_strcmp0 (level->key, path[i]) != 0)
            return FALSE;
        }
      else
        {
          guint64 index;

          if (!g_ascii_string_to_unsigned (path[i], 10, 0, G_MAXUINT64, &index, NULL)
              || index != level->index)
            return FALSE;
        }
    }
  return TRUE;
}

guint
sfg_json_locate_line (const char         *data,
                      gsize               length,
                      const char * const *path)
{
  g_autoptr(GArray) levels = g_array_new (FALSE, TRUE, sizeof (Level));
  const char *p = data;
  const char *end = data + length;
  guint n_path = path != NULL ? g_strv_length ((char **) path) : 0;
  gboolean expect_key = FALSE;
  guint line = 1;
  guint found = 0;

  g_return_val_if_fail (data != NULL || length == 0, 0);

  g_array_set_clear_func (levels, level_clear);

  while (p < end)
    {
      char c = *p;

      if (c == '\n')
        {
          line++;
          p++;
        }
      else if (c == ' ' || c == '\t' || c == '\r' || c == ':')
        p++;
      else if (c == ',')
        {
          Level *top;

          p++;
          if (levels->len == 0)
            break;
          top = &g_array_index (levels, Level, levels->len - 1);
          if (top->is_object)
            expect_key = TRUE;
          else
            top->index++;
        }
      else if (c == '}' || c == ']')
        {
          p++;
          if (levels->len > 0)
            g_array_set_size (levels, levels->len - 1);
          expect_key = FALSE;
        }
      else if (c == '"' && expect_key)
        {
          Level *top = &g_array_index (levels, Level, levels->len - 1);

          g_free (top->key);
          top->key = read_string (&p, end);
          expect_key = FALSE;
        }
      else
        {
          /* A value starts here. */
          if (at_path (levels, path, n_path))
            found = line;

          if (c == '{' || c == '[')
            {
              Level level = { c == '{', 0, NULL };

              g_array_append_val (levels, level);
              expect_key = level.is_object;
              p++;
            }
          else if (c == '"')
            g_free (read_string (&p, end));
          else
            while (p < end && strchr (",]} \t\r\n", *p) == NULL)
              p++;
        }
    }

  return found;
}
