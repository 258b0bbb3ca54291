/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-journal-picker.h"
#include "sfg-journal-progress.h"
#include "sfg-journal-section-box.h"
#include "sfg-journal-template.h"
#include "sfg-json-util.h"

struct _SfgJournalPicker
{
  GtkWidget parent_instance;

  GtkWidget *menu_button;
  GtkWidget *label;
  GtkWidget *popover;
  GtkListBox *list;

  GListModel *journals;
  SfgJournal *journal;
};

G_DEFINE_FINAL_TYPE (SfgJournalPicker, sfg_journal_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_JOURNAL,
  N_PROPS
};

enum {
  JOURNAL_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
format_date (const char *date)
{
  g_autoptr (GDateTime) time = NULL;

  if (!sfg_date_is_valid (date))
    return NULL;

  time = g_date_time_new_local ((int) g_ascii_strtoll (date, NULL, 10),
                                (int) g_ascii_strtoll (date + 5, NULL, 10),
                                (int) g_ascii_strtoll (date + 8, NULL, 10),
                                12, 0, 0);
  /* Translators: a date as in "3 March 2026"; see g_date_time_format() */
  return time != NULL ? g_date_time_format (time, _("%-d %B %Y")) : NULL;
}

/**
 * sfg_journal_dup_title:
 * @journal: (nullable): a journal, or %NULL for the one not started yet
 *
 * Returns: (transfer full): the journal's date as people write it
 */
char *
sfg_journal_dup_title (SfgJournal *journal)
{
  g_autofree char *today = NULL;
  char *title;

  if (journal == NULL)
    {
      today = sfg_date_today ();
      return format_date (today);
    }

  title = format_date (sfg_journal_get_date (journal));
  return title != NULL ? title : g_strdup (_("Undated journal"));
}

static void
update_button (SfgJournalPicker *self)
{
  g_autofree char *title = sfg_journal_dup_title (self->journal);
  g_autofree char *accessible = NULL;

  gtk_label_set_label (GTK_LABEL (self->label), title);
  /* Translators: the accessible name of the button listing journals */
  accessible = g_strdup_printf (_("Journals, showing the journal of %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
journal_notify_date_cb (SfgJournalPicker *self)
{
  update_button (self);
}

static GtkWidget *
build_row (SfgJournalPicker *self,
           SfgJournal       *journal,
           gboolean          latest)
{
  g_autofree char *title = sfg_journal_dup_title (journal);
  g_autofree char *answered = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row, *box, *labels, *label, *check;

  answered = sfg_journal_format_answered (sfg_journal_count_answered (journal, NULL),
                                          sfg_journal_template_get_n_questions ());
  /* Translators: "Latest · 12 of 33 answered" */
  subtitle = latest ? g_strdup_printf (_("Latest · %s"), answered) : g_strdup (answered);

  labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (labels, TRUE);
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_box_append (GTK_BOX (labels), label);
  label = gtk_label_new (subtitle);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (labels), label);

  check = g_object_new (GTK_TYPE_IMAGE,
                        "icon-name", "object-select-symbolic",
                        "valign", GTK_ALIGN_CENTER,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        NULL);
  gtk_widget_set_opacity (check, journal == self->journal ? 1.0 : 0.0);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), check);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "sfg-journal", g_object_ref (journal), g_object_unref);

  accessible = journal == self->journal
               /* Translators: a journal in the list: "12 March 2026, 3 of 33 answered, shown" */
               ? g_strdup_printf (_("%s, %s, shown"), title, subtitle)
               : g_strdup_printf (_("%s, %s"), title, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

/* Rebuilt each time the list opens, so dates and counts are current. */
static void
rebuild_list (SfgJournalPicker *self)
{
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  n = self->journals != NULL ? g_list_model_get_n_items (self->journals) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SfgJournal) journal = g_list_model_get_item (self->journals, i);

      gtk_list_box_append (self->list, build_row (self, journal, i == 0));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);
}

static void
popover_show_cb (SfgJournalPicker *self)
{
  GtkListBoxRow *row;

  rebuild_list (self);
  row = gtk_list_box_get_row_at_index (self->list, 0);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
row_activated_cb (SfgJournalPicker *self,
                  GtkListBoxRow    *row)
{
  SfgJournal *journal = g_object_get_data (G_OBJECT (row), "sfg-journal");

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  g_signal_emit (self, signals[JOURNAL_ACTIVATED], 0, journal);
}

static void
sfg_journal_picker_dispose (GObject *object)
{
  SfgJournalPicker *self = SFG_JOURNAL_PICKER (object);

  sfg_journal_picker_set_journal (self, NULL);
  g_clear_object (&self->journals);
  g_clear_pointer (&self->menu_button, gtk_widget_unparent);

  G_OBJECT_CLASS (sfg_journal_picker_parent_class)->dispose (object);
}

static void
sfg_journal_picker_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SfgJournalPicker *self = SFG_JOURNAL_PICKER (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_journal_picker_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SfgJournalPicker *self = SFG_JOURNAL_PICKER (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      sfg_journal_picker_set_journal (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_journal_picker_class_init (SfgJournalPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sfg_journal_picker_dispose;
  object_class->get_property = sfg_journal_picker_get_property;
  object_class->set_property = sfg_journal_picker_set_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, SFG_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgJournalPicker::journal-activated:
   * @journal: the journal chosen
   */
  signals[JOURNAL_ACTIVATED] =
    g_signal_new ("journal-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SFG_TYPE_JOURNAL);

  gtk_widget_class_set_css_name (widget_class, "sfgjournalpicker");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sfg_journal_picker_init (SfgJournalPicker *self)
{
  GtkWidget *box, *heading, *scroller, *new_button, *content;

  self->label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), self->label);
  gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", "pan-down-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));

  heading = gtk_label_new (_("Your Journals"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_start (heading, 6);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your Journals"),
                                  -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));

  new_button = gtk_button_new_with_mnemonic (_("_New Journal…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (new_button), "journal.new");

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (content, 240, -1);
  gtk_box_append (GTK_BOX (content), heading);
  gtk_box_append (GTK_BOX (content), scroller);
  gtk_box_append (GTK_BOX (content), new_button);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), content);
  g_signal_connect_object (self->popover, "show", G_CALLBACK (popover_show_cb), self,
                           G_CONNECT_SWAPPED);

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->menu_button), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->menu_button), self->popover);
  gtk_widget_set_tooltip_text (self->menu_button, _("Your Journals"));
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));

  update_button (self);
}

GtkWidget *
sfg_journal_picker_new (void)
{
  return g_object_new (SFG_TYPE_JOURNAL_PICKER, NULL);
}

/* @journals: the library's journals, newest first */
void
sfg_journal_picker_set_model (SfgJournalPicker *self,
                              GListModel       *journals)
{
  g_return_if_fail (SFG_IS_JOURNAL_PICKER (self));
  g_return_if_fail (journals == NULL || G_IS_LIST_MODEL (journals));

  g_set_object (&self->journals, journals);
}

SfgJournal *
sfg_journal_picker_get_journal (SfgJournalPicker *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_PICKER (self), NULL);

  return self->journal;
}

void
sfg_journal_picker_set_journal (SfgJournalPicker *self,
                                SfgJournal       *journal)
{
  g_return_if_fail (SFG_IS_JOURNAL_PICKER (self));
  g_return_if_fail (journal == NULL || SFG_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_func (self->journal, journal_notify_date_cb, self);
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    g_signal_connect_object (journal, "notify::date", G_CALLBACK (journal_notify_date_cb), self,
                             G_CONNECT_SWAPPED);

  if (self->menu_button != NULL)
    update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

GtkWidget *
sfg_journal_picker_get_button (SfgJournalPicker *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_PICKER (self), NULL);

  return self->menu_button;
}
