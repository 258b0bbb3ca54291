/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The process test-crash-safety kills: it starts like the app (an SfgStore
 * and an SfgLibrary loading the data folder), says "ready" on stdout, then
 * edits a large journal and a person without pause, so the library autosaves
 * one version after another, until it is killed.
 *
 * Usage: sfg-crash-writer DATA_DIR JOURNAL_ID
 * With SFG_TEST_LOG_SAVES set, the store logs every version before writing. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "sfg-journal-template.h"
#include "sfg-library.h"
#include "sfg-store-private.h"

typedef struct
{
  SfgLibrary *library;
  SfgJournal *journal;
  char       *journal_relpath;
  GPtrArray  *question_ids;
  guint       edits;
} Writer;

/* One keystroke's worth of change: an answer grows, and now and then the
 * person's name changes too (a second file saved alongside). */
static void
edit (Writer *w)
{
  const char *id = g_ptr_array_index (w->question_ids, w->edits % w->question_ids->len);
  g_autofree char *answer = g_strdup_printf ("%s edit %u.", sfg_journal_get_answer (w->journal, id),
                                             w->edits);

  sfg_journal_set_answer (w->journal, id, answer);
  if (w->edits % 4 == 0)
    {
      SfgPeople *people = sfg_library_get_people (w->library);
      g_autoptr(SfgPerson) person = g_list_model_get_item (G_LIST_MODEL (people), 0);
      g_autofree char *name = g_strdup_printf ("Sam Jones (%u)", w->edits);

      if (person != NULL)
        sfg_person_set_name (person, name);
    }
  w->edits++;
}

static void
saved_cb (SfgStore   *store,
          const char *relpath,
          Writer     *w)
{
  if (g_strcmp0 (relpath, w->journal_relpath) == 0)
    edit (w);
}

static gboolean
give_up_cb (gpointer data)
{
  g_printerr ("sfg-crash-writer: not killed within a minute\n");
  exit (3);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SfgStore) store = NULL;
  g_autoptr(SfgLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  const SfgJournalSection *sections;
  guint n_sections = 0;
  Writer w = { 0 };

  if (argc != 3)
    {
      g_printerr ("usage: sfg-crash-writer DATA_DIR JOURNAL_ID\n");
      return 2;
    }

  store = sfg_store_new (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("sfg-crash-writer: %s\n", error->message);
      return 2;
    }
  /* Save as soon as anything changes: one write after another. */
  sfg_store_set_delays (store, 0, 0);
  library = sfg_library_new (store);
  if (!sfg_library_load (library, &error))
    {
      g_printerr ("sfg-crash-writer: %s\n", error->message);
      return 2;
    }

  w.library = library;
  w.journal = sfg_library_lookup_journal (library, argv[2]);
  if (w.journal == NULL)
    {
      g_printerr ("sfg-crash-writer: no journal %s\n", argv[2]);
      return 2;
    }
  w.journal_relpath = g_strdup_printf ("journals/%s.json", argv[2]);
  w.question_ids = g_ptr_array_new ();
  sections = sfg_journal_template_get_sections (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    for (guint j = 0; j < sections[i].n_questions; j++)
      g_ptr_array_add (w.question_ids, (gpointer) sections[i].questions[j].id);

  g_signal_connect (store, "saved", G_CALLBACK (saved_cb), &w);
  edit (&w);
  g_timeout_add_seconds (60, give_up_cb, NULL);
  puts ("ready");
  fflush (stdout);
  g_main_loop_run (loop);
  return 0;
}
