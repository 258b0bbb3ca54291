/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* SfgJournalView's insides, shared by sfg-journal-view.c (journals and
 * editing), -page.c (building the page), -scroll.c (scrolling and moving
 * between questions) and -search.c. */

#include "sfg-date-button.h"
#include "sfg-journal-picker.h"
#include "sfg-journal-question.h"
#include "sfg-journal-search.h"
#include "sfg-journal-section-box.h"
#include "sfg-journal-section-list.h"
#include "sfg-journal-view.h"

G_BEGIN_DECLS

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

typedef enum
{
  SCROLL_NEAREST,   /* as little as needed */
  SCROLL_TOP,       /* to the top of the page */
  SCROLL_CENTRE,    /* to the middle, when not already in view */
} ScrollTo;

/* Space kept above and below what is scrolled into view. */
#define SFG_JOURNAL_SCROLL_MARGIN 24

/* -page.c */
void                sfg_journal_view_build_page                 (SfgJournalView        *self);

/* -scroll.c */
SfgJournalQuestion *sfg_journal_view_question_of                (GtkWidget             *widget);
void                sfg_journal_view_scroll_to_area             (SfgJournalView        *self,
                                                                 GtkWidget             *widget,
                                                                 const graphene_rect_t *area,
                                                                 ScrollTo               where);
void                sfg_journal_view_scroll_to_widget           (SfgJournalView        *self,
                                                                 GtkWidget             *widget,
                                                                 ScrollTo               where);
void                sfg_journal_view_focus_changed              (SfgJournalView        *self);
void                sfg_journal_view_follow_cursor              (SfgJournalView        *self,
                                                                 SfgJournalQuestion    *question);
void                sfg_journal_view_stop_following_cursor      (SfgJournalView        *self);
void                sfg_journal_view_scrolled                   (SfgJournalView        *self);
void                sfg_journal_view_section_activated_cb       (SfgJournalView        *self,
                                                                 const char            *section_id);
void                sfg_journal_view_next_question_activated    (GtkWidget             *widget,
                                                                 const char            *action_name,
                                                                 GVariant              *parameter);
void                sfg_journal_view_previous_question_activated (GtkWidget            *widget,
                                                                 const char            *action_name,
                                                                 GVariant              *parameter);

/* -search.c */
void                sfg_journal_view_setup_search               (SfgJournalView        *self);
void                sfg_journal_view_refresh_search             (SfgJournalView        *self);
void                sfg_journal_view_search_activated           (GtkWidget             *widget,
                                                                 const char            *action_name,
                                                                 GVariant              *parameter);
void                sfg_journal_view_search_changed_cb          (SfgJournalView        *self);
void                sfg_journal_view_search_next_cb             (SfgJournalView        *self);
void                sfg_journal_view_search_previous_cb         (SfgJournalView        *self);
void                sfg_journal_view_search_mode_cb             (SfgJournalView        *self);

G_END_DECLS
