/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-gui-util.h"
#include "sfg-journal-progress.h"
#include "sfg-journal-view-private.h"
#include "sfg-json-util.h"

G_DEFINE_FINAL_TYPE (SfgJournalView, sfg_journal_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

  /* Hidden, not only folded away, so screen readers do not find it either. */
  gtk_widget_set_visible (GTK_WIDGET (self->banner), !editable);
  gtk_revealer_set_reveal_child (self->banner, !editable);
  if (editable)
    return;

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
    sfg_journal_view_follow_cursor (self, question);
  sfg_journal_view_refresh_search (self);
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
  sfg_journal_view_refresh_search (self);
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
  sfg_gui_prepare_message_dialog (ADW_MESSAGE_DIALOG (dialog));
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

/* ---- GObject ---- */

static void
sfg_journal_view_constructed (GObject *object)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (object);
  g_autoptr (SfgJournal) latest = NULL;

  G_OBJECT_CLASS (sfg_journal_view_parent_class)->constructed (object);

  g_return_if_fail (SFG_IS_LIBRARY (self->library));

  sfg_journal_view_build_page (self);
  for (guint i = 0; i < self->questions->len; i++)
    g_signal_connect_object (g_ptr_array_index (self->questions, i), "changed",
                             G_CALLBACK (question_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (sfg_journal_view_scrolled), self, G_CONNECT_SWAPPED);
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
                           G_CALLBACK (sfg_journal_view_focus_changed), self, G_CONNECT_SWAPPED);
}

static void
sfg_journal_view_unroot (GtkWidget *widget)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (widget);

  g_signal_handlers_disconnect_by_func (self->root, sfg_journal_view_focus_changed, self);
  self->root = NULL;

  GTK_WIDGET_CLASS (sfg_journal_view_parent_class)->unroot (widget);
}

static void
sfg_journal_view_dispose (GObject *object)
{
  SfgJournalView *self = SFG_JOURNAL_VIEW (object);

  sfg_journal_view_stop_following_cursor (self);
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
  gtk_widget_class_bind_template_callback_full (widget_class, "search_mode_cb", G_CALLBACK (sfg_journal_view_search_mode_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "search_changed_cb", G_CALLBACK (sfg_journal_view_search_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "search_next_cb", G_CALLBACK (sfg_journal_view_search_next_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "search_previous_cb", G_CALLBACK (sfg_journal_view_search_previous_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "section_activated_cb", G_CALLBACK (sfg_journal_view_section_activated_cb));
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, line_manager_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);

  gtk_widget_class_install_action (widget_class, "journal.new", NULL, new_journal_activated);
  gtk_widget_class_install_action (widget_class, "journal.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "journal.search", NULL,
                                   sfg_journal_view_search_activated);
  gtk_widget_class_install_action (widget_class, "journal.next-question", NULL,
                                   sfg_journal_view_next_question_activated);
  gtk_widget_class_install_action (widget_class, "journal.previous-question", NULL,
                                   sfg_journal_view_previous_question_activated);
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
  self->questions = g_ptr_array_new ();
  self->section_boxes = g_ptr_array_new ();
  self->search = sfg_journal_search_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  sfg_journal_view_setup_search (self);
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
