/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-question"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-journal-question.h"
#include "sfg-text-match.h"

/* A search match: byte offsets in the question, character offsets in the answer. */
typedef struct
{
  gboolean in_answer;
  int start;
  int end;
} Match;

struct _SfgJournalQuestion
{
  GtkWidget parent_instance;

  char *question_id;
  char *question;
  guint number;

  GtkWidget *question_label;
  GtkWidget *frame;
  GtkTextView *text_view;
  GtkTextBuffer *buffer;
  GtkTextTag *match_tag;
  GtkTextTag *current_tag;

  GArray *matches;
  int current;
  gboolean setting;
};

G_DEFINE_FINAL_TYPE (SfgJournalQuestion, sfg_journal_question, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_QUESTION_ID,
  PROP_QUESTION,
  PROP_NUMBER,
  PROP_EDITABLE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Highlights: see-through, so they read on light, dark and high-contrast
 * backgrounds alike (libadwaita's yellow 3 and orange 3). */
static const GdkRGBA match_rgba = { 0.965, 0.827, 0.176, 0.45 };
static const GdkRGBA current_rgba = { 1.0, 0.471, 0.0, 0.65 };

static void
buffer_changed_cb (SfgJournalQuestion *self)
{
  if (!self->setting)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
add_background (PangoAttrList *attrs,
                const GdkRGBA *rgba,
                guint          start,
                guint          end)
{
  PangoAttribute *attr;

  attr = pango_attr_background_new (rgba->red * 65535, rgba->green * 65535, rgba->blue * 65535);
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_background_alpha_new (rgba->alpha * 65535);
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

static void
apply_highlights (SfgJournalQuestion *self)
{
  PangoAttrList *attrs = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->match_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->current_tag, &start, &end);

  for (guint i = 0; i < self->matches->len; i++)
    {
      const Match *match = &g_array_index (self->matches, Match, i);
      gboolean current = (int) i == self->current;

      if (!match->in_answer)
        {
          if (attrs == NULL)
            attrs = pango_attr_list_new ();
          add_background (attrs, current ? &current_rgba : &match_rgba, match->start, match->end);
          continue;
        }

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, match->start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, match->end);
      gtk_text_buffer_apply_tag (self->buffer, current ? self->current_tag : self->match_tag,
                                 &start, &end);
    }

  gtk_label_set_attributes (GTK_LABEL (self->question_label), attrs);
  g_clear_pointer (&attrs, pango_attr_list_unref);
}

static void
sfg_journal_question_dispose (GObject *object)
{
  SfgJournalQuestion *self = SFG_JOURNAL_QUESTION (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->question_label = NULL;
  self->frame = NULL;
  self->text_view = NULL;
  self->buffer = NULL;

  G_OBJECT_CLASS (sfg_journal_question_parent_class)->dispose (object);
}

static void
sfg_journal_question_finalize (GObject *object)
{
  SfgJournalQuestion *self = SFG_JOURNAL_QUESTION (object);

  g_clear_pointer (&self->question_id, g_free);
  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->matches, g_array_unref);

  G_OBJECT_CLASS (sfg_journal_question_parent_class)->finalize (object);
}

static void
sfg_journal_question_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SfgJournalQuestion *self = SFG_JOURNAL_QUESTION (object);

  switch (prop_id)
    {
    case PROP_QUESTION_ID:
      g_value_set_string (value, self->question_id);
      break;
    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, sfg_journal_question_get_editable (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_journal_question_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SfgJournalQuestion *self = SFG_JOURNAL_QUESTION (object);

  switch (prop_id)
    {
    case PROP_QUESTION_ID:
      self->question_id = g_value_dup_string (value);
      break;
    case PROP_QUESTION:
      self->question = g_value_dup_string (value);
      break;
    case PROP_NUMBER:
      self->number = g_value_get_uint (value);
      break;
    case PROP_EDITABLE:
      sfg_journal_question_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_journal_question_constructed (GObject *object)
{
  SfgJournalQuestion *self = SFG_JOURNAL_QUESTION (object);
  GtkWidget *header;

  G_OBJECT_CLASS (sfg_journal_question_parent_class)->constructed (object);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (header, "sfg-question-header");
  if (self->number > 0)
    {
      g_autofree char *number = g_strdup_printf ("%u", self->number);
      GtkWidget *number_label = gtk_label_new (number);

      gtk_widget_add_css_class (number_label, "sfg-question-number");
      gtk_widget_set_valign (number_label, GTK_ALIGN_START);
      /* The number is decoration: screen readers go from question to question. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (number_label),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);
      gtk_box_append (GTK_BOX (header), number_label);
    }

  self->question_label = g_object_new (GTK_TYPE_LABEL,
                                       "label", self->question,
                                       "wrap", TRUE,
                                       "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                       "xalign", 0.0f,
                                       "hexpand", TRUE,
                                       NULL);
  gtk_widget_add_css_class (self->question_label, "sfg-question-text");
  gtk_box_append (GTK_BOX (header), self->question_label);
  gtk_widget_set_parent (header, GTK_WIDGET (self));

  /* The question is the answer's name (a label as well would be read twice). */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->question_label, NULL,
                                  -1);
  gtk_widget_insert_after (self->frame, GTK_WIDGET (self), header);
}

static gboolean
sfg_journal_question_grab_focus (GtkWidget *widget)
{
  SfgJournalQuestion *self = SFG_JOURNAL_QUESTION (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
sfg_journal_question_class_init (SfgJournalQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sfg_journal_question_dispose;
  object_class->finalize = sfg_journal_question_finalize;
  object_class->get_property = sfg_journal_question_get_property;
  object_class->set_property = sfg_journal_question_set_property;
  object_class->constructed = sfg_journal_question_constructed;
  widget_class->grab_focus = sfg_journal_question_grab_focus;

  properties[PROP_QUESTION_ID] =
    g_param_spec_string ("question-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUESTION] =
    g_param_spec_string ("question", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SfgJournalQuestion::changed:
   *
   * The user changed the answer (typing, pasting, undo or redo).
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "sfgjournalquestion");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
sfg_journal_question_init (SfgJournalQuestion *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 8);

  self->matches = g_array_new (FALSE, FALSE, sizeof (Match));
  self->current = -1;

  /* Not in a scrolled window: the text view is as tall as its text. */
  self->text_view = g_object_new (GTK_TYPE_TEXT_VIEW,
                                  "wrap-mode", GTK_WRAP_WORD_CHAR,
                                  "accepts-tab", FALSE,
                                  "top-margin", 10,
                                  "bottom-margin", 10,
                                  "left-margin", 12,
                                  "right-margin", 12,
                                  "hexpand", TRUE,
                                  "height-request", 72,
                                  NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->text_view), "sfg-answer-text");
  self->buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_set_enable_undo (self->buffer, TRUE);
  self->match_tag = gtk_text_buffer_create_tag (self->buffer, NULL,
                                                "background-rgba", &match_rgba,
                                                NULL);
  self->current_tag = gtk_text_buffer_create_tag (self->buffer, NULL,
                                                  "background-rgba", &current_rgba,
                                                  NULL);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->frame, "sfg-answer");
  gtk_box_append (GTK_BOX (self->frame), GTK_WIDGET (self->text_view));
  gtk_widget_set_parent (self->frame, GTK_WIDGET (self));
}

GtkWidget *
sfg_journal_question_new (const char *question_id,
                          const char *question,
                          guint       number)
{
  return g_object_new (SFG_TYPE_JOURNAL_QUESTION,
                       "question-id", question_id,
                       "question", question,
                       "number", number,
                       NULL);
}

const char *
sfg_journal_question_get_question_id (SfgJournalQuestion *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_QUESTION (self), NULL);

  return self->question_id;
}

const char *
sfg_journal_question_get_question (SfgJournalQuestion *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_QUESTION (self), NULL);

  return self->question;
}

GtkTextView *
sfg_journal_question_get_text_view (SfgJournalQuestion *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_QUESTION (self), NULL);

  return self->text_view;
}

char *
sfg_journal_question_dup_answer (SfgJournalQuestion *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (SFG_IS_JOURNAL_QUESTION (self), NULL);

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}

/* Shows @answer as loaded from a journal: no "changed", and undo cannot go
 * back past it (to another journal's text). */
void
sfg_journal_question_set_answer (SfgJournalQuestion *self,
                                 const char         *answer)
{
  g_autofree char *current = NULL;

  g_return_if_fail (SFG_IS_JOURNAL_QUESTION (self));

  if (answer == NULL)
    answer = "";
  current = sfg_journal_question_dup_answer (self);
  if (g_str_equal (current, answer))
    return;

  self->setting = TRUE;
  gtk_text_buffer_begin_irreversible_action (self->buffer);
  gtk_text_buffer_set_text (self->buffer, answer, -1);
  gtk_text_buffer_end_irreversible_action (self->buffer);
  self->setting = FALSE;
}

gboolean
sfg_journal_question_get_editable (SfgJournalQuestion *self)
{
  g_return_val_if_fail (SFG_IS_JOURNAL_QUESTION (self), FALSE);

  return gtk_text_view_get_editable (self->text_view);
}

/* A read-only answer can still be reached, read and copied. */
void
sfg_journal_question_set_editable (SfgJournalQuestion *self,
                                   gboolean            editable)
{
  g_return_if_fail (SFG_IS_JOURNAL_QUESTION (self));

  editable = !!editable;
  if (sfg_journal_question_get_editable (self) == editable)
    return;

  gtk_text_view_set_editable (self->text_view, editable);
  gtk_text_view_set_cursor_visible (self->text_view, editable);
  if (editable)
    gtk_widget_remove_css_class (self->frame, "read-only");
  else
    gtk_widget_add_css_class (self->frame, "read-only");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

void
sfg_journal_question_focus_answer (SfgJournalQuestion *self)
{
  g_return_if_fail (SFG_IS_JOURNAL_QUESTION (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
append_matches (GArray     *matches,
                const char *text,
                const char *needle,
                gboolean    in_answer)
{
  g_autoptr (GArray) ranges = sfg_text_match_find_all (text, needle);

  for (guint i = 0; i < ranges->len; i++)
    {
      const SfgTextRange *range = &g_array_index (ranges, SfgTextRange, i);
      Match match = { in_answer, range->start, range->end };

      /* The buffer counts characters, Pango counts bytes. */
      if (in_answer)
        {
          match.start = g_utf8_pointer_to_offset (text, text + range->start);
          match.end = g_utf8_pointer_to_offset (text, text + range->end);
        }
      g_array_append_val (matches, match);
    }
}

guint
sfg_journal_question_search (SfgJournalQuestion *self,
                             const char         *needle)
{
  g_autofree char *answer = NULL;

  g_return_val_if_fail (SFG_IS_JOURNAL_QUESTION (self), 0);

  g_array_set_size (self->matches, 0);
  self->current = -1;

  if (needle != NULL && *needle != '\0')
    {
      answer = sfg_journal_question_dup_answer (self);
      append_matches (self->matches, self->question, needle, FALSE);
      append_matches (self->matches, answer, needle, TRUE);
    }

  apply_highlights (self);
  return self->matches->len;
}

/* Shows match @index (or none, -1) as the one the search is on. */
void
sfg_journal_question_set_current_match (SfgJournalQuestion *self,
                                        int                 index)
{
  g_return_if_fail (SFG_IS_JOURNAL_QUESTION (self));
  g_return_if_fail (index < (int) self->matches->len);

  if (self->current == index)
    return;

  self->current = index;
  apply_highlights (self);
}

/* Where match @index is, in this widget's coordinates, to scroll it into view. */
gboolean
sfg_journal_question_get_match_area (SfgJournalQuestion *self,
                                     guint               index,
                                     graphene_rect_t    *area)
{
  const Match *match;
  GtkTextIter iter;
  GdkRectangle location;
  graphene_point_t point;
  int x, y;

  g_return_val_if_fail (SFG_IS_JOURNAL_QUESTION (self), FALSE);
  g_return_val_if_fail (index < self->matches->len, FALSE);

  match = &g_array_index (self->matches, Match, index);
  if (!match->in_answer)
    return gtk_widget_compute_bounds (self->question_label, GTK_WIDGET (self), area);

  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, match->start);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         location.x, location.y, &x, &y);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;

  graphene_rect_init (area, point.x, point.y, MAX (location.width, 1), location.height);
  return TRUE;
}

/* Puts the cursor on match @index: the match selected when it is in the answer. */
void
sfg_journal_question_select_match (SfgJournalQuestion *self,
                                   guint               index)
{
  const Match *match;

  g_return_if_fail (SFG_IS_JOURNAL_QUESTION (self));
  g_return_if_fail (index < self->matches->len);

  match = &g_array_index (self->matches, Match, index);
  if (match->in_answer)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, match->start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, match->end);
      gtk_text_buffer_select_range (self->buffer, &end, &start);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}
