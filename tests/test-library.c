/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "model-test-helpers.h"
#include "sfg-json-util.h"
#include "sfg-library.h"
#include "sfg-model-error.h"
#include "sfg-store-private.h"
#include "sfg-test-utils.h"

typedef struct
{
  char       *dir;
  SfgStore   *store;
  SfgLibrary *library;
  GPtrArray  *saved;     /* relpaths, in order */
  GPtrArray  *problems;  /* messages of SfgLibrary::load-problem */
} Fixture;

static void
saved_cb (SfgStore   *store,
          const char *relpath,
          Fixture    *f)
{
  g_ptr_array_add (f->saved, g_strdup (relpath));
}

static void
load_problem_cb (SfgLibrary *library,
                 const char *relpath,
                 const char *set_aside,
                 const char *message,
                 Fixture    *f)
{
  g_ptr_array_add (f->problems, g_strdup (message));
}

/* A fresh store and library on the fixture's folder, as a new start would. */
static gboolean
fixture_open (Fixture  *f,
              GError  **error)
{
  g_autoptr(GError) store_error = NULL;

  g_clear_object (&f->library);
  g_clear_object (&f->store);
  g_ptr_array_set_size (f->saved, 0);
  g_ptr_array_set_size (f->problems, 0);

  f->store = sfg_store_new (f->dir, &store_error);
  g_assert_no_error (store_error);
  sfg_store_set_delays (f->store, 20, 50);
  g_signal_connect (f->store, "saved", G_CALLBACK (saved_cb), f);
  f->library = sfg_library_new (f->store);
  g_signal_connect (f->library, "load-problem", G_CALLBACK (load_problem_cb), f);
  return sfg_library_load (f->library, error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sfg_test_make_temp_dir ();
  f->saved = g_ptr_array_new_with_free_func (g_free);
  f->problems = g_ptr_array_new_with_free_func (g_free);
  fixture_open (f, &error);
  g_assert_no_error (error);
}

static void flush (Fixture *f);

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* No write may still be running when the folder is removed. */
  flush (f);
  g_clear_object (&f->library);
  g_clear_object (&f->store);
  sfg_test_remove_tree (f->dir);
  g_free (f->dir);
  g_ptr_array_unref (f->saved);
  g_ptr_array_unref (f->problems);
}

static void
flush (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  sfg_test_library_flush (f->library, &error);
  g_assert_no_error (error);
}

static char *
path_of (Fixture    *f,
         const char *relpath)
{
  return g_build_filename (f->dir, relpath, NULL);
}

static char *
read_text (Fixture    *f,
           const char *relpath)
{
  g_autofree char *path = path_of (f, relpath);
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  return text;
}

static char *
model_text (gpointer  model,
            JsonNode *(*to_json) (gpointer))
{
  g_autoptr(JsonNode) node = to_json (model);

  return node_to_text (node);
}

#define PLAN_TEXT(p)    model_text ((p), (JsonNode *(*) (gpointer)) sfg_plan_to_json)
#define JOURNAL_TEXT(j) model_text ((j), (JsonNode *(*) (gpointer)) sfg_journal_to_json)
#define NOTES_TEXT(n)   model_text ((n), (JsonNode *(*) (gpointer)) sfg_private_notes_to_json)
#define PEOPLE_TEXT(p)  model_text ((p), (JsonNode *(*) (gpointer)) sfg_people_to_json)

static guint
n_plans (Fixture *f)
{
  return g_list_model_get_n_items (sfg_library_get_plans (f->library));
}

/* Names in @subdir that start with @prefix. */
static guint
count_files (Fixture    *f,
             const char *subdir,
             const char *prefix)
{
  g_autofree char *dir = path_of (f, subdir);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;
  return n;
}

static SfgPlan *
make_full_plan (Fixture    *f,
                const char *name)
{
  SfgPerson *person = sfg_library_add_person (f->library, name);
  SfgPlan *plan;
  g_autoptr(SfgObjective) objective = sfg_objective_new ("Lead a cross-team project",
                                                         SFG_OBJECTIVE_TERM_SHORT);
  g_autoptr(SfgAction) action = sfg_action_new ("Shadow the lead analyst");
  g_autoptr(SfgAction) done = sfg_action_new ("Finish the course");
  g_autoptr(GError) error = NULL;

  sfg_person_set_role (person, "Senior analyst");
  sfg_person_set_team (person, "Workforce intelligence");
  sfg_person_set_line_manager (person, "Priya Shah");
  plan = sfg_library_create_plan (f->library, person);
  g_assert_true (sfg_plan_set_date (plan, "2025-03-30", &error));
  g_assert_true (sfg_plan_set_current_position (plan, "depth-2", &error));
  g_assert_true (sfg_plan_set_aspiration (plan, "stretch-2", &error));
  g_assert_true (sfg_plan_set_evidence (plan, "Runs the weekly report", &error));
  g_assert_true (sfg_plan_add_objective (plan, objective, &error));
  sfg_action_set_status (action, SFG_ACTION_STATUS_IN_PROGRESS);
  g_assert_true (sfg_plan_add_action (plan, action, &error));
  sfg_action_set_status (done, SFG_ACTION_STATUS_DONE);
  g_assert_true (sfg_plan_add_action (plan, done, &error));
  g_assert_nonnull (sfg_plan_add_initiative_action (plan, sfg_library_get_framework (f->library),
                                                    "depth-2", "depth-2.3", &error));
  g_assert_no_error (error);
  return plan;
}

/* ---- tests ---- */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfgPlan *plan = make_full_plan (f, "Sam Jones");
  SfgJournal *journal = sfg_library_create_journal (f->library, NULL);
  SfgPrivateNotes *notes = sfg_library_get_private_notes (f->library, plan);
  g_autofree char *plan_id = g_strdup (sfg_plan_get_id (plan));
  g_autofree char *journal_id = g_strdup (sfg_journal_get_id (journal));
  g_autofree char *people_text = NULL;
  g_autofree char *plan_text = NULL;
  g_autofree char *journal_text = NULL;
  g_autofree char *notes_text = NULL;
  g_autofree char *people_text2 = NULL;
  g_autofree char *plan_text2 = NULL;
  g_autofree char *journal_text2 = NULL;
  g_autofree char *notes_text2 = NULL;

  sfg_journal_set_name (journal, "Sam Jones");
  sfg_journal_set_answer (journal, "wellbeing.1", "Mostly well");
  sfg_private_notes_set_stage_notes (notes, 2, "Talked about the project");
  sfg_private_notes_set_checklist (notes, "summarise", TRUE);
  flush (f);

  people_text = PEOPLE_TEXT (sfg_library_get_people (f->library));
  plan_text = PLAN_TEXT (plan);
  journal_text = JOURNAL_TEXT (journal);
  notes_text = NOTES_TEXT (notes);

  g_assert_true (fixture_open (f, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->problems->len, ==, 0);
  g_assert_cmpuint (n_plans (f), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (sfg_library_get_journals (f->library)), ==, 1);

  plan = sfg_library_lookup_plan (f->library, plan_id);
  journal = sfg_library_lookup_journal (f->library, journal_id);
  g_assert_nonnull (plan);
  g_assert_nonnull (journal);
  people_text2 = PEOPLE_TEXT (sfg_library_get_people (f->library));
  plan_text2 = PLAN_TEXT (plan);
  journal_text2 = JOURNAL_TEXT (journal);
  notes_text2 = NOTES_TEXT (sfg_library_get_private_notes (f->library, plan));
  g_assert_cmpstr (people_text, ==, people_text2);
  g_assert_cmpstr (plan_text, ==, plan_text2);
  g_assert_cmpstr (journal_text, ==, journal_text2);
  g_assert_cmpstr (notes_text, ==, notes_text2);
  g_assert_false (sfg_library_is_read_only (f->library, plan));

  /* Loading alone writes nothing. */
  flush (f);
  g_assert_cmpuint (f->saved->len, ==, 0);
}

static gboolean
was_saved (Fixture    *f,
           const char *relpath)
{
  for (guint i = 0; i < f->saved->len; i++)
    if (g_str_equal (g_ptr_array_index (f->saved, i), relpath))
      return TRUE;
  return FALSE;
}

static void
wait_for_save (Fixture    *f,
               const char *relpath)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!was_saved (f, relpath))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_autosave (Fixture       *f,
               gconstpointer  data)
{
  SfgJournal *journal = sfg_library_create_journal (f->library, NULL);
  g_autofree char *relpath = g_strdup_printf ("journals/%s.json", sfg_journal_get_id (journal));
  g_autofree char *text = NULL;
  SfgPerson *person;
  SfgPlan *plan;
  g_autofree char *plan_relpath = NULL;

  wait_for_save (f, relpath);
  g_ptr_array_set_size (f->saved, 0);

  /* A change is written without anyone asking. */
  sfg_journal_set_answer (journal, "aspirations.2", "Lead a team");
  wait_for_save (f, relpath);
  text = read_text (f, relpath);
  g_assert_nonnull (strstr (text, "Lead a team"));

  person = sfg_library_add_person (f->library, "Alex Doe");
  wait_for_save (f, "people.json");
  g_clear_pointer (&text, g_free);
  text = read_text (f, "people.json");
  g_assert_nonnull (strstr (text, "Alex Doe"));

  plan = sfg_library_create_plan (f->library, person);
  plan_relpath = g_strdup_printf ("plans/%s.json", sfg_plan_get_id (plan));
  wait_for_save (f, plan_relpath);
  wait_for_save (f, "index.json");
  g_ptr_array_set_size (f->saved, 0);

  /* A plan's indexed column changes: the plan and the index follow. */
  g_assert_true (sfg_plan_set_name (plan, "Alex Doe-Smith", NULL));
  wait_for_save (f, plan_relpath);
  wait_for_save (f, "index.json");
  g_clear_pointer (&text, g_free);
  text = read_text (f, "index.json");
  g_assert_nonnull (strstr (text, "Alex Doe-Smith"));
}

typedef enum
{
  INDEX_DELETED,
  INDEX_STALE,
  INDEX_CORRUPT,
  INDEX_WRONG_TYPE,
} IndexDamage;

static void
test_index_rebuilt (Fixture       *f,
                    gconstpointer  data)
{
  IndexDamage damage = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *index_path = path_of (f, "index.json");
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) rebuilt = NULL;
  g_autofree char *text = NULL;
  char *p;

  for (guint i = 0; i < 3; i++)
    make_full_plan (f, i == 0 ? "Sam Jones" : "Robin Lee");
  flush (f);
  original = sfg_test_read_bytes (index_path);
  g_assert_nonnull (original);
  text = g_strndup (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_assert_nonnull (strstr (text, "\"plan-id\""));

  switch (damage)
    {
    case INDEX_DELETED:
      g_assert_cmpint (g_unlink (index_path), ==, 0);
      break;
    case INDEX_STALE:
      p = strstr (text, "Robin Lee");
      g_assert_nonnull (p);
      memcpy (p, "Robin Lea", 9);
      sfg_test_write_file (index_path, text, -1);
      break;
    case INDEX_CORRUPT:
      sfg_test_write_file (index_path, "{\"version\": 1, \"plans\": [", -1);
      break;
    case INDEX_WRONG_TYPE:
      sfg_test_write_file (index_path, "{\"version\": 1, \"plans\": {}}\n", -1);
      break;
    }

  g_assert_true (fixture_open (f, &error));
  g_assert_no_error (error);
  /* A cache: nothing to tell the user, nothing set aside. */
  g_assert_cmpuint (f->problems->len, ==, 0);
  flush (f);
  rebuilt = sfg_test_read_bytes (index_path);
  g_assert_nonnull (rebuilt);
  g_assert_true (g_bytes_equal (original, rebuilt));
  g_assert_cmpuint (count_files (f, ".", "index.json.corrupt"), ==, 0);
  g_assert_cmpuint (count_files (f, ".", "index.json.good"), ==, 0);

  /* A current index is left alone. */
  g_assert_true (fixture_open (f, &error));
  flush (f);
  g_assert_false (was_saved (f, "index.json"));
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfgPlan *plan = make_full_plan (f, "Sam Jones");
  SfgPrivateNotes *notes = sfg_library_get_private_notes (f->library, plan);
  g_autofree char *id = g_strdup (sfg_plan_get_id (plan));
  g_autofree char *relpath = g_strdup_printf ("plans/%s.json", id);
  g_autofree char *notes_relpath = g_strdup_printf ("private/%s.json", id);
  g_autofree char *path = path_of (f, relpath);
  g_autofree char *notes_path = path_of (f, notes_relpath);
  g_autofree char *token = NULL;
  g_autofree char *token2 = NULL;
  g_autofree char *index = NULL;
  SfgPlan *back;
  SfgPlan *fresh;

  sfg_private_notes_set_preparation (notes, "self-awareness", "Check my assumptions");
  flush (f);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (notes_path, G_FILE_TEST_EXISTS));

  token = sfg_library_delete_plan (f->library, plan, &error);
  g_assert_no_error (error);
  g_assert_nonnull (token);
  g_assert_cmpuint (n_plans (f), ==, 0);
  g_assert_null (sfg_library_lookup_plan (f->library, id));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (notes_path, G_FILE_TEST_EXISTS));
  flush (f);
  index = read_text (f, "index.json");
  g_assert_null (strstr (index, id));

  back = sfg_library_undelete_plan (f->library, token, &error);
  g_assert_no_error (error);
  g_assert_true (back == plan);
  g_assert_cmpuint (n_plans (f), ==, 1);
  g_assert_true (sfg_library_lookup_plan (f->library, id) == plan);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (notes_path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (sfg_private_notes_get_preparation (sfg_library_get_private_notes (f->library,
                                                                                     plan),
                                                      "self-awareness"),
                   ==, "Check my assumptions");
  /* The token is used up. */
  g_assert_null (sfg_library_undelete_plan (f->library, token, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Still being saved after it came back. */
  g_assert_true (sfg_plan_set_reflections (plan, "After the undo", NULL));
  flush (f);
  g_clear_pointer (&index, g_free);
  index = read_text (f, relpath);
  g_assert_nonnull (strstr (index, "After the undo"));
  g_clear_pointer (&index, g_free);
  index = read_text (f, "index.json");
  g_assert_nonnull (strstr (index, id));

  /* A plan deleted before it ever reached the disk comes back too. */
  fresh = sfg_library_create_plan (f->library, sfg_library_add_person (f->library, "New"));
  token2 = sfg_library_delete_plan (f->library, fresh, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_plans (f), ==, 1);
  g_assert_true (sfg_library_undelete_plan (f->library, token2, &error) == fresh);
  g_assert_no_error (error);
  g_assert_cmpuint (n_plans (f), ==, 2);

  /* Deleted stays deleted after a restart. */
  g_clear_pointer (&token, g_free);
  token = sfg_library_delete_plan (f->library, plan, &error);
  g_assert_no_error (error);
  flush (f);
  g_assert_true (fixture_open (f, &error));
  g_assert_cmpuint (n_plans (f), ==, 1);
  g_assert_null (sfg_library_lookup_plan (f->library, id));

  /* The token still works in the new session: the plan comes back from the trash. */
  back = sfg_library_undelete_plan (f->library, token, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_cmpstr (sfg_plan_get_reflections (back), ==, "After the undo");
  g_assert_cmpuint (n_plans (f), ==, 2);
}

static void
test_follow_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfgPlan *previous = make_full_plan (f, "Sam Jones");
  g_autofree char *previous_text = NULL;
  g_autofree char *previous_after = NULL;
  g_autofree char *relpath = NULL;
  g_autofree char *today = sfg_date_today ();
  g_autofree char *id = NULL;
  g_autofree char *previous_id = NULL;
  SfgPlan *next;
  GListModel *actions;

  g_assert_true (sfg_plan_mark_agreed (previous, "Sam Jones", "Priya Shah", "2025-03-30", &error));
  g_assert_no_error (error);
  previous_text = PLAN_TEXT (previous);
  previous_id = g_strdup (sfg_plan_get_id (previous));

  next = sfg_library_start_follow_up (f->library, previous, &error);
  g_assert_no_error (error);
  g_assert_nonnull (next);
  id = g_strdup (sfg_plan_get_id (next));
  g_assert_cmpstr (id, !=, sfg_plan_get_id (previous));
  g_assert_cmpstr (sfg_plan_get_person_id (next), ==, sfg_plan_get_person_id (previous));
  g_assert_cmpstr (sfg_plan_get_based_on_plan_id (next), ==, sfg_plan_get_id (previous));
  g_assert_cmpint (sfg_plan_get_based_on_revision (next), ==, 1);
  g_assert_cmpint (sfg_plan_get_status (next), ==, SFG_PLAN_STATUS_DRAFT);
  g_assert_cmpstr (sfg_plan_get_date (next), ==, today);
  g_assert_cmpstr (sfg_plan_get_current_position (next), ==, "depth-2");

  /* The unfinished actions (2 of 3) are carried forward. */
  actions = sfg_plan_get_actions (next);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SfgAction) action = g_list_model_get_item (actions, i);

      g_assert_cmpint (sfg_action_get_status (action), ==, SFG_ACTION_STATUS_CARRIED_FORWARD);
      g_assert_nonnull (sfg_action_get_carried_from (action));
    }
  g_assert_cmpuint (n_plans (f), ==, 2);
  /* Newest first: today's follow-up before the 2025 plan. */
  {
    g_autoptr(SfgPlan) first = g_list_model_get_item (sfg_library_get_plans (f->library), 0);

    g_assert_true (first == next);
  }

  previous_after = PLAN_TEXT (previous);
  g_assert_cmpstr (previous_text, ==, previous_after);

  flush (f);
  relpath = g_strdup_printf ("plans/%s.json", id);
  g_assert_true (was_saved (f, relpath));
  g_assert_true (fixture_open (f, &error));
  next = sfg_library_lookup_plan (f->library, id);
  g_assert_nonnull (next);
  g_assert_cmpstr (sfg_plan_get_based_on_plan_id (next), ==, previous_id);

  /* A plan that is not in the library cannot be followed up. */
  {
    g_autoptr(SfgPerson) stranger = sfg_person_new ();
    g_autoptr(SfgPlan) outside = sfg_plan_new (stranger);

    g_assert_null (sfg_library_start_follow_up (f->library, outside, &error));
    g_assert_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND);
  }
}

static void
test_journal_carry_forward (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfgJournal *old = sfg_library_create_journal (f->library, NULL);
  SfgJournal *blank;
  SfgJournal *carried;
  g_auto(GStrv) answered = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *old_after = NULL;
  GListModel *journals = sfg_library_get_journals (f->library);
  g_autofree char *old_id = g_strdup (sfg_journal_get_id (old));

  sfg_journal_set_date (old, "2024-05-01");
  sfg_journal_set_name (old, "Sam Jones");
  sfg_journal_set_line_manager (old, "Priya Shah");
  sfg_journal_set_answer (old, "wellbeing.1", "Tired but fine");
  sfg_journal_set_answer (old, "strengths.2", "Analysis");
  old_text = JOURNAL_TEXT (old);

  carried = sfg_library_create_journal (f->library, old);
  g_assert_cmpstr (sfg_journal_get_carried_from (carried), ==, old_id);
  g_assert_cmpstr (sfg_journal_get_name (carried), ==, "Sam Jones");
  g_assert_cmpstr (sfg_journal_get_answer (carried, "wellbeing.1"), ==, "Tired but fine");
  g_assert_cmpstr (sfg_journal_get_answer (carried, "strengths.2"), ==, "Analysis");
  old_after = JOURNAL_TEXT (old);
  g_assert_cmpstr (old_text, ==, old_after);

  blank = sfg_library_create_journal (f->library, NULL);
  answered = sfg_journal_dup_answered_ids (blank);
  g_assert_cmpuint (g_strv_length (answered), ==, 0);
  g_assert_null (sfg_journal_get_carried_from (blank));

  /* Newest date first; a later date change moves a journal. */
  g_assert_cmpuint (g_list_model_get_n_items (journals), ==, 3);
  {
    g_autoptr(SfgJournal) last = g_list_model_get_item (journals, 2);

    g_assert_true (last == old);
  }
  sfg_journal_set_date (old, "2099-01-01");
  {
    g_autoptr(SfgJournal) first = g_list_model_get_item (journals, 0);

    g_assert_true (first == old);
  }

  flush (f);
  g_assert_true (fixture_open (f, &error));
  g_assert_cmpuint (g_list_model_get_n_items (sfg_library_get_journals (f->library)), ==, 3);
  {
    g_autoptr(SfgJournal) first = g_list_model_get_item (sfg_library_get_journals (f->library), 0);

    g_assert_cmpstr (sfg_journal_get_id (first), ==, old_id);
  }
}

static void
test_private_notes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfgPlan *plan = make_full_plan (f, "Sam Jones");
  SfgPlan *other = make_full_plan (f, "Robin Lee");
  SfgPrivateNotes *notes;
  g_autofree char *plan_relpath = g_strdup_printf ("plans/%s.json", sfg_plan_get_id (plan));
  g_autofree char *notes_relpath = g_strdup_printf ("private/%s.json", sfg_plan_get_id (plan));
  g_autofree char *other_notes = g_strdup_printf ("private/%s.json", sfg_plan_get_id (other));
  g_autofree char *plan_text = NULL;
  g_autofree char *notes_text = NULL;
  g_autofree char *wrong = NULL;
  g_autofree char *other_path = NULL;
  g_autofree char *plan_id = g_strdup (sfg_plan_get_id (plan));
  g_autofree char *other_id = g_strdup (sfg_plan_get_id (other));

  flush (f);
  /* Created on first use; only written once something is in them. */
  notes = sfg_library_get_private_notes (f->library, plan);
  g_assert_nonnull (notes);
  g_assert_true (sfg_library_get_private_notes (f->library, plan) == notes);
  g_assert_cmpstr (sfg_private_notes_get_plan_id (notes), ==, sfg_plan_get_id (plan));
  flush (f);
  g_assert_false (was_saved (f, notes_relpath));

  sfg_private_notes_set_preparation (notes, "identity", "PRIVATE-MARKER-7");
  sfg_private_notes_set_bias_check (notes, "prepared", TRUE);
  flush (f);
  g_assert_true (was_saved (f, notes_relpath));

  notes_text = read_text (f, notes_relpath);
  plan_text = read_text (f, plan_relpath);
  g_assert_nonnull (strstr (notes_text, "PRIVATE-MARKER-7"));
  g_assert_null (strstr (plan_text, "PRIVATE-MARKER-7"));
  g_assert_null (strstr (plan_text, "private"));
  g_assert_null (strstr (plan_text, "bias"));

  /* A notes file whose plan-id does not match its name is refused. */
  wrong = g_strdup (notes_text);
  other_path = path_of (f, other_notes);
  sfg_test_write_file (other_path, wrong, -1);
  g_assert_true (fixture_open (f, &error));
  g_assert_no_error (error);
  other = sfg_library_lookup_plan (f->library, other_id);
  notes = sfg_library_get_private_notes (f->library, other);
  g_assert_cmpstr (sfg_private_notes_get_plan_id (notes), ==, other_id);
  g_assert_cmpstr (sfg_private_notes_get_preparation (notes, "identity"), ==, "");
  g_assert_cmpuint (f->problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (f->problems, 0), "file name"));
  {
    g_autofree char *base = g_path_get_basename (other_path);

    /* The set-aside copy, next to the file the notes are saved to later. */
    g_assert_cmpuint (count_files (f, "private", base), ==, 1);
  }
  /* The right notes still load. */
  plan = sfg_library_lookup_plan (f->library, plan_id);
  notes = sfg_library_get_private_notes (f->library, plan);
  g_assert_cmpstr (sfg_private_notes_get_preparation (notes, "identity"), ==, "PRIVATE-MARKER-7");
}

static void
test_corrupt_plan_set_aside (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bad_id = NULL;
  g_autofree char *bad_path = NULL;
  g_autofree char *good_path = NULL;
  g_autofree char *aside_name = NULL;
  g_autoptr(GBytes) corrupt = g_bytes_new_static ("{\"version\": 1, \"id\": [", 22);
  const char * const *problems;
  SfgPlan *plans[3];

  for (guint i = 0; i < 3; i++)
    plans[i] = make_full_plan (f, "Sam Jones");
  flush (f);
  bad_id = g_strdup (sfg_plan_get_id (plans[1]));
  bad_path = g_strdup_printf ("%s/plans/%s.json", f->dir, bad_id);
  good_path = g_strconcat (bad_path, ".good", NULL);

  /* No good copy yet (it is made when a file loads): the plan is lost to
   * this session, but its bytes are kept aside. */
  g_assert_false (g_file_test (good_path, G_FILE_TEST_EXISTS));
  sfg_test_write_file (bad_path, g_bytes_get_data (corrupt, NULL), (gssize) g_bytes_get_size (corrupt));

  g_assert_true (fixture_open (f, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_plans (f), ==, 2);
  g_assert_null (sfg_library_lookup_plan (f->library, bad_id));
  g_assert_cmpuint (f->problems->len, ==, 1);
  problems = sfg_library_get_load_problems (f->library);
  g_assert_nonnull (problems[0]);
  g_assert_null (problems[1]);
  g_assert_nonnull (strstr (problems[0], "set aside"));
  aside_name = g_strconcat (bad_id, ".json.corrupt-", NULL);
  g_assert_cmpuint (count_files (f, "plans", aside_name), ==, 1);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  {
    g_autofree char *dir = path_of (f, "plans");
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      if (g_str_has_prefix (name, aside_name))
        {
          g_autofree char *aside = g_build_filename (dir, name, NULL);

          sfg_test_assert_file_bytes (aside, corrupt);
        }
  }

  /* Now the other two have good copies: corrupting one uses its good copy. */
  {
    g_autofree char *path = NULL;
    g_autofree char *before = NULL;

    plans[0] = g_list_model_get_item (sfg_library_get_plans (f->library), 0);
    g_object_unref (plans[0]);
    before = PLAN_TEXT (plans[0]);
    path = g_strdup_printf ("%s/plans/%s.json", f->dir, sfg_plan_get_id (plans[0]));
    sfg_test_write_file (path, "", 0);
    g_assert_true (fixture_open (f, &error));
    g_assert_cmpuint (n_plans (f), ==, 2);
    g_assert_cmpuint (f->problems->len, ==, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (f->problems, 0), "last copy"));
    plans[0] = g_list_model_get_item (sfg_library_get_plans (f->library), 0);
    g_object_unref (plans[0]);
    {
      g_autofree char *after = PLAN_TEXT (plans[0]);

      g_assert_cmpstr (before, ==, after);
    }
  }
}

static void
test_plan_id_mismatch (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfgPlan *plan = make_full_plan (f, "Sam Jones");
  g_autofree char *text = NULL;
  g_autofree char *relpath = g_strdup_printf ("plans/%s.json", sfg_plan_get_id (plan));
  g_autofree char *other_id = g_uuid_string_random ();
  g_autofree char *other_path = g_strdup_printf ("%s/plans/%s.json", f->dir, other_id);
  g_autofree char *prefix = g_strconcat (other_id, ".json.corrupt-", NULL);

  flush (f);
  text = read_text (f, relpath);
  /* A copy under another name is not the plan it claims to be. */
  sfg_test_write_file (other_path, text, -1);
  g_assert_true (fixture_open (f, &error));
  g_assert_cmpuint (n_plans (f), ==, 1);
  g_assert_cmpuint (f->problems->len, ==, 1);
  g_assert_cmpuint (count_files (f, "plans", prefix), ==, 1);
}

static void
test_read_only_newer_version (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfgPlan *plan = make_full_plan (f, "Sam Jones");
  g_autofree char *id = g_strdup (sfg_plan_get_id (plan));
  g_autofree char *relpath = g_strdup_printf ("plans/%s.json", id);
  g_autofree char *path = path_of (f, relpath);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) before = NULL;
  char *p;
  g_autofree char *token = NULL;

  flush (f);
  text = read_text (f, relpath);
  p = strstr (text, "\"version\" : 1");
  g_assert_nonnull (p);
  p[strlen ("\"version\" : ")] = '2';
  sfg_test_write_file (path, text, -1);
  before = sfg_test_read_bytes (path);

  g_assert_true (fixture_open (f, &error));
  plan = sfg_library_lookup_plan (f->library, id);
  g_assert_nonnull (plan);
  g_assert_true (sfg_library_is_read_only (f->library, plan));
  g_assert_cmpuint (f->problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (f->problems, 0), "newer version"));

  g_assert_true (sfg_plan_set_evidence (plan, "Changed in memory", NULL));
  flush (f);
  g_assert_false (was_saved (f, relpath));
  sfg_test_assert_file_bytes (path, before);

  token = sfg_library_delete_plan (f->library, plan, &error);
  g_assert_null (token);
  g_assert_error (error, SFG_STORE_ERROR, SFG_STORE_ERROR_READ_ONLY);
  sfg_test_assert_file_bytes (path, before);

  /* Others stay writable. */
  g_assert_false (sfg_library_is_read_only (f->library, sfg_library_get_people (f->library)));
}

/* A newer version's file that this version cannot make sense of: told,
 * left alone, never written; everything else loads. */
static void
test_newer_version_unreadable (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *relpath = g_strdup_printf ("plans/%s.json", id);
  g_autofree char *path = path_of (f, relpath);
  g_autoptr(GBytes) before = NULL;
  const char *text = "{\"version\": 2, \"id\": 42}\n";

  make_full_plan (f, "Sam Jones");
  flush (f);
  sfg_test_write_file (path, text, -1);
  before = sfg_test_read_bytes (path);

  g_assert_false (fixture_open (f, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (n_plans (f), ==, 1);
  g_assert_cmpuint (f->problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (f->problems, 0), "newer version"));
  g_assert_nonnull (strstr (g_ptr_array_index (f->problems, 0), relpath));
  g_assert_null (strstr (g_ptr_array_index (f->problems, 0), ".."));
  flush (f);
  sfg_test_assert_file_bytes (path, before);
  g_assert_cmpuint (count_files (f, "plans", id), ==, 1);
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  SfgPlan *watched = user_data;

  /* A listener never sees the moved plan missing. */
  g_assert_true (g_list_store_find (G_LIST_STORE (list), watched, NULL));
}

static void
test_unsaved_and_order (Fixture       *f,
                        gconstpointer  data)
{
  SfgPlan *a = make_full_plan (f, "Sam Jones");
  SfgPlan *b = make_full_plan (f, "Robin Lee");
  GListModel *plans = sfg_library_get_plans (f->library);
  g_auto(GStrv) unsaved = NULL;
  g_auto(GStrv) after = NULL;
  gulong id;

  unsaved = sfg_library_dup_unsaved (f->library);
  g_assert_true (g_strv_contains ((const char * const *) unsaved, "the list of people"));
  g_assert_true (g_strv_contains ((const char * const *) unsaved, "the plan for Sam Jones"));
  g_assert_true (g_strv_contains ((const char * const *) unsaved, "the plan for Robin Lee"));
  flush (f);
  after = sfg_library_dup_unsaved (f->library);
  g_assert_cmpuint (g_strv_length (after), ==, 0);

  id = g_signal_connect (plans, "items-changed", G_CALLBACK (items_changed_cb), a);
  g_assert_true (sfg_plan_set_date (a, "2020-01-01", NULL));
  g_assert_true (sfg_plan_set_date (b, "2019-01-01", NULL));
  g_assert_true (sfg_plan_set_date (a, "2021-01-01", NULL));
  {
    g_autoptr(SfgPlan) first = g_list_model_get_item (plans, 0);

    g_assert_true (first == a);
  }
  g_assert_true (sfg_plan_set_date (a, NULL, NULL));
  {
    g_autoptr(SfgPlan) last = g_list_model_get_item (plans, 1);

    g_assert_true (last == a);
  }
  g_signal_handler_disconnect (plans, id);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add ("/library/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("round-trip", test_round_trip, NULL);
  ADD ("autosave", test_autosave, NULL);
  ADD ("index/deleted", test_index_rebuilt, GINT_TO_POINTER (INDEX_DELETED));
  ADD ("index/stale", test_index_rebuilt, GINT_TO_POINTER (INDEX_STALE));
  ADD ("index/corrupt", test_index_rebuilt, GINT_TO_POINTER (INDEX_CORRUPT));
  ADD ("index/wrong-type", test_index_rebuilt, GINT_TO_POINTER (INDEX_WRONG_TYPE));
  ADD ("delete-undo", test_delete_undo, NULL);
  ADD ("follow-up", test_follow_up, NULL);
  ADD ("journal/carry-forward", test_journal_carry_forward, NULL);
  ADD ("private-notes", test_private_notes, NULL);
  ADD ("corrupt-plan-set-aside", test_corrupt_plan_set_aside, NULL);
  ADD ("plan-id-mismatch", test_plan_id_mismatch, NULL);
  ADD ("read-only-newer-version", test_read_only_newer_version, NULL);
  ADD ("unsaved-and-order", test_unsaved_and_order, NULL);
  ADD ("newer-version-unreadable", test_newer_version_unreadable, NULL);
#undef ADD

  return g_test_run ();
}
