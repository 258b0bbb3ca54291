/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-action-list.h"
#include "sfg-agree-dialog.h"
#include "sfg-date-button.h"
#include "sfg-framework.h"
#include "sfg-gui-util.h"
#include "sfg-objective-list.h"
#include "sfg-outcome-grid.h"
#include "sfg-plan-editor.h"
#include "sfg-plan-template.h"
#include "sfg-text-area.h"

struct _SfgPlanEditor
{
  GtkWidget parent_instance;

  SfgLibrary *library;
  SfgPlan *plan;
  gboolean read_only;

  GtkWidget *scrolled;
  GtkImage *status_icon;
  GtkLabel *status_title;
  GtkLabel *status_detail;
  GtkWidget *changed_box;
  GtkLabel *history_label;
  GtkWidget *agree_button;
  GtkWidget *reopen_button;
  GtkWidget *content_box;
  GtkLabel *intro_label;
  GtkLabel *owner_label;
  AdwActionRow *name_row;
  GtkWidget *role_row;
  GtkWidget *team_row;
  GtkWidget *line_manager_row;
  GtkWidget *date_row;
  SfgDateButton *date_button;
  SfgOutcomeGrid *outcome_grid;
  AdwActionRow *now_row;
  AdwActionRow *aspiration_row;
  GtkWidget *place_button;
  SfgTextArea *evidence_area;
  SfgTextArea *reflections_area;
  AdwBin *objectives_bin;
  AdwBin *actions_bin;
  SfgTextArea *next_steps_area;
  GtkWidget *review_row;
  SfgDateButton *review_button;
  SfgTextArea *adjustments_area;
};

G_DEFINE_FINAL_TYPE (SfgPlanEditor, sfg_plan_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "2026-03-04T10:00:00Z" → "4 March 2026", in local time. */
static char *
format_time_as_date (const char *iso8601)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;

  if (iso8601 == NULL)
    return NULL;
  utc = g_date_time_new_from_iso8601 (iso8601, NULL);
  if (utc == NULL)
    return NULL;
  local = g_date_time_to_local (utc);
  date = g_date_time_format (local, "%Y-%m-%d");
  return sfg_gui_format_date (date);
}

static const char *
position_title (const char *position_id)
{
  const SfgPosition *position = sfg_framework_lookup_position (position_id);

  return position != NULL ? sfg_position_get_title (position) : NULL;
}

static void
update_positions (SfgPlanEditor *self)
{
  const char *now = position_title (sfg_plan_get_current_position (self->plan));
  const char *aspiration = sfg_plan_get_aspiration (self->plan);

  adw_action_row_set_subtitle (self->now_row, now != NULL ? now : _("Not placed yet"));
  if (g_strcmp0 (aspiration, SFG_ASPIRATION_CONSOLIDATE) == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->aspiration_row),
                                     _("■ In two years"));
      adw_action_row_set_subtitle (self->aspiration_row, _("Stay and consolidate"));
    }
  else
    {
      const char *future = position_title (aspiration);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->aspiration_row),
                                     _("▲ In two years"));
      adw_action_row_set_subtitle (self->aspiration_row,
                                   future != NULL ? future : _("Not chosen yet"));
    }
}

/* The last "reopened" event, if the plan was ever reopened. */
static const SfgPlanEvent *
last_reopening (SfgPlan *plan)
{
  for (guint i = sfg_plan_get_n_events (plan); i > 0; i--)
    {
      const SfgPlanEvent *event = sfg_plan_get_event (plan, i - 1);

      if (g_strcmp0 (event->event, "reopened") == 0)
        return event;
    }
  return NULL;
}

static void
update_history (SfgPlanEditor *self)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const char *based_on = sfg_plan_get_based_on_plan_id (self->plan);
  const SfgPlanEvent *reopened = last_reopening (self->plan);
  g_autofree char *text = NULL;

  if (based_on != NULL)
    {
      SfgPlan *earlier = self->library != NULL ? sfg_library_lookup_plan (self->library, based_on)
                                               : NULL;
      g_autofree char *date = earlier != NULL ? sfg_gui_format_date (sfg_plan_get_date (earlier))
                                              : NULL;

      g_ptr_array_add (lines, date != NULL
                              ? g_strdup_printf (_("Follows up the plan of %s."), date)
                              : g_strdup (_("Follows up an earlier plan.")));
    }
  if (sfg_plan_get_changed_after_agreement (self->plan))
    {
      g_autofree char *date =
        format_time_as_date (sfg_plan_get_changed_after_agreement_at (self->plan));

      /* Only status and progress notes can change; the signed copy lacks them. */
      g_ptr_array_add (lines, date != NULL
                              ? g_strdup_printf (_("An action’s status or progress notes changed "
                                                   "on %s, after the plan was agreed."), date)
                              : g_strdup (_("An action’s status or progress notes changed "
                                            "after the plan was agreed.")));
    }
  if (reopened != NULL)
    {
      g_autofree char *date = format_time_as_date (reopened->at);

      g_ptr_array_add (lines, g_strdup_printf (_("Reopened after agreement on %s; this is "
                                                 "revision %" G_GINT64_FORMAT "."),
                                               date != NULL ? date : "?",
                                               sfg_plan_get_revision (self->plan)));
    }

  g_ptr_array_add (lines, NULL);
  text = g_strjoinv ("\n", (char **) lines->pdata);
  gtk_label_set_label (self->history_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->history_label), *text != '\0');
}

static void
update_status (SfgPlanEditor *self)
{
  gboolean agreed = sfg_plan_get_status (self->plan) == SFG_PLAN_STATUS_AGREED;
  gboolean changed = sfg_plan_get_changed_after_agreement (self->plan);

  if (self->read_only)
    {
      gtk_image_set_from_icon_name (self->status_icon, "changes-prevent-symbolic");
      gtk_label_set_label (self->status_title, _("Read-only"));
      gtk_label_set_label (self->status_detail,
                           _("This plan was saved by a newer version of Scope for Growth, or "
                             "its file could not be read completely, so it is shown but not "
                             "changed."));
    }
  else if (agreed)
    {
      g_autofree char *date = sfg_gui_format_date (sfg_plan_get_agreed_date (self->plan));
      g_autofree char *detail = NULL;

      /* Translators: agreed on <date> by <individual> and <line manager> */
      detail = g_strdup_printf (_("Agreed on %s by %s and %s (line manager). Status and "
                                  "progress notes stay editable."),
                                date != NULL ? date : sfg_plan_get_agreed_date (self->plan),
                                sfg_plan_get_individual_name (self->plan),
                                sfg_plan_get_manager_name (self->plan));
      gtk_image_set_from_icon_name (self->status_icon, "emblem-ok-symbolic");
      gtk_label_set_label (self->status_title, _("Agreed"));
      gtk_label_set_label (self->status_detail, detail);
    }
  else
    {
      gtk_image_set_from_icon_name (self->status_icon, "document-edit-symbolic");
      gtk_label_set_label (self->status_title, _("Draft"));
      gtk_label_set_label (self->status_detail,
                           _("Not agreed yet. When you have completed the plan together, mark "
                             "it as agreed."));
    }

  gtk_widget_set_visible (self->changed_box, changed);

  if (agreed)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "success");
  gtk_widget_set_visible (self->agree_button, !agreed && !self->read_only);
  gtk_widget_set_visible (self->reopen_button, agreed && !self->read_only);
  update_history (self);
}

static void
update_name (SfgPlanEditor *self)
{
  const char *name = sfg_plan_get_name (self->plan);

  adw_action_row_set_subtitle (self->name_row, name != NULL && *name != '\0' ? name : _("No name"));
}

static void
agree_response_cb (SfgAgreeDialog *dialog,
                   const char     *response,
                   SfgPlanEditor  *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "agree") != 0)
    return;
  if (!sfg_agree_dialog_agree (dialog, &error))
    sfg_gui_show_error (GTK_WIDGET (self), _("The plan could not be agreed"), error);
  else
    sfg_gui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Plan agreed")));
}

/* Opens the "Mark as agreed" dialog. */
void
sfg_plan_editor_mark_agreed (SfgPlanEditor *self)
{
  GtkWidget *dialog;

  g_return_if_fail (SFG_IS_PLAN_EDITOR (self));

  dialog = sfg_agree_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->plan);
  g_signal_connect_object (dialog, "response", G_CALLBACK (agree_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reopen_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    SfgPlanEditor    *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reopen") != 0)
    return;
  if (!sfg_plan_reopen (self->plan, &error))
    sfg_gui_show_error (GTK_WIDGET (self), _("The plan could not be reopened"), error);
}

/* Asks, then makes the agreed plan a draft again (the reopening is recorded). */
void
sfg_plan_editor_reopen (SfgPlanEditor *self)
{
  GtkWidget *dialog;

  g_return_if_fail (SFG_IS_PLAN_EDITOR (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Reopen Plan?"),
                                   _("The plan becomes a draft again and everything can be "
                                     "edited. The agreement stays in the plan’s history, and "
                                     "the plan will show that it was reopened after agreement."));
  sfg_gui_prepare_message_dialog (ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reopen", _("_Reopen"),
                                    NULL);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reopen_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
agree_clicked_cb (SfgPlanEditor *self)
{
  sfg_plan_editor_mark_agreed (self);
}

static void
reopen_clicked_cb (SfgPlanEditor *self)
{
  sfg_plan_editor_reopen (self);
}

static void
place_clicked_cb (SfgPlanEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-view", "s", "framework");
}

static void
build_intro (SfgPlanEditor *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < SFG_PLAN_N_INTRO_POINTS; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "",
                            sfg_plan_template_get_intro_point (i));
  gtk_label_set_label (self->intro_label, text->str);
  gtk_label_set_label (self->owner_label, sfg_plan_template_get_owner_statement ());
}

/* Each field edits the plan directly; agreement makes the frozen ones insensitive. */
static void
bind_fields (SfgPlanEditor *self)
{
  const GBindingFlags both = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  const GBindingFlags frozen = G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN;
  struct { const char *property; gpointer widget; const char *widget_property; } fields[] = {
    { "role", self->role_row, "text" },
    { "team", self->team_row, "text" },
    { "line-manager", self->line_manager_row, "text" },
    { "date", self->date_button, "date" },
    { "evidence", self->evidence_area, "text" },
    { "reflections", self->reflections_area, "text" },
    { "next-steps", self->next_steps_area, "text" },
    { "next-review-date", self->review_button, "date" },
    { "reasonable-adjustments", self->adjustments_area, "text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_object_bind_property (self->plan, fields[i].property,
                              fields[i].widget, fields[i].widget_property, both);
      g_object_bind_property (self->plan, "frozen", fields[i].widget, "sensitive", frozen);
    }
  /* Screen readers ask the button inside whether it can be used. */
  g_object_bind_property (self->plan, "frozen", sfg_date_button_get_button (self->date_button),
                          "sensitive", frozen);
  g_object_bind_property (self->plan, "frozen", sfg_date_button_get_button (self->review_button),
                          "sensitive", frozen);
  g_object_bind_property (self->plan, "frozen", self->date_row, "sensitive", frozen);
  g_object_bind_property (self->plan, "frozen", self->review_row, "sensitive", frozen);
  g_object_bind_property (self->plan, "frozen", self->place_button, "sensitive", frozen);
  g_object_bind_property (self->plan, "current-position", self->outcome_grid, "current-position",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->plan, "aspiration", self->outcome_grid, "aspiration",
                          G_BINDING_SYNC_CREATE);

  sfg_date_button_set_accessible_label (self->date_button, _("Date of the plan"));
  sfg_date_button_set_accessible_label (self->review_button, _("Next review date"));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->date_row),
                                         sfg_date_button_get_button (self->date_button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->review_row),
                                         sfg_date_button_get_button (self->review_button));
}

static void
sfg_plan_editor_constructed (GObject *object)
{
  SfgPlanEditor *self = SFG_PLAN_EDITOR (object);
  static const char *status_properties[] = {
    "notify::status", "notify::changed-after-agreement", "notify::revision",
  };

  G_OBJECT_CLASS (sfg_plan_editor_parent_class)->constructed (object);

  self->read_only = self->library != NULL && sfg_library_is_read_only (self->library, self->plan);

  build_intro (self);
  bind_fields (self);
  adw_bin_set_child (self->objectives_bin, sfg_objective_list_new (self->plan));
  adw_bin_set_child (self->actions_bin, sfg_action_list_new (self->plan));

  for (guint i = 0; i < G_N_ELEMENTS (status_properties); i++)
    g_signal_connect_object (self->plan, status_properties[i],
                             G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan, "notify::name",
                           G_CALLBACK (update_name), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan, "notify::current-position",
                           G_CALLBACK (update_positions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan, "notify::aspiration",
                           G_CALLBACK (update_positions), self, G_CONNECT_SWAPPED);
  update_name (self);
  update_positions (self);
  update_status (self);

  /* A file this version cannot save is shown, never edited. */
  gtk_widget_set_sensitive (self->content_box, !self->read_only);
}

static void
sfg_plan_editor_dispose (GObject *object)
{
  SfgPlanEditor *self = SFG_PLAN_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_PLAN_EDITOR);
  g_clear_object (&self->plan);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (sfg_plan_editor_parent_class)->dispose (object);
}

static void
sfg_plan_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SfgPlanEditor *self = SFG_PLAN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_plan_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SfgPlanEditor *self = SFG_PLAN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_plan_editor_class_init (SfgPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sfg_plan_editor_constructed;
  object_class->dispose = sfg_plan_editor_dispose;
  object_class->get_property = sfg_plan_editor_get_property;
  object_class->set_property = sfg_plan_editor_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, SFG_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, SFG_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SFG_TYPE_DATE_BUTTON);
  g_type_ensure (SFG_TYPE_OUTCOME_GRID);
  g_type_ensure (SFG_TYPE_TEXT_AREA);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sfg-plan-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, scrolled);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, status_icon);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, status_title);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, status_detail);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, changed_box);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, history_label);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, agree_button);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, content_box);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, intro_label);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, owner_label);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, team_row);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, line_manager_row);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, outcome_grid);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, now_row);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, aspiration_row);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, place_button);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, evidence_area);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, reflections_area);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, objectives_bin);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, actions_bin);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, next_steps_area);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, review_row);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, review_button);
  gtk_widget_class_bind_template_child (widget_class, SfgPlanEditor, adjustments_area);
  gtk_widget_class_bind_template_callback (widget_class, agree_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reopen_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, place_clicked_cb);
}

static void
sfg_plan_editor_init (SfgPlanEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @library: (nullable): for the earlier plan's date and read-only files */
GtkWidget *
sfg_plan_editor_new (SfgLibrary *library,
                     SfgPlan    *plan)
{
  g_return_val_if_fail (library == NULL || SFG_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (SFG_IS_PLAN (plan), NULL);

  return g_object_new (SFG_TYPE_PLAN_EDITOR, "library", library, "plan", plan, NULL);
}

SfgPlan *
sfg_plan_editor_get_plan (SfgPlanEditor *self)
{
  g_return_val_if_fail (SFG_IS_PLAN_EDITOR (self), NULL);

  return self->plan;
}
