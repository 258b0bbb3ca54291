/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "sfg-action-list.h"
#include "sfg-action-row.h"
#include "sfg-agree-dialog.h"
#include "sfg-date-button.h"
#include "sfg-gui-util.h"
#include "sfg-objective-list.h"
#include "sfg-objective-row.h"
#include "sfg-person-dialog.h"
#include "sfg-plan-editor.h"
#include "sfg-plan-view.h"
#include "sfg-test-utils.h"
#include "sfg-text-area.h"
#include "sfg-window.h"

/* The Plan view driven as a user would: people, plans, the editor, agreement
 * and follow-up, in a real window with its own data folder per test. */

#define CHILD(widget, type, name) \
  GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), type, name))

typedef struct
{
  char *dir;
  SfgLibrary *library;
  SfgWindow *window;
  SfgPlanView *view;
} Fixture;

static void
iterate_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr (SfgStore) store = NULL;
  g_autoptr (GError) error = NULL;

  f->dir = sfg_test_make_temp_dir ();
  store = sfg_store_new (f->dir, &error);
  g_assert_no_error (error);
  f->library = sfg_library_new (store);
  sfg_library_load (f->library, &error);
  g_assert_no_error (error);

  f->window = sfg_window_new (NULL, f->library);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  sfg_window_set_current_plan (f->window, NULL);
  sfg_window_set_visible_view (f->window, "plan");
  gtk_window_present (GTK_WINDOW (f->window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->window)))
    g_main_context_iteration (NULL, TRUE);
  iterate_pending ();
  f->view = SFG_PLAN_VIEW (sfg_window_get_view (f->window, "plan"));
  g_assert_true (SFG_IS_PLAN_VIEW (f->view));
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets animations (toasts coming and going) finish. */
static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate_pending ();
  g_assert_true (sfg_test_library_flush (f->library, NULL));
  g_clear_object (&f->library);
  sfg_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

/* The one open toplevel of @type (a dialog the view opened). */
static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          g_assert_null (found);
          found = GTK_WIDGET (window);
        }
    }
  g_assert_nonnull (found);
  return found;
}

/* Answers a dialog the way its button would. */
static void
respond (GtkWidget  *dialog,
         const char *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), response));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate_pending ();
}

static SfgPerson *
add_person (Fixture    *f,
            const char *name,
            const char *role)
{
  GtkWidget *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.add-person", NULL);
  dialog = find_toplevel (SFG_TYPE_PERSON_DIALOG);
  /* No name, no person. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  sfg_person_dialog_set_field (SFG_PERSON_DIALOG (dialog), "name", name);
  sfg_person_dialog_set_field (SFG_PERSON_DIALOG (dialog), "role", role);
  sfg_person_dialog_set_field (SFG_PERSON_DIALOG (dialog), "team", "Ward 4");
  sfg_person_dialog_set_field (SFG_PERSON_DIALOG (dialog), "line-manager", "Priya Shah");
  respond (dialog, "save");

  g_assert_nonnull (sfg_plan_view_get_selected_person (f->view));
  g_assert_cmpstr (sfg_person_get_name (sfg_plan_view_get_selected_person (f->view)), ==, name);
  return sfg_plan_view_get_selected_person (f->view);
}

static guint
count_rows (GtkWidget *list_box)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), n) != NULL)
    n++;
  return n;
}

static GtkWidget *
get_editor (Fixture *f)
{
  GtkWidget *bin = CHILD (f->view, SFG_TYPE_PLAN_VIEW, "editor_bin");
  GtkWidget *editor = adw_bin_get_child (ADW_BIN (bin));

  g_assert_true (SFG_IS_PLAN_EDITOR (editor));
  return editor;
}

static GtkWidget *
editor_child (Fixture    *f,
              const char *name)
{
  return CHILD (get_editor (f), SFG_TYPE_PLAN_EDITOR, name);
}

static GtkWidget *
objective_list (Fixture *f)
{
  return adw_bin_get_child (ADW_BIN (editor_child (f, "objectives_bin")));
}

static GtkWidget *
action_list (Fixture *f)
{
  return adw_bin_get_child (ADW_BIN (editor_child (f, "actions_bin")));
}

static GtkWidget *
objective_row_child (Fixture    *f,
                     guint       index,
                     const char *name)
{
  GtkWidget *list_box = CHILD (objective_list (f), SFG_TYPE_OBJECTIVE_LIST, "list_box");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), index);

  g_assert_nonnull (row);
  return CHILD (row, SFG_TYPE_OBJECTIVE_ROW, name);
}

static GtkWidget *
action_row_child (Fixture    *f,
                  guint       index,
                  const char *name)
{
  GtkWidget *list_box = CHILD (action_list (f), SFG_TYPE_ACTION_LIST, "list_box");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), index);

  g_assert_nonnull (row);
  return CHILD (row, SFG_TYPE_ACTION_ROW, name);
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  iterate_pending ();
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_undo_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_undo_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Presses Undo on the toast titled @title, once the toasts before it have
 * finished animating (only a toast on screen can be pressed). */
static void
press_undo (Fixture    *f,
            const char *title)
{
  GtkWidget *overlay;
  GtkWidget *undo = NULL;

  wait_ms (400);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (f->view), ADW_TYPE_TOAST_OVERLAY);
  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, title) && gtk_widget_get_mapped (child))
      {
        g_assert_null (undo);
        undo = find_undo_button (child);
      }
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  iterate_pending ();
}

static SfgPlan *
current_plan (Fixture *f)
{
  return sfg_plan_view_get_current_plan (f->view);
}

static SfgObjective *
objective_at (SfgPlan *plan,
              guint    index)
{
  g_autoptr (SfgObjective) objective =
    g_list_model_get_item (sfg_plan_get_objectives (plan), index);

  return objective;   /* the plan keeps a reference */
}

static SfgAction *
action_at (SfgPlan *plan,
           guint    index)
{
  g_autoptr (SfgAction) action = g_list_model_get_item (sfg_plan_get_actions (plan), index);

  return action;
}

static void
test_add_person_and_filter (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *search = CHILD (f->view, SFG_TYPE_PLAN_VIEW, "search_entry");
  GtkWidget *people = CHILD (f->view, SFG_TYPE_PLAN_VIEW, "people_list");
  GtkWidget *sidebar_stack = CHILD (f->view, SFG_TYPE_PLAN_VIEW, "sidebar_stack");
  SfgPerson *first_alex, *second_alex;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sidebar_stack)), ==, "empty");

  add_person (f, "Aisha Rahman", "Staff nurse");
  first_alex = add_person (f, "Alex Smith", "Porter");
  add_person (f, "Sam Jones", "Senior analyst");
  second_alex = add_person (f, "Alex Smith", "Ward clerk");
  g_assert_true (first_alex != second_alex);
  g_assert_cmpuint (count_rows (people), ==, 4);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sidebar_stack)), ==, "list");

  /* Filtering by name as you type, ignoring case. */
  gtk_editable_set_text (GTK_EDITABLE (search), "SMI");
  g_signal_emit_by_name (search, "search-changed");
  iterate_pending ();
  g_assert_cmpuint (count_rows (people), ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (search), "a");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (count_rows (people), ==, 4);
  gtk_editable_set_text (GTK_EDITABLE (search), "zzz");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (count_rows (people), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sidebar_stack)), ==, "no-match");
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (count_rows (people), ==, 4);

  /* Two people with the same name stay distinct: a plan for one is not the other's. */
  sfg_plan_view_select_person (f->view, second_alex);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.new", NULL);
  g_assert_cmpstr (sfg_plan_get_person_id (current_plan (f)), ==, sfg_person_get_id (second_alex));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.close", NULL);
  sfg_plan_view_select_person (f->view, first_alex);
  g_assert_cmpuint (count_rows (CHILD (f->view, SFG_TYPE_PLAN_VIEW, "plans_list")), ==, 0);
  sfg_plan_view_select_person (f->view, second_alex);
  g_assert_cmpuint (count_rows (CHILD (f->view, SFG_TYPE_PLAN_VIEW, "plans_list")), ==, 1);

  /* Editing a person renames their draft plans. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.edit-person", NULL);
  {
    GtkWidget *dialog = find_toplevel (SFG_TYPE_PERSON_DIALOG);

    g_assert_cmpstr (sfg_person_dialog_get_name (SFG_PERSON_DIALOG (dialog)), ==, "Alex Smith");
    sfg_person_dialog_set_field (SFG_PERSON_DIALOG (dialog), "name", "Alexandra Smith");
    respond (dialog, "save");
  }
  g_assert_cmpstr (sfg_person_get_name (second_alex), ==, "Alexandra Smith");
  g_assert_cmpstr (sfg_person_get_role (second_alex), ==, "Ward clerk");
  g_assert_cmpstr (sfg_person_get_name (first_alex), ==, "Alex Smith");
  {
    g_autoptr (SfgPlan) plan = g_list_model_get_item (sfg_library_get_plans (f->library), 0);

    g_assert_cmpstr (sfg_plan_get_name (plan), ==, "Alexandra Smith");
  }
}

static void
fill_plan (Fixture *f)
{
  SfgPlan *plan = current_plan (f);
  GtkWidget *objectives = objective_list (f);
  GtkWidget *actions = action_list (f);
  g_autofree char *summary = NULL;

  /* The header. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (editor_child (f, "name_row"))),
                   ==, "Sam Jones");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (f, "role_row")), "Lead analyst");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (f, "team_row")), "Workforce");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (f, "line_manager_row")), "Dr Priya Shah");
  sfg_date_button_set_date (SFG_DATE_BUTTON (editor_child (f, "date_button")), "2026-03-02");
  sfg_text_area_set_text (SFG_TEXT_AREA (editor_child (f, "evidence_area")), "Led the audit");
  sfg_text_area_set_text (SFG_TEXT_AREA (editor_child (f, "reflections_area")), "More leadership");
  sfg_text_area_set_text (SFG_TEXT_AREA (editor_child (f, "next_steps_area")), "Meet in June");
  sfg_date_button_set_date (SFG_DATE_BUTTON (editor_child (f, "review_button")), "2026-09-01");
  sfg_text_area_set_text (SFG_TEXT_AREA (editor_child (f, "adjustments_area")), "Quiet room");
  g_assert_cmpstr (sfg_plan_get_role (plan), ==, "Lead analyst");
  g_assert_cmpstr (sfg_plan_get_team (plan), ==, "Workforce");
  g_assert_cmpstr (sfg_plan_get_line_manager (plan), ==, "Dr Priya Shah");
  g_assert_cmpstr (sfg_plan_get_date (plan), ==, "2026-03-02");
  g_assert_cmpstr (sfg_plan_get_evidence (plan), ==, "Led the audit");
  g_assert_cmpstr (sfg_plan_get_reflections (plan), ==, "More leadership");
  g_assert_cmpstr (sfg_plan_get_next_steps (plan), ==, "Meet in June");
  g_assert_cmpstr (sfg_plan_get_next_review_date (plan), ==, "2026-09-01");
  g_assert_cmpstr (sfg_plan_get_reasonable_adjustments (plan), ==, "Quiet room");

  /* Objectives: add, edit, reorder, remove and undo. */
  click (CHILD (objectives, SFG_TYPE_OBJECTIVE_LIST, "add_short_button"));
  sfg_text_area_set_text (SFG_TEXT_AREA (objective_row_child (f, 0, "text_area")),
                          "Lead a project");
  click (CHILD (objectives, SFG_TYPE_OBJECTIVE_LIST, "add_longer_button"));
  sfg_text_area_set_text (SFG_TEXT_AREA (objective_row_child (f, 1, "text_area")),
                          "Board exposure");
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_objectives (plan)), ==, 2);
  g_assert_cmpint (sfg_objective_get_term (objective_at (plan, 1)), ==, SFG_OBJECTIVE_TERM_LONGER);
  g_assert_false (gtk_widget_get_sensitive (objective_row_child (f, 0, "up_button")));
  click (objective_row_child (f, 0, "down_button"));
  g_assert_cmpstr (sfg_objective_get_text (objective_at (plan, 0)), ==, "Board exposure");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (objective_row_child (f, 0, "title_label"))),
                   ==, "Objective 1");
  click (objective_row_child (f, 0, "remove_button"));
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_objectives (plan)), ==, 1);
  press_undo (f, "Objective 1 removed");
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_objectives (plan)), ==, 2);
  g_assert_cmpstr (sfg_objective_get_text (objective_at (plan, 0)), ==, "Board exposure");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (objective_row_child (f, 0, "term_dropdown")),
                              SFG_OBJECTIVE_TERM_SHORT);
  g_assert_cmpint (sfg_objective_get_term (objective_at (plan, 0)), ==, SFG_OBJECTIVE_TERM_SHORT);

  /* Two actions; the second is done. */
  click (CHILD (actions, SFG_TYPE_ACTION_LIST, "add_button"));
  click (CHILD (actions, SFG_TYPE_ACTION_LIST, "add_button"));
  sfg_text_area_set_text (SFG_TEXT_AREA (action_row_child (f, 0, "description_area")),
                          "Mentor two juniors");
  sfg_text_area_set_text (SFG_TEXT_AREA (action_row_child (f, 1, "description_area")),
                          "Shadow the board");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (action_row_child (f, 0, "owner_dropdown")),
                              SFG_ACTION_OWNER_OTHER);
  g_assert_true (gtk_widget_get_visible (action_row_child (f, 0, "owner_other_entry")));
  gtk_editable_set_text (GTK_EDITABLE (action_row_child (f, 0, "owner_other_entry")),
                         "Chief nurse");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (action_row_child (f, 1, "status_dropdown")),
                              SFG_ACTION_STATUS_DONE);
  g_assert_cmpstr (sfg_action_get_description (action_at (plan, 0)), ==, "Mentor two juniors");
  g_assert_cmpint (sfg_action_get_owner (action_at (plan, 0)), ==, SFG_ACTION_OWNER_OTHER);
  g_assert_cmpstr (sfg_action_get_owner_other (action_at (plan, 0)), ==, "Chief nurse");
  g_assert_cmpint (sfg_action_get_status (action_at (plan, 1)), ==, SFG_ACTION_STATUS_DONE);

  /* A past target date on an unfinished action is flagged; a done one is not. */
  sfg_date_button_set_date (SFG_DATE_BUTTON (action_row_child (f, 0, "target_date_button")),
                            "2001-01-31");
  sfg_date_button_set_date (SFG_DATE_BUTTON (action_row_child (f, 1, "target_date_button")),
                            "2001-01-31");
  g_assert_cmpstr (sfg_action_get_target_date (action_at (plan, 0)), ==, "2001-01-31");
  g_assert_true (gtk_widget_get_visible (action_row_child (f, 0, "overdue_box")));
  g_assert_false (gtk_widget_get_visible (action_row_child (f, 1, "overdue_box")));
  summary = sfg_action_list_dup_summary (SFG_ACTION_LIST (actions));
  g_assert_cmpstr (summary, ==, "2 actions · Not started: 1 · Done: 1 · Overdue: 1");

  /* Remove an action and bring it back. */
  click (action_row_child (f, 1, "remove_button"));
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (plan)), ==, 1);
  press_undo (f, "Action 2 removed");
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (plan)), ==, 2);
  g_assert_cmpstr (sfg_action_get_description (action_at (plan, 1)), ==, "Shadow the board");
}

static void
agree (Fixture *f)
{
  GtkWidget *dialog;

  click (editor_child (f, "agree_button"));
  dialog = find_toplevel (SFG_TYPE_AGREE_DIALOG);
  respond (dialog, "agree");
  g_assert_cmpint (sfg_plan_get_status (current_plan (f)), ==, SFG_PLAN_STATUS_AGREED);
}

static void
test_plan_create_agree_follow_up (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *stack = CHILD (f->view, SFG_TYPE_PLAN_VIEW, "stack");
  SfgPlan *plan;
  SfgPlan *follow_up;
  GtkWidget *dialog;
  g_autofree char *missing = NULL;
  const char *plan_id;

  add_person (f, "Sam Jones", "Senior analyst");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.new", NULL);
  plan = current_plan (f);
  g_assert_nonnull (plan);
  g_assert_true (sfg_window_get_current_plan (f->window) == plan);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "editor");
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (CHILD (f->view, SFG_TYPE_PLAN_VIEW,
                                                                         "editor_title"))),
                   ==, "Plan for Sam Jones");
  fill_plan (f);

  /* Without a current position the dialog says exactly that, and refuses. */
  click (editor_child (f, "agree_button"));
  dialog = find_toplevel (SFG_TYPE_AGREE_DIALOG);
  missing = sfg_agree_dialog_dup_missing (SFG_AGREE_DIALOG (dialog));
  g_assert_cmpstr (missing, ==, "It still needs a current position.");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "agree"));
  sfg_agree_dialog_set_names (SFG_AGREE_DIALOG (dialog), "", "Priya Shah");
  sfg_agree_dialog_set_date (SFG_AGREE_DIALOG (dialog), NULL);
  g_clear_pointer (&missing, g_free);
  missing = sfg_agree_dialog_dup_missing (SFG_AGREE_DIALOG (dialog));
  g_assert_cmpstr (missing, ==, "It still needs a current position, the individual’s name and "
                                "the date of agreement.");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The framework view places the positions; the grid here shows them. */
  g_assert_true (sfg_plan_set_current_position (plan, "depth-2", NULL));
  g_assert_true (sfg_plan_set_aspiration (plan, "stretch-2", NULL));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (editor_child (f, "now_row"))),
                   ==, "Core contributor");
  agree (f);
  g_assert_cmpstr (sfg_plan_get_individual_name (plan), ==, "Sam Jones");
  g_assert_cmpstr (sfg_plan_get_manager_name (plan), ==, "Dr Priya Shah");

  /* Frozen fields become insensitive; status and progress notes stay editable. */
  g_assert_false (gtk_widget_is_sensitive (editor_child (f, "role_row")));
  g_assert_false (gtk_widget_is_sensitive (editor_child (f, "date_button")));
  g_assert_false (gtk_widget_is_sensitive (editor_child (f, "evidence_area")));
  g_assert_false (gtk_widget_is_sensitive (editor_child (f, "place_button")));
  g_assert_false (gtk_widget_is_sensitive (objective_row_child (f, 0, "text_area")));
  g_assert_false (gtk_widget_is_sensitive (objective_row_child (f, 0, "remove_button")));
  g_assert_false (gtk_widget_is_sensitive (action_row_child (f, 0, "description_area")));
  g_assert_false (gtk_widget_is_sensitive (action_row_child (f, 0, "owner_dropdown")));
  g_assert_false (gtk_widget_is_sensitive (action_row_child (f, 0, "target_date_button")));
  g_assert_false (gtk_widget_is_sensitive (CHILD (action_list (f), SFG_TYPE_ACTION_LIST,
                                                  "add_button")));
  g_assert_true (gtk_widget_is_sensitive (action_row_child (f, 0, "status_dropdown")));
  g_assert_true (gtk_widget_is_sensitive (action_row_child (f, 0, "progress_area")));
  g_assert_false (gtk_widget_get_visible (editor_child (f, "agree_button")));
  g_assert_true (gtk_widget_get_visible (editor_child (f, "reopen_button")));

  /* Monitoring an agreed plan is allowed and shown as a change after agreement. */
  g_assert_false (gtk_widget_get_visible (editor_child (f, "changed_box")));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (action_row_child (f, 0, "status_dropdown")),
                              SFG_ACTION_STATUS_IN_PROGRESS);
  sfg_text_area_set_text (SFG_TEXT_AREA (action_row_child (f, 0, "progress_area")), "Begun");
  g_assert_cmpint (sfg_action_get_status (action_at (plan, 0)), ==, SFG_ACTION_STATUS_IN_PROGRESS);
  g_assert_cmpstr (sfg_action_get_progress_notes (action_at (plan, 0)), ==, "Begun");
  g_assert_true (sfg_plan_get_changed_after_agreement (plan));
  g_assert_true (gtk_widget_get_visible (editor_child (f, "changed_box")));

  /* Reopen, which the plan shows, then agree again. */
  click (editor_child (f, "reopen_button"));
  respond (find_toplevel (ADW_TYPE_MESSAGE_DIALOG), "reopen");
  g_assert_cmpint (sfg_plan_get_status (plan), ==, SFG_PLAN_STATUS_DRAFT);
  g_assert_true (gtk_widget_is_sensitive (editor_child (f, "role_row")));
  g_assert_true (gtk_widget_get_visible (editor_child (f, "history_label")));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (editor_child (f, "history_label"))),
                            "Reopened after agreement"));
  agree (f);

  /* Start a follow-up: unfinished actions carried forward, linked to this plan. */
  plan_id = sfg_plan_get_id (plan);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.follow-up", "s", plan_id);
  follow_up = current_plan (f);
  g_assert_true (follow_up != plan);
  g_assert_true (sfg_window_get_current_plan (f->window) == follow_up);
  g_assert_cmpstr (sfg_plan_get_based_on_plan_id (follow_up), ==, plan_id);
  g_assert_cmpuint (g_list_model_get_n_items (sfg_plan_get_actions (follow_up)), ==, 1);
  g_assert_cmpint (sfg_action_get_status (action_at (follow_up, 0)), ==,
                   SFG_ACTION_STATUS_CARRIED_FORWARD);
  g_assert_true (gtk_widget_get_visible (action_row_child (f, 0, "carried_label")));
  g_assert_true (gtk_widget_is_sensitive (editor_child (f, "role_row")));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (editor_child (f, "history_label"))),
                            "Follows up the plan of 2 March 2026"));

  /* Both plans are listed for the person; closing the editor shows them. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.close", NULL);
  g_assert_null (sfg_window_get_current_plan (f->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "library");
  g_assert_cmpuint (count_rows (CHILD (f->view, SFG_TYPE_PLAN_VIEW, "plans_list")), ==, 2);
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *plans_list = CHILD (f->view, SFG_TYPE_PLAN_VIEW, "plans_list");
  g_autofree char *plan_id = NULL;
  g_autofree char *date = NULL;
  g_autofree char *toast = NULL;

  add_person (f, "Sam Jones", "Senior analyst");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.new", NULL);
  plan_id = g_strdup (sfg_plan_get_id (current_plan (f)));
  date = sfg_gui_format_plan_date (current_plan (f));
  toast = g_strdup_printf ("Plan of %s deleted", date);
  sfg_plan_set_evidence (current_plan (f), "Kept through undo", NULL);

  /* Deleting the open plan closes it. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.delete", "s", plan_id);
  iterate_pending ();
  g_assert_null (current_plan (f));
  g_assert_null (sfg_library_lookup_plan (f->library, plan_id));
  g_assert_cmpuint (count_rows (plans_list), ==, 0);

  press_undo (f, toast);
  g_assert_nonnull (sfg_library_lookup_plan (f->library, plan_id));
  g_assert_cmpstr (sfg_plan_get_evidence (sfg_library_lookup_plan (f->library, plan_id)), ==,
                   "Kept through undo");
  g_assert_cmpuint (count_rows (plans_list), ==, 1);

  /* Opening from the list makes it the window's current plan. */
  g_signal_emit_by_name (plans_list, "row-activated",
                         gtk_list_box_get_row_at_index (GTK_LIST_BOX (plans_list), 0));
  g_assert_true (sfg_window_get_current_plan (f->window)
                 == sfg_library_lookup_plan (f->library, plan_id));
}

/* Presses a shortcut the way GTK would: find @widget's shortcut whose trigger
 * is @accel and activate its action. */
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
  iterate_pending ();
}

static void
test_shortcuts (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *search = CHILD (f->view, SFG_TYPE_PLAN_VIEW, "search_entry");

  add_person (f, "Sam Jones", "Senior analyst");
  press_accel (GTK_WIDGET (f->view), "<Control>n");
  g_assert_nonnull (current_plan (f));
  g_assert_true (sfg_window_get_current_plan (f->window) == current_plan (f));

  /* Ctrl+F goes back to the people and puts the keyboard in the search. */
  press_accel (GTK_WIDGET (f->view), "<Control>f");
  g_assert_null (current_plan (f));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), search)
                 || gtk_widget_is_focus (search));
}

/* 360 px wide: the leaflet folds and nothing needs more width. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (CHILD (f->view, SFG_TYPE_PLAN_VIEW, "leaflet"));
  int minimum;

  add_person (f, "Dominic Fitzgerald-Hargreaves", "Head of estates and facilities management");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, TRUE);
  iterate_pending ();
  g_assert_true (adw_leaflet_get_folded (leaflet));
  gtk_widget_measure (GTK_WIDGET (f->view), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.new", NULL);
  click (CHILD (action_list (f), SFG_TYPE_ACTION_LIST, "add_button"));
  click (CHILD (objective_list (f), SFG_TYPE_OBJECTIVE_LIST, "add_longer_button"));
  iterate_pending ();
  gtk_widget_measure (GTK_WIDGET (f->view), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  /* Closing the plan goes back to the person's plans, not to the people. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.close", NULL);
  g_assert_true (adw_leaflet_get_visible_child (leaflet)
                 == CHILD (f->view, SFG_TYPE_PLAN_VIEW, "person_pane"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/plan-view/people/add-and-filter", Fixture, NULL,
              fixture_set_up, test_add_person_and_filter, fixture_tear_down);
  g_test_add ("/plan-view/plan/create-agree-follow-up", Fixture, NULL,
              fixture_set_up, test_plan_create_agree_follow_up, fixture_tear_down);
  g_test_add ("/plan-view/plan/delete-undo", Fixture, NULL,
              fixture_set_up, test_delete_and_undo, fixture_tear_down);
  g_test_add ("/plan-view/shortcuts", Fixture, NULL,
              fixture_set_up, test_shortcuts, fixture_tear_down);
  g_test_add ("/plan-view/narrow", Fixture, NULL,
              fixture_set_up, test_narrow, fixture_tear_down);

  return g_test_run ();
}
