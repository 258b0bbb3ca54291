/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-gui-util"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-framework.h"
#include "sfg-gui-util.h"
#include "sfg-json-util.h"

/**
 * sfg_gui_format_date:
 * @date: (nullable): "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the date as people write it
 *   ("3 March 2026"), or %NULL when @date is not a date
 */
char *
sfg_gui_format_date (const char *date)
{
  g_autoptr(GDateTime) time = NULL;
  int year, month, day;

  if (!sfg_date_is_valid (date) || sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;

  time = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (time == NULL)
    return NULL;
  /* Translators: a date as in "3 March 2026"; see g_date_time_format() */
  return g_date_time_format (time, _("%-d %B %Y"));
}

/* Returns: (transfer full): the plan's date for titles, never %NULL */
char *
sfg_gui_format_plan_date (SfgPlan *plan)
{
  char *text = sfg_gui_format_date (sfg_plan_get_date (plan));

  return text != NULL ? text : g_strdup (_("Undated plan"));
}

static const char *
position_title (const char *position_id)
{
  const SfgPosition *position = sfg_framework_lookup_position (position_id);

  return position != NULL ? sfg_position_get_title (position) : NULL;
}

/**
 * sfg_gui_format_positions:
 *
 * Returns: (transfer full): "Now → In two years" with the positions'
 *   titles, "… → Consolidate", or a phrase saying nothing is placed yet
 */
char *
sfg_gui_format_positions (SfgPlan *plan)
{
  const char *now = position_title (sfg_plan_get_current_position (plan));
  const char *aspiration = sfg_plan_get_aspiration (plan);
  const char *future;

  if (g_strcmp0 (aspiration, SFG_ASPIRATION_CONSOLIDATE) == 0)
    future = _("Consolidate");
  else
    future = position_title (aspiration);

  if (now == NULL && future == NULL)
    return g_strdup (_("Not yet placed on the framework"));
  /* Translators: where someone is now → where they want to be in two years */
  return g_strdup_printf (_("%s → %s"),
                          now != NULL ? now : _("Not placed"),
                          future != NULL ? future : _("Not chosen"));
}

/**
 * sfg_gui_join_phrases:
 * @phrases: (element-type utf8): at least one phrase
 *
 * Returns: (transfer full): "a, b and c"
 */
char *
sfg_gui_join_phrases (GPtrArray *phrases)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (phrases != NULL && phrases->len > 0, NULL);

  if (phrases->len == 1)
    return g_strdup (g_ptr_array_index (phrases, 0));

  for (guint i = 0; i + 1 < phrases->len; i++)
    {
      if (i > 0)
        g_string_append (text, C_("list separator", ", "));
      g_string_append (text, g_ptr_array_index (phrases, i));
    }
  /* Translators: the last two items of a list, as in "a, b and c" */
  return g_strdup_printf (_("%s and %s"), text->str,
                          (const char *) g_ptr_array_index (phrases, phrases->len - 1));
}

/* Shows @toast (consumed) in the window's toast overlay. */
void
sfg_gui_add_toast (GtkWidget *widget,
                   AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    {
      /* Only happens to a widget outside a window, as in some tests. */
      g_debug ("No toast overlay for “%s”", adw_toast_get_title (toast));
      g_object_unref (toast);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* A high-priority toast whose Undo button calls @undo_cb (toast, @data);
 * @free_data releases @data when the toast goes. */
void
sfg_gui_add_undo_toast (GtkWidget      *widget,
                        const char     *title,
                        GCallback       undo_cb,
                        gpointer        data,
                        GClosureNotify  free_data)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", undo_cb, data, free_data, 0);
  sfg_gui_add_toast (widget, toast);
}

/* Tells the user that @what ("The plan could not be deleted") failed, and why. */
void
sfg_gui_show_error (GtkWidget  *widget,
                    const char *what,
                    GError     *error)
{
  g_autofree char *title = g_strdup_printf ("%s: %s", what, error->message);
  AdwToast *toast = adw_toast_new (title);

  g_debug ("%s", title);
  adw_toast_set_timeout (toast, 0);
  sfg_gui_add_toast (widget, toast);
}

/* The name a screen reader says for @widget ("Status of action 2"). */
void
sfg_gui_set_accessible_label (GtkWidget  *widget,
                              const char *format,
                              ...)
{
  g_autofree char *label = NULL;
  va_list args;

  va_start (args, format);
  label = g_strdup_vprintf (format, args);
  va_end (args);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  /* On GTK 4.18 a drop-down is labelled by its selected item, and that
   * relation outranks the label: it would be called "Not started" instead of
   * "Status of action 2".  Without it the name says what is chosen, as on 4.8. */
  if (GTK_IS_DROP_DOWN (widget))
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* libadwaita 1.7 shows a message dialog's heading on one line when it fits and
 * as a smaller wrapping label when it does not, but measures the one-line label
 * at every width the dialog is probed at, down to the small label's narrowest
 * (one letter); GTK 4.18 warns each time ("Trying to measure GtkLabel … for
 * width of 100, but it needs at least 210").  Letting the one-line label wrap
 * and keeping the heading's box at least 240 px wide (the dialog is never
 * narrower than 300 px) ends those probes and changes nothing on screen: the
 * one-line label is still shown only where it fits.  libadwaita 1.2 has one
 * heading label, which wraps already, and no heading box: nothing to do there. */
void
sfg_gui_prepare_message_dialog (AdwMessageDialog *dialog)
{
  GtkWidget *widget = GTK_WIDGET (dialog);
  GObject *heading_box, *heading;

  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  heading_box = gtk_widget_get_template_child (widget, ADW_TYPE_MESSAGE_DIALOG, "heading_bin");
  heading = gtk_widget_get_template_child (widget, ADW_TYPE_MESSAGE_DIALOG, "heading_label");
  if (!GTK_IS_WIDGET (heading_box) || !GTK_IS_LABEL (heading))
    return;

  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (heading_box), 240, -1);
}
