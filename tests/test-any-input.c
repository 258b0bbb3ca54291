/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Any input in any field (issue 8): right-to-left text, emoji, combining
 * marks, every NUL-free control character, JSON look-alikes and 100,000
 * characters, put in every text field of a person, a plan (with its
 * objectives, actions and sign-off), a journal (every answer) and private
 * notes — accepted as given, saved through SfgStore, and reloaded from disk
 * by a fresh store identically; and the plan and the journal printed to PDF
 * with every field shown, nothing outside the margins. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "report-test-helpers.h"
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

typedef struct
{
  const char *name;
  char       *text;
  const char *probe;     /* text of it that a printout must show, as often */
} Variant;

static Variant variants[8];
static guint n_variants;

/* Every C0 and C1 control character but NUL, DEL, the line and paragraph
 * separators, a byte order mark and non-characters. */
static char *
make_controls (void)
{
  GString *s = g_string_new ("controls:");

  for (gunichar c = 1; c < 0x20; c++)
    g_string_append_unichar (s, c);
  g_string_append_unichar (s, 0x7f);
  for (gunichar c = 0x80; c < 0xa0; c++)
    g_string_append_unichar (s, c);
  g_string_append_unichar (s, 0x2028);
  g_string_append_unichar (s, 0x2029);
  g_string_append_unichar (s, 0xfeff);
  g_string_append_unichar (s, 0xfffe);
  g_string_append_unichar (s, 0xffff);
  g_string_append_unichar (s, 0xfdd0);
  g_string_append_unichar (s, 0x10ffff);
  g_string_append (s, ":end");
  return g_string_free (s, FALSE);
}

/* 100,000 characters of one to four bytes each, with a line break now and
 * then as typed text has. */
static char *
make_long (void)
{
  static const char * const pieces[] = { "a", "é", "中", "😀", " ", "ש", "\n", "e\xcc\x81" };
  GString *s = g_string_new (NULL);
  glong n = 0;

  for (guint i = 0; n < 100000; i++)
    {
      const char *piece = pieces[i % G_N_ELEMENTS (pieces)];
      glong len = g_utf8_strlen (piece, -1);

      if (n + len > 100000)
        piece = "z", len = 1;
      g_string_append (s, piece);
      n += len;
    }
  g_assert_cmpint (g_utf8_strlen (s->str, -1), ==, 100000);
  return g_string_free (s, FALSE);
}

/* 100,000 characters with no space and no other break opportunity: a
 * line can only be cut inside the word. */
static char *
make_unbroken (void)
{
  static const char * const pieces[] = { "a", "é", "z", "7", "e\xcc\x81", "ß" };
  GString *s = g_string_new (NULL);
  glong n = 0;

  for (guint i = 0; n < 100000; i++)
    {
      const char *piece = pieces[i % G_N_ELEMENTS (pieces)];
      glong len = g_utf8_strlen (piece, -1);

      if (n + len > 100000)
        piece = "z", len = 1;
      g_string_append (s, piece);
      n += len;
    }
  g_assert_cmpint (g_utf8_strlen (s->str, -1), ==, 100000);
  return g_string_free (s, FALSE);
}

static void
add_variant (const char *name,
             char       *text,
             const char *probe)
{
  g_assert_cmpuint (n_variants, <, G_N_ELEMENTS (variants));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, probe));
  variants[n_variants].name = name;
  variants[n_variants].text = text;
  variants[n_variants].probe = probe;
  n_variants++;
}

static void
make_variants (void)
{
  /* Arabic and Hebrew with the bidi controls a paste can bring along
   * (RLO … PDF, RLI … PDI, RLM) and digits inside right-to-left text. */
  add_variant ("rtl", g_strdup ("مريم العلي \u202eevil.exe\u202c \u2067שלום 123\u2069 \u200fטקסט"),
               "123");
  /* ZWJ families, skin tones, flags, keycaps, variation selectors. */
  add_variant ("emoji", g_strdup ("👩‍👩‍👧‍👦 👍🏽 🇬🇧 🏴󠁧󠁢󠁷󠁬󠁳󠁿 1️⃣ ☺︎ ☺️ 🫶"), "☺");
  /* Decomposed accents, a mark with nothing to combine with, stacked marks,
   * Devanagari and Hangul jamo. */
  add_variant ("combining", g_strdup ("\xcc\x81start e\xcc\x81 Z̴̵̶̷̸̡̢̧̨̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎ͣͣͣͣ̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅ͏͓͔͕͖͙͚͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ͘͜͟͢͝͞͠͡ नमस्ते 한"),
               "start");
  add_variant ("controls", make_controls (), ":end");
  /* Text that looks like JSON, escapes, markup and format directives. */
  add_variant ("json-like", g_strdup ("\"}, {\"version\": 2} \\u0000 \\\" \\\\ </script> %s %n %%"
                                      " ' \t\"quoted\"\r\n"),
               "</script>");
  /* Only white space around the words, and a line of white space. */
  add_variant ("spacing", g_strdup ("  \t leading and trailing \u00a0\u3000\r\n \n"),
               "leading and trailing");
  add_variant ("long", make_long (), "ש");
  add_variant ("long-unbroken", make_unbroken (), "ß");
}

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

typedef gboolean (*PlanSetter) (SfgPlan *, const char *, GError **);
typedef const char *(*PlanGetter) (SfgPlan *);

static const struct
{
  const char *field;
  PlanSetter  set;
  PlanGetter  get;
} plan_fields[] = {
  { "header.name", sfg_plan_set_name, sfg_plan_get_name },
  { "header.role", sfg_plan_set_role, sfg_plan_get_role },
  { "header.team", sfg_plan_set_team, sfg_plan_get_team },
  { "header.line-manager", sfg_plan_set_line_manager, sfg_plan_get_line_manager },
  { "evidence", sfg_plan_set_evidence, sfg_plan_get_evidence },
  { "reflections", sfg_plan_set_reflections, sfg_plan_get_reflections },
  { "next-steps", sfg_plan_set_next_steps, sfg_plan_get_next_steps },
  { "reasonable-adjustments", sfg_plan_set_reasonable_adjustments,
    sfg_plan_get_reasonable_adjustments },
  { "no-actions-reason", sfg_plan_set_no_actions_reason, sfg_plan_get_no_actions_reason },
};

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

/* Every question id of the journal, and one this version does not know. */
static GPtrArray *
question_ids (void)
{
  GPtrArray *ids = g_ptr_array_new ();
  const SfgJournalSection *sections;
  guint n_sections = 0;

  sections = sfg_journal_template_get_sections (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    for (guint j = 0; j < sections[i].n_questions; j++)
      g_ptr_array_add (ids, (gpointer) sections[i].questions[j].id);
  g_assert_cmpuint (ids->len, ==, sfg_journal_template_get_n_questions ());
  g_ptr_array_add (ids, (gpointer) "future-section.1");
  return ids;
}

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

/* ---- printing ---- */

#define NO_POPPLER "pdftotext and pdfinfo (poppler-utils) are not installed"

/* A variant longer than this goes whole into a field or two of a printout
 * (see print_plan() and print_journal()) and its start into the others:
 * 100,000 characters in every field would be a 4,000-page plan.  Fields of
 * one kind share their code. */
#define PRINT_HEAD 300

/* A printout with one field of 100,000 characters took 2 s here; before
 * the renderer bounded pango's work, one such field took 60 s. */
#define PRINT_SECONDS 20.0

static char *print_dir;

typedef struct
{
  gboolean whole;   /* printed in full, not cut to a few lines */
  guint    probes;  /* times the variant's probe is in it */
} Field;

/* Every printed field holds "mkNNNb TEXT mkNNNe": both markers in the PDF,
 * in order, show that the field was printed to its end. */
typedef struct
{
  const Variant *variant;
  GArray        *fields;
  gsize          n_chars;  /* in all fields */
} Marks;

static char *
mark_text (Marks      *marks,
           const char *text,
           gboolean    whole)
{
  Field field = { whole, report_test_count (text, marks->variant->probe) };
  guint n = marks->fields->len;

  g_array_append_val (marks->fields, field);
  marks->n_chars += g_utf8_strlen (text, -1);
  return g_strdup_printf ("mk%03ub %s mk%03ue", n, text, n);
}

/* The variant, or its first PRINT_HEAD characters. */
static char *
mark (Marks    *marks,
      gboolean  whole)
{
  const char *text = marks->variant->text;
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= PRINT_HEAD)
    return mark_text (marks, text, whole);
  head = g_strndup (text, g_utf8_offset_to_pointer (text, PRINT_HEAD) - text);
  return mark_text (marks, head, whole);
}

/* The whole variant, however long. */
static char *
mark_all (Marks    *marks,
          gboolean  whole)
{
  return mark_text (marks, marks->variant->text, whole);
}

/* Every text field the printed plan shows; a long variant whole in the
 * narrowest column, where a line holds fewest characters, and in the
 * individual's name under the signatures. */
static SfgPlan *
print_plan (Marks *marks)
{
  g_autoptr(SfgPerson) person = sfg_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *short_text = mark (marks, TRUE);
  g_autofree char *longer_text = mark (marks, TRUE);
  g_autofree char *description = mark (marks, TRUE);
  g_autofree char *owner_other = mark_all (marks, TRUE);
  g_autofree char *linked_description = mark (marks, TRUE);
  g_autofree char *initiative_text = mark (marks, TRUE);
  g_autofree char *notes = mark (marks, TRUE);
  /* The signature block shows at most three lines of a name. */
  g_autofree char *individual = mark_all (marks, FALSE);
  g_autofree char *manager = mark (marks, FALSE);
  g_autoptr(SfgObjective) short_term = sfg_objective_new (short_text, SFG_OBJECTIVE_TERM_SHORT);
  g_autoptr(SfgObjective) longer_term = sfg_objective_new (longer_text,
                                                           SFG_OBJECTIVE_TERM_LONGER);
  g_autoptr(SfgAction) action = sfg_action_new (description);
  g_autoptr(SfgAction) linked = sfg_action_new (linked_description);
  SfgPlan *plan = sfg_plan_new (person);

  for (guint i = 0; i < G_N_ELEMENTS (plan_fields); i++)
    {
      g_autofree char *value = mark (marks, TRUE);

      g_assert_true (plan_fields[i].set (plan, value, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sfg_plan_set_date (plan, "2025-03-30", &error));
  g_assert_true (sfg_plan_set_current_position (plan, "depth-2", &error));
  g_assert_true (sfg_plan_set_aspiration (plan, "stretch-2", &error));
  g_assert_true (sfg_plan_set_next_review_date (plan, "2025-10-26", &error));
  g_assert_no_error (error);

  g_assert_true (sfg_plan_add_objective (plan, short_term, &error));
  g_assert_true (sfg_plan_add_objective (plan, longer_term, &error));
  g_assert_true (sfg_action_set_owner (action, SFG_ACTION_OWNER_OTHER, &error));
  g_assert_true (sfg_action_set_owner_other (action, owner_other, &error));
  g_assert_true (sfg_action_set_target_date (action, "2025-09-30", &error));
  sfg_action_set_status (action, SFG_ACTION_STATUS_IN_PROGRESS);
  g_assert_true (sfg_plan_add_action (plan, action, &error));
  g_assert_true (sfg_action_set_initiative (linked, "depth-2", "depth-2.3", initiative_text,
                                            &error));
  g_assert_true (sfg_plan_add_action (plan, linked, &error));
  g_assert_true (sfg_plan_mark_agreed (plan, individual, manager, "2025-03-30", &error));
  g_assert_no_error (error);
  sfg_action_set_progress_notes (action, notes);
  return plan;
}

/* The header and every answer (one to a question this version does not
 * know too); a long variant whole in the other reflections. */
static SfgJournal *
print_journal (Marks *marks)
{
  SfgJournal *journal = sfg_journal_new ();
  g_autoptr(GPtrArray) ids = question_ids ();
  g_autofree char *name = mark (marks, TRUE);
  g_autofree char *line_manager = mark (marks, TRUE);
  g_autofree char *other = mark_all (marks, TRUE);

  sfg_journal_set_name (journal, name);
  sfg_journal_set_line_manager (journal, line_manager);
  sfg_journal_set_date (journal, "2025-03-20");
  sfg_journal_set_other_reflections (journal, other);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *answer = mark (marks, TRUE);

      sfg_journal_set_answer (journal, g_ptr_array_index (ids, i), answer);
    }
  return journal;
}

/* The words of each page, separated by spaces. */
static GPtrArray *
page_texts (GPtrArray *words,
            guint      n_pages)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();

  for (guint p = 0; p < n_pages; p++)
    g_ptr_array_add (strings, g_string_new (NULL));
  for (guint i = 0; i < words->len; i++)
    {
      ReportTestWord *word = g_ptr_array_index (words, i);

      g_assert_cmpuint (word->page, >=, 1);
      g_assert_cmpuint (word->page, <=, n_pages);
      g_string_append_printf (g_ptr_array_index (strings, word->page - 1), " %s", word->text);
    }
  for (guint p = 0; p < n_pages; p++)
    g_ptr_array_add (pages, g_string_free (g_ptr_array_index (strings, p), FALSE));
  return pages;
}

/* @b is further on than @a: on a later page, a lower line, or further
 * along the same line (the markers are left-to-right words). */
static gboolean
is_after (const ReportTestWord *a,
          const ReportTestWord *b)
{
  if (a->page != b->page)
    return b->page > a->page;
  if (b->y0 >= a->y1 - 1.0)
    return TRUE;
  return b->y0 < a->y1 && a->y0 < b->y1 && b->x0 >= a->x1 - 1.0;
}

/* Each field's start marker, and its end marker after it when the field is
 * printed whole: nothing cut the field short.  (pdftotext's reading order
 * is no help here: it puts a line with hex boxes in it out of order.) */
static void
assert_marks_in_order (GPtrArray   *words,
                       const Marks *marks)
{
  guint n_fields = marks->fields->len;
  g_autofree ReportTestWord **begin = g_new0 (ReportTestWord *, n_fields);
  g_autoptr(GPtrArray) ends = g_ptr_array_new ();

  for (guint i = 0; i < words->len; i++)
    {
      ReportTestWord *word = g_ptr_array_index (words, i);
      guint n;
      char kind;

      for (const char *p = strstr (word->text, "mk"); p != NULL; p = strstr (p + 2, "mk"))
        {
          if (sscanf (p, "mk%3u%c", &n, &kind) != 2 || n >= n_fields)
            continue;
          if (kind == 'b' && begin[n] == NULL)
            begin[n] = word;
          else if (kind == 'e')
            g_ptr_array_add (ends, word);
        }
    }

  for (guint n = 0; n < n_fields; n++)
    {
      g_autofree char *end = g_strdup_printf ("mk%03ue", n);
      gboolean found = FALSE;

      if (begin[n] == NULL)
        g_error ("field %u (“mk%03ub …”) is missing from the printout", n, n);
      if (!g_array_index (marks->fields, Field, n).whole)
        continue;
      for (guint i = 0; i < ends->len && !found; i++)
        {
          ReportTestWord *word = g_ptr_array_index (ends, i);

          found = strstr (word->text, end) != NULL && is_after (begin[n], word);
        }
      if (!found)
        g_error ("field %u was cut short: “%s” is not after its start in the printout", n, end);
    }
}

typedef struct
{
  const char      *name;
  double           width;
  double           height;
  SfgReportMargins margins;
} Paper;

/* Each variant on one of A4 and Letter, portrait and landscape, default
 * and other margins, in turn; a long one on portrait, which takes more
 * lines to a page. */
static Paper
paper_for (const Variant *v)
{
  guint i = (guint) (v - variants);
  gboolean letter = i % 2 == 1;
  gboolean landscape = i % 4 >= 2 && g_utf8_strlen (v->text, -1) <= PRINT_HEAD;
  double short_side = letter ? SFG_REPORT_LETTER_WIDTH : SFG_REPORT_A4_WIDTH;
  double long_side = letter ? SFG_REPORT_LETTER_HEIGHT : SFG_REPORT_A4_HEIGHT;
  Paper paper = { letter ? "Letter" : "A4", landscape ? long_side : short_side,
                  landscape ? short_side : long_side, { 0, } };

  if (i % 3 == 2)
    paper.margins = (SfgReportMargins) { 40, 30, 60, 70 };
  else
    sfg_report_margins_init_default (&paper.margins);
  return paper;
}

/* Not under valgrind or AddressSanitizer, whose slowdown is too uneven to
 * bound (up to 50 times); the suite's timeout still catches a hang there. */
static gboolean
timing_is_native (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return FALSE;
#else
  const char *preload = g_getenv ("LD_PRELOAD");

  return preload == NULL || strstr (preload, "vgpreload") == NULL;
#endif
}

/* Prints @report to a PDF and reads it back with poppler. */
static void
assert_printed (SfgReport   *report,
                const Marks *marks,
                const char  *kind,
                const char  *running_header)
{
  const Variant *v = marks->variant;
  Paper paper = paper_for (v);
  g_autofree char *name = g_strdup_printf ("%s-%s.pdf", kind, v->name);
  g_autofree char *pdf = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree guint *body = NULL;
  ReportTestPdfInfo info;
  double seconds;
  guint n_pages;
  guint probes = 0;

  /* It finishes, in reasonable time. */
  pdf = report_test_write_pdf (report, print_dir, name, paper.width, paper.height,
                               &paper.margins);
  seconds = g_timer_elapsed (timer, NULL);
  n_pages = sfg_report_get_n_pages (report);
  g_test_message ("%s on %s, %.0f x %.0f pt: %u pages in %.2f s", name, paper.name,
                  paper.width, paper.height, n_pages, seconds);
  if (timing_is_native ())
    g_assert_cmpfloat (seconds, <, PRINT_SECONDS);

  /* All pages in the file, and not many more than the text needs. */
  report_test_pdf_info (pdf, &info);
  g_free (info.size_name);
  g_assert_cmpuint (info.pages, ==, n_pages);
  g_assert_cmpfloat_with_epsilon (info.width, paper.width, 0.01);
  g_assert_cmpfloat_with_epsilon (info.height, paper.height, 0.01);
  g_assert_cmpuint (n_pages, <=, 10 + marks->n_chars / 200);

  /* Nothing off the page or in the margins. */
  words = report_test_pdf_words (pdf);
  report_test_assert_inside_margins (pdf, words, paper.width, paper.height, &paper.margins);

  /* Every page has its header and its "Page N of M", and some of the
   * document between them. */
  pages = page_texts (words, n_pages);
  body = g_new0 (guint, n_pages);
  for (guint i = 0; i < words->len; i++)
    {
      ReportTestWord *word = g_ptr_array_index (words, i);

      if (word->y0 > paper.margins.top + 20 && word->y1 < paper.height - paper.margins.bottom - 20)
        body[word->page - 1]++;
    }
  for (guint p = 0; p < n_pages; p++)
    {
      const char *text = g_ptr_array_index (pages, p);
      g_autofree char *numbering = g_strdup_printf ("Page %u of %u", p + 1, n_pages);

      if (strstr (text, running_header) == NULL || strstr (text, numbering) == NULL)
        g_error ("page %u lost its header or footer: %s", p + 1, text);
      if (body[p] == 0)
        g_error ("page %u has nothing but its header and footer", p + 1);
      g_string_append (all, text);
    }

  /* Every field from its start to its end, and what is in between. */
  assert_marks_in_order (words, marks);
  for (guint n = 0; n < marks->fields->len; n++)
    if (g_array_index (marks->fields, Field, n).whole)
      probes += g_array_index (marks->fields, Field, n).probes;
  g_assert_cmpuint (report_test_count (all->str, v->probe), >=, probes);

  /* The signature block, whole, on the last page. */
  if (g_str_equal (kind, "plan"))
    {
      g_autofree char *last = g_strdup_printf (" %s ", (char *) g_ptr_array_index (pages,
                                                                                  n_pages - 1));

      g_assert_cmpuint (report_test_signatures_page (words), ==, n_pages);
      g_assert_cmpuint (report_test_count (last, " Printed name "), ==, 2);
      g_assert_cmpuint (report_test_count (last, " Signature of the individual "), ==, 1);
      g_assert_cmpuint (report_test_count (last, " Signature of the line manager "), ==, 1);
      g_assert_cmpuint (report_test_count (last, " Date "), >=, 2);
    }
}

static void
test_print_plan (gconstpointer data)
{
  Marks marks = { data, g_array_new (FALSE, FALSE, sizeof (Field)), 0 };
  g_autoptr(SfgPlan) plan = print_plan (&marks);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);

  if (!report_test_have_poppler ())
    g_test_skip (NO_POPPLER);
  else
    assert_printed (report, &marks, "plan", "Aspirational Development Plan · mk");
  g_array_unref (marks.fields);
}

static void
test_print_journal (gconstpointer data)
{
  Marks marks = { data, g_array_new (FALSE, FALSE, sizeof (Field)), 0 };
  g_autoptr(SfgJournal) journal = print_journal (&marks);
  g_autoptr(SfgReport) report = sfg_report_new_for_journal (journal);

  sfg_report_set_include_unanswered (report, TRUE);
  if (!report_test_have_poppler ())
    g_test_skip (NO_POPPLER);
  else
    assert_printed (report, &marks, "journal", "Preparation and Reflection Journal · mk");
  g_array_unref (marks.fields);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  make_variants ();
  print_dir = sfg_test_make_temp_dir ();

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
  for (guint i = 0; i < n_variants; i++)
    {
      g_autofree char *plan = g_strdup_printf ("/any-input/print/plan/%s", variants[i].name);
      g_autofree char *journal = g_strdup_printf ("/any-input/print/journal/%s",
                                                  variants[i].name);

      g_test_add_data_func (plan, &variants[i], test_print_plan);
      g_test_add_data_func (journal, &variants[i], test_print_journal);
    }

  status = g_test_run ();
  sfg_test_remove_tree (print_dir);
  g_free (print_dir);
  for (guint i = 0; i < n_variants; i++)
    g_free (variants[i].text);
  return status;
}
