/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-search"

#include "config.h"

#include "sfg-journal-search.h"

/* One match: the question (by its place in the page) and the match within it. */
typedef struct
{
  guint question;
  guint index;
} Hit;

struct _SfgJournalSearch
{
  GObject parent_instance;

  GPtrArray *questions;   /* SfgJournalQuestion, page order, not owned */
  GArray *hits;
  char *text;
  int position;           /* index into hits, -1 when none */
};

G_DEFINE_FINAL_TYPE (SfgJournalSearch, sfg_journal_search, G_TYPE_OBJECT)

static void
sfg_journal_search_finalize (GObject *object)
{
  SfgJournalSearch *self = SFG_JOURNAL_SEARCH (object);

  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (sfg_journal_search_parent_class)->finalize (object);
}

static void
sfg_journal_search_class_init (SfgJournalSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sfg_journal_search_finalize;
}

static void
sfg_journal_search_init (SfgJournalSearch *self)
{
  self->questions = g_ptr_array_new ();
  self->hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  self->text = g_strdup ("");
  self->position = -1;
}

SfgJournalSearch *
sfg_journal_search_new (void)
{
  return g_object_new (SFG_TYPE_JOURNAL_SEARCH, NULL);
}

/* The view owns the questions and outlives the search. */
void
sfg_journal_search_add_question (SfgJournalSearch   *self,
                                 SfgJournalQuestion *question)
{
  g_return_if_fail (SFG_IS_JOURNAL_SEARCH (self));
  g_return_if_fail (SFG_IS_JOURNAL_QUESTION (question));

  g_ptr_array_add (self->questions, question);
}

static void
show_position (SfgJournalSearch *self,
               int               position)
{
  if (self->position >= 0)
    {
      const Hit *old = &g_array_index (self->hits, Hit, self->position);

      sfg_journal_question_set_current_match (g_ptr_array_index (self->questions, old->question),
                                              -1);
    }

  self->position = position;

  if (position >= 0)
    {
      const Hit *hit = &g_array_index (self->hits, Hit, position);

      sfg_journal_question_set_current_match (g_ptr_array_index (self->questions, hit->question),
                                              hit->index);
    }
}

static void
run (SfgJournalSearch *self)
{
  g_array_set_size (self->hits, 0);
  self->position = -1;

  for (guint i = 0; i < self->questions->len; i++)
    {
      guint n = sfg_journal_question_search (g_ptr_array_index (self->questions, i), self->text);

      for (guint j = 0; j < n; j++)
        {
          Hit hit = { i, j };

          g_array_append_val (self->hits, hit);
        }
    }
}

/**
 * sfg_journal_search_set_text:
 * @text: what to look for; "" ends the search and removes the highlights
 * @from: (nullable): where the user is; the first match at or after it
 *   becomes current (wrapping round to the top)
 */
void
sfg_journal_search_set_text (SfgJournalSearch   *self,
                             const char         *text,
                             SfgJournalQuestion *from)
{
  guint start = 0;
  int position = -1;

  g_return_if_fail (SFG_IS_JOURNAL_SEARCH (self));

  g_free (self->text);
  self->text = g_strdup (text != NULL ? text : "");
  run (self);

  if (self->hits->len == 0)
    return;

  if (from != NULL)
    g_ptr_array_find (self->questions, from, &start);
  for (guint i = 0; i < self->hits->len && position < 0; i++)
    if (g_array_index (self->hits, Hit, i).question >= start)
      position = i;

  show_position (self, MAX (position, 0));
}

const char *
sfg_journal_search_get_text (SfgJournalSearch *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_SEARCH (self), NULL);

  return self->text;
}

/* Searches again after answers changed, staying as near the current match as it can. */
void
sfg_journal_search_refresh (SfgJournalSearch *self)
{
  int position;

  g_return_if_fail (SFG_IS_JOURNAL_SEARCH (self));

  position = self->position;
  run (self);
  if (self->hits->len > 0)
    show_position (self, CLAMP (position, 0, (int) self->hits->len - 1));
}

guint
sfg_journal_search_get_n_matches (SfgJournalSearch *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_SEARCH (self), 0);

  return self->hits->len;
}

/* Returns: the current match's place among all matches, or -1 */
int
sfg_journal_search_get_position (SfgJournalSearch *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_SEARCH (self), -1);

  return self->position;
}

/* Moves @delta matches on (1 next, -1 previous), wrapping round. */
gboolean
sfg_journal_search_move (SfgJournalSearch *self,
                         int               delta)
{
  int n;

  g_return_val_if_fail (SFG_IS_JOURNAL_SEARCH (self), FALSE);

  n = self->hits->len;
  if (n == 0)
    return FALSE;

  show_position (self, (((self->position + delta) % n) + n) % n);
  return TRUE;
}

/**
 * sfg_journal_search_get_current:
 * @index: (out) (optional): the match's index within its question
 *
 * Returns: (transfer none) (nullable): the question holding the current match
 */
SfgJournalQuestion *
sfg_journal_search_get_current (SfgJournalSearch *self,
                                guint            *index)
{
  const Hit *hit;

  g_return_val_if_fail (SFG_IS_JOURNAL_SEARCH (self), NULL);

  if (self->position < 0)
    return NULL;

  hit = &g_array_index (self->hits, Hit, self->position);
  if (index != NULL)
    *index = hit->index;
  return g_ptr_array_index (self->questions, hit->question);
}
