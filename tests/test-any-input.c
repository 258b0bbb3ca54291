/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Any input in any field (issue 8): right-to-left text, emoji, combining
 * marks, every NUL-free control character, JSON look-alikes and 100,000
 * characters, put in every text field of a person, a plan (with its
 * objectives, actions and sign-off), a journal (every answer) and private
 * notes — accepted as given, saved through SfgStore, and reloaded from disk
 * by a fresh store identically.  test-any-input-print.c prints them. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "any-input-helpers.h"
#include "sfg-journal-template.h"
#include "sfg-journal.h"
#include "sfg-json-guard.h"
#include "sfg-manager-template.h"
#include "sfg-people.h"
#include "sfg-plan.h"
#include "sfg-private-notes.h"
#include "sfg-store-private.h"
#include "sfg-store.h"
#include "sfg-test-utils.h"

/* A field's value: the variant with the field's name, so values moved to
 * the wrong field are caught too. */
static char *
value_for (const Variant *v,
           const char    *field)
{
  return g_strdup_printf ("%s|%s", v->text, field);
}

/* ---- saving and loading through the store ---- */

static void
save (SfgStore              *store,
      const char            *relpath,
      gpointer               model,
      SfgStoreSerializeFunc  func)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  sfg_store_queue (store, relpath, model, func);
  ok = sfg_test_store_flush (store, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_null (sfg_store_get_save_error (store));
}

static gpointer
reload (const char        *dir,
        const char        *relpath,
        SfgStoreParseFunc  parse)
{
  g_autoptr(SfgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean read_only = TRUE;
  gpointer model;

  store = sfg_store_new (dir, &error);
  g_assert_no_error (error);
  model = sfg_store_load_object (store, relpath, parse, &read_only, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  g_assert_false (read_only);
  g_assert_cmpuint (g_strv_length ((char **) sfg_store_get_load_problems (store)), ==, 0);
  return model;
}

static SfgStore *
open_store (const char *dir)
{
  g_autoptr(GError) error = NULL;
  SfgStore *store = sfg_store_new (dir, &error);

  g_assert_no_error (error);
  sfg_store_set_delays (store, 0, 0);
  return store;
}

/* ---- people ---- */

static void
fill_person (SfgPerson     *person,
             const Variant *v)
{
  g_autofree char *name = value_for (v, "name");
  g_autofree char *role = value_for (v, "role");
  g_autofree char *team = value_for (v, "team");
  g_autofree char *line_manager = value_for (v, "line-manager");

  sfg_person_set_name (person, name);
  sfg_person_set_role (person, role);
  sfg_person_set_team (person, team);
  sfg_person_set_line_manager (person, line_manager);
}

static void
check_person (SfgPerson     *person,
              const Variant *v)
{
  g_autofree char *name = value_for (v, "name");
  g_autofree char *role = value_for (v, "role");
  g_autofree char *team = value_for (v, "team");
  g_autofree char *line_manager = value_for (v, "line-manager");

  g_assert_cmpstr (sfg_person_get_name (person), ==, name);
  g_assert_cmpstr (sfg_person_get_role (person), ==, role);
  g_assert_cmpstr (sfg_person_get_team (person), ==, team);
  g_assert_cmpstr (sfg_person_get_line_manager (person), ==, line_manager);
}

static void
test_person (gconstpointer data)
{
  const Variant *v = data;
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autoptr(SfgStore) store = open_store (dir);
  g_autoptr(SfgPeople) people = sfg_people_new ();
  g_autoptr(SfgPerson) person = sfg_person_new ();
  g_autoptr(SfgPeople) loaded = NULL;
  g_autoptr(SfgPerson) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  fill_person (person, v);
  check_person (person, v);
  g_assert_true (sfg_people_add (people, person, &error));
  g_assert_no_error (error);
  save (store, "people.json", people, (SfgStoreSerializeFunc) sfg_people_to_json);

  loaded = reload (dir, "people.json", (SfgStoreParseFunc) sfg_people_new_from_json);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (loaded)), ==, 1);
  reloaded = g_list_model_get_item (G_LIST_MODEL (loaded), 0);
  g_assert_cmpstr (sfg_person_get_id (reloaded), ==, sfg_person_get_id (person));
  check_person (reloaded, v);

  g_clear_object (&store);
  sfg_test_remove_tree (dir);
}

/* ---- plans ---- */

static void
check_plan (SfgPlan       *plan,
            const Variant *v)
{
  g_autoptr(SfgObjective) objective = NULL;
  g_autoptr(SfgAction) action = NULL;
  g_autoptr(SfgAction) linked = NULL;
  g_autofree char *objective_text = value_for (v, "objective");
  g_autofree char *description = value_for (v, "description");
  g_autofree char *owner_other = value_for (v, "owner-other");
  g_autofree char *notes = value_for (v, "progress-notes");
  g_autofree char *initiative_text = value_for (v, "initiative-text");
  g_autofree char *individual = value_for (v, "individual-name");
  g_autofree char *manager = value_for (v, "manager-name");
  const SfgPlanEvent *event;

  for (guint i = 0; i < G_N_ELEMENTS (plan_fields); i++)
    {
      g_autofree char *expected = value_for (v, plan_fields[i].field);

      g_assert_cmpstr (plan_fields[i].get (plan), ==, expected);
    }

  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_objectives (plan)), ==, 1);
  objective = g_list_model_get_item (sfg_plan_get_objectives (plan), 0);
  g_assert_cmpstr (sfg_objective_get_text (objective), ==, objective_text);

  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (plan)), ==, 2);
  action = g_list_model_get_item (sfg_plan_get_actions (plan), 0);
  g_assert_cmpstr (sfg_action_get_description (action), ==, description);
  g_assert_cmpint (sfg_action_get_owner (action), ==, SFG_ACTION_OWNER_OTHER);
  g_assert_cmpstr (sfg_action_get_owner_other (action), ==, owner_other);
  g_assert_cmpstr (sfg_action_get_progress_notes (action), ==, notes);
  linked = g_list_model_get_item (sfg_plan_get_actions (plan), 1);
  g_assert_cmpstr (sfg_action_get_initiative_id (linked), ==, "depth-2.3");
  g_assert_cmpstr (sfg_action_get_initiative_text (linked), ==, initiative_text);

  g_assert_cmpint (sfg_plan_get_status (plan), ==, SFG_PLAN_STATUS_AGREED);
  g_assert_cmpstr (sfg_plan_get_individual_name (plan), ==, individual);
  g_assert_cmpstr (sfg_plan_get_manager_name (plan), ==, manager);
  g_assert_cmpuint (sfg_plan_get_n_events (plan), ==, 1);
  event = sfg_plan_get_event (plan, 0);
  g_assert_cmpstr (event->individual_name, ==, individual);
  g_assert_cmpstr (event->manager_name, ==, manager);
}

static void
test_plan (gconstpointer data)
{
  const Variant *v = data;
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autoptr(SfgStore) store = open_store (dir);
  g_autoptr(SfgPerson) person = sfg_person_new ();
  g_autoptr(SfgPlan) plan = NULL;
  g_autoptr(SfgPlan) loaded = NULL;
  g_autoptr(SfgObjective) objective = NULL;
  g_autoptr(SfgAction) action = NULL;
  g_autoptr(SfgAction) linked = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *relpath = NULL;
  g_autofree char *objective_text = value_for (v, "objective");
  g_autofree char *description = value_for (v, "description");
  g_autofree char *owner_other = value_for (v, "owner-other");
  g_autofree char *notes = value_for (v, "progress-notes");
  g_autofree char *initiative_text = value_for (v, "initiative-text");
  g_autofree char *individual = value_for (v, "individual-name");
  g_autofree char *manager = value_for (v, "manager-name");

  plan = sfg_plan_new (person);
  for (guint i = 0; i < G_N_ELEMENTS (plan_fields); i++)
    {
      g_autofree char *value = value_for (v, plan_fields[i].field);

      g_assert_true (plan_fields[i].set (plan, value, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sfg_plan_set_date (plan, "2025-03-30", &error));
  g_assert_true (sfg_plan_set_current_position (plan, "depth-2", &error));
  g_assert_no_error (error);

  objective = sfg_objective_new (objective_text, SFG_OBJECTIVE_TERM_LONGER);
  g_assert_true (sfg_plan_add_objective (plan, objective, &error));
  action = sfg_action_new (description);
  g_assert_true (sfg_action_set_owner (action, SFG_ACTION_OWNER_OTHER, &error));
  g_assert_true (sfg_action_set_owner_other (action, owner_other, &error));
  g_assert_true (sfg_plan_add_action (plan, action, &error));
  /* The text of an initiative as it was shown: an organisation's file may
   * say anything. */
  linked = sfg_action_new ("");
  g_assert_true (sfg_action_set_initiative (linked, "depth-2", "depth-2.3", initiative_text,
                                            &error));
  g_assert_true (sfg_plan_add_action (plan, linked, &error));
  g_assert_no_error (error);
  g_assert_true (sfg_plan_mark_agreed (plan, individual, manager, "2025-03-30", &error));
  g_assert_no_error (error);
  /* Monitoring after agreement. */
  sfg_action_set_progress_notes (action, notes);
  check_plan (plan, v);

  relpath = g_strdup_printf ("plans/%s.json", sfg_plan_get_id (plan));
  save (store, relpath, plan, (SfgStoreSerializeFunc) sfg_plan_to_json);
  loaded = reload (dir, relpath, (SfgStoreParseFunc) sfg_plan_new_from_json);
  g_assert_cmpstr (sfg_plan_get_id (loaded), ==, sfg_plan_get_id (plan));
  check_plan (loaded, v);

  g_clear_object (&store);
  sfg_test_remove_tree (dir);
}

/* ---- journals ---- */

static void
check_journal (SfgJournal    *journal,
               const Variant *v,
               GPtrArray     *ids)
{
  g_autofree char *name = value_for (v, "name");
  g_autofree char *line_manager = value_for (v, "line-manager");
  g_autofree char *other = value_for (v, "other-reflections");

  g_assert_cmpstr (sfg_journal_get_name (journal), ==, name);
  g_assert_cmpstr (sfg_journal_get_line_manager (journal), ==, line_manager);
  g_assert_cmpstr (sfg_journal_get_other_reflections (journal), ==, other);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *answer = value_for (v, g_ptr_array_index (ids, i));

      g_assert_cmpstr (sfg_journal_get_answer (journal, g_ptr_array_index (ids, i)), ==, answer);
    }
}

static void
test_journal (gconstpointer data)
{
  const Variant *v = data;
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autoptr(SfgStore) store = open_store (dir);
  g_autoptr(SfgJournal) journal = sfg_journal_new ();
  g_autoptr(SfgJournal) loaded = NULL;
  g_autoptr(GPtrArray) ids = question_ids ();
  g_autofree char *relpath = NULL;
  g_autofree char *name = value_for (v, "name");
  g_autofree char *line_manager = value_for (v, "line-manager");
  g_autofree char *other = value_for (v, "other-reflections");

  sfg_journal_set_name (journal, name);
  sfg_journal_set_line_manager (journal, line_manager);
  sfg_journal_set_other_reflections (journal, other);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *answer = value_for (v, g_ptr_array_index (ids, i));

      sfg_journal_set_answer (journal, g_ptr_array_index (ids, i), answer);
    }
  check_journal (journal, v, ids);

  relpath = g_strdup_printf ("journals/%s.json", sfg_journal_get_id (journal));
  save (store, relpath, journal, (SfgStoreSerializeFunc) sfg_journal_to_json);
  loaded = reload (dir, relpath, (SfgStoreParseFunc) sfg_journal_new_from_json);
  check_journal (loaded, v, ids);

  g_clear_object (&store);
  sfg_test_remove_tree (dir);
}

/* ---- private notes ---- */

static void
check_notes (SfgPrivateNotes *notes,
             const Variant   *v)
{
  const SfgManagerItem *items = sfg_manager_template_get_preparation ();

  for (guint i = 0; i < SFG_MANAGER_N_PREPARATION; i++)
    {
      g_autofree char *text = value_for (v, items[i].id);

      g_assert_cmpstr (sfg_private_notes_get_preparation (notes, items[i].id), ==, text);
    }
  for (guint stage = 1; stage <= SFG_PRIVATE_NOTES_N_STAGES; stage++)
    {
      g_autofree char *field = g_strdup_printf ("stage-%u", stage);
      g_autofree char *text = value_for (v, field);

      g_assert_cmpstr (sfg_private_notes_get_stage_notes (notes, stage), ==, text);
    }
}

static void
test_private_notes (gconstpointer data)
{
  const Variant *v = data;
  g_autofree char *dir = sfg_test_make_temp_dir ();
  g_autoptr(SfgStore) store = open_store (dir);
  g_autofree char *plan_id = g_uuid_string_random ();
  g_autoptr(SfgPrivateNotes) notes = sfg_private_notes_new (plan_id);
  g_autoptr(SfgPrivateNotes) loaded = NULL;
  const SfgManagerItem *items = sfg_manager_template_get_preparation ();
  g_autofree char *relpath = g_strdup_printf ("private/%s.json", plan_id);

  for (guint i = 0; i < SFG_MANAGER_N_PREPARATION; i++)
    {
      g_autofree char *text = value_for (v, items[i].id);

      sfg_private_notes_set_preparation (notes, items[i].id, text);
    }
  for (guint stage = 1; stage <= SFG_PRIVATE_NOTES_N_STAGES; stage++)
    {
      g_autofree char *field = g_strdup_printf ("stage-%u", stage);
      g_autofree char *text = value_for (v, field);

      sfg_private_notes_set_stage_notes (notes, stage, text);
    }
  check_notes (notes, v);

  save (store, relpath, notes, (SfgStoreSerializeFunc) sfg_private_notes_to_json);
  loaded = reload (dir, relpath, (SfgStoreParseFunc) sfg_private_notes_new_from_json);
  g_assert_cmpstr (sfg_private_notes_get_plan_id (loaded), ==, plan_id);
  check_notes (loaded, v);

  g_clear_object (&store);
  sfg_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  make_variants (100000);

  for (guint i = 0; i < n_variants; i++)
    {
      g_autofree char *person = g_strdup_printf ("/any-input/person/%s", variants[i].name);
      g_autofree char *plan = g_strdup_printf ("/any-input/plan/%s", variants[i].name);
      g_autofree char *journal = g_strdup_printf ("/any-input/journal/%s", variants[i].name);
      g_autofree char *notes = g_strdup_printf ("/any-input/private-notes/%s", variants[i].name);

      g_test_add_data_func (person, &variants[i], test_person);
      g_test_add_data_func (plan, &variants[i], test_plan);
      g_test_add_data_func (journal, &variants[i], test_journal);
      g_test_add_data_func (notes, &variants[i], test_private_notes);
    }

  status = g_test_run ();
  free_variants ();
  return status;
}
