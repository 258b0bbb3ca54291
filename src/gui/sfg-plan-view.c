/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-plan-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-gui-util.h"
#include "sfg-person-dialog.h"
#include "sfg-person-row.h"
#include "sfg-plan-editor.h"
#include "sfg-plan-row.h"
#include "sfg-plan-view.h"

struct _SfgPlanView
{
  GtkWidget parent_instance;

  SfgLibrary *library;
  SfgPlan *current_plan;
  SfgPerson *person;          /* the person whose plans are listed */

  GtkStringFilter *people_filter;
  GtkStringSorter *people_sorter;
  GtkFilterListModel *people_model;
  GtkCustomFilter *plans_filter;
  GtkFilterListModel *plans_model;
  GSignalGroup *plan_signals;

  GtkStack *stack;
  AdwLeaflet *leaflet;
  GtkWidget *person_pane;
  GtkSearchEntry *search_entry;
  GtkStack *sidebar_stack;
  GtkListBox *people_list;
  GtkWidget *people_back_button;
  AdwWindowTitle *person_title;
  AdwButtonContent *new_plan_content;
  GtkStack *person_stack;
  GtkListBox *plans_list;
  AdwWindowTitle *editor_title;
  GtkMenuButton *editor_menu_button;
  AdwBin *editor_bin;
};

G_DEFINE_FINAL_TYPE (SfgPlanView, sfg_plan_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_CURRENT_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_person_row (gpointer item,
                   gpointer user_data)
{
  return sfg_person_row_new (item);
}

static GtkWidget *
create_plan_row (gpointer item,
                 gpointer user_data)
{
  return sfg_plan_row_new (item);
}

static gboolean
plan_is_for_person (gpointer item,
                    gpointer user_data)
{
  SfgPlanView *self = user_data;

  return self->person != NULL
         && g_strcmp0 (sfg_plan_get_person_id (item), sfg_person_get_id (self->person)) == 0;
}

/* Finds @person's row in the (filtered, sorted) list, or NULL. */
static GtkListBoxRow *
find_person_row (SfgPlanView *self,
                 SfgPerson   *person)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people_model));

  for (guint i = 0; i < n && person != NULL; i++)
    {
      g_autoptr(SfgPerson) item = g_list_model_get_item (G_LIST_MODEL (self->people_model), i);

      if (item == person)
        return gtk_list_box_get_row_at_index (self->people_list, i);
    }
  return NULL;
}

static void
update_sidebar (SfgPlanView *self)
{
  guint n_all = g_list_model_get_n_items (G_LIST_MODEL (sfg_library_get_people (self->library)));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->people_model));

  if (n_all == 0)
    gtk_stack_set_visible_child_name (self->sidebar_stack, "empty");
  else if (n_shown == 0)
    gtk_stack_set_visible_child_name (self->sidebar_stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->sidebar_stack, "list");
}

static void
update_person_pane (SfgPlanView *self)
{
  gboolean has_person = self->person != NULL;
  guint n_plans = g_list_model_get_n_items (G_LIST_MODEL (self->plans_model));

  if (has_person)
    {
      const char *role = sfg_person_get_role (self->person);
      const char *team = sfg_person_get_team (self->person);
      g_autofree char *subtitle = *role != '\0' && *team != '\0'
                                  ? g_strdup_printf (_("%s · %s"), role, team)
                                  : g_strdup (*role != '\0' ? role : team);

      adw_window_title_set_title (self->person_title, sfg_person_get_name (self->person));
      adw_window_title_set_subtitle (self->person_title, subtitle);
    }
  else
    {
      adw_window_title_set_title (self->person_title, _("Plans"));
      adw_window_title_set_subtitle (self->person_title, NULL);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.new", has_person);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.edit-person", has_person);
  if (!has_person)
    gtk_stack_set_visible_child_name (self->person_stack, "none");
  else
    gtk_stack_set_visible_child_name (self->person_stack, n_plans > 0 ? "plans" : "no-plans");
}

static void
set_person (SfgPlanView *self,
            SfgPerson   *person)
{
  if (!g_set_object (&self->person, person))
    return;

  gtk_filter_changed (GTK_FILTER (self->plans_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_person_pane (self);
}

static void
person_changed_cb (SfgPlanView *self)
{
  update_person_pane (self);
}

/* Selects @person's row (clearing a search that hides it) and lists their plans. */
void
sfg_plan_view_select_person (SfgPlanView *self,
                             SfgPerson   *person)
{
  GtkListBoxRow *row;

  g_return_if_fail (SFG_IS_PLAN_VIEW (self));
  g_return_if_fail (person == NULL || SFG_IS_PERSON (person));

  row = find_person_row (self, person);
  if (row == NULL && person != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_string_filter_set_search (self->people_filter, NULL);
      row = find_person_row (self, person);
    }
  gtk_list_box_select_row (self->people_list, row);
  set_person (self, person);
}

SfgPerson *
sfg_plan_view_get_selected_person (SfgPlanView *self)
{
  g_return_val_if_fail (SFG_IS_PLAN_VIEW (self), NULL);

  return self->person;
}

static void
person_selected_cb (SfgPlanView   *self,
                    GtkListBoxRow *row)
{
  /* A search that hides the selected person leaves their plans shown. */
  if (row != NULL)
    set_person (self, sfg_person_row_get_person (SFG_PERSON_ROW (row)));
}

static void
person_activated_cb (SfgPlanView   *self,
                     GtkListBoxRow *row)
{
  set_person (self, sfg_person_row_get_person (SFG_PERSON_ROW (row)));
  adw_leaflet_set_visible_child (self->leaflet, self->person_pane);
}

static void
people_back_clicked_cb (SfgPlanView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_changed_cb (SfgPlanView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkListBoxRow *row;

  gtk_string_filter_set_search (self->people_filter, *text != '\0' ? text : NULL);
  row = find_person_row (self, self->person);
  if (row != NULL)
    gtk_list_box_select_row (self->people_list, row);
}

static void
stop_search_cb (SfgPlanView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
plan_activated_cb (SfgPlanView   *self,
                   GtkListBoxRow *row)
{
  sfg_plan_view_set_current_plan (self, sfg_plan_row_get_plan (SFG_PLAN_ROW (row)));
}

static void
update_editor_title (SfgPlanView *self)
{
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  const char *name;
  gboolean agreed;

  if (self->current_plan == NULL)
    return;

  name = sfg_plan_get_name (self->current_plan);
  agreed = sfg_plan_get_status (self->current_plan) == SFG_PLAN_STATUS_AGREED;
  /* Translators: the title above an open plan, with the person's name */
  title = *name != '\0' ? g_strdup_printf (_("Plan for %s"), name) : g_strdup (_("Plan"));
  date = sfg_gui_format_plan_date (self->current_plan);
  /* Translators: a plan's date and its status, Draft or Agreed */
  subtitle = g_strdup_printf (_("%s · %s"), date, agreed ? _("Agreed") : _("Draft"));
  adw_window_title_set_title (self->editor_title, title);
  adw_window_title_set_subtitle (self->editor_title, subtitle);
}

static GMenuModel *
build_editor_menu (SfgPlan *plan)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) danger = g_menu_new ();
  g_autoptr(GMenuItem) follow_up = g_menu_item_new (_("Start _Follow-up Plan"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete Plan"), NULL);
  GVariant *id = g_variant_new_string (sfg_plan_get_id (plan));

  g_variant_ref_sink (id);
  g_menu_item_set_action_and_target_value (follow_up, "plan.follow-up", id);
  g_menu_item_set_action_and_target_value (delete, "plan.delete", id);
  g_variant_unref (id);
  g_menu_append_item (menu, follow_up);
  g_menu_append_item (danger, delete);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));
  return G_MENU_MODEL (menu);
}

static void
show_editor (SfgPlanView *self)
{
  g_autoptr(GMenuModel) menu = NULL;
  SfgPerson *person;

  if (self->current_plan == NULL)
    {
      adw_bin_set_child (self->editor_bin, NULL);
      gtk_stack_set_visible_child_name (self->stack, "library");
      update_person_pane (self);
      /* Narrow, closing a plan goes back to that person's plans. */
      if (self->person != NULL)
        adw_leaflet_set_visible_child (self->leaflet, self->person_pane);
      return;
    }

  person = sfg_people_lookup (sfg_library_get_people (self->library),
                              sfg_plan_get_person_id (self->current_plan));
  if (person != NULL)
    sfg_plan_view_select_person (self, person);

  menu = build_editor_menu (self->current_plan);
  gtk_menu_button_set_menu_model (self->editor_menu_button, menu);
  adw_bin_set_child (self->editor_bin, sfg_plan_editor_new (self->library, self->current_plan));
  update_editor_title (self);
  gtk_stack_set_visible_child_name (self->stack, "editor");
}

/* Looks up the plan an action's parameter names; NULL if it is gone. */
static SfgPlan *
plan_for_parameter (SfgPlanView *self,
                    GVariant    *parameter)
{
  return sfg_library_lookup_plan (self->library, g_variant_get_string (parameter, NULL));
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfgPlanView *self = SFG_PLAN_VIEW (widget);
  SfgPlan *plan = plan_for_parameter (self, parameter);

  if (plan != NULL)
    sfg_plan_view_set_current_plan (self, plan);
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sfg_plan_view_set_current_plan (SFG_PLAN_VIEW (widget), NULL);
}

static void
new_plan_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SfgPlanView *self = SFG_PLAN_VIEW (widget);

  if (self->person != NULL)
    sfg_plan_view_set_current_plan (self, sfg_library_create_plan (self->library, self->person));
}

static void
follow_up_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SfgPlanView *self = SFG_PLAN_VIEW (widget);
  SfgPlan *previous = plan_for_parameter (self, parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  SfgPlan *plan;
  guint n_carried;

  if (previous == NULL)
    return;
  plan = sfg_library_start_follow_up (self->library, previous, &error);
  if (plan == NULL)
    {
      sfg_gui_show_error (widget, _("The follow-up plan could not be started"), error);
      return;
    }

  sfg_plan_view_set_current_plan (self, plan);
  n_carried = g_list_model_get_n_items (sfg_plan_get_actions (plan));
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Follow-up plan started with %u unfinished action "
                                        "carried forward",
                                        "Follow-up plan started with %u unfinished actions "
                                        "carried forward",
                                        n_carried),
                           n_carried);
  sfg_gui_add_toast (widget, adw_toast_new (title));
}

/* What an Undo needs to bring a deleted plan back. */
typedef struct
{
  SfgLibrary *library;
  char *token;
  GtkWidget *view;
} DeletedPlan;

static void
deleted_plan_free (gpointer  data,
                   GClosure *closure)
{
  DeletedPlan *deleted = data;

  g_clear_object (&deleted->library);
  g_clear_pointer (&deleted->token, g_free);
  g_clear_weak_pointer (&deleted->view);
  g_free (deleted);
}

static void
undo_delete_cb (AdwToast    *toast,
                DeletedPlan *deleted)
{
  g_autoptr(GError) error = NULL;
  SfgPlan *plan = sfg_library_undelete_plan (deleted->library, deleted->token, &error);

  if (plan == NULL && deleted->view != NULL)
    sfg_gui_show_error (deleted->view, _("The plan could not be restored"), error);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SfgPlanView *self = SFG_PLAN_VIEW (widget);
  SfgPlan *plan = plan_for_parameter (self, parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *token = NULL;
  DeletedPlan *deleted;

  if (plan == NULL)
    return;

  date = sfg_gui_format_plan_date (plan);
  if (plan == self->current_plan)
    sfg_plan_view_set_current_plan (self, NULL);
  token = sfg_library_delete_plan (self->library, plan, &error);
  if (token == NULL)
    {
      sfg_gui_show_error (widget, _("The plan could not be deleted"), error);
      return;
    }

  deleted = g_new0 (DeletedPlan, 1);
  deleted->library = g_object_ref (self->library);
  deleted->token = g_steal_pointer (&token);
  g_set_weak_pointer (&deleted->view, widget);

  title = g_strdup_printf (_("Plan of %s deleted"), date);
  sfg_gui_add_undo_toast (widget, title, G_CALLBACK (undo_delete_cb), deleted,
                          deleted_plan_free);
}

/* A renamed person's draft plans take the new name; agreed ones keep theirs. */
static void
rename_draft_plans (SfgPlanView *self,
                    SfgPerson   *person)
{
  GListModel *plans = sfg_library_get_plans (self->library);
  guint n = g_list_model_get_n_items (plans);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfgPlan) plan = g_list_model_get_item (plans, i);

      if (g_strcmp0 (sfg_plan_get_person_id (plan), sfg_person_get_id (person)) == 0
          && !sfg_plan_get_frozen (plan) && !sfg_library_is_read_only (self->library, plan))
        sfg_plan_set_name (plan, sfg_person_get_name (person), NULL);
    }
}

static void
person_dialog_response_cb (SfgPersonDialog *dialog,
                           const char      *response,
                           SfgPlanView     *self)
{
  SfgPerson *person = g_object_get_data (G_OBJECT (dialog), "sfg-person");
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;

  if (person == NULL)
    {
      name = g_strstrip (g_strdup (sfg_person_dialog_get_name (dialog)));
      person = sfg_library_add_person (self->library, name);
      if (person == NULL)
        return;
      sfg_person_dialog_apply (dialog, person);
      gtk_sorter_changed (GTK_SORTER (self->people_sorter), GTK_SORTER_CHANGE_DIFFERENT);
      sfg_plan_view_select_person (self, person);
      adw_leaflet_set_visible_child (self->leaflet, self->person_pane);
      return;
    }

  sfg_person_dialog_apply (dialog, person);
  rename_draft_plans (self, person);
  gtk_sorter_changed (GTK_SORTER (self->people_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  sfg_plan_view_select_person (self, person);
  update_person_pane (self);
}

static void
show_person_dialog (SfgPlanView *self,
                    SfgPerson   *person)
{
  GtkWidget *dialog = sfg_person_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                             person);

  if (person != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "sfg-person", g_object_ref (person), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (person_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_person_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  show_person_dialog (SFG_PLAN_VIEW (widget), NULL);
}

static void
edit_person_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SfgPlanView *self = SFG_PLAN_VIEW (widget);

  if (self->person != NULL)
    show_person_dialog (self, self->person);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SfgPlanView *self = SFG_PLAN_VIEW (widget);

  sfg_plan_view_set_current_plan (self, NULL);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
folded_cb (SfgPlanView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->people_back_button, folded);
  /* Narrow, the person's name needs the room more than the button's label. */
  adw_button_content_set_label (self->new_plan_content, folded ? "" : _("_New Plan"));
}

static void
sfg_plan_view_constructed (GObject *object)
{
  SfgPlanView *self = SFG_PLAN_VIEW (object);
  GListModel *people = G_LIST_MODEL (sfg_library_get_people (self->library));
  GtkSortListModel *sorted;
  GtkExpression *name;

  G_OBJECT_CLASS (sfg_plan_view_parent_class)->constructed (object);

  /* People by name, filtered as the user types. */
  name = gtk_property_expression_new (SFG_TYPE_PERSON, NULL, "name");
  self->people_sorter = gtk_string_sorter_new (gtk_expression_ref (name));
  self->people_filter = gtk_string_filter_new (name);
  gtk_string_filter_set_match_mode (self->people_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->people_filter, TRUE);
  sorted = gtk_sort_list_model_new (g_object_ref (people),
                                    GTK_SORTER (g_object_ref (self->people_sorter)));
  self->people_model = gtk_filter_list_model_new (G_LIST_MODEL (sorted),
                                                  GTK_FILTER (g_object_ref (self->people_filter)));
  gtk_list_box_bind_model (self->people_list, G_LIST_MODEL (self->people_model),
                           create_person_row, self, NULL);
  g_signal_connect_object (self->people_model, "items-changed",
                           G_CALLBACK (update_sidebar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (people, "items-changed",
                           G_CALLBACK (update_sidebar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sfg_library_get_people (self->library), "changed",
                           G_CALLBACK (person_changed_cb), self, G_CONNECT_SWAPPED);

  /* The selected person's plans; the library keeps them newest first. */
  self->plans_filter = gtk_custom_filter_new (plan_is_for_person, self, NULL);
  self->plans_model =
    gtk_filter_list_model_new (g_object_ref (sfg_library_get_plans (self->library)),
                               GTK_FILTER (g_object_ref (self->plans_filter)));
  gtk_list_box_bind_model (self->plans_list, G_LIST_MODEL (self->plans_model),
                           create_plan_row, self, NULL);
  g_signal_connect_object (self->plans_model, "items-changed",
                           G_CALLBACK (update_person_pane), self, G_CONNECT_SWAPPED);

  update_sidebar (self);
  update_person_pane (self);
  folded_cb (self);

  /* Start with someone's plans rather than an empty pane. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->people_model)) > 0 && self->person == NULL)
    {
      g_autoptr(SfgPerson) first = g_list_model_get_item (G_LIST_MODEL (self->people_model), 0);

      sfg_plan_view_select_person (self, first);
    }
}

static void
sfg_plan_view_dispose (GObject *object)
{
  SfgPlanView *self = SFG_PLAN_VIEW (object);

  if (self->people_list != NULL)
    gtk_list_box_bind_model (self->people_list, NULL, NULL, NULL, NULL);
  if (self->plans_list != NULL)
    gtk_list_box_bind_model (self->plans_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_PLAN_VIEW);
  g_clear_object (&self->people_model);
  g_clear_object (&self->people_filter);
  g_clear_object (&self->people_sorter);
  g_clear_object (&self->plans_model);
  g_clear_object (&self->plans_filter);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->current_plan);
  g_clear_object (&self->person);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (sfg_plan_view_parent_class)->dispose (object);
}

static void
sfg_plan_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SfgPlanView *self = SFG_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_CURRENT_PLAN:
      g_value_set_object (value, self->current_plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_plan_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SfgPlanView *self = SFG_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    case PROP_CURRENT_PLAN:
      sfg_plan_view_set_current_plan (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_plan_view_class_init (SfgPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sfg_plan_view_constructed;
  object_class->dispose = sfg_plan_view_dispose;
  object_class->get_property = sfg_plan_view_get_property;
  object_class->set_property = sfg_plan_view_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, SFG_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_PLAN] =
    g_param_spec_object ("current-plan", NULL, NULL, SFG_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sfg-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, stack);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, person_pane);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, people_list);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, people_back_button);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, person_title);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, new_plan_content);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, person_stack);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, plans_list);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, editor_title);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, editor_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanView, editor_bin);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, people_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_activated_cb);

  gtk_widget_class_install_action (widget_class, "plan.open", "s", open_activated);
  gtk_widget_class_install_action (widget_class, "plan.close", NULL, close_activated);
  gtk_widget_class_install_action (widget_class, "plan.new", NULL, new_plan_activated);
  gtk_widget_class_install_action (widget_class, "plan.follow-up", "s", follow_up_activated);
  gtk_widget_class_install_action (widget_class, "plan.delete", "s", delete_activated);
  gtk_widget_class_install_action (widget_class, "plan.add-person", NULL, add_person_activated);
  gtk_widget_class_install_action (widget_class, "plan.edit-person", NULL, edit_person_activated);
  gtk_widget_class_install_action (widget_class, "plan.search", NULL, search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "plan.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "plan.new", NULL);
}

static void
sfg_plan_view_init (SfgPlanView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The open plan's title follows its name, date and status. */
  self->plan_signals = g_signal_group_new (SFG_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "changed",
                                  G_CALLBACK (update_editor_title), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::status",
                                  G_CALLBACK (update_editor_title), self);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (folded_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
sfg_plan_view_new (SfgLibrary *library)
{
  g_return_val_if_fail (SFG_IS_LIBRARY (library), NULL);

  return g_object_new (SFG_TYPE_PLAN_VIEW, "library", library, NULL);
}

SfgLibrary *
sfg_plan_view_get_library (SfgPlanView *self)
{
  g_return_val_if_fail (SFG_IS_PLAN_VIEW (self), NULL);

  return self->library;
}

SfgPlan *
sfg_plan_view_get_current_plan (SfgPlanView *self)
{
  g_return_val_if_fail (SFG_IS_PLAN_VIEW (self), NULL);

  return self->current_plan;
}

/* @plan: (nullable): the plan to open, or %NULL to go back to the list */
void
sfg_plan_view_set_current_plan (SfgPlanView *self,
                                SfgPlan     *plan)
{
  g_return_if_fail (SFG_IS_PLAN_VIEW (self));
  g_return_if_fail (plan == NULL || SFG_IS_PLAN (plan));

  if (!g_set_object (&self->current_plan, plan))
    return;

  g_signal_group_set_target (self->plan_signals, plan);
  show_editor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_PLAN]);
}
