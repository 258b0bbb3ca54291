/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "model-test-helpers.h"
#include "sfg-json-guard.h"
#include "sfg-json-locate.h"
#include "sfg-model-error.h"
#include "sfg-org-framework.h"
#include "sfg-person.h"
#include "sfg-plan.h"
#include "sfg-test-utils.h"

static SfgOrgFramework *
load_ok (const char *json)
{
  g_autoptr(GError) error = NULL;
  SfgOrgFramework *org = sfg_org_framework_new_from_data (json, strlen (json), &error);

  g_assert_no_error (error);
  g_assert_nonnull (org);
  return org;
}

static const char *
text_at (SfgFramework *framework,
         const char   *position_id,
         guint         index)
{
  GPtrArray *list = sfg_framework_get_initiatives (framework, position_id);

  g_assert_cmpuint (index, <, list->len);
  return sfg_initiative_get_text (g_ptr_array_index (list, index));
}

static const char *
id_at (SfgFramework *framework,
       const char   *position_id,
       guint         index)
{
  GPtrArray *list = sfg_framework_get_initiatives (framework, position_id);

  g_assert_cmpuint (index, <, list->len);
  return sfg_initiative_get_id (g_ptr_array_index (list, index));
}

static guint
n_at (SfgFramework *framework,
      const char   *position_id)
{
  return sfg_framework_get_initiatives (framework, position_id)->len;
}

/* The built-in content is content.md's: every position as the spec lists it. */
static void
assert_builtin (SfgFramework *framework)
{
  g_autoptr(GPtrArray) expected = sfg_test_content_positions ();

  for (guint i = 0; i < expected->len; i++)
    {
      SfgTestPosition *want = g_ptr_array_index (expected, i);

      g_assert_cmpuint (n_at (framework, want->id), ==, want->initiatives->len);
      for (guint n = 0; n < want->initiatives->len; n++)
        g_assert_cmpstr (text_at (framework, want->id, n), ==,
                         g_ptr_array_index (want->initiatives, n));
    }
  g_assert_cmpuint (sfg_framework_get_n_initiatives (framework), ==, 55);
}

static const char extend_json[] =
  "{\n"
  "  \"version\": 1,\n"
  "  \"organisation\": \"Northfield NHS Trust\",\n"
  "  \"positions\": {\n"
  "    \"depth-2\": {\n"
  "      \"initiatives\": [\n"
  "        { \"id\": \"nf-coaching\", \"text\": \"Join the Trust coaching programme\",\n"
  "          \"link\": \"https://intranet.example.nhs.uk/coaching\" },\n"
  "        { \"id\": \"nf-shadow\", \"text\": \"Shadow a senior colleague\" },\n"
  "        { \"id\": \"depth-2.3\", \"link\": \"https://intranet.example.nhs.uk/mentoring\" }\n"
  "      ]\n"
  "    }\n"
  "  },\n"
  "  \"resources\": {\n"
  "    \"Personal values assessment\": \"https://intranet.example.nhs.uk/values\"\n"
  "  },\n"
  "  \"something-later\": [1, 2, 3]\n"
  "}\n";

static void
test_extend (void)
{
  g_autoptr(SfgOrgFramework) org = load_ok (extend_json);
  g_autoptr(SfgFramework) framework = sfg_framework_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (sfg_org_framework_get_organisation (org), ==, "Northfield NHS Trust");
  g_assert_cmpuint (sfg_org_framework_get_n_positions (org), ==, 1);
  g_assert_cmpuint (sfg_org_framework_get_n_initiatives (org), ==, 2);
  g_assert_cmpuint (sfg_org_framework_get_n_resource_links (org), ==, 1);
  g_assert_false (sfg_org_framework_replaces (org, "depth-2"));
  g_assert_null (sfg_org_framework_get_path (org));

  g_assert_true (sfg_org_framework_apply (org, framework, &error));
  g_assert_no_error (error);
  g_assert_true (sfg_org_framework_get_applied (framework) == org);

  /* The five built-in initiatives, then the organisation's two. */
  g_assert_cmpuint (n_at (framework, "depth-2"), ==, 7);
  g_assert_cmpstr (text_at (framework, "depth-2", 0), ==, "Increase system exposure");
  g_assert_cmpstr (id_at (framework, "depth-2", 5), ==, "nf-coaching");
  g_assert_cmpstr (text_at (framework, "depth-2", 5), ==, "Join the Trust coaching programme");
  g_assert_cmpstr (text_at (framework, "depth-2", 6), ==, "Shadow a senior colleague");
  g_assert_false (sfg_initiative_is_builtin (g_ptr_array_index (sfg_framework_get_initiatives (framework, "depth-2"), 6)));
  g_assert_cmpuint (sfg_framework_get_n_initiatives (framework), ==, 57);

  g_assert_cmpstr (sfg_org_framework_get_initiative_link (org, "nf-coaching"), ==,
                   "https://intranet.example.nhs.uk/coaching");
  g_assert_cmpstr (sfg_org_framework_get_initiative_link (org, "depth-2.3"), ==,
                   "https://intranet.example.nhs.uk/mentoring");
  g_assert_null (sfg_org_framework_get_initiative_link (org, "nf-shadow"));
  g_assert_cmpstr (sfg_org_framework_get_resource_link (org, "Personal values assessment"), ==,
                   "https://intranet.example.nhs.uk/values");
  g_assert_null (sfg_org_framework_get_resource_link (org, "Listening to shame"));

  /* Titles and categories are the framework's, whatever the file says. */
  g_assert_cmpstr (sfg_position_get_title (sfg_framework_lookup_position ("depth-2")), ==,
                   "Core contributor");
}

static void
test_replace (void)
{
  static const char json[] =
    "{ \"version\": 1, \"positions\": { \"stretch-3\": { \"mode\": \"replace\", \"initiatives\": [\n"
    "  { \"id\": \"nf-board\", \"text\": \"Observe a Trust board meeting\" },\n"
    "  { \"id\": \"stretch-3.2\" }\n"
    "] }, \"depth-1\": { \"mode\": \"replace\", \"initiatives\": [] } } }";
  g_autoptr(SfgOrgFramework) org = load_ok (json);
  g_autoptr(SfgFramework) framework = sfg_framework_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (sfg_org_framework_replaces (org, "stretch-3"));
  g_assert_true (sfg_org_framework_apply (org, framework, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (n_at (framework, "stretch-3"), ==, 2);
  g_assert_cmpstr (text_at (framework, "stretch-3", 0), ==, "Observe a Trust board meeting");
  /* A built-in initiative kept by id keeps its own (translated) words. */
  g_assert_cmpstr (id_at (framework, "stretch-3", 1), ==, "stretch-3.2");
  g_assert_cmpstr (text_at (framework, "stretch-3", 1), ==, "Active in external networks");
  g_assert_cmpuint (n_at (framework, "depth-1"), ==, 0);
  g_assert_cmpuint (n_at (framework, "breadth-2"), ==, 5);
}

static void
count_changed_cb (SfgFramework *framework,
                  const char   *position_id,
                  guint        *changes)
{
  g_assert_nonnull (sfg_framework_lookup_position (position_id));
  (*changes)++;
}

/* Going back to the built-in content, and from one file to another whose ids
 * sit in other positions. */
static void
test_switch_and_reset (void)
{
  static const char first[] =
    "{ \"version\": 1, \"positions\": { \"depth-3\": { \"initiatives\": [\n"
    "  { \"id\": \"shared-id\", \"text\": \"First\" } ] } } }";
  static const char second[] =
    "{ \"version\": 2, \"positions\": { \"breadth-1\": { \"initiatives\": [\n"
    "  { \"id\": \"shared-id\", \"text\": \"Second\" } ] } } }";
  g_autoptr(SfgOrgFramework) one = load_ok (first);
  g_autoptr(SfgOrgFramework) two = load_ok (second);
  g_autoptr(SfgFramework) framework = sfg_framework_new ();
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect (framework, "changed", G_CALLBACK (count_changed_cb), &changes);

  g_assert_true (sfg_org_framework_apply (one, framework, &error));
  g_assert_cmpuint (n_at (framework, "depth-3"), ==, 9);
  /* Views hear of every position that may have changed. */
  g_assert_cmpuint (changes, >=, 9);
  g_assert_true (sfg_org_framework_apply (two, framework, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_at (framework, "depth-3"), ==, 8);
  g_assert_cmpuint (n_at (framework, "breadth-1"), ==, 7);
  g_assert_cmpstr (sfg_initiative_get_position_id (sfg_framework_lookup_initiative (framework, "shared-id")),
                   ==, "breadth-1");

  g_assert_true (sfg_org_framework_apply (NULL, framework, &error));
  g_assert_null (sfg_org_framework_get_applied (framework));
  assert_builtin (framework);
}

typedef struct
{
  const char *name;
  const char *json;
  int code;
  const char *says;   /* a part of the message: the field it names */
  guint line;         /* 0: the message has no line */
} BadCase;

static const BadCase bad_cases[] = {
  /* not JSON */
  { "not-json", "{ \"version\": 1,\n  \"positions\": { depth-2 } }", SFG_ORG_FRAMEWORK_ERROR_NOT_JSON, "line 2", 0 },
  { "empty", "   \n", SFG_ORG_FRAMEWORK_ERROR_NOT_JSON, "empty", 0 },
  { "comment", "{ \"version\": 1 } /* x */", SFG_ORG_FRAMEWORK_ERROR_NOT_JSON, "not valid JSON", 0 },
  { "nul-escape", "{ \"version\": 1, \"organisation\": \"a\\u0000b\" }", SFG_ORG_FRAMEWORK_ERROR_NOT_JSON, "faithfully", 0 },
  /* the document */
  { "array", "[1]", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "one object", 1 },
  { "no-version", "{\n \"positions\": {} }", SFG_ORG_FRAMEWORK_ERROR_NO_VERSION, "“version” is missing", 1 },
  { "string-version", "{\n \"version\": \"1\" }", SFG_ORG_FRAMEWORK_ERROR_NO_VERSION, "“version”", 2 },
  { "zero-version", "{\n \"version\": 0 }", SFG_ORG_FRAMEWORK_ERROR_NO_VERSION, "“version”", 2 },
  /* wrong types */
  { "organisation", "{ \"version\": 1,\n \"organisation\": 7 }", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "“organisation” must be text", 2 },
  { "positions", "{ \"version\": 1,\n \"positions\": [] }", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "“positions” must be an object", 2 },
  { "position", "{ \"version\": 1, \"positions\": {\n \"depth-2\": [] } }", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "“depth-2” must be an object", 2 },
  { "mode-type", "{ \"version\": 1, \"positions\": { \"depth-2\": {\n \"mode\": true, \"initiatives\": [] } } }", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "“mode” of “depth-2”", 2 },
  { "initiatives-type", "{ \"version\": 1, \"positions\": { \"depth-2\": {\n\n \"initiatives\": {} } } }", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "“initiatives” of “depth-2” must be a list", 3 },
  { "initiative-type", "{ \"version\": 1, \"positions\": { \"depth-2\": { \"initiatives\": [\n \"Coaching\" ] } } }", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "initiative 1 of “depth-2” must be an object", 2 },
  { "id-type", "{ \"version\": 1, \"positions\": { \"depth-2\": { \"initiatives\": [\n {\n \"id\": 4, \"text\": \"x\" } ] } } }", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "“id” of initiative 1 of “depth-2” must be text", 3 },
  { "text-type", "{ \"version\": 1, \"positions\": { \"stretch-1\": { \"initiatives\": [\n { \"id\": \"a\", \"text\": \"A\" },\n { \"id\": \"b\",\n \"text\": [\"B\"] } ] } } }", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "“text” of initiative 2 of “stretch-1” must be text", 4 },
  { "link-type", "{ \"version\": 1, \"positions\": { \"depth-2\": { \"initiatives\": [\n { \"id\": \"a\", \"text\": \"A\",\n \"link\": 3 } ] } } }", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "“link” of initiative 1 of “depth-2” must be text", 3 },
  { "resources-type", "{ \"version\": 1,\n \"resources\": [] }", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "“resources” must be an object", 2 },
  { "resource-link-type", "{ \"version\": 1, \"resources\": {\n \"Listening to shame\": false } }", SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE, "the link of “Listening to shame” must be text", 2 },
  /* missing */
  { "no-initiatives", "{ \"version\": 1, \"positions\": {\n \"depth-2\": { \"mode\": \"replace\" } } }", SFG_ORG_FRAMEWORK_ERROR_MISSING, "“initiatives” of “depth-2” is missing", 2 },
  { "no-id", "{ \"version\": 1, \"positions\": { \"depth-2\": { \"initiatives\": [\n { \"text\": \"x\" } ] } } }", SFG_ORG_FRAMEWORK_ERROR_MISSING, "“id” of initiative 1 of “depth-2” is missing", 2 },
  { "no-text", "{ \"version\": 1, \"positions\": { \"depth-2\": { \"initiatives\": [\n { \"id\": \"x\" } ] } } }", SFG_ORG_FRAMEWORK_ERROR_MISSING, "“text” of initiative 1 of “depth-2” is missing", 2 },
  /* unknown ids */
  { "unknown-position", "{ \"version\": 1, \"positions\": {\n \"depth-2\": { \"initiatives\": [] },\n \"depth-4\": { \"initiatives\": [] } } }", SFG_ORG_FRAMEWORK_ERROR_UNKNOWN_POSITION, "“depth-4” is not a position", 3 },
  { "title-as-position", "{ \"version\": 1, \"positions\": {\n \"Core contributor\": {} } }", SFG_ORG_FRAMEWORK_ERROR_UNKNOWN_POSITION, "“Core contributor” is not a position", 2 },
  { "unknown-resource", "{ \"version\": 1, \"resources\": {\n \"Mindfulness\": \"https://example.org\" } }", SFG_ORG_FRAMEWORK_ERROR_UNKNOWN_RESOURCE, "“Mindfulness”", 2 },
  /* values */
  { "mode-value", "{ \"version\": 1, \"positions\": { \"depth-2\": {\n \"mode\": \"merge\", \"initiatives\": [] } } }", SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, "“extend” or “replace”", 2 },
  { "empty-text", "{ \"version\": 1, \"positions\": { \"depth-2\": { \"initiatives\": [\n { \"id\": \"x\", \"text\": \"  \" } ] } } }", SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, "“text” of initiative 1 of “depth-2” is empty", 2 },
  { "duplicate-id", "{ \"version\": 1, \"positions\": { \"depth-2\": { \"initiatives\": [ { \"id\": \"x\", \"text\": \"A\" } ] },\n \"depth-3\": { \"initiatives\": [ { \"id\": \"x\", \"text\": \"B\" } ] } } }", SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, "“x” is used more than once", 2 },
  { "builtin-elsewhere", "{ \"version\": 1, \"positions\": { \"depth-2\": { \"initiatives\": [\n { \"id\": \"depth-3.1\" } ] } } }", SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, "“depth-3.1” is a built-in initiative of “depth-3”", 2 },
  { "builtin-text", "{ \"version\": 1, \"positions\": { \"depth-2\": { \"initiatives\": [\n { \"id\": \"depth-2.1\",\n \"text\": \"Other words\" } ] } } }", SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, "keeps its own words", 3 },
  { "bad-link", "{ \"version\": 1, \"positions\": { \"depth-2\": { \"initiatives\": [\n { \"id\": \"a\", \"text\": \"A\", \"link\": \"javascript:alert(1)\" } ] } } }", SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, "web address", 2 },
  { "file-link", "{ \"version\": 1, \"resources\": {\n \"Listening to shame\": \"file:///etc/passwd\" } }", SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE, "web address", 2 },
};

static void
test_refused (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SfgOrgFramework) org = NULL;

  org = sfg_org_framework_new_from_data (bad->json, strlen (bad->json), &error);
  g_assert_null (org);
  g_assert_error (error, SFG_ORG_FRAMEWORK_ERROR, bad->code);
  if (strstr (error->message, bad->says) == NULL)
    g_error ("“%s” does not say “%s”", error->message, bad->says);
  if (bad->line > 0)
    {
      g_autofree char *prefix = g_strdup_printf ("Line %u: ", bad->line);

      if (!g_str_has_prefix (error->message, prefix))
        g_error ("“%s” does not start with “%s”", error->message, prefix);
    }
}

static void
test_refused_too_large (void)
{
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "framework.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) big = g_string_new ("{ \"version\": 1, \"organisation\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfgOrgFramework) org = NULL;

  while (big->len <= SFG_ORG_FRAMEWORK_MAX_FILE_SIZE)
    g_string_append (big, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
  g_string_append (big, "\" }");

  org = sfg_org_framework_new_from_data (big->str, big->len, &error);
  g_assert_null (org);
  g_assert_error (error, SFG_ORG_FRAMEWORK_ERROR, SFG_ORG_FRAMEWORK_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_clear_error (&error);

  /* From a file the size is checked before anything is read. */
  sfg_test_write_file (path, big->str, (gssize) big->len);
  org = sfg_org_framework_new_from_file (file, NULL, &error);
  g_assert_null (org);
  g_assert_error (error, SFG_ORG_FRAMEWORK_ERROR, SFG_ORG_FRAMEWORK_ERROR_TOO_LARGE);
  sfg_test_remove_tree (dir);
}

static void
test_refused_too_deep (void)
{
  gsize n = 100000;
  g_autofree char *deep = g_malloc (2 * n + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfgOrgFramework) org = NULL;

  memset (deep, '[', n);
  memset (deep + n, ']', n);
  deep[2 * n] = '\0';
  org = sfg_org_framework_new_from_data (deep, 2 * n, &error);
  g_assert_null (org);
  g_assert_error (error, SFG_ORG_FRAMEWORK_ERROR, SFG_ORG_FRAMEWORK_ERROR_TOO_DEEP);
  g_clear_error (&error);

  /* Deep inside an otherwise good file. */
  {
    g_autoptr(GString) text = g_string_new ("{ \"version\": 1, \"x\": ");
    for (guint i = 0; i < 70; i++)
      g_string_append_c (text, '[');
    for (guint i = 0; i < 70; i++)
      g_string_append_c (text, ']');
    g_string_append (text, " }");
    org = sfg_org_framework_new_from_data (text->str, text->len, &error);
    g_assert_null (org);
    g_assert_error (error, SFG_ORG_FRAMEWORK_ERROR, SFG_ORG_FRAMEWORK_ERROR_TOO_DEEP);
  }
}

/* A refused file changes nothing: the built-in content (or the file in use) stays. */
static void
test_refused_keeps_content (void)
{
  static const char bad[] = "{ \"version\": 1, \"positions\": { \"depth-9\": {} } }";
  g_autoptr(SfgFramework) framework = sfg_framework_new ();
  g_autoptr(SfgOrgFramework) good = load_ok (extend_json);
  g_autoptr(SfgOrgFramework) org = NULL;
  g_autoptr(GError) error = NULL;

  org = sfg_org_framework_new_from_data (bad, strlen (bad), &error);
  g_assert_null (org);
  assert_builtin (framework);
  g_assert_null (sfg_org_framework_get_applied (framework));

  g_assert_true (sfg_org_framework_apply (good, framework, NULL));
  g_clear_error (&error);
  org = sfg_org_framework_new_from_data (bad, strlen (bad), &error);
  g_assert_null (org);
  g_assert_true (sfg_org_framework_get_applied (framework) == good);
  g_assert_cmpuint (n_at (framework, "depth-2"), ==, 7);
}

static void
test_from_file (void)
{
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "framework.json", NULL);
  g_autofree char *sample = g_build_filename (g_getenv ("SFG_SOURCE_DIR"), "data",
                                              "sample-organisation-framework.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) sample_file = g_file_new_for_path (sample);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(SfgOrgFramework) org = NULL;
  g_autoptr(SfgFramework) framework = sfg_framework_new ();
  g_autoptr(GError) error = NULL;

  org = sfg_org_framework_new_from_file (file, NULL, &error);
  g_assert_null (org);
  g_assert_error (error, SFG_ORG_FRAMEWORK_ERROR, SFG_ORG_FRAMEWORK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  org = sfg_org_framework_new_from_file (directory, NULL, &error);
  g_assert_null (org);
  g_assert_error (error, SFG_ORG_FRAMEWORK_ERROR, SFG_ORG_FRAMEWORK_ERROR_FAILED);
  g_clear_error (&error);

  sfg_test_write_file (path, extend_json, -1);
  org = sfg_org_framework_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sfg_org_framework_get_path (org), ==, path);
  g_clear_object (&org);

  /* The sample shipped in data/ is a valid file. */
  org = sfg_org_framework_new_from_file (sample_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sfg_org_framework_get_organisation (org));
  g_assert_cmpuint (sfg_org_framework_get_n_initiatives (org), >, 0);
  g_assert_cmpuint (sfg_org_framework_get_n_resource_links (org), >, 0);
  g_assert_true (sfg_org_framework_apply (org, framework, &error));
  g_assert_no_error (error);
  sfg_test_remove_tree (dir);
}

static void
test_default_path (void)
{
  g_autofree char *path = sfg_org_framework_get_default_path ();
  g_autofree char *want = g_build_filename (g_get_user_config_dir (), "scope-for-growth",
                                            "framework.json", NULL);

  g_assert_cmpstr (path, ==, want);
}

static SfgPlan *
round_trip (SfgPlan *plan)
{
  g_autoptr(JsonNode) node = sfg_plan_to_json (plan);
  g_autofree char *text = node_to_text (node);
  g_autoptr(JsonNode) again = NULL;
  g_autoptr(GError) error = NULL;
  SfgPlan *copy;

  again = sfg_json_guard_parse (text, strlen (text), &error);
  g_assert_no_error (error);
  copy = sfg_plan_new_from_json (again, &error);
  g_assert_no_error (error);
  return copy;
}

static void
test_positions_round_trip (void)
{
  g_autoptr(SfgPerson) person = sfg_person_new ();
  g_autoptr(SfgPlan) plan = sfg_plan_new (person);
  g_autoptr(SfgPlan) copy = NULL;
  g_autoptr(SfgPlan) copy2 = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sfg_plan_set_current_position (plan, "depth-2", &error));
  g_assert_true (sfg_plan_set_aspiration (plan, "stretch-2", &error));
  g_assert_no_error (error);
  copy = round_trip (plan);
  g_assert_cmpstr (sfg_plan_get_current_position (copy), ==, "depth-2");
  g_assert_cmpstr (sfg_plan_get_aspiration (copy), ==, "stretch-2");

  g_assert_true (sfg_plan_set_aspiration (plan, SFG_ASPIRATION_CONSOLIDATE, &error));
  g_assert_no_error (error);
  copy2 = round_trip (plan);
  g_assert_cmpstr (sfg_plan_get_current_position (copy2), ==, "depth-2");
  g_assert_cmpstr (sfg_plan_get_aspiration (copy2), ==, "consolidate");

  /* Cleared positions stay cleared. */
  g_assert_true (sfg_plan_set_current_position (copy2, NULL, &error));
  g_assert_true (sfg_plan_set_aspiration (copy2, NULL, &error));
  g_clear_object (&copy);
  copy = round_trip (copy2);
  g_assert_null (sfg_plan_get_current_position (copy));
  g_assert_null (sfg_plan_get_aspiration (copy));

  /* What is not a position is refused. */
  g_assert_false (sfg_plan_set_current_position (plan, "consolidate", &error));
  g_assert_nonnull (error);
}

static void
test_add_to_plan_idempotent (void)
{
  g_autoptr(SfgPerson) person = sfg_person_new ();
  g_autoptr(SfgPlan) plan = sfg_plan_new (person);
  g_autoptr(SfgFramework) framework = sfg_framework_new ();
  g_autoptr(SfgOrgFramework) org = load_ok (extend_json);
  g_autoptr(SfgPlan) copy = NULL;
  g_autoptr(GError) error = NULL;
  SfgAction *first, *again, *own;

  first = sfg_plan_add_initiative_action (plan, framework, "depth-2", "depth-2.3", &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  again = sfg_plan_add_initiative_action (plan, framework, "depth-2", "depth-2.3", &error);
  g_assert_no_error (error);
  g_assert_true (again == first);
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (plan)), ==, 1);
  g_assert_true (sfg_plan_has_initiative (plan, "depth-2", "depth-2.3"));
  g_assert_cmpstr (sfg_action_get_description (first), ==, "Mentoring others");

  /* An organisation's initiative: its text is stored with the action, so the
   * plan does not need the file any more. */
  g_assert_true (sfg_org_framework_apply (org, framework, &error));
  own = sfg_plan_add_initiative_action (plan, framework, "depth-2", "nf-coaching", &error);
  g_assert_no_error (error);
  g_assert_true (sfg_plan_add_initiative_action (plan, framework, "depth-2", "nf-coaching", &error) == own);
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (plan)), ==, 2);
  g_assert_true (sfg_org_framework_apply (NULL, framework, &error));
  g_assert_null (sfg_plan_add_initiative_action (plan, framework, "depth-2", "nf-shadow", &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  copy = round_trip (plan);
  g_assert_true (sfg_plan_has_initiative (copy, "depth-2", "nf-coaching"));
  g_assert_cmpstr (sfg_action_get_initiative_text (sfg_plan_find_initiative_action (copy, "depth-2", "nf-coaching")),
                   ==, "Join the Trust coaching programme");
  /* Still idempotent after a reload: the same initiative is not added twice. */
  g_assert_true (sfg_plan_add_initiative_action (copy, framework, "depth-2", "depth-2.3", &error)
                 == sfg_plan_find_initiative_action (copy, "depth-2", "depth-2.3"));
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (copy)), ==, 2);
}

static void
test_locate_line (void)
{
  static const char text[] =
    "{\n"
    "  \"a\": [\n"
    "    1,\n"
    "    { \"b\\u0020c\": \"x,]}\" },\n"
    "    \"last\"\n"
    "  ],\n"
    "  \"a\": {\n"
    "    \"d\": null }\n"
    "}\n";
  const char *root[] = { NULL };
  const char *a1[] = { "a", "1", NULL };
  const char *bc[] = { "a", "1", "b c", NULL };
  const char *a2[] = { "a", "2", NULL };
  const char *a_last[] = { "a", NULL };
  const char *d[] = { "a", "d", NULL };
  const char *none[] = { "a", "7", NULL };
  gsize n = strlen (text);

  g_assert_true (sfg_json_guard_check_text (text, n, NULL));
  g_assert_cmpuint (sfg_json_locate_line (text, n, root), ==, 1);
  g_assert_cmpuint (sfg_json_locate_line (text, n, a1), ==, 4);
  g_assert_cmpuint (sfg_json_locate_line (text, n, bc), ==, 4);
  g_assert_cmpuint (sfg_json_locate_line (text, n, a2), ==, 5);
  /* A repeated member: the last one, which is the one json-glib keeps. */
  g_assert_cmpuint (sfg_json_locate_line (text, n, a_last), ==, 7);
  g_assert_cmpuint (sfg_json_locate_line (text, n, d), ==, 8);
  g_assert_cmpuint (sfg_json_locate_line (text, n, none), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/org-framework/extend", test_extend);
  g_test_add_func ("/org-framework/replace", test_replace);
  g_test_add_func ("/org-framework/switch-and-reset", test_switch_and_reset);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/org-framework/refused/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_refused);
    }
  g_test_add_func ("/org-framework/refused/too-large", test_refused_too_large);
  g_test_add_func ("/org-framework/refused/too-deep", test_refused_too_deep);
  g_test_add_func ("/org-framework/refused/keeps-content", test_refused_keeps_content);
  g_test_add_func ("/org-framework/from-file", test_from_file);
  g_test_add_func ("/org-framework/default-path", test_default_path);
  g_test_add_func ("/org-framework/positions-round-trip", test_positions_round_trip);
  g_test_add_func ("/org-framework/add-to-plan-idempotent", test_add_to_plan_idempotent);
  g_test_add_func ("/org-framework/locate-line", test_locate_line);

  return g_test_run ();
}
