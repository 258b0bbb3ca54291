/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sfg-json-guard.h"
#include "sfg-store-private.h"
#include "sfg-store.h"
#include "sfg-test-utils.h"

typedef struct
{
  char     *dir;
  SfgStore *store;
  guint     saved;
  guint     problems;
  char     *last_aside;
  char     *last_message;
} Fixture;

static void
saved_cb (SfgStore   *store,
          const char *relpath,
          Fixture    *f)
{
  f->saved++;
}

static void
load_problem_cb (SfgStore   *store,
                 const char *relpath,
                 const char *set_aside,
                 const char *message,
                 Fixture    *f)
{
  f->problems++;
  g_free (f->last_aside);
  f->last_aside = g_strdup (set_aside);
  g_free (f->last_message);
  f->last_message = g_strdup (message);
}

static void
fixture_open_store (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&f->store);
  f->store = sfg_store_new (f->dir, &error);
  g_assert_no_error (error);
  g_signal_connect (f->store, "saved", G_CALLBACK (saved_cb), f);
  g_signal_connect (f->store, "load-problem", G_CALLBACK (load_problem_cb), f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sfg_test_make_temp_dir ();
  fixture_open_store (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  sfg_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->last_aside);
  g_free (f->last_message);
}

static char *
path_in (Fixture    *f,
         const char *relpath)
{
  return g_build_filename (f->dir, relpath, NULL);
}

static void
put (Fixture    *f,
     const char *relpath,
     const char *text)
{
  g_autofree char *path = path_in (f, relpath);

  sfg_test_write_file (path, text, -1);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* A document "model": a plain GObject with its text as data. */
static JsonNode *
serialize_text (gpointer object)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, g_object_get_data (object, "text"));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static GObject *
text_doc_new (const char *text)
{
  GObject *doc = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_data_full (doc, "text", g_strdup (text), g_free);
  return doc;
}

static void
set_text (GObject    *doc,
          const char *text)
{
  g_object_set_data_full (doc, "text", g_strdup (text), g_free);
}

static char *
load_text (Fixture    *f,
           const char *relpath)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = sfg_store_load (f->store, relpath, NULL, &error);

  g_assert_no_error (error);
  return g_strdup (json_object_get_string_member (json_node_get_object (node), "text"));
}

static void
flush_ok (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (sfg_test_store_flush (f->store, &error));
  g_assert_no_error (error);
  g_assert_false (sfg_store_has_pending (f->store));
}

/* ---- folder ---- */

static void
test_folder_created (void)
{
  g_autofree char *base = sfg_test_make_temp_dir ();
  g_autofree char *dir = g_build_filename (base, "deep", "scope-for-growth", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SfgStore) store = sfg_store_new (dir, &error);
  const char *subs[] = { "plans", "journals", "private" };

  g_assert_no_error (error);
  g_assert_cmpstr (sfg_store_get_data_dir (store), ==, dir);
  g_assert_cmpuint (file_mode (dir), ==, 0700);
  for (guint i = 0; i < G_N_ELEMENTS (subs); i++)
    {
      g_autofree char *sub = g_build_filename (dir, subs[i], NULL);

      g_assert_cmpuint (file_mode (sub), ==, 0700);
    }
  sfg_test_remove_tree (base);
}

static void
test_folder_tightened (void)
{
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autofree char *plans = g_build_filename (dir, "plans", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SfgStore) store = NULL;

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (plans, 0755), ==, 0);
  g_assert_cmpint (g_chmod (plans, 0755), ==, 0);

  store = sfg_store_new (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (dir), ==, 0700);
  g_assert_cmpuint (file_mode (plans), ==, 0700);
  sfg_test_remove_tree (dir);
}

static void
test_folder_default (void)
{
  g_autofree char *dir = sfg_store_dup_default_dir ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "scope-for-growth", NULL);

  g_assert_cmpstr (dir, ==, expected);
}

static void
test_folder_temp_cleanup (Fixture       *f,
                          gconstpointer  data)
{
  /* Leftovers of interrupted saves ... */
  const char *removed[] = {
    "people.json.Ab12Cd", "index.json.zzzzzz", "plans/a.json.X1y2Z3",
    "journals/b.json.good.QWERTY", "private/c.json.000000",
  };
  /* ... and everything else, which must stay. */
  const char *kept[] = {
    "people.json", "people.json.good", "people.json.corrupt-20250101T000000Z",
    "people.json.corrupt-20250101T000000Z-2", "plans/a.json", "notes.txt.Ab12Cd",
    "people.json.Ab12C", "people.json.Ab-12C", ".json.Ab12Cd", "people.jsonAb12Cd",
    "plans/a.json.good.corrupt-20250101T000000Z", "people.json.Ab12Cd7",
  };

  for (guint i = 0; i < G_N_ELEMENTS (removed); i++)
    put (f, removed[i], "{\"ver");
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    put (f, kept[i], "{\"version\": 1}");

  fixture_open_store (f);

  for (guint i = 0; i < G_N_ELEMENTS (removed); i++)
    {
      g_autofree char *path = path_in (f, removed[i]);

      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = path_in (f, kept[i]);

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

/* ---- saving ---- */

static void
test_save_basic (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr (GObject) doc = text_doc_new ("héllo ✓ \"quoted\"\n");
  g_autofree char *path = path_in (f, "plans/p1.json");
  g_autofree char *text = NULL;
  g_autoptr (GBytes) bytes = NULL;

  sfg_store_queue (f->store, "plans/p1.json", doc, serialize_text);
  g_assert_true (sfg_store_has_pending (f->store));
  flush_ok (f);
  g_assert_cmpuint (f->saved, ==, 1);
  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_null (sfg_store_get_save_error (f->store));

  /* Pretty, indent 2, ends with a newline. */
  bytes = sfg_test_read_bytes (path);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL), "{\n  \""));
  g_assert_cmpint (((const char *) g_bytes_get_data (bytes, NULL))[g_bytes_get_size (bytes) - 1],
                   ==, '\n');

  fixture_open_store (f);
  text = load_text (f, "plans/p1.json");
  g_assert_cmpstr (text, ==, "héllo ✓ \"quoted\"\n");
  g_assert_cmpuint (sfg_test_count_temp_files (f->dir), ==, 0);
}

static void
test_save_mode_tightened (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = path_in (f, "people.json");
  g_autoptr (GObject) doc = text_doc_new ("x");

  put (f, "people.json", "{\"version\": 1, \"text\": \"a\"}");
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  sfg_store_queue (f->store, "people.json", doc, serialize_text);
  flush_ok (f);
  g_assert_cmpuint (file_mode (path), ==, 0600);
}

static void
test_save_unchanged_skipped (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr (GObject) doc = text_doc_new ("same");
  g_autofree char *path = path_in (f, "people.json");
  g_autofree char *text = NULL;
  GStatBuf before, after;

  sfg_store_queue (f->store, "people.json", doc, serialize_text);
  flush_ok (f);
  g_assert_cmpuint (f->saved, ==, 1);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  /* Same bytes again: nothing written. */
  sfg_store_queue (f->store, "people.json", doc, serialize_text);
  flush_ok (f);
  g_assert_cmpuint (f->saved, ==, 1);

  /* A fresh store knows the bytes from loading. */
  fixture_open_store (f);
  f->saved = 0;
  text = load_text (f, "people.json");
  sfg_store_queue (f->store, "people.json", doc, serialize_text);
  flush_ok (f);
  g_assert_cmpuint (f->saved, ==, 0);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, ==, after.st_ino);

  set_text (doc, "different");
  sfg_store_queue (f->store, "people.json", doc, serialize_text);
  flush_ok (f);
  g_assert_cmpuint (f->saved, ==, 1);
}

typedef struct
{
  Fixture *f;
  GObject *doc;
  guint    n;
  gint64   last_change;
  gint64   start;
  gint64   last_save;
  gint64   max_gap;
  gint64   max_latency;
} Typing;

static void
typing_saved_cb (SfgStore   *store,
                 const char *relpath,
                 Typing     *t)
{
  gint64 now = g_get_monotonic_time ();

  t->max_gap = MAX (t->max_gap, now - t->last_save);
  t->last_save = now;
}

static gboolean
typing_tick_cb (gpointer data)
{
  Typing *t = data;
  g_autofree char *text = g_strdup_printf ("typed %u", t->n++);

  set_text (t->doc, text);
  sfg_store_queue (t->f->store, "journals/j.json", t->doc, serialize_text);
  t->last_change = g_get_monotonic_time ();
  return t->last_change - t->start < 3 * G_USEC_PER_SEC ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Saved within 2 s of a change, and at least every 2 s while typing goes on. */
static void
test_save_timing (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr (GObject) doc = text_doc_new ("start");
  Typing t = { f, doc, 0, 0, 0, 0, 0, 0 };
  gint64 queued;
  g_autofree char *text = NULL;

  g_signal_connect (f->store, "saved", G_CALLBACK (typing_saved_cb), &t);

  /* One change. */
  queued = g_get_monotonic_time ();
  t.last_save = queued;
  sfg_store_queue (f->store, "journals/j.json", doc, serialize_text);
  while (f->saved == 0)
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("one change saved after %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - queued) / 1000);
  g_assert_cmpint (g_get_monotonic_time () - queued, <, 2 * G_USEC_PER_SEC);

  /* Continuous typing, a key every 50 ms for 3 s. */
  t.start = t.last_save = g_get_monotonic_time ();
  t.max_gap = 0;
  f->saved = 0;
  g_timeout_add (50, typing_tick_cb, &t);
  while (g_get_monotonic_time () - t.start < 3 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  while (sfg_store_has_pending (f->store))
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("%u keys, %u saves, longest gap %" G_GINT64_FORMAT " ms", t.n, f->saved,
                  t.max_gap / 1000);
  g_assert_cmpuint (f->saved, >=, 2);
  g_assert_cmpint (t.max_gap, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpint (g_get_monotonic_time () - t.last_change, <, 2 * G_USEC_PER_SEC);

  text = load_text (f, "journals/j.json");
  g_assert_cmpstr (text, ==, g_object_get_data (doc, "text"));
}

static gint in_write;
static gint max_in_write;

static void
count_hook (gboolean before,
            gpointer data)
{
  if (before)
    {
      gint now = g_atomic_int_add (&in_write, 1) + 1;

      if (now > g_atomic_int_get (&max_in_write))
        g_atomic_int_set (&max_in_write, now);
      g_usleep (2000);
    }
  else
    g_atomic_int_add (&in_write, -1);
}

/* Saves of one path never overlap; the last version queued is what stays. */
static void
test_save_serialised (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr (GObject) doc = text_doc_new ("v0");
  g_autofree char *text = NULL;
  gint64 start = g_get_monotonic_time ();

  sfg_store_set_delays (f->store, 0, 0);
  sfg_store_set_write_hook (f->store, count_hook, NULL);
  for (guint i = 1; i <= 200; i++)
    {
      g_autofree char *v = g_strdup_printf ("v%u", i);

      set_text (doc, v);
      sfg_store_queue (f->store, "plans/s.json", doc, serialize_text);
      g_main_context_iteration (NULL, FALSE);
    }
  flush_ok (f);
  g_test_message ("200 changes: %u writes in %" G_GINT64_FORMAT " ms", f->saved,
                  (g_get_monotonic_time () - start) / 1000);
  g_assert_cmpint (max_in_write, ==, 1);
  g_assert_cmpuint (f->saved, >=, 1);
  text = load_text (f, "plans/s.json");
  g_assert_cmpstr (text, ==, "v200");
}

static void
test_save_flush_many (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr (GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto (GStrv) listed = NULL;
  gint64 start;
  double seconds;

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *text = g_strdup_printf ("plan %u", i);
      g_autofree char *relpath = g_strdup_printf ("plans/%03u.json", i);
      GObject *doc = text_doc_new (text);

      g_ptr_array_add (docs, doc);
      sfg_store_queue (f->store, relpath, doc, serialize_text);
    }
  start = g_get_monotonic_time ();
  flush_ok (f);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_test_message ("100 durable saves in %.3f s (%.0f saves/s)", seconds, 100 / seconds);
  g_assert_cmpuint (f->saved, ==, 100);

  listed = sfg_store_list (f->store, "plans");
  g_assert_cmpuint (g_strv_length (listed), ==, 100);
  g_assert_cmpstr (listed[0], ==, "plans/000.json");
  g_assert_cmpstr (listed[99], ==, "plans/099.json");
}

static JsonNode *
serialize_inf (gpointer object)
{
  JsonNode *node = serialize_text (object);

  json_object_set_double_member (json_node_get_object (node), "n", 1.0 / 0.0);
  return node;
}

static JsonNode *
serialize_deep (gpointer object)
{
  JsonNode *node = serialize_text (object);
  JsonNode *inner = json_node_new (JSON_NODE_NULL);

  for (guint i = 0; i < 100; i++)
    {
      JsonArray *array = json_array_new ();
      JsonNode *wrap = json_node_new (JSON_NODE_ARRAY);

      json_array_add_element (array, inner);
      json_node_take_array (wrap, array);
      inner = wrap;
    }
  json_object_set_member (json_node_get_object (node), "deep", inner);
  return node;
}

static JsonNode *
serialize_no_version (gpointer object)
{
  JsonNode *node = serialize_text (object);

  json_object_remove_member (json_node_get_object (node), "version");
  return node;
}

/* Nothing that would not load again is ever written. */
static void
test_save_refuses_unreadable (Fixture       *f,
                              gconstpointer  data)
{
  SfgStoreSerializeFunc funcs[] = { serialize_inf, serialize_deep, serialize_no_version };
  g_autoptr (GObject) doc = text_doc_new ("good");
  g_autofree char *path = path_in (f, "people.json");
  g_autoptr (GBytes) before = NULL;

  sfg_store_queue (f->store, "people.json", doc, serialize_text);
  flush_ok (f);
  before = sfg_test_read_bytes (path);

  for (guint i = 0; i < G_N_ELEMENTS (funcs); i++)
    {
      g_autoptr (GError) error = NULL;

      sfg_store_queue (f->store, "people.json", doc, funcs[i]);
      g_assert_false (sfg_test_store_flush (f->store, &error));
      g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_FAILED);
      g_assert_nonnull (sfg_store_get_save_error (f->store));
      g_assert_true (sfg_store_has_pending (f->store));
      sfg_test_assert_file_bytes (path, before);
    }

  /* Fixed: saved, and the message goes away. */
  set_text (doc, "fixed");
  sfg_store_queue (f->store, "people.json", doc, serialize_text);
  flush_ok (f);
  g_assert_null (sfg_store_get_save_error (f->store));
}

static void
test_save_queue_node (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr (JsonNode) node = json_from_string ("{\"version\": 1, \"n\": [1, 2.5, null, true]}",
                                                NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) loaded = NULL;

  sfg_store_queue_node (f->store, "index.json", node);
  flush_ok (f);
  loaded = sfg_store_load (f->store, "index.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (node, loaded));
}

static void
test_save_log (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *log_path = g_strconcat (f->dir, ".log", NULL);
  g_autoptr (GObject) doc = text_doc_new ("logged");
  g_autofree char *path = path_in (f, "people.json");
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;

  g_unlink (log_path);
  g_setenv ("SFG_TEST_LOG_SAVES", log_path, TRUE);
  fixture_open_store (f);
  g_unsetenv ("SFG_TEST_LOG_SAVES");

  sfg_store_queue (f->store, "people.json", doc, serialize_text);
  flush_ok (f);
  bytes = sfg_test_read_bytes (path);
  sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  expected = g_strdup_printf ("people.json %s\n", sum);
  g_assert_true (g_file_get_contents (log_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
  g_unlink (log_path);
}

/* ---- loading ---- */

typedef struct
{
  const char   *name;
  const char   *text;   /* NULL: built by the test */
  SfgStoreError code;
} BadCase;

static const BadCase bad_cases[] = {
  { "empty", "", SFG_STORE_ERROR_EMPTY },
  { "whitespace", " \n\t\r\n ", SFG_STORE_ERROR_EMPTY },
  { "invalid-utf8", "{\"version\": 1, \"text\": \"\xc3\x28\"}", SFG_STORE_ERROR_INVALID_UTF8 },
  { "nul-byte", NULL, SFG_STORE_ERROR_INVALID_UTF8 },
  { "invalid-json", "{\n  \"version\": 1,\n  \"text\": \"a\"\n  \"more\": 2\n}",
    SFG_STORE_ERROR_INVALID_JSON },
  { "truncated", "{\"version\": 1, \"text\": \"abc", SFG_STORE_ERROR_INVALID_JSON },
  { "trailing", "{\"version\": 1} {\"version\": 1}", SFG_STORE_ERROR_INVALID_JSON },
  { "single-quotes", "{\"version\": 1, \"text\": 'a'}", SFG_STORE_ERROR_INVALID_JSON },
  { "comment", "/* \" */ {\"version\": 1}", SFG_STORE_ERROR_INVALID_JSON },
  { "hex", "{\"version\": 0x1}", SFG_STORE_ERROR_INVALID_JSON },
  { "lone-surrogate", "{\"version\": 1, \"text\": \"\\ud800\"}", SFG_STORE_ERROR_INVALID_JSON },
  { "too-large", NULL, SFG_STORE_ERROR_TOO_LARGE },
  { "deep", NULL, SFG_STORE_ERROR_TOO_DEEP },
  { "deep-65", NULL, SFG_STORE_ERROR_TOO_DEEP },
  { "nul-escape", "{\"version\": 1, \"text\": \"a\\u0000b\"}", SFG_STORE_ERROR_BAD_VALUE },
  { "int-overflow", "{\"version\": 1, \"n\": 9223372036854775808}", SFG_STORE_ERROR_BAD_VALUE },
  { "int-100-digits", NULL, SFG_STORE_ERROR_BAD_VALUE },
  { "float-inf", "{\"version\": 1, \"n\": 1e309}", SFG_STORE_ERROR_BAD_VALUE },
  { "not-object", "[{\"version\": 1}]", SFG_STORE_ERROR_NOT_OBJECT },
  { "scalar", "\"version\"", SFG_STORE_ERROR_NOT_OBJECT },
  { "no-version", "{\"text\": \"a\"}", SFG_STORE_ERROR_NO_VERSION },
  { "string-version", "{\"version\": \"1\"}", SFG_STORE_ERROR_NO_VERSION },
  { "float-version", "{\"version\": 1.0}", SFG_STORE_ERROR_NO_VERSION },
  { "null-version", "{\"version\": null}", SFG_STORE_ERROR_NO_VERSION },
  { "zero-version", "{\"version\": 0}", SFG_STORE_ERROR_BAD_VERSION },
};

static GBytes *
bad_case_bytes (const BadCase *c)
{
  GString *s;

  if (c->text != NULL)
    return g_bytes_new_static (c->text, strlen (c->text));

  s = g_string_new (NULL);
  if (g_str_equal (c->name, "nul-byte"))
    {
      static const char text[] = "{\"version\": 1, \"text\": \"a\0b\"}";

      g_string_append_len (s, text, sizeof text - 1);
    }
  else if (g_str_equal (c->name, "deep"))
    {
      g_string_append (s, "{\"version\": 1, \"d\": ");
      for (guint i = 0; i < 100000; i++)
        g_string_append_c (s, '[');
    }
  else if (g_str_equal (c->name, "deep-65"))
    {
      /* 1 object + 64 arrays = 65 levels: one too many. */
      g_string_append (s, "{\"version\": 1, \"d\": ");
      for (guint i = 0; i < 64; i++)
        g_string_append_c (s, '[');
      for (guint i = 0; i < 64; i++)
        g_string_append_c (s, ']');
      g_string_append_c (s, '}');
    }
  else if (g_str_equal (c->name, "int-100-digits"))
    {
      g_string_append (s, "{\"version\": 1, \"n\": ");
      for (guint i = 0; i < 100; i++)
        g_string_append_c (s, '9');
      g_string_append_c (s, '}');
    }
  else
    g_assert_not_reached ();
  return g_string_free_to_bytes (s);
}

static void
write_bad_case (Fixture       *f,
                const BadCase *c,
                const char    *path,
                GBytes       **bytes)
{
  if (g_str_equal (c->name, "too-large"))
    {
      /* Sparse: 64 MiB + 1 byte without writing them. */
      int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

      g_assert_cmpint (fd, >=, 0);
      g_assert_cmpint (write (fd, "{", 1), ==, 1);
      g_assert_cmpint (ftruncate (fd, SFG_STORE_MAX_FILE_SIZE + 1), ==, 0);
      g_assert_cmpint (close (fd), ==, 0);
      *bytes = NULL;
      return;
    }
  *bytes = bad_case_bytes (c);
  sfg_test_write_file (path, g_bytes_get_data (*bytes, NULL), (gssize) g_bytes_get_size (*bytes));
}

static void
assert_set_aside (Fixture    *f,
                  const char *path,
                  GBytes     *bytes)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ".corrupt-", NULL);
  g_autofree char *aside_base = NULL;
  GStatBuf st;

  g_assert_nonnull (f->last_aside);
  aside_base = g_path_get_basename (f->last_aside);
  g_assert_true (g_str_has_prefix (aside_base, prefix));
  /* NAME.corrupt-YYYYMMDDTHHMMSSZ */
  g_assert_cmpuint (strlen (aside_base), >=, strlen (prefix) + 16);
  g_assert_true (g_ascii_isdigit (aside_base[strlen (prefix)]));
  g_assert_cmpint (aside_base[strlen (prefix) + 8], ==, 'T');
  g_assert_cmpint (aside_base[strlen (prefix) + 15], ==, 'Z');
  if (bytes != NULL)
    sfg_test_assert_file_bytes (f->last_aside, bytes);
  else
    {
      g_assert_cmpint (g_stat (f->last_aside, &st), ==, 0);
      g_assert_cmpint (st.st_size, ==, SFG_STORE_MAX_FILE_SIZE + 1);
    }
  g_assert_nonnull (f->last_message);
  g_assert_nonnull (strstr (f->last_message, f->last_aside));
}

static void
test_load_refused (Fixture       *f,
                   gconstpointer  data)
{
  const BadCase *c = data;
  g_autofree char *path = path_in (f, "plans/bad.json");
  g_autofree char *good_path = path_in (f, "plans/bad.json.good");
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GBytes) good = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = NULL;
  gboolean read_only = TRUE;
  const char *good_text = "{\n  \"version\" : 1,\n  \"text\" : \"good copy\"\n}\n";

  /* Without a good copy: refused, set aside, the error names the problem. */
  write_bad_case (f, c, path, &bytes);
  node = sfg_store_load (f->store, "plans/bad.json", &read_only, &error);
  g_assert_null (node);
  g_assert_false (read_only);
  g_assert_error (error, SFG_STORE_ERROR, (gint) c->code);
  g_assert_true (sfg_store_error_is_refusal (error));
  g_test_message ("%s: %s", c->name, error->message);
  g_assert_nonnull (strstr (error->message, "plans/bad.json"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (f->problems, ==, 1);
  assert_set_aside (f, path, bytes);
  g_assert_false (g_file_test (good_path, G_FILE_TEST_EXISTS));
  if (c->code == SFG_STORE_ERROR_INVALID_JSON)
    g_assert_nonnull (strstr (error->message, "line "));
  g_clear_error (&error);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* With a good copy: that is used (and put back as the file), and the
   * refused bytes are set aside intact. */
  g_assert_cmpint (g_unlink (f->last_aside), ==, 0);
  write_bad_case (f, c, path, &bytes);
  sfg_test_write_file (good_path, good_text, -1);
  good = sfg_test_read_bytes (good_path);
  node = sfg_store_load (f->store, "plans/bad.json", &read_only, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);
  g_assert_false (read_only);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "text"), ==,
                   "good copy");
  g_assert_cmpuint (f->problems, ==, 2);
  assert_set_aside (f, path, bytes);
  sfg_test_assert_file_bytes (path, good);
  sfg_test_assert_file_bytes (good_path, good);
  g_assert_cmpuint (g_strv_length ((char **) sfg_store_get_load_problems (f->store)), ==, 2);
  sfg_store_clear_load_problems (f->store);
  g_assert_cmpuint (g_strv_length ((char **) sfg_store_get_load_problems (f->store)), ==, 0);
}

static void
test_load_good_refreshed (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = path_in (f, "people.json");
  g_autofree char *good_path = path_in (f, "people.json.good");
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  GStatBuf before, after;

  put (f, "people.json", "{\"version\": 1, \"text\": \"one\"}");
  g_chmod (path, 0644);
  bytes = sfg_test_read_bytes (path);
  text = load_text (f, "people.json");
  g_assert_cmpstr (text, ==, "one");
  sfg_test_assert_file_bytes (good_path, bytes);
  g_assert_cmpuint (file_mode (good_path), ==, 0600);
  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_cmpuint (f->problems, ==, 0);

  /* Unchanged: not rewritten. */
  g_assert_cmpint (g_stat (good_path, &before), ==, 0);
  g_free (load_text (f, "people.json"));
  g_assert_cmpint (g_stat (good_path, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, ==, after.st_ino);

  /* A save does not touch it; only the next successful load does. */
  {
    g_autoptr (GObject) doc = text_doc_new ("two");
    g_autoptr (GBytes) two = NULL;

    sfg_store_queue (f->store, "people.json", doc, serialize_text);
    flush_ok (f);
    sfg_test_assert_file_bytes (good_path, bytes);
    g_free (load_text (f, "people.json"));
    two = sfg_test_read_bytes (path);
    sfg_test_assert_file_bytes (good_path, two);
  }
}

static void
test_load_newer_version (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = path_in (f, "plans/new.json");
  g_autofree char *good_path = path_in (f, "plans/new.json.good");
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = NULL;
  g_autoptr (GObject) doc = text_doc_new ("overwrite?");
  gboolean read_only = FALSE;
  GStatBuf before, after;

  put (f, "plans/new.json", "{\"version\": 2, \"text\": \"from the future\", \"new\": {}}");
  g_chmod (path, 0640);
  bytes = sfg_test_read_bytes (path);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  node = sfg_store_load (f->store, "plans/new.json", &read_only, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);
  g_assert_true (read_only);
  g_assert_true (sfg_store_is_read_only (f->store, "plans/new.json"));
  g_assert_cmpuint (f->problems, ==, 1);
  g_assert_null (f->last_aside);
  g_assert_nonnull (strstr (f->last_message, "newer version"));

  /* Untouched: bytes, mode, inode; no good copy; a save is refused. */
  g_test_expect_message ("sfg-store", G_LOG_LEVEL_WARNING, "*read-only*");
  sfg_store_queue (f->store, "plans/new.json", doc, serialize_text);
  g_test_assert_expected_messages ();
  flush_ok (f);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, ==, after.st_ino);
  g_assert_cmpuint (after.st_mode & 0777, ==, 0640);
  sfg_test_assert_file_bytes (path, bytes);
  g_assert_false (g_file_test (good_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (f->saved, ==, 0);
}

static void
test_load_missing (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = path_in (f, "people.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = NULL;
  g_autofree char *text = NULL;

  node = sfg_store_load (f->store, "people.json", NULL, &error);
  g_assert_null (node);
  g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND);
  g_assert_false (sfg_store_error_is_refusal (error));
  g_assert_cmpuint (f->problems, ==, 0);

  /* Missing, with a good copy: the good copy is put back. */
  put (f, "people.json.good", "{\"version\": 1, \"text\": \"kept\"}");
  text = load_text (f, "people.json");
  g_assert_cmpstr (text, ==, "kept");
  g_assert_cmpuint (f->problems, ==, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_load_invalid_path (Fixture       *f,
                        gconstpointer  data)
{
  const char *bad[] = { "/etc/passwd", "../x.json", "plans/../../x.json", "", "plans//x.json" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (JsonNode) node = sfg_store_load (f->store, bad[i], NULL, &error);

      g_assert_null (node);
      g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_PATH);
    }
}

/* Two refusals of the same name never overwrite each other's set-aside copy. */
static void
test_load_set_aside_twice (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *taken = NULL;
  g_autoptr (GBytes) one = g_bytes_new_static ("{bad one", 8);
  g_autoptr (GBytes) two = g_bytes_new_static ("{bad two", 8);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr (GDateTime) later = g_date_time_add_seconds (now, 1);

  /* Occupy the names of this second and the next, so the counter is used. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *s = g_date_time_format (i == 0 ? now : later, "%Y%m%dT%H%M%SZ");
      g_autofree char *name = g_strdup_printf ("people.json.corrupt-%s", s);

      put (f, name, "occupied");
    }

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (JsonNode) node = NULL;
      GBytes *bytes = i == 0 ? one : two;
      g_autofree char *path = path_in (f, "people.json");

      sfg_test_write_file (path, g_bytes_get_data (bytes, NULL), 8);
      node = sfg_store_load (f->store, "people.json", NULL, &error);
      g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_JSON);
      sfg_test_assert_file_bytes (f->last_aside, bytes);
      if (i == 0)
        first = g_strdup (f->last_aside);
    }
  g_assert_cmpstr (first, !=, f->last_aside);
  sfg_test_assert_file_bytes (first, one);
}

/* A model that requires "text" to be a string. */
static gpointer
parse_text_model (JsonNode  *node,
                  GError   **error)
{
  JsonNode *text = json_object_get_member (json_node_get_object (node), "text");

  if (text == NULL || json_node_get_value_type (text) != G_TYPE_STRING)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "“text” must be a string");
      return NULL;
    }
  return text_doc_new (json_node_get_string (text));
}

static void
test_load_model_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = path_in (f, "journals/m.json");
  g_autofree char *good_path = path_in (f, "journals/m.json.good");
  g_autoptr (GBytes) bad = g_bytes_new_static ("{\"version\": 1, \"text\": 5}", 25);
  g_autoptr (GError) error = NULL;
  g_autoptr (GObject) doc = NULL;

  /* Refused by the model, no good copy; and a good copy the model refuses is
   * not used either. */
  sfg_test_write_file (path, g_bytes_get_data (bad, NULL), 25);
  sfg_test_write_file (good_path, "{\"version\": 1}", -1);
  doc = sfg_store_load_object (f->store, "journals/m.json", parse_text_model, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_DOCUMENT);
  g_assert_nonnull (strstr (error->message, "“text” must be a string"));
  g_test_message ("%s", error->message);
  assert_set_aside (f, path, bad);
  g_clear_error (&error);

  /* With a good copy the model accepts: that is used. */
  sfg_test_write_file (path, g_bytes_get_data (bad, NULL), 25);
  sfg_test_write_file (good_path, "{\"version\": 1, \"text\": \"fine\"}", -1);
  doc = sfg_store_load_object (f->store, "journals/m.json", parse_text_model, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_object_get_data (doc, "text"), ==, "fine");
  assert_set_aside (f, path, bad);
  g_clear_object (&doc);

  /* The restored file loads; the good copy is refreshed from model-accepted
   * content only. */
  doc = sfg_store_load_object (f->store, "journals/m.json", parse_text_model, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_object_get_data (doc, "text"), ==, "fine");
}

/* ---- delete ---- */

static void
test_delete_undelete (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr (GObject) doc = text_doc_new ("plan");
  g_autoptr (GError) error = NULL;
  g_autofree char *path = path_in (f, "plans/d.json");
  g_autofree char *trash = NULL;
  g_autofree char *back = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_auto (GStrv) listed = NULL;
  g_autofree char *text = NULL;

  sfg_store_queue (f->store, "plans/d.json", doc, serialize_text);
  flush_ok (f);
  g_free (load_text (f, "plans/d.json"));   /* makes the good copy */
  bytes = sfg_test_read_bytes (path);

  /* A change queued, then the plan deleted: the change must not bring it back. */
  set_text (doc, "edited");
  sfg_store_queue (f->store, "plans/d.json", doc, serialize_text);
  trash = sfg_store_delete (f->store, "plans/d.json", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (trash, "trash/"));
  g_assert_true (g_str_has_suffix (trash, "/plans/d.json"));
  g_assert_false (sfg_store_has_pending (f->store));
  flush_ok (f);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  listed = sfg_store_list (f->store, "plans");
  g_assert_cmpuint (g_strv_length (listed), ==, 0);

  /* Deleting again: not found. */
  g_assert_null (sfg_store_delete (f->store, "plans/d.json", &error));
  g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  back = sfg_store_undelete (f->store, trash, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back, ==, "plans/d.json");
  sfg_test_assert_file_bytes (path, bytes);
  text = load_text (f, "plans/d.json");
  g_assert_cmpstr (text, ==, "plan");
  {
    g_autofree char *good = path_in (f, "plans/d.json.good");

    g_assert_true (g_file_test (good, G_FILE_TEST_EXISTS));
  }

  /* The same name cannot be put back over an existing file. */
  g_free (trash);
  trash = sfg_store_delete (f->store, "plans/d.json", &error);
  g_assert_no_error (error);
  put (f, "plans/d.json", "{\"version\": 1}");
  g_assert_null (sfg_store_undelete (f->store, trash, &error));
  g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_EXISTS);
}

/* A delete while a write is in flight waits for it, and the write does not
 * bring the file back. */
static gint in_slow_write;

static void
slow_hook (gboolean before,
           gpointer data)
{
  if (before)
    {
      g_atomic_int_set (&in_slow_write, 1);
      g_usleep (200 * 1000);
    }
}

static void
test_delete_while_writing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr (GObject) doc = text_doc_new ("slow");
  g_autoptr (GError) error = NULL;
  g_autofree char *path = path_in (f, "plans/w.json");
  g_autofree char *trash = NULL;

  sfg_store_set_delays (f->store, 0, 0);
  sfg_store_set_write_hook (f->store, slow_hook, NULL);
  sfg_store_queue (f->store, "plans/w.json", doc, serialize_text);
  while (!g_atomic_int_get (&in_slow_write))
    g_main_context_iteration (NULL, FALSE);
  /* The worker is inside its write: delete waits for it, then moves the file. */
  trash = sfg_store_delete (f->store, "plans/w.json", &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  flush_ok (f);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* ---- guard ---- */

static void
test_guard_accepts (void)
{
  const char *good[] = {
    "{\"version\": 1}",
    " \n{ \"version\" : 1 , \"a\" : [ ] , \"b\" : { } }\n",
    "{\"version\": 1, \"s\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"}",
    "{\"version\": 1, \"n\": [0, -0, 1.5, -2e-3, 1E+2, 9223372036854775807, "
    "-9223372036854775808, 1e308]}",
    "{\"version\": 1, \"t\": [true, false, null], \"emoji\": \"👩🏽‍💻 ‏שלום e\xcc\x81\"}",
    "{\"version\": 1, \"\\\\u0000\": \"\\\\u0000\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (JsonNode) node = NULL;
      gint64 version = 0;

      node = sfg_json_guard_parse_document (good[i], strlen (good[i]), &version, &error);
      g_assert_no_error (error);
      g_assert_nonnull (node);
      g_assert_cmpint (version, ==, 1);
    }
}

static void
test_guard_depth_limit (void)
{
  GString *s = g_string_new (NULL);
  g_autoptr (GError) error = NULL;

  /* Exactly 64 levels is fine. */
  for (guint i = 0; i < SFG_STORE_MAX_DEPTH; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < SFG_STORE_MAX_DEPTH; i++)
    g_string_append_c (s, ']');
  g_assert_true (sfg_json_guard_check_text (s->str, s->len, &error));
  g_assert_no_error (error);

  /* A million unclosed brackets, inside and outside strings: no crash. */
  g_string_truncate (s, 0);
  g_string_append (s, "[\"[[[[\", ");
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (s, i % 2 ? '[' : '{');
  g_assert_false (sfg_json_guard_check_text (s->str, s->len, &error));
  g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_INVALID_JSON);
  g_clear_error (&error);
  g_string_truncate (s, 0);
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (s, '[');
  g_assert_false (sfg_json_guard_check_text (s->str, s->len, &error));
  g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_TOO_DEEP);
  g_string_free (s, TRUE);
}

static void
test_guard_writer_node (void)
{
  g_autoptr (JsonNode) nan_node = json_node_new (JSON_NODE_VALUE);
  g_autoptr (GError) error = NULL;

  json_node_set_double (nan_node, 0.0 / 0.0);
  g_assert_false (sfg_json_guard_check_node (nan_node, &error));
  g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_BAD_VALUE);
}

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS: nothing here writes to XDG folders, and
   * GLib 2.74 leaks its per-test folder names (valgrind). */
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/store/folder/created", test_folder_created);
  g_test_add_func ("/store/folder/tightened", test_folder_tightened);
  g_test_add_func ("/store/folder/default", test_folder_default);
  ADD ("folder/temp-cleanup", test_folder_temp_cleanup);

  ADD ("save/basic", test_save_basic);
  ADD ("save/mode-tightened", test_save_mode_tightened);
  ADD ("save/unchanged-skipped", test_save_unchanged_skipped);
  ADD ("save/timing", test_save_timing);
  ADD ("save/serialised", test_save_serialised);
  ADD ("save/flush-many", test_save_flush_many);
  ADD ("save/refuses-unreadable", test_save_refuses_unreadable);
  ADD ("save/queue-node", test_save_queue_node);
  ADD ("save/log", test_save_log);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/store/load/refused/%s", bad_cases[i].name);

      g_test_add (name, Fixture, &bad_cases[i], fixture_set_up, test_load_refused,
                  fixture_tear_down);
    }
  ADD ("load/good-refreshed", test_load_good_refreshed);
  ADD ("load/newer-version", test_load_newer_version);
  ADD ("load/missing", test_load_missing);
  ADD ("load/invalid-path", test_load_invalid_path);
  ADD ("load/set-aside-twice", test_load_set_aside_twice);
  ADD ("load/model-refused", test_load_model_refused);

  ADD ("delete/undelete", test_delete_undelete);
  ADD ("delete/while-writing", test_delete_while_writing);

  g_test_add_func ("/store/guard/accepts", test_guard_accepts);
  g_test_add_func ("/store/guard/depth-limit", test_guard_depth_limit);
  g_test_add_func ("/store/guard/writer-node", test_guard_writer_node);

  return g_test_run ();
}
