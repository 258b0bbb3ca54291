/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-section-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-journal-section-box.h"
#include "sfg-journal-section-list.h"
#include "sfg-journal-template.h"

typedef struct
{
  const char *id;
  const char *title;
  guint stage;         /* 0 for "Other reflections" */
  guint total;
  GtkWidget *row;
  GtkWidget *subtitle;
  GtkWidget *done_icon;
} Entry;

struct _SfgJournalSectionList
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkWidget *overall_label;
  GtkWidget *progress_bar;
  GtkListBox *list;
  GArray *entries;
};

G_DEFINE_FINAL_TYPE (SfgJournalSectionList, sfg_journal_section_list, GTK_TYPE_WIDGET)

enum {
  SECTION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static Entry *
lookup_entry (SfgJournalSectionList *self,
              const char            *id)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (g_strcmp0 (entry->id, id) == 0)
        return entry;
    }
  return NULL;
}

static void
row_activated_cb (SfgJournalSectionList *self,
                  GtkListBoxRow         *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "sfg-section-id");

  g_signal_emit (self, signals[SECTION_ACTIVATED], 0, id);
}

static char *
stage_heading (guint stage)
{
  const SfgJournalStage *stages;
  guint n_stages;

  stages = sfg_journal_template_get_stages (&n_stages);
  for (guint i = 0; i < n_stages; i++)
    if (stages[i].number == stage)
      /* Translators: "Stage 1 — What matters to you?" */
      return g_strdup_printf (_("Stage %u — %s"), stage,
                              sfg_journal_stage_get_title (&stages[i]));
  return NULL;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  guint stage = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "sfg-stage"));
  guint before_stage = before != NULL
                       ? GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (before), "sfg-stage"))
                       : G_MAXUINT;
  g_autofree char *heading = NULL;
  GtkWidget *label;

  if (stage == before_stage)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  if (stage == 0)
    {
      gtk_list_box_row_set_header (row, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
      return;
    }

  heading = stage_heading (stage);
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", heading,
                        "wrap", TRUE,
                        "xalign", 0.0f,
                        NULL);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "sfg-journal-stage-header");
  gtk_list_box_row_set_header (row, label);
}

static void
add_entry (SfgJournalSectionList *self,
           const char            *id,
           const char            *title,
           guint                  stage,
           guint                  total)
{
  Entry entry = { id, title, stage, total, NULL, NULL, NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", title,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "xalign", 0.0f,
                        NULL);
  gtk_box_append (GTK_BOX (labels), label);

  entry.subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (entry.subtitle), 0.0f);
  gtk_widget_add_css_class (entry.subtitle, "caption");
  gtk_widget_add_css_class (entry.subtitle, "dim-label");
  gtk_box_append (GTK_BOX (labels), entry.subtitle);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (box), labels);

  entry.done_icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "emblem-ok-symbolic",
                                  "valign", GTK_ALIGN_CENTER,
                                  "visible", FALSE,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  gtk_widget_add_css_class (entry.done_icon, "sfg-journal-done");
  gtk_box_append (GTK_BOX (box), entry.done_icon);

  entry.row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (entry.row), box);
  g_object_set_data (G_OBJECT (entry.row), "sfg-section-id", (gpointer) id);
  g_object_set_data (G_OBJECT (entry.row), "sfg-stage", GUINT_TO_POINTER (stage));
  gtk_list_box_append (self->list, entry.row);

  g_array_append_val (self->entries, entry);
}

static void
update_entry (Entry *entry,
              guint  answered)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  gboolean done;

  if (entry->stage == 0)
    {
      done = answered > 0;
      subtitle = g_strdup (done ? _("Written") : _("Nothing yet"));
    }
  else
    {
      done = answered == entry->total;
      subtitle = sfg_journal_format_answered (answered, entry->total);
    }

  gtk_label_set_label (GTK_LABEL (entry->subtitle), subtitle);
  gtk_widget_set_visible (entry->done_icon, done);

  /* Translators: a section in the list, e.g. "Current role, 2 of 7 answered" */
  accessible = g_strdup_printf (_("%s, %s"), entry->title, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry->row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
sfg_journal_section_list_dispose (GObject *object)
{
  SfgJournalSectionList *self = SFG_JOURNAL_SECTION_LIST (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (sfg_journal_section_list_parent_class)->dispose (object);
}

static void
sfg_journal_section_list_finalize (GObject *object)
{
  SfgJournalSectionList *self = SFG_JOURNAL_SECTION_LIST (object);

  g_clear_pointer (&self->entries, g_array_unref);

  G_OBJECT_CLASS (sfg_journal_section_list_parent_class)->finalize (object);
}

static void
sfg_journal_section_list_class_init (SfgJournalSectionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sfg_journal_section_list_dispose;
  object_class->finalize = sfg_journal_section_list_finalize;

  /**
   * SfgJournalSectionList::section-activated:
   * @section_id: the section to show
   */
  signals[SECTION_ACTIVATED] =
    g_signal_new ("section-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "sfgjournalsectionlist");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sfg_journal_section_list_init (SfgJournalSectionList *self)
{
  const SfgJournalSection *sections;
  guint n_sections;
  GtkWidget *overall;
  GtkWidget *heading;
  GtkWidget *scroller;

  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));

  heading = gtk_label_new (_("Your Progress"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_widget_add_css_class (heading, "heading");

  self->overall_label = gtk_label_new (NULL);
  g_object_set (self->overall_label, "wrap", TRUE, "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (self->overall_label, "dim-label");

  self->progress_bar = gtk_progress_bar_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Questions answered"),
                                  -1);

  overall = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (overall, "sfg-journal-overall");
  gtk_box_append (GTK_BOX (overall), heading);
  gtk_box_append (GTK_BOX (overall), self->overall_label);
  gtk_box_append (GTK_BOX (overall), self->progress_bar);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  /* The selected row is the section in view (sfg_journal_section_list_set_current()). */
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_SINGLE);
  gtk_list_box_set_header_func (self->list, header_func, NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sections"),
                                  -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);

  sections = sfg_journal_template_get_sections (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    add_entry (self, sections[i].id, sfg_journal_section_get_title (&sections[i]),
               sections[i].stage, sections[i].n_questions);
  add_entry (self, SFG_JOURNAL_OTHER_REFLECTIONS_ID, _("Other reflections"), 0, 0);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_widget_set_vexpand (scroller, TRUE);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (self->box), overall);
  gtk_box_append (GTK_BOX (self->box), scroller);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  for (guint i = 0; i < self->entries->len; i++)
    update_entry (&g_array_index (self->entries, Entry, i), 0);
  sfg_journal_section_list_set_overall (self, 0, FALSE);
}

GtkWidget *
sfg_journal_section_list_new (void)
{
  return g_object_new (SFG_TYPE_JOURNAL_SECTION_LIST, NULL);
}

void
sfg_journal_section_list_set_answered (SfgJournalSectionList *self,
                                       const char            *section_id,
                                       guint                  answered)
{
  Entry *entry;

  g_return_if_fail (SFG_IS_JOURNAL_SECTION_LIST (self));

  entry = lookup_entry (self, section_id);
  g_return_if_fail (entry != NULL);
  update_entry (entry, answered);
}

/* @answered: questions answered in the whole journal;
 * @other_written: whether "Other reflections" holds anything */
void
sfg_journal_section_list_set_overall (SfgJournalSectionList *self,
                                      guint                  answered,
                                      gboolean               other_written)
{
  guint total = sfg_journal_template_get_n_questions ();
  g_autofree char *text = NULL;

  g_return_if_fail (SFG_IS_JOURNAL_SECTION_LIST (self));

  /* Translators: overall progress of the journal, e.g. "12 of 33 questions answered" */
  text = g_strdup_printf (ngettext ("%u of %u question answered",
                                    "%u of %u questions answered", total),
                          answered, total);
  gtk_label_set_label (GTK_LABEL (self->overall_label), text);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                 total > 0 ? (double) answered / total : 0.0);
  update_entry (lookup_entry (self, SFG_JOURNAL_OTHER_REFLECTIONS_ID), other_written ? 1 : 0);
}

const char *
sfg_journal_section_list_get_overall_text (SfgJournalSectionList *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_SECTION_LIST (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->overall_label));
}

/* Marks the section the page is showing (%NULL: none, as on the introduction). */
void
sfg_journal_section_list_set_current (SfgJournalSectionList *self,
                                      const char            *section_id)
{
  Entry *entry;

  g_return_if_fail (SFG_IS_JOURNAL_SECTION_LIST (self));

  entry = section_id != NULL ? lookup_entry (self, section_id) : NULL;
  if (entry == NULL)
    gtk_list_box_unselect_all (self->list);
  else if (!gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (entry->row)))
    gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (entry->row));
}

/* Returns: (nullable): the id of the section marked as in view */
const char *
sfg_journal_section_list_get_current (SfgJournalSectionList *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SFG_IS_JOURNAL_SECTION_LIST (self), NULL);

  row = gtk_list_box_get_selected_row (self->list);
  return row != NULL ? g_object_get_data (G_OBJECT (row), "sfg-section-id") : NULL;
}
