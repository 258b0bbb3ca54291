/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-journal-view-private.h"

/* Updates "2 of 5" and, when @scroll, brings the current match into view. */
static void
show_search_match (SfgJournalView *self,
                   gboolean        scroll)
{
  guint n = sfg_journal_search_get_n_matches (self->search);
  SfgJournalQuestion *question;
  g_autofree char *count = NULL;
  guint index;
  graphene_rect_t area;

  if (*sfg_journal_search_get_text (self->search) == '\0')
    count = g_strdup ("");
  else if (n == 0)
    count = g_strdup (_("No matches"));
  else
    /* Translators: the current search match and how many there are, e.g. "2 of 5" */
    count = g_strdup_printf (_("%d of %u"), sfg_journal_search_get_position (self->search) + 1, n);
  gtk_label_set_label (self->search_count, count);
  gtk_widget_set_visible (GTK_WIDGET (self->search_count), *count != '\0');

  question = sfg_journal_search_get_current (self->search, &index);
  if (scroll && question != NULL && sfg_journal_question_get_match_area (question, index, &area))
    sfg_journal_view_scroll_to_area (self, GTK_WIDGET (question), &area, SCROLL_CENTRE);
}

void
sfg_journal_view_search_changed_cb (SfgJournalView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The bar empties the entry as it closes; search_mode_cb() ends the search. */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    return;

  sfg_journal_search_set_text (self->search, text, self->search_from);
  show_search_match (self, TRUE);
}

void
sfg_journal_view_search_next_cb (SfgJournalView *self)
{
  if (sfg_journal_search_move (self->search, 1))
    show_search_match (self, TRUE);
}

void
sfg_journal_view_search_previous_cb (SfgJournalView *self)
{
  if (sfg_journal_search_move (self->search, -1))
    show_search_match (self, TRUE);
}

/* Enter and Shift+Enter in the search entry go to the next and previous match. */
static gboolean
search_key_pressed_cb (SfgJournalView        *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;

  if (state & GDK_SHIFT_MASK)
    sfg_journal_view_search_previous_cb (self);
  else
    sfg_journal_view_search_next_cb (self);
  return TRUE;
}

void
sfg_journal_view_search_mode_cb (SfgJournalView *self)
{
  SfgJournalQuestion *question;
  guint index;

  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      if (self->search_from == NULL && self->root != NULL)
        self->search_from = sfg_journal_view_question_of (gtk_root_get_focus (self->root));
      gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
      sfg_journal_view_search_changed_cb (self);
      return;
    }

  /* Closing the search leaves the cursor on the match the user was on. */
  question = sfg_journal_search_get_current (self->search, &index);
  if (question != NULL)
    sfg_journal_question_select_match (question, index);
  sfg_journal_search_set_text (self->search, "", NULL);
  self->search_from = NULL;
}

void
sfg_journal_view_refresh_search (SfgJournalView *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    return;

  /* The user is typing elsewhere: leave the page where it is. */
  sfg_journal_search_refresh (self->search);
  show_search_match (self, FALSE);
}


void
sfg_journal_view_search_activated (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (widget);

  /* Before the entry takes the focus: the search starts from where the user is. */
  if (!gtk_search_bar_get_search_mode (self->search_bar) && self->root != NULL)
    self->search_from = sfg_journal_view_question_of (gtk_root_get_focus (self->root));
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Enter, Shift+Enter and Esc in the entry; Ctrl+F anywhere in the window
 * while the journal is shown. */
void
sfg_journal_view_setup_search (SfgJournalView *self)
{
  GtkEventController *controller;

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (search_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);

  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("journal.search")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
