/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-fuzz"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "sfg-json-guard.h"
#include "sfg-model-error.h"
#include "sfg-store.h"

/* Set by run-fuzz.sh while replaying the seed corpus: every seed is a valid
 * file, so a refusal there is a failure too (a seed that no longer loads
 * means the format or a loader changed). */
static gboolean expect_valid;

void
sfg_fuzz_fail (const char *format,
               ...)
{
  va_list args;

  va_start (args, format);
  fputs ("sfg-fuzz: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  abort ();
}

/* Refused input is expected and quiet; a warning or critical from the
 * loaders (a g_return_if_fail hit, an unexpected state) is a finding. */
static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  if ((level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) == 0)
    return G_LOG_WRITER_HANDLED;
  g_log_writer_standard_streams (level, fields, n_fields, user_data);
  abort ();
}

void
sfg_fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  expect_valid = g_strcmp0 (g_getenv ("SFG_FUZZ_EXPECT_VALID"), "1") == 0;
  g_log_set_writer_func (log_writer, NULL, NULL);
  /* Types registered once here, so leak checks see no one-time allocation
   * in the first input. */
  g_type_ensure (JSON_TYPE_NODE);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sfg_fuzz_init ();
  return 0;
}

gboolean
sfg_fuzz_expect_valid (void)
{
  return expect_valid;
}

/* The way sfg-store-save.c generates a file. */
char *
sfg_fuzz_generate (JsonNode *node,
                   gsize    *length)
{
  return sfg_json_guard_generate (node, length);
}

void
sfg_fuzz_check_refusal (const GError *error,
                        GQuark        domain)
{
  if (error == NULL)
    sfg_fuzz_fail ("a refusal without a GError");
  if (error->domain != domain)
    sfg_fuzz_fail ("a refusal in domain %s, expected %s: %s", g_quark_to_string (error->domain),
                   g_quark_to_string (domain), error->message);
  /* The message is shown to the user. */
  if (error->message == NULL || *error->message == '\0'
      || !g_utf8_validate (error->message, -1, NULL))
    sfg_fuzz_fail ("a refusal with an empty or invalid message");
  if (expect_valid)
    sfg_fuzz_fail ("a seed was refused: %s", error->message);
}

/* The store's checks: what json-glib will not see.  Refusals are
 * SFG_STORE_ERROR and must count as refusals (the file is set aside). */
JsonNode *
sfg_fuzz_parse_input (const uint8_t *data,
                      size_t         size)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  node = sfg_json_guard_parse_document ((const char *) data, size, NULL, &error);
  if (node == NULL)
    {
      sfg_fuzz_check_refusal (error, SFG_STORE_ERROR);
      if (!sfg_store_error_is_refusal (error))
        sfg_fuzz_fail ("bad bytes not counted as a refusal: %s", error->message);
      return NULL;
    }
  if (error != NULL)
    sfg_fuzz_fail ("a document and an error: %s", error->message);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    sfg_fuzz_fail ("the guard let a non-object document through");
  return node;
}

void
sfg_fuzz_round_trip (gpointer          model,
                     SfgFuzzParseFunc  parse,
                     SfgFuzzToJsonFunc to_json,
                     GDestroyNotify    free_func)
{
  g_autoptr(JsonNode) doc = to_json (model);
  g_autoptr(JsonNode) reread = NULL;
  g_autoptr(JsonNode) doc2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  gpointer model2;
  gsize len = 0, len2 = 0;

  if (doc == NULL)
    sfg_fuzz_fail ("to_json returned NULL for a loaded model");
  /* The store checks this before every save: failing it means no edit of
   * this file could ever be saved. */
  if (!sfg_json_guard_check_node (doc, &error))
    sfg_fuzz_fail ("a loaded model would not be saved: %s", error->message);

  text = sfg_fuzz_generate (doc, &len);
  reread = sfg_json_guard_parse_document (text, len, NULL, &error);
  if (reread == NULL)
    sfg_fuzz_fail ("a saved model does not load again (guard): %s\n%s", error->message, text);
  model2 = parse (reread, &error);
  if (model2 == NULL)
    sfg_fuzz_fail ("a saved model does not load again (model): %s\n%s", error->message, text);

  doc2 = to_json (model2);
  text2 = sfg_fuzz_generate (doc2, &len2);
  if (len != len2 || memcmp (text, text2, len) != 0)
    sfg_fuzz_fail ("saving a reloaded model changed it:\n%s\n---\n%s", text, text2);
  free_func (model2);
}
