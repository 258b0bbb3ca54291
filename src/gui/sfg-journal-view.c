/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sfg-date-button.h"
#include "sfg-journal-picker.h"
#include "sfg-journal-progress.h"
#include "sfg-journal-question.h"
#include "sfg-journal-resources.h"
#include "sfg-journal-search.h"
#include "sfg-journal-section-box.h"
#include "sfg-journal-section-list.h"
#include "sfg-journal-template.h"
#include "sfg-journal-view.h"
#include "sfg-json-util.h"

struct _SfgJournalView
{
  GtkWidget parent_instance;

  SfgLibrary *library;
  SfgJournal *journal;          /* shown; NULL until the first one is started */
  gboolean editing;             /* the user chose to edit an earlier journal */
  gboolean loading;

  GPtrArray *questions;         /* every answer area in page order, the last "Other reflections" */
  GPtrArray *section_boxes;
  SfgJournalQuestion *other_question;
  SfgJournalSearch *search;
  SfgJournalQuestion *search_from;
  GtkRoot *root;
  SfgJournalQuestion *cursor_question;
  guint cursor_tick_id;
  guint cursor_ticks;

  /* Template widgets */
  GtkWidget *main_box;
  SfgJournalPicker *picker;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkLabel *search_count;
  GtkRevealer *banner;
  GtkLabel *banner_label;
  GtkWidget *edit_button;
  AdwFlap *flap;
  SfgJournalSectionList *section_list;
  GtkScrolledWindow *scroller;
  GtkWidget *page;
  GtkLabel *privacy_label;
  GtkWidget *intro_points;
  AdwEntryRow *name_row;
  AdwEntryRow *line_manager_row;
  SfgDateButton *date_button;
  GtkWidget *stages_box;
  GtkWidget *other_box;
};

G_DEFINE_FINAL_TYPE (SfgJournalView, sfg_journal_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Space kept above and below what is scrolled into view. */
#define SCROLL_MARGIN 24

/* ---- Scrolling ---- */

typedef enum
{
  SCROLL_NEAREST,   /* as little as needed */
  SCROLL_TOP,       /* to the top of the page */
  SCROLL_CENTRE,    /* to the middle, when not already in view */
} ScrollTo;

/* Scrolls so that @area (in @widget's coordinates) is in view. */
static void
scroll_to_area (SfgJournalView        *self,
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

  top = point.y - SCROLL_MARGIN;
  bottom = point.y + area->size.height + SCROLL_MARGIN;

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

static void
scroll_to_widget (SfgJournalView *self,
                  GtkWidget      *widget,
                  ScrollTo        where)
{
  graphene_rect_t bounds;

  if (gtk_widget_compute_bounds (widget, widget, &bounds))
    scroll_to_area (self, widget, &bounds, where);
}

static SfgJournalQuestion *
question_of (GtkWidget *widget)
{
  GtkWidget *ancestor = widget != NULL
                        ? gtk_widget_get_ancestor (widget, SFG_TYPE_JOURNAL_QUESTION)
                        : NULL;

  return ancestor != NULL ? SFG_JOURNAL_QUESTION (ancestor) : NULL;
}

/* Keeps what has the keyboard focus in view, a question with its wording. */
static void
focus_widget_changed_cb (SfgJournalView *self)
{
  GtkWidget *focus = gtk_root_get_focus (self->root);
  SfgJournalQuestion *question;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, self->page))
    return;

  question = question_of (focus);
  scroll_to_widget (self, question != NULL ? GTK_WIDGET (question) : focus, SCROLL_NEAREST);
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
  scroll_to_area (self, GTK_WIDGET (view),
                  &GRAPHENE_RECT_INIT (x, y, MAX (location.width, 1), location.height),
                  SCROLL_NEAREST);
  self->cursor_question = NULL;
  return G_SOURCE_REMOVE;
}

static void
queue_cursor_scroll (SfgJournalView     *self,
                     SfgJournalQuestion *question)
{
  self->cursor_question = question;
  self->cursor_ticks = 0;
  if (self->cursor_tick_id == 0)
    self->cursor_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), cursor_tick_cb,
                                                         NULL, NULL);
}

/* ---- Progress ---- */

static void
update_progress (SfgJournalView *self)
{
  for (guint i = 0; i < self->section_boxes->len; i++)
    {
      SfgJournalSectionBox *box = g_ptr_array_index (self->section_boxes, i);
      const char *id = sfg_journal_section_box_get_section_id (box);
      guint answered = sfg_journal_count_answered (self->journal, id);

      sfg_journal_section_box_set_answered (box, answered);
      sfg_journal_section_list_set_answered (self->section_list, id, answered);
    }

  sfg_journal_section_list_set_overall (self->section_list,
                                        sfg_journal_count_answered (self->journal, NULL),
                                        self->journal != NULL
                                        && sfg_journal_answer_is_written (sfg_journal_get_other_reflections (self->journal)));
}

/* ---- Search ---- */

static void
show_search_match (SfgJournalView *self)
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

  question = sfg_journal_search_get_current (self->search, &index);
  if (question != NULL && sfg_journal_question_get_match_area (question, index, &area))
    scroll_to_area (self, GTK_WIDGET (question), &area, SCROLL_CENTRE);
}

static void
search_changed_cb (SfgJournalView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The bar empties the entry as it closes; search_mode_cb() ends the search. */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    return;

  sfg_journal_search_set_text (self->search, text, self->search_from);
  show_search_match (self);
}

static void
search_next_cb (SfgJournalView *self)
{
  if (sfg_journal_search_move (self->search, 1))
    show_search_match (self);
}

static void
search_previous_cb (SfgJournalView *self)
{
  if (sfg_journal_search_move (self->search, -1))
    show_search_match (self);
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
    search_previous_cb (self);
  else
    search_next_cb (self);
  return TRUE;
}

static void
search_mode_cb (SfgJournalView *self)
{
  SfgJournalQuestion *question;
  guint index;

  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      if (self->search_from == NULL && self->root != NULL)
        self->search_from = question_of (gtk_root_get_focus (self->root));
      gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
      search_changed_cb (self);
      return;
    }

  /* Closing the search leaves the cursor on the match the user was on. */
  question = sfg_journal_search_get_current (self->search, &index);
  if (question != NULL)
    sfg_journal_question_select_match (question, index);
  sfg_journal_search_set_text (self->search, "", NULL);
  self->search_from = NULL;
}

static void
refresh_search (SfgJournalView *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    return;

  sfg_journal_search_refresh (self->search);
  gtk_label_set_label (self->search_count, "");
  show_search_match (self);
}

/* ---- Editing ---- */

static gboolean
is_latest (SfgJournalView *self,
           SfgJournal     *journal)
{
  g_autoptr (SfgJournal) first = g_list_model_get_item (sfg_library_get_journals (self->library), 0);

  return first == journal;
}

static gboolean
is_editable (SfgJournalView *self)
{
  if (self->journal == NULL)
    return TRUE;
  if (sfg_library_is_read_only (self->library, self->journal))
    return FALSE;
  return self->editing || is_latest (self, self->journal);
}

static void
update_editable (SfgJournalView *self)
{
  gboolean editable = is_editable (self);
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; i < self->questions->len; i++)
    sfg_journal_question_set_editable (g_ptr_array_index (self->questions, i), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->name_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->line_manager_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_button), editable);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "journal.new", self->journal != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "journal.edit", !editable
                                 && !sfg_library_is_read_only (self->library, self->journal));

  if (editable)
    {
      gtk_revealer_set_reveal_child (self->banner, FALSE);
      return;
    }

  title = sfg_journal_dup_title (self->journal);
  if (sfg_library_is_read_only (self->library, self->journal))
    message = g_strdup (_("This journal was written by a newer version of Scope for Growth. "
                          "It is shown read-only so that nothing in it is lost."));
  else
    /* Translators: %s is a date, e.g. "3 March 2025" */
    message = g_strdup_printf (_("This is your journal of %s. It is read-only so it stays a "
                                 "record of what you thought then."), title);
  gtk_label_set_label (self->banner_label, message);
  gtk_widget_set_visible (self->edit_button,
                          !sfg_library_is_read_only (self->library, self->journal));
  gtk_revealer_set_reveal_child (self->banner, TRUE);
}

static void
journal_changed_cb (SfgJournalView *self)
{
  update_progress (self);
}

static void
set_journal (SfgJournalView *self,
             SfgJournal     *journal)
{
  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_func (self->journal, journal_changed_cb, self);
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    g_signal_connect_object (journal, "changed", G_CALLBACK (journal_changed_cb), self,
                             G_CONNECT_SWAPPED);

  sfg_journal_picker_set_journal (self->picker, journal);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

/* The first edit starts the user's first journal: nothing is written before. */
static SfgJournal *
ensure_journal (SfgJournalView *self)
{
  if (self->journal == NULL)
    {
      set_journal (self, sfg_library_create_journal (self->library, NULL));
      update_editable (self);
    }
  return self->journal;
}

static void
question_changed_cb (SfgJournalView     *self,
                     SfgJournalQuestion *question)
{
  g_autofree char *answer = NULL;

  if (self->loading || !sfg_journal_question_get_editable (question))
    return;

  answer = sfg_journal_question_dup_answer (question);
  if (question == self->other_question)
    sfg_journal_set_other_reflections (ensure_journal (self), answer);
  else
    sfg_journal_set_answer (ensure_journal (self), sfg_journal_question_get_question_id (question),
                            answer);

  if (gtk_widget_has_focus (GTK_WIDGET (sfg_journal_question_get_text_view (question))))
    queue_cursor_scroll (self, question);
  refresh_search (self);
}

static void
name_changed_cb (SfgJournalView *self)
{
  if (!self->loading)
    sfg_journal_set_name (ensure_journal (self), gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
}

static void
line_manager_changed_cb (SfgJournalView *self)
{
  if (!self->loading)
    sfg_journal_set_line_manager (ensure_journal (self),
                                  gtk_editable_get_text (GTK_EDITABLE (self->line_manager_row)));
}

static void
date_changed_cb (SfgJournalView *self)
{
  if (!self->loading)
    sfg_journal_set_date (ensure_journal (self), sfg_date_button_get_date (self->date_button));
}

/* Shows @journal (NULL: the empty page of a first journal not yet started). */
static void
load_journal (SfgJournalView *self,
              SfgJournal     *journal)
{
  g_autofree char *today = NULL;

  set_journal (self, journal);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         journal != NULL ? sfg_journal_get_name (journal) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->line_manager_row),
                         journal != NULL ? sfg_journal_get_line_manager (journal) : "");
  today = sfg_date_today ();
  sfg_date_button_set_date (self->date_button, journal != NULL ? sfg_journal_get_date (journal) : today);

  for (guint i = 0; i < self->questions->len; i++)
    {
      SfgJournalQuestion *question = g_ptr_array_index (self->questions, i);
      const char *answer = "";

      if (journal != NULL && question == self->other_question)
        answer = sfg_journal_get_other_reflections (journal);
      else if (journal != NULL)
        answer = sfg_journal_get_answer (journal, sfg_journal_question_get_question_id (question));
      sfg_journal_question_set_answer (question, answer);
    }
  self->loading = FALSE;

  update_progress (self);
  update_editable (self);
  refresh_search (self);
}

/* ---- Journals over time ---- */

static void
picker_journal_activated_cb (SfgJournalView *self,
                             SfgJournal     *journal)
{
  sfg_journal_view_show_journal (self, journal);
}

static void
new_journal_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         SfgJournalView   *self)
{
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  SfgJournal *previous = self->journal;
  SfgJournal *journal;

  if (g_strcmp0 (response, "blank") != 0 && g_strcmp0 (response, "carry") != 0)
    return;

  title = sfg_journal_dup_title (previous);
  if (g_str_equal (response, "carry"))
    {
      journal = sfg_library_create_journal (self->library, previous);
      /* Translators: %s is a date, e.g. "3 March 2025" */
      message = g_strdup_printf (_("New journal started from your journal of %s"), title);
    }
  else
    {
      journal = sfg_library_create_journal (self->library, NULL);
      message = g_strdup (_("New blank journal started"));
    }

  self->editing = TRUE;
  load_journal (self, journal);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  if (gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY) != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (GTK_WIDGET (self),
                                                                             ADW_TYPE_TOAST_OVERLAY)),
                                 adw_toast_new (message));
}

static void
new_journal_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (widget);
  g_autofree char *title = NULL;
  GtkWidget *dialog;

  if (self->journal == NULL)
    return;

  title = sfg_journal_dup_title (self->journal);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Start a New Journal?"), NULL);
  /* Translators: %s is a date, e.g. "3 March 2025" */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("A new journal for your next conversation can start blank, "
                                    "or with the answers from your journal of %s so you can "
                                    "build on them. That journal stays as it is."),
                                  title);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "blank", _("Start _Blank"),
                                    "carry", _("_Carry Answers Forward"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "carry",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "carry");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_journal_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (widget);

  self->editing = TRUE;
  update_editable (self);
  if (self->questions->len > 0)
    sfg_journal_question_focus_answer (g_ptr_array_index (self->questions, 0));
}

/* ---- Navigation ---- */

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (widget);

  /* Before the entry takes the focus: the search starts from where the user is. */
  if (!gtk_search_bar_get_search_mode (self->search_bar) && self->root != NULL)
    self->search_from = question_of (gtk_root_get_focus (self->root));
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
move_question (SfgJournalView *self,
               int             delta)
{
  SfgJournalQuestion *current = self->root != NULL ? question_of (gtk_root_get_focus (self->root))
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

static void
next_question_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  move_question (SFG_JOURNAL_VIEW (widget), 1);
}

static void
previous_question_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  move_question (SFG_JOURNAL_VIEW (widget), -1);
}

static void
section_activated_cb (SfgJournalView *self,
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
  scroll_to_widget (self, target, SCROLL_TOP);
}

/* ---- Building the page ---- */

static GtkWidget *
bullet (const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *label;

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", "•",
                        "valign", GTK_ALIGN_START,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        NULL);
  gtk_box_append (GTK_BOX (box), label);
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", text,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "xalign", 0.0f,
                        "hexpand", TRUE,
                        NULL);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static char *
journal_folder_for_display (SfgLibrary *library)
{
  g_autofree char *folder = g_build_filename (sfg_store_get_data_dir (sfg_library_get_store (library)),
                                              "journals", NULL);
  const char *home = g_get_home_dir ();

  if (g_str_has_prefix (folder, home) && folder[strlen (home)] == G_DIR_SEPARATOR)
    return g_strconcat ("~", folder + strlen (home), NULL);
  return g_steal_pointer (&folder);
}

static void
add_question (SfgJournalView     *self,
              SfgJournalQuestion *question)
{
  g_ptr_array_add (self->questions, question);
  sfg_journal_search_add_question (self->search, question);
  g_signal_connect_object (question, "changed", G_CALLBACK (question_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static GtkWidget *
build_stage (SfgJournalView        *self,
             const SfgJournalStage *stage,
             SfgOrgFramework       *org)
{
  const SfgJournalSection *sections;
  const SfgResourceGroup *groups;
  guint n_sections, n_groups;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 36);
  GtkWidget *heading;
  g_autofree char *title = NULL;

  /* Translators: "Stage 1 — What matters to you?" */
  title = g_strdup_printf (_("Stage %u — %s"), stage->number, sfg_journal_stage_get_title (stage));
  heading = g_object_new (GTK_TYPE_LABEL,
                          "label", title,
                          "wrap", TRUE,
                          "xalign", 0.0f,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                          NULL);
  gtk_widget_add_css_class (heading, "title-2");
  gtk_widget_add_css_class (heading, "sfg-journal-stage");
  gtk_box_append (GTK_BOX (box), heading);

  sections = sfg_journal_template_get_sections (&n_sections);
  groups = sfg_journal_template_get_resource_groups (&n_groups);

  for (guint i = 0; i < n_sections; i++)
    {
      GtkWidget *section_box;

      if (sections[i].stage != stage->number)
        continue;

      section_box = sfg_journal_section_box_new (&sections[i]);
      for (guint q = 0; q < sections[i].n_questions; q++)
        add_question (self, sfg_journal_section_box_get_question (SFG_JOURNAL_SECTION_BOX (section_box), q));
      for (guint g = 0; g < n_groups; g++)
        if (g_strcmp0 (groups[g].section_id, sections[i].id) == 0)
          sfg_journal_section_box_append (SFG_JOURNAL_SECTION_BOX (section_box),
                                          sfg_journal_resources_new (&groups[g],
                                                                     _("Preparation resources"),
                                                                     org));
      g_ptr_array_add (self->section_boxes, section_box);
      gtk_box_append (GTK_BOX (box), section_box);
    }

  /* Resources for the whole stage ("Career") close it. */
  for (guint g = 0; g < n_groups; g++)
    if (groups[g].section_id == NULL && groups[g].stage == stage->number)
      {
        g_autofree char *heading_text = NULL;

        /* Translators: "Preparation resources: Career" */
        heading_text = g_strdup_printf (_("Preparation resources: %s"),
                                        sfg_resource_group_get_title (&groups[g]));
        gtk_box_append (GTK_BOX (box), sfg_journal_resources_new (&groups[g], heading_text, org));
      }

  return box;
}

static void
build_page (SfgJournalView *self)
{
  const SfgJournalStage *stages;
  guint n_stages;
  SfgOrgFramework *org = sfg_org_framework_get_applied (sfg_library_get_framework (self->library));
  g_autofree char *folder = journal_folder_for_display (self->library);
  g_autofree char *privacy = NULL;

  /* Translators: %s is a folder, e.g. "~/.local/share/scope-for-growth/journals" */
  privacy = g_strdup_printf (_("Your journal is kept in your own folder on this computer (%s), "
                               "which only your user account can open. It is never included "
                               "in a plan, an export or a plan printout."),
                             folder);
  gtk_label_set_label (self->privacy_label, privacy);

  for (guint i = 0; i < SFG_JOURNAL_N_INTRO_POINTS; i++)
    gtk_box_append (GTK_BOX (self->intro_points), bullet (sfg_journal_template_get_intro_point (i)));

  stages = sfg_journal_template_get_stages (&n_stages);
  for (guint i = 0; i < n_stages; i++)
    gtk_box_append (GTK_BOX (self->stages_box), build_stage (self, &stages[i], org));

  self->other_question = SFG_JOURNAL_QUESTION (
    sfg_journal_question_new (SFG_JOURNAL_OTHER_REFLECTIONS_ID,
                              _("Anything else you want to reflect on that the questions do "
                                "not cover"),
                              0));
  gtk_box_append (GTK_BOX (self->other_box), GTK_WIDGET (self->other_question));
  add_question (self, self->other_question);
}

/* ---- GObject ---- */

static void
sfg_journal_view_constructed (GObject *object)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (object);
  g_autoptr (SfgJournal) latest = NULL;

  G_OBJECT_CLASS (sfg_journal_view_parent_class)->constructed (object);

  g_return_if_fail (SFG_IS_LIBRARY (self->library));

  build_page (self);
  sfg_journal_picker_set_model (self->picker, sfg_library_get_journals (self->library));

  latest = g_list_model_get_item (sfg_library_get_journals (self->library), 0);
  load_journal (self, latest);
}

static void
sfg_journal_view_root (GtkWidget *widget)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (widget);

  GTK_WIDGET_CLASS (sfg_journal_view_parent_class)->root (widget);

  self->root = gtk_widget_get_root (widget);
  g_signal_connect_object (self->root, "notify::focus-widget",
                           G_CALLBACK (focus_widget_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
sfg_journal_view_unroot (GtkWidget *widget)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (widget);

  g_signal_handlers_disconnect_by_func (self->root, focus_widget_changed_cb, self);
  self->root = NULL;

  GTK_WIDGET_CLASS (sfg_journal_view_parent_class)->unroot (widget);
}

static void
sfg_journal_view_dispose (GObject *object)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (object);

  if (self->cursor_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->cursor_tick_id);
      self->cursor_tick_id = 0;
    }
  set_journal (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_JOURNAL_VIEW);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->section_boxes, g_ptr_array_unref);
  g_clear_object (&self->search);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (sfg_journal_view_parent_class)->dispose (object);
}

static void
sfg_journal_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_journal_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_journal_view_class_init (SfgJournalViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sfg_journal_view_constructed;
  object_class->dispose = sfg_journal_view_dispose;
  object_class->get_property = sfg_journal_view_get_property;
  object_class->set_property = sfg_journal_view_set_property;
  widget_class->root = sfg_journal_view_root;
  widget_class->unroot = sfg_journal_view_unroot;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, SFG_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, SFG_TYPE_JOURNAL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SFG_TYPE_DATE_BUTTON);
  g_type_ensure (SFG_TYPE_JOURNAL_PICKER);
  g_type_ensure (SFG_TYPE_JOURNAL_SECTION_LIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/sfg-journal-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, main_box);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, picker);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, search_count);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, banner);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, edit_button);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, flap);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, section_list);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, page);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, privacy_label);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, intro_points);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, name_row);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, line_manager_row);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, date_button);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, stages_box);
  gtk_widget_class_bind_template_child (widget_class, SfgJournalView, other_box);
  gtk_widget_class_bind_template_callback (widget_class, picker_journal_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, section_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, line_manager_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);

  gtk_widget_class_install_action (widget_class, "journal.new", NULL, new_journal_activated);
  gtk_widget_class_install_action (widget_class, "journal.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "journal.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "journal.next-question", NULL,
                                   next_question_activated);
  gtk_widget_class_install_action (widget_class, "journal.previous-question", NULL,
                                   previous_question_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "journal.next-question", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "journal.previous-question", NULL);

  gtk_widget_class_set_css_name (widget_class, "sfgjournalview");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sfg_journal_view_init (SfgJournalView *self)
{
  GtkEventController *controller;

  self->questions = g_ptr_array_new ();
  self->section_boxes = g_ptr_array_new ();
  self->search = sfg_journal_search_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (search_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);

  /* Ctrl+F works wherever the focus is in the window while the journal is shown. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("journal.search")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  sfg_date_button_set_accessible_label (self->date_button, _("Journal date"));
}

GtkWidget *
sfg_journal_view_new (SfgLibrary *library)
{
  g_return_val_if_fail (SFG_IS_LIBRARY (library), NULL);

  return g_object_new (SFG_TYPE_JOURNAL_VIEW, "library", library, NULL);
}

SfgLibrary *
sfg_journal_view_get_library (SfgJournalView *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_VIEW (self), NULL);

  return self->library;
}

/* Returns: (transfer none) (nullable): the journal shown, %NULL before the first is started */
SfgJournal *
sfg_journal_view_get_journal (SfgJournalView *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_VIEW (self), NULL);

  return self->journal;
}

/* Shows @journal: an earlier one read-only until the user chooses Edit. */
void
sfg_journal_view_show_journal (SfgJournalView *self,
                               SfgJournal     *journal)
{
  g_return_if_fail (SFG_IS_JOURNAL_VIEW (self));
  g_return_if_fail (SFG_IS_JOURNAL (journal));

  if (journal == self->journal)
    return;

  self->editing = FALSE;
  load_journal (self, journal);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}
