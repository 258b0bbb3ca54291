/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-date-button.h"
#include "sfg-json-util.h"

struct _SfgDateButton
{
  GtkWidget parent_instance;

  GtkWidget *menu_button;
  GtkWidget *label;
  GtkWidget *popover;
  GtkCalendar *calendar;

  GtkWidget *clear_button;

  char *date;
  gboolean updating;
  gboolean day_clicked;
};

G_DEFINE_FINAL_TYPE (SfgDateButton, sfg_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  PROP_CAN_CLEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
date_time_from_date (const char *date)
{
  if (!sfg_date_is_valid (date))
    return NULL;

  return g_date_time_new_local ((int) g_ascii_strtoll (date, NULL, 10),
                                (int) g_ascii_strtoll (date + 5, NULL, 10),
                                (int) g_ascii_strtoll (date + 8, NULL, 10),
                                12, 0, 0);
}

/* "3 March 2026", or NULL when @date is not a date. */
static char *
format_date (const char *date)
{
  g_autoptr (GDateTime) time = date_time_from_date (date);

  /* Translators: a date as in "3 March 2026"; see g_date_time_format() */
  return time != NULL ? g_date_time_format (time, _("%-d %B %Y")) : NULL;
}

static void
update_label (SfgDateButton *self)
{
  g_autofree char *shown = format_date (self->date);

  gtk_label_set_label (GTK_LABEL (self->label), shown != NULL ? shown : _("No date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  shown != NULL ? shown : _("No date"),
                                  -1);
  gtk_widget_set_sensitive (self->clear_button, self->date != NULL);
}

static void
update_calendar (SfgDateButton *self)
{
  g_autoptr (GDateTime) time = date_time_from_date (self->date);

  if (time == NULL)
    time = g_date_time_new_now_local ();

  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, time);
  self->updating = FALSE;
}

static void
calendar_day_selected_cb (SfgDateButton *self)
{
  g_autoptr (GDateTime) time = NULL;
  g_autofree char *date = NULL;

  if (self->updating)
    return;

  time = gtk_calendar_get_date (self->calendar);
  date = g_date_time_format (time, "%Y-%m-%d");
  sfg_date_button_set_date (self, date);

  /* A click on a day is a choice; moving with the arrow keys is not yet. */
  if (self->day_clicked)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  self->day_clicked = FALSE;
}

/* Seen before the calendar handles the press: was a day (not an arrow) pressed? */
static void
calendar_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     SfgDateButton   *self)
{
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  self->day_clicked = target != NULL
                      && target != GTK_WIDGET (self->calendar)
                      && gtk_widget_get_ancestor (target, GTK_TYPE_BUTTON) == NULL;
}

static void
today_clicked_cb (SfgDateButton *self)
{
  g_autofree char *today = sfg_date_today ();

  sfg_date_button_set_date (self, today);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
clear_clicked_cb (SfgDateButton *self)
{
  sfg_date_button_set_date (self, NULL);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
popover_show_cb (SfgDateButton *self)
{
  update_calendar (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
sfg_date_button_dispose (GObject *object)
{
  SfgDateButton *self = SFG_DATE_BUTTON (object);

  g_clear_pointer (&self->menu_button, gtk_widget_unparent);

  G_OBJECT_CLASS (sfg_date_button_parent_class)->dispose (object);
}

static void
sfg_date_button_finalize (GObject *object)
{
  SfgDateButton *self = SFG_DATE_BUTTON (object);

  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (sfg_date_button_parent_class)->finalize (object);
}

static void
sfg_date_button_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SfgDateButton *self = SFG_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_CAN_CLEAR:
      g_value_set_boolean (value, sfg_date_button_get_can_clear (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_date_button_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SfgDateButton *self = SFG_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      sfg_date_button_set_date (self, g_value_get_string (value));
      break;
    case PROP_CAN_CLEAR:
      sfg_date_button_set_can_clear (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_date_button_class_init (SfgDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sfg_date_button_dispose;
  object_class->finalize = sfg_date_button_finalize;
  object_class->get_property = sfg_date_button_get_property;
  object_class->set_property = sfg_date_button_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_CLEAR] =
    g_param_spec_boolean ("can-clear", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sfgdatebutton");
}

static void
sfg_date_button_init (SfgDateButton *self)
{
  GtkWidget *box;
  GtkWidget *popover_box;
  GtkWidget *today;
  GtkWidget *buttons;
  GtkGesture *click;

  self->label = gtk_label_new (NULL);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", "x-office-calendar-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
  gtk_box_append (GTK_BOX (box), self->label);

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (calendar_day_selected_cb), self, G_CONNECT_SWAPPED);
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (calendar_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (click));

  today = gtk_button_new_with_mnemonic (_("_Today"));
  g_signal_connect_object (today, "clicked", G_CALLBACK (today_clicked_cb), self,
                           G_CONNECT_SWAPPED);

  self->clear_button = gtk_button_new_with_mnemonic (_("_Clear"));
  gtk_widget_set_visible (self->clear_button, FALSE);
  g_signal_connect_object (self->clear_button, "clicked", G_CALLBACK (clear_clicked_cb), self,
                           G_CONNECT_SWAPPED);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_box_append (GTK_BOX (buttons), today);
  gtk_box_append (GTK_BOX (buttons), self->clear_button);

  popover_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (popover_box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (popover_box), buttons);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), popover_box);
  g_signal_connect_object (self->popover, "show", G_CALLBACK (popover_show_cb), self,
                           G_CONNECT_SWAPPED);

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->menu_button), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->menu_button), self->popover);
  gtk_widget_set_tooltip_text (self->menu_button, _("Choose a Date"));
  gtk_widget_set_valign (self->menu_button, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));

  update_label (self);
}

GtkWidget *
sfg_date_button_new (void)
{
  return g_object_new (SFG_TYPE_DATE_BUTTON, NULL);
}

const char *
sfg_date_button_get_date (SfgDateButton *self)
{
  g_return_val_if_fail (SFG_IS_DATE_BUTTON (self), NULL);

  return self->date;
}

void
sfg_date_button_set_date (SfgDateButton *self,
                          const char    *date)
{
  g_return_if_fail (SFG_IS_DATE_BUTTON (self));

  if (date != NULL && !sfg_date_is_valid (date))
    date = NULL;
  if (g_strcmp0 (self->date, date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

gboolean
sfg_date_button_get_can_clear (SfgDateButton *self)
{
  g_return_val_if_fail (SFG_IS_DATE_BUTTON (self), FALSE);

  return gtk_widget_get_visible (self->clear_button);
}

/* Whether the calendar offers "Clear" (for dates that may be unset). */
void
sfg_date_button_set_can_clear (SfgDateButton *self,
                               gboolean       can_clear)
{
  g_return_if_fail (SFG_IS_DATE_BUTTON (self));

  can_clear = !!can_clear;
  if (sfg_date_button_get_can_clear (self) == can_clear)
    return;

  gtk_widget_set_visible (self->clear_button, can_clear);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_CLEAR]);
}

/* What a screen reader calls the button ("Journal date"); the date itself is
 * its description. */
void
sfg_date_button_set_accessible_label (SfgDateButton *self,
                                      const char    *label)
{
  g_return_if_fail (SFG_IS_DATE_BUTTON (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

GtkWidget *
sfg_date_button_get_button (SfgDateButton *self)
{
  g_return_val_if_fail (SFG_IS_DATE_BUTTON (self), NULL);

  return self->menu_button;
}

void
sfg_date_button_popup (SfgDateButton *self)
{
  g_return_if_fail (SFG_IS_DATE_BUTTON (self));

  gtk_menu_button_popup (GTK_MENU_BUTTON (self->menu_button));
}
