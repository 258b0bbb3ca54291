/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "sfg-journal-question.h"
#include "sfg-journal-section-box.h"
#include "sfg-journal-section-list.h"
#include "sfg-journal-view.h"
#include "sfg-library.h"
#include "sfg-test-utils.h"

typedef struct
{
  char *dir;
  SfgStore *store;
  SfgLibrary *library;
  GtkWindow *window;
  SfgJournalView *view;
} Fixture;

static void
iterate_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Lets layout and a frame or two happen (focus, scrolling, text view sizes). */
static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + 150 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      iterate_pending ();
      g_usleep (5000);
    }
  iterate_pending ();
}

static void
open_view (Fixture *fixture)
{
  fixture->view = SFG_JOURNAL_VIEW (sfg_journal_view_new (fixture->library));
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (fixture->view)))
    g_main_context_iteration (NULL, TRUE);
  settle ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = sfg_test_make_temp_dir ();
  fixture->store = sfg_store_new (fixture->dir, &error);
  g_assert_no_error (error);
  fixture->library = sfg_library_new (fixture->store);
  sfg_library_load (fixture->library, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  iterate_pending ();
  sfg_test_store_flush (fixture->store, NULL);
  g_clear_object (&fixture->library);
  g_clear_object (&fixture->store);
  sfg_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GPtrArray *
find_all (gpointer widget,
          GType    type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (widget), type, found);
  return found;
}

static gpointer
find_one (gpointer widget,
          GType    type)
{
  g_autoptr (GPtrArray) found = find_all (widget, type);

  g_assert_cmpuint (found->len, >=, 1);
  return g_ptr_array_index (found, 0);
}

static SfgJournalQuestion *
find_question (Fixture    *fixture,
               const char *id)
{
  g_autoptr (GPtrArray) questions = find_all (fixture->view, SFG_TYPE_JOURNAL_QUESTION);

  for (guint i = 0; i < questions->len; i++)
    if (g_strcmp0 (sfg_journal_question_get_question_id (questions->pdata[i]), id) == 0)
      return questions->pdata[i];
  g_assert_not_reached ();
}

static SfgJournalSectionBox *
find_section (Fixture    *fixture,
              const char *id)
{
  g_autoptr (GPtrArray) boxes = find_all (fixture->view, SFG_TYPE_JOURNAL_SECTION_BOX);

  for (guint i = 0; i < boxes->len; i++)
    if (g_strcmp0 (sfg_journal_section_box_get_section_id (boxes->pdata[i]), id) == 0)
      return boxes->pdata[i];
  g_assert_not_reached ();
}

/* The first label inside @widget with the CSS class @css_class. */
static GtkLabel *
find_label_with_class (GtkWidget  *widget,
                       const char *css_class)
{
  g_autoptr (GPtrArray) labels = find_all (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], css_class))
      return labels->pdata[i];
  return NULL;
}

static gboolean
has_label_containing (GtkWidget  *widget,
                      const char *text)
{
  g_autoptr (GPtrArray) labels = find_all (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (labels->pdata[i]), text) != NULL)
      return TRUE;
  return FALSE;
}

static GtkWidget *
focus_widget (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

/* Whether @widget shows at least partly in the journal's scrolled page. */
static gboolean
is_scrolled_into_view (Fixture   *fixture,
                       GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, scroller, &bounds));
  return bounds.origin.y + bounds.size.height > 0
         && bounds.origin.y < gtk_widget_get_height (scroller);
}

/* Presses a shortcut the way GTK would: find the first of @widget's shortcuts
 * whose trigger is @accel and activate it. */
static void
press_accel (GtkWidget  *widget,
             const char *accel)
{
  g_autoptr (GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accel);
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean pressed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !pressed; i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              pressed = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                      GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                      gtk_shortcut_get_arguments (shortcut));
              break;
            }
        }
    }
  g_assert_true (pressed);
}

static void
type_answer (SfgJournalQuestion *question,
             const char         *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sfg_journal_question_get_text_view (question));

  gtk_text_buffer_insert_at_cursor (buffer, text, -1);
}

/* The page holds the framework's six sections and 33 questions, in order and wording. */
static void
test_content (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr (GPtrArray) expected = sfg_test_content_journal_sections ();
  g_autoptr (GPtrArray) boxes = NULL;
  guint n_questions = 0;

  open_view (fixture);
  boxes = find_all (fixture->view, SFG_TYPE_JOURNAL_SECTION_BOX);
  g_assert_cmpuint (boxes->len, ==, 6);
  g_assert_cmpuint (expected->len, ==, 6);

  for (guint i = 0; i < boxes->len; i++)
    {
      SfgJournalSectionBox *box = boxes->pdata[i];
      SfgTestSection *section = expected->pdata[i];
      GtkLabel *title = find_label_with_class (GTK_WIDGET (box), "title-3");
      g_autoptr (GPtrArray) questions = find_all (box, SFG_TYPE_JOURNAL_QUESTION);

      g_assert_cmpstr (sfg_journal_section_box_get_section_id (box), ==, section->id);
      g_assert_nonnull (title);
      g_assert_cmpstr (gtk_label_get_label (title), ==, section->title);
      g_assert_cmpuint (questions->len, ==, section->questions->len);

      for (guint q = 0; q < questions->len; q++)
        {
          SfgJournalQuestion *question = questions->pdata[q];
          GtkLabel *shown = find_label_with_class (GTK_WIDGET (question), "sfg-question-text");
          g_autofree char *id = g_strdup_printf ("%s.%u", section->id, q + 1);
          GtkTextView *text_view = sfg_journal_question_get_text_view (question);

          g_assert_cmpstr (gtk_label_get_label (shown), ==, section->questions->pdata[q]);
          g_assert_cmpstr (sfg_journal_question_get_question_id (question), ==, id);
          /* Answer areas grow, wrap, undo and let Tab leave. */
          g_assert_true (gtk_widget_get_ancestor (GTK_WIDGET (text_view), GTK_TYPE_SCROLLED_WINDOW)
                         == gtk_widget_get_ancestor (GTK_WIDGET (box), GTK_TYPE_SCROLLED_WINDOW));
          g_assert_cmpint (gtk_text_view_get_wrap_mode (text_view), !=, GTK_WRAP_NONE);
          g_assert_false (gtk_text_view_get_accepts_tab (text_view));
          g_assert_true (gtk_text_buffer_get_enable_undo (gtk_text_view_get_buffer (text_view)));
          n_questions++;
        }
    }
  g_assert_cmpuint (n_questions, ==, 33);

  /* The well-being note is shown with its section, and only there. */
  g_assert_true (has_label_containing (GTK_WIDGET (find_section (fixture, "wellbeing")),
                                       "reasonable adjustments"));
  g_assert_false (has_label_containing (GTK_WIDGET (find_section (fixture, "strengths")),
                                        "reasonable adjustments"));
  /* So are the five points of the introduction and the privacy promise. */
  g_assert_true (has_label_containing (GTK_WIDGET (fixture->view), "Private — only on this computer"));
  g_assert_true (has_label_containing (GTK_WIDGET (fixture->view),
                                       "never included in a plan, an export or a plan printout"));
  g_assert_true (has_label_containing (GTK_WIDGET (fixture->view), "coach, mentor or trusted colleague"));
  g_assert_true (has_label_containing (GTK_WIDGET (fixture->view), "Self-care as a compassionate leader"));
}

/* Typing an answer starts the first journal, sets the model and moves the counters. */
static void
test_typing_updates_model (Fixture       *fixture,
                           gconstpointer  data)
{
  GListModel *journals = sfg_library_get_journals (fixture->library);
  SfgJournalSectionBox *box;
  SfgJournalSectionList *list;
  SfgJournal *journal;

  open_view (fixture);
  /* Opening the view writes nothing. */
  g_assert_null (sfg_journal_view_get_journal (fixture->view));
  g_assert_cmpuint (g_list_model_get_n_items (journals), ==, 0);

  box = find_section (fixture, "current-role");
  list = find_one (fixture->view, SFG_TYPE_JOURNAL_SECTION_LIST);
  g_assert_cmpstr (sfg_journal_section_box_get_counter_text (box), ==, "0 of 7 answered");

  type_answer (find_question (fixture, "current-role.3"), "About 6 out of 10");
  journal = sfg_journal_view_get_journal (fixture->view);
  g_assert_nonnull (journal);
  g_assert_cmpuint (g_list_model_get_n_items (journals), ==, 1);
  g_assert_cmpstr (sfg_journal_get_answer (journal, "current-role.3"), ==, "About 6 out of 10");
  g_assert_cmpstr (sfg_journal_section_box_get_counter_text (box), ==, "1 of 7 answered");
  g_assert_cmpstr (sfg_journal_section_list_get_overall_text (list), ==,
                   "1 of 33 questions answered");

  type_answer (find_question (fixture, "current-role.5"), "Lead the team");
  g_assert_cmpstr (sfg_journal_section_box_get_counter_text (box), ==, "2 of 7 answered");
  g_assert_cmpuint (g_list_model_get_n_items (journals), ==, 1);

  /* Undo takes the text away again, and the answer with it. */
  gtk_text_buffer_undo (gtk_text_view_get_buffer (
    sfg_journal_question_get_text_view (find_question (fixture, "current-role.5"))));
  g_assert_cmpstr (sfg_journal_get_answer (journal, "current-role.5"), ==, "");
  g_assert_cmpstr (sfg_journal_section_box_get_counter_text (box), ==, "1 of 7 answered");

  type_answer (find_question (fixture, SFG_JOURNAL_OTHER_REFLECTIONS_ID), "A secondment?");
  g_assert_cmpstr (sfg_journal_get_other_reflections (journal), ==, "A secondment?");
}

static SfgJournal *
add_journal (Fixture    *fixture,
             const char *date,
             const char *question_id,
             const char *answer)
{
  SfgJournal *journal = sfg_library_create_journal (fixture->library, NULL);

  sfg_journal_set_date (journal, date);
  if (question_id != NULL)
    sfg_journal_set_answer (journal, question_id, answer);
  return journal;
}

static GtkWidget *
search_entry (Fixture *fixture)
{
  return find_one (fixture->view, GTK_TYPE_SEARCH_ENTRY);
}

/* Search finds answers in other sections, ignoring case and accents, and moves there. */
static void
test_search_moves_between_sections (Fixture       *fixture,
                                    gconstpointer  data)
{
  SfgJournal *journal = add_journal (fixture, "2026-03-01", "wellbeing.1", "Time to réfléchir");
  SfgJournalQuestion *first, *second;
  GtkSearchBar *search_bar;
  GtkWidget *entry;

  sfg_journal_set_answer (journal, "aspirations.2", "Réfléchir about a REFLECHIR-style role");
  open_view (fixture);
  first = find_question (fixture, "wellbeing.1");
  second = find_question (fixture, "aspirations.2");
  search_bar = find_one (fixture->view, GTK_TYPE_SEARCH_BAR);
  entry = search_entry (fixture);

  /* Ctrl+F opens the search; the user is in the second answer. */
  sfg_journal_question_focus_answer (second);
  settle ();
  press_accel (GTK_WIDGET (fixture->view), "<Control>f");
  settle ();
  g_assert_true (gtk_search_bar_get_search_mode (search_bar));

  gtk_editable_set_text (GTK_EDITABLE (entry), "reflechir");
  g_signal_emit_by_name (entry, "search-changed");
  settle ();
  /* From where the user was: the first match at or after aspirations.2. */
  g_assert_true (is_scrolled_into_view (fixture, GTK_WIDGET (second)));
  g_assert_false (is_scrolled_into_view (fixture, GTK_WIDGET (first)));

  /* Next, wrapping round: the second match in the same answer, then wellbeing.1. */
  g_signal_emit_by_name (entry, "next-match");
  settle ();
  g_assert_true (is_scrolled_into_view (fixture, GTK_WIDGET (second)));
  g_signal_emit_by_name (entry, "next-match");
  settle ();
  g_assert_true (is_scrolled_into_view (fixture, GTK_WIDGET (first)));
  g_assert_false (is_scrolled_into_view (fixture, GTK_WIDGET (second)));

  /* Back again to aspirations.2. */
  g_signal_emit_by_name (entry, "previous-match");
  settle ();
  g_assert_true (is_scrolled_into_view (fixture, GTK_WIDGET (second)));

  /* Closing the search leaves the cursor on that match, selected. */
  gtk_search_bar_set_search_mode (search_bar, FALSE);
  settle ();
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (sfg_journal_question_get_text_view (second)));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (sfg_journal_question_get_text_view (second));
    GtkTextIter start, end;
    g_autofree char *selected = NULL;

    g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
    selected = gtk_text_iter_get_text (&start, &end);
    g_assert_cmpstr (selected, ==, "REFLECHIR");
  }
}

/* Questions are searched too, and Enter in the entry moves on. */
static void
test_search_questions (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *entry;
  GtkLabel *count;

  open_view (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "journal.search", NULL);
  entry = search_entry (fixture);
  gtk_editable_set_text (GTK_EDITABLE (entry), "FULFILMENT");
  g_signal_emit_by_name (entry, "search-changed");
  settle ();
  g_assert_true (is_scrolled_into_view (fixture, GTK_WIDGET (find_question (fixture, "current-role.3"))));

  count = find_label_with_class (gtk_widget_get_parent (entry), "numeric");
  g_assert_cmpstr (gtk_label_get_label (count), ==, "1 of 1");

  gtk_editable_set_text (GTK_EDITABLE (entry), "no such words here");
  g_signal_emit_by_name (entry, "search-changed");
  settle ();
  g_assert_cmpstr (gtk_label_get_label (count), ==, "No matches");
}

/* Alt+Down and Alt+Up move between questions, across sections. */
static void
test_alt_arrows_move_between_questions (Fixture       *fixture,
                                        gconstpointer  data)
{
  open_view (fixture);

  sfg_journal_question_focus_answer (find_question (fixture, "wellbeing.1"));
  settle ();
  press_accel (GTK_WIDGET (fixture->view), "<Alt>Down");
  settle ();
  g_assert_true (focus_widget (fixture)
                 == GTK_WIDGET (sfg_journal_question_get_text_view (find_question (fixture, "wellbeing.2"))));

  sfg_journal_question_focus_answer (find_question (fixture, "wellbeing.6"));
  settle ();
  press_accel (GTK_WIDGET (fixture->view), "<Alt>Down");
  settle ();
  g_assert_true (focus_widget (fixture)
                 == GTK_WIDGET (sfg_journal_question_get_text_view (find_question (fixture, "strengths.1"))));
  g_assert_true (is_scrolled_into_view (fixture, GTK_WIDGET (find_question (fixture, "strengths.1"))));

  press_accel (GTK_WIDGET (fixture->view), "<Alt>Up");
  settle ();
  g_assert_true (focus_widget (fixture)
                 == GTK_WIDGET (sfg_journal_question_get_text_view (find_question (fixture, "wellbeing.6"))));
}

/* The section list jumps to a section. */
static void
test_section_list_jumps (Fixture       *fixture,
                         gconstpointer  data)
{
  SfgJournalSectionList *list;

  open_view (fixture);
  list = find_one (fixture->view, SFG_TYPE_JOURNAL_SECTION_LIST);
  g_assert_false (is_scrolled_into_view (fixture, GTK_WIDGET (find_section (fixture, "aspirations"))));
  g_assert_null (sfg_journal_section_list_get_current (list));

  g_signal_emit_by_name (list, "section-activated", "aspirations");
  settle ();
  g_assert_true (is_scrolled_into_view (fixture, GTK_WIDGET (find_section (fixture, "aspirations"))));
  g_assert_cmpstr (sfg_journal_section_list_get_current (list), ==, "aspirations");
  g_assert_true (focus_widget (fixture)
                 == GTK_WIDGET (sfg_journal_question_get_text_view (find_question (fixture, "aspirations.1"))));

  g_signal_emit_by_name (list, "section-activated", SFG_JOURNAL_OTHER_REFLECTIONS_ID);
  settle ();
  g_assert_cmpstr (sfg_journal_section_list_get_current (list), ==, SFG_JOURNAL_OTHER_REFLECTIONS_ID);
  g_signal_emit_by_name (list, "section-activated", "wellbeing");
  settle ();
  g_assert_cmpstr (sfg_journal_section_list_get_current (list), ==, "wellbeing");
}

/* An earlier journal opens read-only until the user chooses Edit. */
static void
test_earlier_journal_read_only (Fixture       *fixture,
                                gconstpointer  data)
{
  SfgJournal *older = add_journal (fixture, "2025-03-01", "wellbeing.1", "Then");
  SfgJournal *newer = add_journal (fixture, "2026-03-01", "wellbeing.1", "Now");
  SfgJournalQuestion *question;

  open_view (fixture);
  question = find_question (fixture, "wellbeing.1");
  g_assert_true (sfg_journal_view_get_journal (fixture->view) == newer);
  g_assert_true (sfg_journal_question_get_editable (question));

  sfg_journal_view_show_journal (fixture->view, older);
  settle ();
  g_assert_false (sfg_journal_question_get_editable (question));
  {
    g_autofree char *answer = sfg_journal_question_dup_answer (question);
    g_assert_cmpstr (answer, ==, "Then");
  }
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (fixture->view)));

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "journal.edit", NULL);
  g_assert_true (sfg_journal_question_get_editable (question));
  type_answer (question, " and more");
  g_assert_cmpstr (sfg_journal_get_answer (older, "wellbeing.1"), ==, "Then and more");
  g_assert_cmpstr (sfg_journal_get_answer (newer, "wellbeing.1"), ==, "Now");
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* New Journal: the user chooses blank or carrying answers forward. */
static void
test_new_journal (Fixture       *fixture,
                  gconstpointer  data)
{
  SfgJournal *first = add_journal (fixture, "2025-03-01", "strengths.2", "Listening");
  GListModel *journals = sfg_library_get_journals (fixture->library);
  SfgJournal *carried, *blank;
  AdwMessageDialog *dialog;
  g_autofree char *shown = NULL;

  open_view (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "journal.new", NULL);
  settle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "carry");
  settle ();

  carried = sfg_journal_view_get_journal (fixture->view);
  g_assert_true (carried != first);
  g_assert_cmpuint (g_list_model_get_n_items (journals), ==, 2);
  g_assert_cmpstr (sfg_journal_get_carried_from (carried), ==, sfg_journal_get_id (first));
  shown = sfg_journal_question_dup_answer (find_question (fixture, "strengths.2"));
  g_assert_cmpstr (shown, ==, "Listening");
  g_assert_true (sfg_journal_question_get_editable (find_question (fixture, "strengths.2")));

  /* Changing the new journal leaves the first as it was. */
  type_answer (find_question (fixture, "strengths.2"), " and coaching");
  g_assert_cmpstr (sfg_journal_get_answer (carried, "strengths.2"), ==, "Listening and coaching");
  g_assert_cmpstr (sfg_journal_get_answer (first, "strengths.2"), ==, "Listening");

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "journal.new", NULL);
  settle ();
  adw_message_dialog_response (find_dialog (), "blank");
  settle ();
  blank = sfg_journal_view_get_journal (fixture->view);
  g_assert_true (blank != carried && blank != first);
  g_assert_cmpuint (g_list_model_get_n_items (journals), ==, 3);
  g_clear_pointer (&shown, g_free);
  shown = sfg_journal_question_dup_answer (find_question (fixture, "strengths.2"));
  g_assert_cmpstr (shown, ==, "");
}

/* The header fields go into the journal; the date is YYYY-MM-DD. */
static void
test_header_fields (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr (GPtrArray) rows = NULL;
  SfgJournal *journal;

  open_view (fixture);
  rows = find_all (fixture->view, ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (rows->len, ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), "Sam Jones");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), "Priya Shah");
  journal = sfg_journal_view_get_journal (fixture->view);
  g_assert_nonnull (journal);
  g_assert_cmpstr (sfg_journal_get_name (journal), ==, "Sam Jones");
  g_assert_cmpstr (sfg_journal_get_line_manager (journal), ==, "Priya Shah");
  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                                       sfg_journal_get_date (journal), 0, 0));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/journal-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("content", test_content);
  ADD ("typing-updates-model", test_typing_updates_model);
  ADD ("header-fields", test_header_fields);
  ADD ("search/between-sections", test_search_moves_between_sections);
  ADD ("search/questions", test_search_questions);
  ADD ("alt-arrows", test_alt_arrows_move_between_questions);
  ADD ("section-list-jumps", test_section_list_jumps);
  ADD ("earlier-journal-read-only", test_earlier_journal_read_only);
  ADD ("new-journal", test_new_journal);
#undef ADD

  return g_test_run ();
}
