/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-section-box"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-journal-section-box.h"

struct _SfgJournalSectionBox
{
  GtkWidget parent_instance;

  const SfgJournalSection *section;
  GtkWidget *counter;
  GPtrArray *questions;
};

G_DEFINE_FINAL_TYPE (SfgJournalSectionBox, sfg_journal_section_box, GTK_TYPE_WIDGET)

/* Returns: (transfer full): "2 of 6 answered" */
char *
sfg_journal_format_answered (guint answered,
                             guint total)
{
  /* Translators: how many questions of a section or journal have an answer */
  return g_strdup_printf (ngettext ("%u of %u answered", "%u of %u answered", total),
                          answered, total);
}

static void
sfg_journal_section_box_dispose (GObject *object)
{
  SfgJournalSectionBox *self = SFG_JOURNAL_SECTION_BOX (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->counter = NULL;
  g_clear_pointer (&self->questions, g_ptr_array_unref);

  G_OBJECT_CLASS (sfg_journal_section_box_parent_class)->dispose (object);
}

static void
sfg_journal_section_box_class_init (SfgJournalSectionBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sfg_journal_section_box_dispose;

  gtk_widget_class_set_css_name (widget_class, "sfgjournalsection");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sfg_journal_section_box_init (SfgJournalSectionBox *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 24);
  self->questions = g_ptr_array_new ();
}

static GtkWidget *
build_header (SfgJournalSectionBox *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title;

  title = g_object_new (GTK_TYPE_LABEL,
                        "label", sfg_journal_section_get_title (self->section),
                        "wrap", TRUE,
                        "xalign", 0.0f,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                        NULL);
  gtk_widget_add_css_class (title, "title-3");
  gtk_box_append (GTK_BOX (header), title);

  self->counter = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->counter), 0.0f);
  gtk_widget_add_css_class (self->counter, "dim-label");
  gtk_widget_add_css_class (self->counter, "sfg-journal-counter");
  gtk_box_append (GTK_BOX (header), self->counter);

  return header;
}

static GtkWidget *
build_note (const char *text)
{
  GtkWidget *note = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon;
  GtkWidget *label;

  gtk_widget_add_css_class (note, "card");
  gtk_widget_add_css_class (note, "sfg-journal-note");

  icon = g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", "dialog-information-symbolic",
                       "valign", GTK_ALIGN_START,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
  gtk_box_append (GTK_BOX (note), icon);

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", text,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "xalign", 0.0f,
                        "hexpand", TRUE,
                        NULL);
  gtk_box_append (GTK_BOX (note), label);
  return note;
}

GtkWidget *
sfg_journal_section_box_new (const SfgJournalSection *section)
{
  SfgJournalSectionBox *self;
  GtkWidget *questions;

  g_return_val_if_fail (section != NULL, NULL);

  self = g_object_new (SFG_TYPE_JOURNAL_SECTION_BOX, NULL);
  self->section = section;
  gtk_widget_set_name (GTK_WIDGET (self), section->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sfg_journal_section_get_title (section),
                                  -1);

  gtk_widget_set_parent (build_header (self), GTK_WIDGET (self));
  if (section->note != NULL)
    gtk_widget_set_parent (build_note (sfg_journal_section_get_note (section)), GTK_WIDGET (self));

  questions = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  for (guint i = 0; i < section->n_questions; i++)
    {
      GtkWidget *question = sfg_journal_question_new (section->questions[i].id,
                                                      sfg_question_get_text (&section->questions[i]),
                                                      i + 1);

      g_ptr_array_add (self->questions, question);
      gtk_box_append (GTK_BOX (questions), question);
    }
  gtk_widget_set_parent (questions, GTK_WIDGET (self));

  sfg_journal_section_box_set_answered (self, 0);
  return GTK_WIDGET (self);
}

const char *
sfg_journal_section_box_get_section_id (SfgJournalSectionBox *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_SECTION_BOX (self), NULL);

  return self->section->id;
}

guint
sfg_journal_section_box_get_n_questions (SfgJournalSectionBox *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_SECTION_BOX (self), 0);

  return self->questions->len;
}

SfgJournalQuestion *
sfg_journal_section_box_get_question (SfgJournalSectionBox *self,
                                      guint                 index)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_SECTION_BOX (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  return g_ptr_array_index (self->questions, index);
}

void
sfg_journal_section_box_set_answered (SfgJournalSectionBox *self,
                                      guint                 answered)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SFG_IS_JOURNAL_SECTION_BOX (self));

  text = sfg_journal_format_answered (answered, self->questions->len);
  gtk_label_set_label (GTK_LABEL (self->counter), text);
}

const char *
sfg_journal_section_box_get_counter_text (SfgJournalSectionBox *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_SECTION_BOX (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->counter));
}

/* Adds @child (the section's preparation resources) after the questions. */
void
sfg_journal_section_box_append (SfgJournalSectionBox *self,
                                GtkWidget            *child)
{
  g_return_if_fail (SFG_IS_JOURNAL_SECTION_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}
