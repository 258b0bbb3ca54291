/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-view"

#include "config.h"

#include "sfg-journal-view-private.h"

/* Scrolls so that @area (in @widget's coordinates) is in view. */
void
sfg_journal_view_scroll_to_area (SfgJournalView        *self,
                                 GtkWidget             *widget,
                                 const graphene_rect_t *area,
                                 ScrollTo               where)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (self->scroller)));
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  graphene_point_t point;
  double top, bottom;

  if (!gtk_widget_compute_point (widget, content,
                                 &GRAPHENE_POINT_INIT (area->origin.x, area->origin.y), &point))
    return;

  top = point.y - SFG_JOURNAL_SCROLL_MARGIN;
  bottom = point.y + area->size.height + SFG_JOURNAL_SCROLL_MARGIN;

  if (where == SCROLL_TOP)
    value = top;
  else if (bottom - top > page_size)
    {
      /* Taller than the window: only bring it in when none of it shows. */
      if (bottom > value && top < value + page_size)
        return;
      value = top;
    }
  else if (top >= value && bottom <= value + page_size)
    return;
  else if (where == SCROLL_CENTRE)
    value = top - (page_size - (bottom - top)) / 2;
  else
    value = top < value ? top : bottom - page_size;

  gtk_adjustment_set_value (adjustment, value);
}

void
sfg_journal_view_scroll_to_widget (SfgJournalView *self,
                                   GtkWidget      *widget,
                                   ScrollTo        where)
{
  graphene_rect_t bounds;

  if (gtk_widget_compute_bounds (widget, widget, &bounds))
    sfg_journal_view_scroll_to_area (self, widget, &bounds, where);
}

SfgJournalQuestion *
sfg_journal_view_question_of (GtkWidget *widget)
{
  GtkWidget *ancestor = widget != NULL
                        ? gtk_widget_get_ancestor (widget, SFG_TYPE_JOURNAL_QUESTION)
                        : NULL;

  return ancestor != NULL ? SFG_JOURNAL_QUESTION (ancestor) : NULL;
}

/* Keeps what has the keyboard focus in view, a question with its wording. */
void
sfg_journal_view_focus_changed (SfgJournalView *self)
{
  GtkWidget *focus = gtk_root_get_focus (self->root);
  SfgJournalQuestion *question;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, self->page))
    return;

  question = sfg_journal_view_question_of (focus);
  sfg_journal_view_scroll_to_widget (self, question != NULL ? GTK_WIDGET (question) : focus, SCROLL_NEAREST);
}

/* After typing, the answer has grown by the next frame: keep the cursor in view. */
static gboolean
cursor_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (widget);
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  GdkRectangle location;
  int x, y;

  if (++self->cursor_ticks < 2)
    return G_SOURCE_CONTINUE;

  self->cursor_tick_id = 0;
  if (self->cursor_question == NULL)
    return G_SOURCE_REMOVE;

  view = sfg_journal_question_get_text_view (self->cursor_question);
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_iter_location (view, &iter, &location);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, location.x, location.y,
                                         &x, &y);
  sfg_journal_view_scroll_to_area (self, GTK_WIDGET (view),
                  &GRAPHENE_RECT_INIT (x, y, MAX (location.width, 1), location.height),
                  SCROLL_NEAREST);
  self->cursor_question = NULL;
  return G_SOURCE_REMOVE;
}

void
sfg_journal_view_follow_cursor (SfgJournalView     *self,
                                SfgJournalQuestion *question)
{
  self->cursor_question = question;
  self->cursor_ticks = 0;
  if (self->cursor_tick_id == 0)
    self->cursor_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), cursor_tick_cb,
                                                         NULL, NULL);
}

/* Marks in the section list the section at the top third of the page. */
void
sfg_journal_view_scrolled (SfgJournalView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (self->scroller)));
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double line = value + page_size / 3;
  const char *current = NULL;
  graphene_point_t point;

  /* At the end of the page the last sections cannot reach the line. */
  if (value + page_size >= gtk_adjustment_get_upper (adjustment) - 1)
    line = value + page_size - SFG_JOURNAL_SCROLL_MARGIN;

  for (guint i = 0; i < self->section_boxes->len; i++)
    {
      SfgJournalSectionBox *box = g_ptr_array_index (self->section_boxes, i);

      if (gtk_widget_compute_point (GTK_WIDGET (box), content, &GRAPHENE_POINT_INIT (0, 0), &point)
          && point.y <= line)
        current = sfg_journal_section_box_get_section_id (box);
    }
  if (gtk_widget_compute_point (self->other_box, content, &GRAPHENE_POINT_INIT (0, 0), &point)
      && point.y <= line)
    current = SFG_JOURNAL_OTHER_REFLECTIONS_ID;

  sfg_journal_section_list_set_current (self->section_list, current);
}

/* Alt+Up and Alt+Down, and the section list. */

static void
move_question (SfgJournalView *self,
               int             delta)
{
  SfgJournalQuestion *current = self->root != NULL ? sfg_journal_view_question_of (gtk_root_get_focus (self->root))
                                                   : NULL;
  guint index = 0;
  int target;

  if (current == NULL || !g_ptr_array_find (self->questions, current, &index))
    target = 0;
  else
    target = (int) index + delta;

  if (target < 0 || target >= (int) self->questions->len)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  sfg_journal_question_focus_answer (g_ptr_array_index (self->questions, target));
}

void
sfg_journal_view_next_question_activated (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  move_question (SFG_JOURNAL_VIEW (widget), 1);
}

void
sfg_journal_view_previous_question_activated (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter)
{
  move_question (SFG_JOURNAL_VIEW (widget), -1);
}

void
sfg_journal_view_section_activated_cb (SfgJournalView *self,
                                       const char     *section_id)
{
  GtkWidget *target = NULL;
  SfgJournalQuestion *first = NULL;

  if (g_strcmp0 (section_id, SFG_JOURNAL_OTHER_REFLECTIONS_ID) == 0)
    {
      target = self->other_box;
      first = self->other_question;
    }
  for (guint i = 0; target == NULL && i < self->section_boxes->len; i++)
    {
      SfgJournalSectionBox *box = g_ptr_array_index (self->section_boxes, i);

      if (g_strcmp0 (sfg_journal_section_box_get_section_id (box), section_id) == 0)
        {
          target = GTK_WIDGET (box);
          first = sfg_journal_section_box_get_question (box, 0);
        }
    }
  g_return_if_fail (target != NULL);

  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);

  /* The keyboard goes where the eyes go, then the section's title is put on top. */
  sfg_journal_question_focus_answer (first);
  sfg_journal_view_scroll_to_widget (self, target, SCROLL_TOP);
}


void
sfg_journal_view_stop_following_cursor (SfgJournalView *self)
{
  if (self->cursor_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->cursor_tick_id);
  self->cursor_tick_id = 0;
  self->cursor_question = NULL;
}
