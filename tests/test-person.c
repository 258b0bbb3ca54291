/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "model-test-helpers.h"
#include "sfg-model-error.h"
#include "sfg-people.h"

static const char people_json[] =
  "{ \"version\": 1, \"future\": { \"kept\": [1, 2] },"
  "  \"people\": ["
  "    { \"id\": \"0f9b3a52-0c7e-4b59-9f66-5d7e2b3c1a10\", \"name\": \"Sam Jones\","
  "      \"role\": \"Senior analyst\", \"team\": \"Workforce\", \"line-manager\": \"Priya Shah\","
  "      \"pronouns\": \"they/them\" },"
  "    { \"id\": \"6a1d2e4f-8b9c-4d0e-a1b2-c3d4e5f60718\", \"name\": \"Sam Jones\","
  "      \"role\": \"Nurse\", \"team\": \"Ward 7\", \"line-manager\": \"Alex Moss\" }"
  "  ] }";

static void
test_round_trip (void)
{
  g_autoptr(JsonNode) node = parse_json (people_json);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfgPeople) people = sfg_people_new_from_json (node, &error);
  g_autoptr(JsonNode) written = NULL;
  g_autoptr(JsonNode) written_again = NULL;
  g_autoptr(SfgPeople) again = NULL;
  g_autoptr(SfgPerson) first = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_cmpstr (sfg_person_get_id (first), ==, "0f9b3a52-0c7e-4b59-9f66-5d7e2b3c1a10");
  g_assert_cmpstr (sfg_person_get_name (first), ==, "Sam Jones");
  g_assert_cmpstr (sfg_person_get_role (first), ==, "Senior analyst");
  g_assert_cmpstr (sfg_person_get_team (first), ==, "Workforce");
  g_assert_cmpstr (sfg_person_get_line_manager (first), ==, "Priya Shah");

  written = sfg_people_to_json (people);
  text = node_to_text (written);
  /* Unknown members, at the root and in a person, survive the rewrite. */
  g_assert_nonnull (strstr (text, "\"pronouns\" : \"they/them\""));
  g_assert_nonnull (strstr (text, "\"future\""));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (written), "version"), ==, 1);

  again = sfg_people_new_from_json (written, &error);
  g_assert_no_error (error);
  written_again = sfg_people_to_json (again);
  text_again = node_to_text (written_again);
  g_assert_cmpstr (text, ==, text_again);
}

/* Two people with the same name stay two people, told apart by id. */
static void
test_same_name_distinct (void)
{
  g_autoptr(JsonNode) node = parse_json (people_json);
  g_autoptr(SfgPeople) people = sfg_people_new_from_json (node, NULL);
  SfgPerson *a = sfg_people_lookup (people, "0f9b3a52-0c7e-4b59-9f66-5d7e2b3c1a10");
  SfgPerson *b = sfg_people_lookup (people, "6a1d2e4f-8b9c-4d0e-a1b2-c3d4e5f60718");
  g_autoptr(SfgPerson) c = sfg_person_new ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_true (a != b);
  g_assert_cmpstr (sfg_person_get_name (a), ==, sfg_person_get_name (b));
  g_assert_cmpstr (sfg_person_get_role (b), ==, "Nurse");

  sfg_person_set_role (a, "Lead analyst");
  g_assert_cmpstr (sfg_person_get_role (b), ==, "Nurse");

  sfg_person_set_name (c, "Sam Jones");
  g_assert_true (sfg_people_add (people, c, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 3);
  g_assert_true (g_uuid_string_is_valid (sfg_person_get_id (c)));
  g_assert_true (sfg_people_lookup (people, sfg_person_get_id (c)) == c);

  /* The same person (same id) cannot be added twice. */
  g_assert_false (sfg_people_add (people, c, &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_DUPLICATE);
}

static void
count_cb (GObject *object,
          guint   *count)
{
  (*count)++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(SfgPeople) people = sfg_people_new ();
  g_autoptr(SfgPerson) person = sfg_person_new ();
  guint changed = 0, person_changed = 0, items = 0;

  g_signal_connect (people, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (people, "items-changed", G_CALLBACK (items_changed_cb), &items);
  g_signal_connect (person, "changed", G_CALLBACK (count_cb), &person_changed);

  g_assert_true (sfg_people_add (people, person, NULL));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (items, ==, 1);

  sfg_person_set_name (person, "Ana");
  sfg_person_set_role (person, "Porter");
  sfg_person_set_team (person, "Estates");
  sfg_person_set_line_manager (person, "Jo");
  g_assert_cmpuint (person_changed, ==, 4);
  g_assert_cmpuint (changed, ==, 5);

  /* No change, no signal. */
  sfg_person_set_name (person, "Ana");
  g_object_set (person, "team", "Estates", NULL);
  g_assert_cmpuint (changed, ==, 5);

  g_assert_true (sfg_people_remove (people, person));
  g_assert_cmpuint (changed, ==, 6);
  g_assert_cmpuint (items, ==, 2);
  g_assert_false (sfg_people_remove (people, person));

  /* A removed person no longer changes the list. */
  sfg_person_set_name (person, "Bea");
  g_assert_cmpuint (changed, ==, 6);
}

typedef struct
{
  const char *path;
  const char *value;    /* JSON text, or NULL to remove the member */
  const char *named;    /* what the message must name */
} BadCase;

static void
test_wrong_types (void)
{
  static const BadCase cases[] = {
    { "version", NULL, "version" },
    { "version", "\"1\"", "version" },
    { "version", "0", "version" },
    { "version", "1.5", "version" },
    { "people", "{}", "people" },
    { "people", "\"Sam\"", "people" },
    { "people/0", "[]", "people" },
    { "people/0/id", "42", "id" },
    { "people/0/id", "\"sam\"", "id" },
    { "people/0/id", NULL, "id" },
    { "people/0/name", "7", "name" },
    { "people/0/name", "[\"Sam\"]", "name" },
    { "people/0/role", "true", "role" },
    { "people/0/team", "{}", "team" },
    { "people/1/line-manager", "3.5", "line-manager" },
    { "people/1/id", "\"0f9b3a52-0c7e-4b59-9f66-5d7e2b3c1a10\"", "0f9b3a52" },
  };
  g_autoptr(JsonNode) good = parse_json (people_json);
  g_autoptr(JsonNode) array = parse_json ("[1]");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) bad = json_with_member (good, cases[i].path,
                                                  cases[i].value ? parse_json (cases[i].value) : NULL);
      g_autoptr(SfgPeople) people = sfg_people_new_from_json (bad, &error);

      g_test_message ("%s = %s: %s", cases[i].path, cases[i].value,
                      error ? error->message : "(accepted)");
      g_assert_null (people);
      g_assert_nonnull (error);
      g_assert_true (error->domain == SFG_MODEL_ERROR);
      g_assert_nonnull (strstr (error->message, cases[i].named));
      g_clear_error (&error);
    }

  g_assert_null (sfg_people_new_from_json (array, &error));
  g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID);
}

/* Optional members may be absent or null. */
static void
test_minimal (void)
{
  g_autoptr(JsonNode) node =
    parse_json ("{\"version\": 1, \"people\": [{\"id\": \"0f9b3a52-0c7e-4b59-9f66-5d7e2b3c1a10\","
                " \"name\": null}]}");
  g_autoptr(JsonNode) empty = parse_json ("{\"version\": 2}");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfgPeople) people = sfg_people_new_from_json (node, &error);
  g_autoptr(SfgPeople) none = NULL;
  g_autoptr(SfgPerson) person = NULL;

  g_assert_no_error (error);
  person = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_cmpstr (sfg_person_get_name (person), ==, "");
  g_assert_cmpstr (sfg_person_get_team (person), ==, "");

  /* A newer version is read (members are only ever added). */
  none = sfg_people_new_from_json (empty, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (none)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/person/round-trip", test_round_trip);
  g_test_add_func ("/person/same-name-distinct", test_same_name_distinct);
  g_test_add_func ("/person/changed", test_changed_signal);
  g_test_add_func ("/person/wrong-types", test_wrong_types);
  g_test_add_func ("/person/minimal", test_minimal);

  return g_test_run ();
}
