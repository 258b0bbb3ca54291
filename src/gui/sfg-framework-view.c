/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-framework-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-adaptive-box.h"
#include "sfg-framework-view-private.h"

#define COMPACT_WIDTH 600

G_DEFINE_FINAL_TYPE (SfgFrameworkView, sfg_framework_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_CURRENT_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_long_date (const char *date)
{
  int year, month, day;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  time = g_date_time_new_utc (year, month, day, 12, 0, 0);
  if (time == NULL)
    return NULL;
  /* TRANSLATORS: a full date, e.g. "30 March 2025" */
  text = g_date_time_format (time, _("%-d %B %Y"));
  /* A date is not broken across lines. */
  parts = g_strsplit (text, " ", -1);
  return g_strjoinv ("\xc2\xa0", parts);
}

static const char *
position_title (const char *position_id)
{
  const SfgPosition *position = sfg_framework_lookup_position (position_id);

  return position != NULL ? sfg_position_get_title (position) : NULL;
}

/* GTK 4.8 reads a button's label and then what its mnemonic label says, so
 * "_Change…" is spoken "_Change… Change…": keep only the name given here. */
void
sfg_framework_view_set_spoken_name (GtkWidget  *widget,
                                    const char *name)
{
  if (name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

gboolean
sfg_framework_view_plan_is_editable (SfgFrameworkView *self)
{
  return self->plan != NULL && !sfg_plan_get_frozen (self->plan)
         && !sfg_library_is_read_only (self->library, self->plan);
}

void
sfg_framework_view_add_toast (SfgFrameworkView *self,
                              AdwToast         *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

void
sfg_framework_view_show_error (SfgFrameworkView *self,
                               const char       *what,
                               const GError     *error)
{
  /* TRANSLATORS: "%s" is what failed, then why, e.g. "The position could not be marked: …" */
  g_autofree char *message = g_strdup_printf (_("%s: %s"), what, error->message);

  g_warning ("%s", message);
  sfg_framework_view_add_toast (self, adw_toast_new (message));
}

static void
update_placing (SfgFrameworkView *self)
{
  g_autofree char *placing = NULL;
  g_autofree char *summary = NULL;

  if (self->plan == NULL)
    {
      gtk_label_set_label (self->placing_label, _("No plan is open"));
      gtk_label_set_label (self->summary_label,
                           _("Explore the grid freely. Open or create a plan to record positions."));
      gtk_button_set_label (self->change_button, _("_Open a Plan…"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->change_button),
                                   _("Go to the Plan view to open or create a plan"));
      sfg_framework_view_set_spoken_name (GTK_WIDGET (self->change_button), _("Open a plan in the Plan view"));
      return;
    }
  else
    {
      const char *name = sfg_plan_get_name (self->plan);
      g_autofree char *date = format_long_date (sfg_plan_get_date (self->plan));
      const char *aspiration = sfg_plan_get_aspiration (self->plan);
      const char *now_title = position_title (sfg_plan_get_current_position (self->plan));
      const char *future;

      if (name == NULL || *name == '\0')
        name = _("Unnamed plan");
      /* TRANSLATORS: names the plan the marks go to: "Placing: Sam Jones — 30 March 2025" */
      placing = date != NULL ? g_strdup_printf (_("Placing: %s — %s"), name, date)
                             : g_strdup_printf (_("Placing: %s — undated plan"), name);

      if (g_strcmp0 (aspiration, SFG_ASPIRATION_CONSOLIDATE) == 0)
        future = _("stay and consolidate");
      else
        future = position_title (aspiration);
      /* TRANSLATORS: "Now: Core contributor · In two years: Emerging influencer" */
      summary = g_strdup_printf (_("Now: %s · In two years: %s"),
                                 now_title != NULL ? now_title : _("not marked yet"),
                                 future != NULL ? future : _("not marked yet"));
    }

  gtk_label_set_label (self->placing_label, placing);
  gtk_label_set_label (self->summary_label, summary);
  gtk_button_set_label (self->change_button, _("_Change…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->change_button),
                               _("Choose another plan in the Plan view"));
  sfg_framework_view_set_spoken_name (GTK_WIDGET (self->change_button), _("Change the plan being placed"));
}

static int
compare_history (gconstpointer a,
                 gconstpointer b)
{
  SfgPlan *pa = *(SfgPlan **) a, *pb = *(SfgPlan **) b;
  int by_date = g_strcmp0 (sfg_plan_get_date (pa), sfg_plan_get_date (pb));

  return by_date != 0 ? by_date : g_strcmp0 (sfg_plan_get_created (pa), sfg_plan_get_created (pb));
}

/* Whether @other is an earlier plan than the current one (by date, else by creation). */
static gboolean
is_earlier (SfgPlan *other,
            SfgPlan *plan)
{
  const char *date = sfg_plan_get_date (plan), *other_date = sfg_plan_get_date (other);

  if (date != NULL && other_date != NULL && g_strcmp0 (other_date, date) != 0)
    return g_strcmp0 (other_date, date) < 0;
  return g_strcmp0 (sfg_plan_get_created (other), sfg_plan_get_created (plan)) < 0;
}

/* The person's earlier plans, as faded dated markers: growth over time. */
static void
update_history (SfgFrameworkView *self)
{
  GListModel *plans = sfg_library_get_plans (self->library);
  g_autoptr(GPtrArray) earlier = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) positions = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) dates = g_strv_builder_new ();
  g_auto(GStrv) position_list = NULL;
  g_auto(GStrv) date_list = NULL;

  for (guint i = 0; self->plan != NULL && i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(SfgPlan) other = g_list_model_get_item (plans, i);

      if (other != self->plan
          && g_strcmp0 (sfg_plan_get_person_id (other), sfg_plan_get_person_id (self->plan)) == 0
          && sfg_plan_get_current_position (other) != NULL
          && is_earlier (other, self->plan))
        g_ptr_array_add (earlier, g_steal_pointer (&other));
    }
  g_ptr_array_sort (earlier, compare_history);

  for (guint i = 0; i < earlier->len; i++)
    {
      SfgPlan *other = g_ptr_array_index (earlier, i);
      const char *date = sfg_plan_get_date (other);

      g_strv_builder_add (positions, sfg_plan_get_current_position (other));
      g_strv_builder_add (dates, date != NULL ? date : "");
    }
  position_list = g_strv_builder_end (positions);
  date_list = g_strv_builder_end (dates);
  sfg_grid_set_history (self->grid, (const char * const *) position_list,
                        (const char * const *) date_list);
}

static void
update_actions (SfgFrameworkView *self)
{
  const char *selected = sfg_grid_get_selected (self->grid);
  gboolean editable = sfg_framework_view_plan_is_editable (self) && selected != NULL;
  const char *current = self->plan != NULL ? sfg_plan_get_current_position (self->plan) : NULL;
  const char *aspiration = self->plan != NULL ? sfg_plan_get_aspiration (self->plan) : NULL;
  gboolean consolidating = g_strcmp0 (aspiration, SFG_ASPIRATION_CONSOLIDATE) == 0;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "grid.mark-now",
                                 editable && g_strcmp0 (current, selected) != 0);
  /* Wanting to be where you are in two years is consolidating: its own button. */
  gtk_widget_action_set_enabled (widget, "grid.mark-aspiration",
                                 editable && g_strcmp0 (aspiration, selected) != 0
                                 && g_strcmp0 (current, selected) != 0);
  /* Consolidating is staying where you are: on the current position, or
   * on any position while none is marked (it becomes the current one). */
  gtk_widget_action_set_enabled (widget, "grid.consolidate",
                                 editable && !consolidating
                                 && (current == NULL || g_strcmp0 (current, selected) == 0));
  gtk_widget_action_set_enabled (widget, "grid.clear",
                                 editable && (g_strcmp0 (current, selected) == 0
                                              || g_strcmp0 (aspiration, selected) == 0));
  gtk_widget_action_set_enabled (widget, "grid.add-initiative", editable);
}

static void
update_marking (SfgFrameworkView *self)
{
  const char *selected = sfg_grid_get_selected (self->grid);
  const char *current = self->plan != NULL ? sfg_plan_get_current_position (self->plan) : NULL;
  const char *aspiration = self->plan != NULL ? sfg_plan_get_aspiration (self->plan) : NULL;
  const char *state = NULL;
  const char *hint;

  if (self->plan == NULL)
    hint = _("Open or create a plan to record positions.");
  else if (sfg_library_is_read_only (self->library, self->plan))
    hint = _("This plan was written by a newer version of Scope for Growth and cannot be "
             "changed here.");
  else if (sfg_plan_get_frozen (self->plan))
    hint = _("This plan is agreed. Reopen the plan to change positions.");
  else
    hint = _("With a cell focused: N marks Now, T In two years, C Consolidate, Delete clears.");

  if (selected != NULL && self->plan != NULL)
    {
      gboolean is_current = g_strcmp0 (current, selected) == 0;

      if (is_current && g_strcmp0 (aspiration, SFG_ASPIRATION_CONSOLIDATE) == 0)
        state = _("Now, and staying to consolidate");
      else if (is_current && g_strcmp0 (aspiration, selected) == 0)
        state = _("Now, and in two years");
      else if (is_current)
        state = _("Marked as now");
      else if (g_strcmp0 (aspiration, selected) == 0)
        state = _("Marked for in two years");
    }

  gtk_label_set_label (self->marking_state, state != NULL ? state : "");
  gtk_widget_set_visible (GTK_WIDGET (self->marking_state), state != NULL);
  gtk_label_set_label (self->marking_hint, hint);
  update_actions (self);
}

static void
update_marks (SfgFrameworkView *self)
{
  sfg_grid_set_positions (self->grid,
                          self->plan != NULL ? sfg_plan_get_current_position (self->plan) : NULL,
                          self->plan != NULL ? sfg_plan_get_aspiration (self->plan) : NULL);
  update_placing (self);
  update_marking (self);
}

static void
update_details (SfgFrameworkView *self)
{
  const SfgPosition *position = sfg_framework_lookup_position (sfg_grid_get_selected (self->grid));
  const SfgCategory *category;
  g_autofree char *subtitle = NULL;
  g_autofree char *meaning = NULL;
  g_autofree char *escaped_title = NULL;
  g_autofree char *escaped_subtitle = NULL;
  g_autofree char *escaped_short = NULL;

  gtk_widget_set_visible (self->empty_box, position == NULL);
  gtk_widget_set_visible (self->position_box, position != NULL);
  if (position == NULL)
    {
      update_marking (self);
      return;
    }

  category = sfg_framework_lookup_category (position->category);
  gtk_label_set_label (self->position_title, sfg_position_get_title (position));
  /* TRANSLATORS: under a position's title: "Depth · impact 2 of 3" */
  subtitle = g_strdup_printf (_("%s · impact %u of 3"), sfg_category_get_title (category),
                              position->impact);
  gtk_label_set_label (self->position_subtitle, subtitle);

  escaped_title = g_markup_escape_text (sfg_category_get_title (category), -1);
  escaped_subtitle = g_markup_escape_text (sfg_category_get_subtitle (category), -1);
  escaped_short = g_markup_escape_text (sfg_category_get_short_text (category), -1);
  /* TRANSLATORS: a category's meaning: "<b>Depth</b> — deepening your chosen
   * specialism. Expanding your expertise." Keep the markup. */
  meaning = g_strdup_printf (_("<b>%s</b> — %s. %s."), escaped_title, escaped_subtitle,
                             escaped_short);
  gtk_label_set_label (self->category_meaning, meaning);

  sfg_framework_view_update_initiatives (self);
  update_marking (self);
}

/* ---- actions ---- */

static void
mark_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfgFrameworkView *self = SFG_FRAMEWORK_VIEW (widget);
  const char *selected = sfg_grid_get_selected (self->grid);
  g_autofree char *current = NULL;
  g_autofree char *aspiration = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (!sfg_framework_view_plan_is_editable (self) || selected == NULL)
    return;

  current = g_strdup (sfg_plan_get_current_position (self->plan));
  aspiration = g_strdup (sfg_plan_get_aspiration (self->plan));

  if (g_str_equal (action_name, "grid.mark-now"))
    ok = sfg_plan_set_current_position (self->plan, selected, &error);
  else if (g_str_equal (action_name, "grid.mark-aspiration"))
    ok = sfg_plan_set_aspiration (self->plan, selected, &error);
  else if (g_str_equal (action_name, "grid.consolidate"))
    {
      if (current == NULL)
        ok = sfg_plan_set_current_position (self->plan, selected, &error);
      ok = ok && sfg_plan_set_aspiration (self->plan, SFG_ASPIRATION_CONSOLIDATE, &error);
    }
  else if (g_str_equal (action_name, "grid.clear"))
    {
      if (g_strcmp0 (current, selected) == 0)
        {
          ok = sfg_plan_set_current_position (self->plan, NULL, &error);
          /* Consolidating refers to the current position: it goes with it. */
          if (ok && g_strcmp0 (aspiration, SFG_ASPIRATION_CONSOLIDATE) == 0)
            ok = sfg_plan_set_aspiration (self->plan, NULL, &error);
        }
      if (ok && g_strcmp0 (aspiration, selected) == 0)
        ok = sfg_plan_set_aspiration (self->plan, NULL, &error);
    }

  if (!ok)
    sfg_framework_view_show_error (self, _("The position could not be marked"), error);
}

static void
change_plan_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.show-view", "s", "plan");
}

/* ---- plan and library ---- */

static void
plan_positions_changed_cb (SfgFrameworkView *self)
{
  update_marks (self);
}

static void
plan_header_changed_cb (SfgFrameworkView *self)
{
  update_placing (self);
  update_history (self);
}

static void
plan_status_changed_cb (SfgFrameworkView *self)
{
  update_marking (self);
  sfg_framework_view_update_initiative_buttons (self);
}

static void
actions_changed_cb (SfgFrameworkView *self)
{
  sfg_framework_view_update_initiative_buttons (self);
}

static void
plans_changed_cb (SfgFrameworkView *self)
{
  update_history (self);
}

static void
framework_changed_cb (SfgFrameworkView *self,
                      const char       *position_id)
{
  if (g_strcmp0 (position_id, sfg_grid_get_selected (self->grid)) == 0)
    sfg_framework_view_update_initiatives (self);
}

static void
grid_selected_cb (SfgFrameworkView *self)
{
  update_details (self);
}

static void
view_mapped_cb (SfgFrameworkView *self)
{
  /* Earlier plans may have changed in the Plan view meanwhile. */
  update_history (self);
}

void
sfg_framework_view_set_current_plan (SfgFrameworkView *self,
                                     SfgPlan          *plan)
{
  g_return_if_fail (SFG_IS_FRAMEWORK_VIEW (self));
  g_return_if_fail (plan == NULL || SFG_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  g_signal_group_set_target (self->plan_signals, plan);
  g_signal_group_set_target (self->action_signals, plan != NULL ? sfg_plan_get_actions (plan) : NULL);

  /* Start where the person is, when nothing is selected yet. */
  if (plan != NULL && sfg_grid_get_selected (self->grid) == NULL)
    sfg_grid_set_selected (self->grid, sfg_plan_get_current_position (plan));

  update_marks (self);
  update_history (self);
  sfg_framework_view_update_initiative_buttons (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_PLAN]);
}

SfgPlan *
sfg_framework_view_get_current_plan (SfgFrameworkView *self)
{
  g_return_val_if_fail (SFG_IS_FRAMEWORK_VIEW (self), NULL);

  return self->plan;
}

SfgLibrary *
sfg_framework_view_get_library (SfgFrameworkView *self)
{
  g_return_val_if_fail (SFG_IS_FRAMEWORK_VIEW (self), NULL);

  return self->library;
}

SfgGrid *
sfg_framework_view_get_grid (SfgFrameworkView *self)
{
  g_return_val_if_fail (SFG_IS_FRAMEWORK_VIEW (self), NULL);

  return self->grid;
}

static void
fill_static_text (SfgFrameworkView *self)
{
  g_autofree char *growth = NULL;
  g_autofree char *impact = NULL;
  g_autofree char *growth_text = g_markup_escape_text (sfg_framework_get_growth_axis_text (), -1);
  g_autofree char *impact_text = g_markup_escape_text (sfg_framework_get_impact_axis_text (), -1);

  /* TRANSLATORS: the growth axis's meaning under the grid; keep the markup */
  growth = g_strdup_printf (_("<b>Growth →</b> %s"), growth_text);
  /* TRANSLATORS: the impact axis's meaning under the grid; keep the markup */
  impact = g_strdup_printf (_("<b>Impact ↑</b> %s"), impact_text);
  gtk_label_set_label (self->growth_meaning, growth);
  gtk_label_set_label (self->impact_meaning, impact);

  for (guint i = 0; i < SFG_FRAMEWORK_N_PRINCIPLES; i++)
    {
      GtkWidget *label = gtk_label_new (sfg_framework_get_principle (i));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "principle");
      gtk_box_append (GTK_BOX (self->principles_box), label);
    }
}

/* No layout manager: with one, GTK would not call size_allocate below. */
static void
sfg_framework_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  gtk_widget_measure (SFG_FRAMEWORK_VIEW (widget)->scroller, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
sfg_framework_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Narrow windows get tighter margins (style.css "compact"); the width comes
 * from the window, never from the content, so this cannot flip back and forth. */
static void
sfg_framework_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  SfgFrameworkView *self = SFG_FRAMEWORK_VIEW (widget);

  if (width < COMPACT_WIDTH)
    gtk_widget_add_css_class (widget, "compact");
  else
    gtk_widget_remove_css_class (widget, "compact");

  gtk_widget_size_allocate (self->scroller, &(GtkAllocation) { 0, 0, width, height }, baseline);
}

static void
sfg_framework_view_root (GtkWidget *widget)
{
  SfgFrameworkView *self = SFG_FRAMEWORK_VIEW (widget);

  GTK_WIDGET_CLASS (sfg_framework_view_parent_class)->root (widget);

  /* Their names are in the template; the mnemonic labels were just connected. */
  sfg_framework_view_set_spoken_name (self->now_button, NULL);
  sfg_framework_view_set_spoken_name (self->aspiration_button, NULL);
  sfg_framework_view_set_spoken_name (self->consolidate_button, NULL);
  sfg_framework_view_set_spoken_name (self->clear_button, NULL);
  sfg_framework_view_set_spoken_name (GTK_WIDGET (self->change_button), NULL);
  for (guint i = 0; i < self->initiative_rows->len; i++)
    sfg_framework_view_set_spoken_name (g_object_get_data (g_ptr_array_index (self->initiative_rows, i),
                                        "sfg-add-button"), NULL);
}

static void
sfg_framework_view_constructed (GObject *object)
{
  SfgFrameworkView *self = SFG_FRAMEWORK_VIEW (object);

  G_OBJECT_CLASS (sfg_framework_view_parent_class)->constructed (object);

  g_return_if_fail (SFG_IS_LIBRARY (self->library));

  g_signal_connect_object (sfg_library_get_plans (self->library), "items-changed",
                           G_CALLBACK (plans_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sfg_library_get_framework (self->library), "changed",
                           G_CALLBACK (framework_changed_cb), self, G_CONNECT_SWAPPED);

  update_marks (self);
  update_details (self);
}

static void
sfg_framework_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SfgFrameworkView *self = SFG_FRAMEWORK_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_CURRENT_PLAN:
      g_value_set_object (value, self->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_framework_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SfgFrameworkView *self = SFG_FRAMEWORK_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    case PROP_CURRENT_PLAN:
      sfg_framework_view_set_current_plan (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_framework_view_dispose (GObject *object)
{
  SfgFrameworkView *self = SFG_FRAMEWORK_VIEW (object);

  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);
  if (self->action_signals != NULL)
    g_signal_group_set_target (self->action_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_FRAMEWORK_VIEW);
  g_clear_object (&self->plan);
  g_clear_object (&self->library);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->action_signals);
  g_clear_pointer (&self->initiative_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sfg_framework_view_parent_class)->dispose (object);
}

static void
sfg_framework_view_class_init (SfgFrameworkViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sfg_framework_view_constructed;
  object_class->get_property = sfg_framework_view_get_property;
  object_class->set_property = sfg_framework_view_set_property;
  object_class->dispose = sfg_framework_view_dispose;
  widget_class->measure = sfg_framework_view_measure;
  widget_class->get_request_mode = sfg_framework_view_get_request_mode;
  widget_class->size_allocate = sfg_framework_view_size_allocate;
  widget_class->root = sfg_framework_view_root;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, SFG_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_PLAN] =
    g_param_spec_object ("current-plan", NULL, NULL, SFG_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SFG_TYPE_ADAPTIVE_BOX);
  g_type_ensure (SFG_TYPE_GRID);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/sfg-framework-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, placing_label);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, change_button);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, grid);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, growth_meaning);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, impact_meaning);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, empty_box);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, principles_box);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, position_box);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, position_title);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, position_subtitle);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, category_meaning);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, marking_state);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, marking_hint);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, now_button);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, aspiration_button);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, consolidate_button);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, clear_button);
  gtk_widget_class_bind_template_child (widget_class, SfgFrameworkView, initiatives_group);
  gtk_widget_class_bind_template_callback (widget_class, grid_selected_cb);

  gtk_widget_class_install_action (widget_class, "grid.mark-now", NULL, mark_activated);
  gtk_widget_class_install_action (widget_class, "grid.mark-aspiration", NULL, mark_activated);
  gtk_widget_class_install_action (widget_class, "grid.consolidate", NULL, mark_activated);
  gtk_widget_class_install_action (widget_class, "grid.clear", NULL, mark_activated);
  gtk_widget_class_install_action (widget_class, "grid.add-initiative", "s",
                                   sfg_framework_view_add_initiative_activated);
  gtk_widget_class_install_action (widget_class, "grid.change-plan", NULL, change_plan_activated);

  gtk_widget_class_set_css_name (widget_class, "sfg-framework-view");
}

static void
sfg_framework_view_init (SfgFrameworkView *self)
{
  self->initiative_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->plan_signals = g_signal_group_new (SFG_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "notify::current-position",
                                  G_CALLBACK (plan_positions_changed_cb), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::aspiration",
                                  G_CALLBACK (plan_positions_changed_cb), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::name",
                                  G_CALLBACK (plan_header_changed_cb), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::date",
                                  G_CALLBACK (plan_header_changed_cb), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::frozen",
                                  G_CALLBACK (plan_status_changed_cb), self);

  self->action_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->action_signals, "items-changed",
                                  G_CALLBACK (actions_changed_cb), self);

  g_signal_connect (self, "map", G_CALLBACK (view_mapped_cb), NULL);
  fill_static_text (self);
}

GtkWidget *
sfg_framework_view_new (SfgLibrary *library)
{
  g_return_val_if_fail (SFG_IS_LIBRARY (library), NULL);

  return g_object_new (SFG_TYPE_FRAMEWORK_VIEW, "library", library, NULL);
}
