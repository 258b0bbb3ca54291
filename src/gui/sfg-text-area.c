/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-text-area"

#include "config.h"

#include "sfg-text-area.h"

struct _SfgTextArea
{
  GtkWidget parent_instance;

  GtkTextView *view;
  gboolean setting;
  char *label;
};

G_DEFINE_FINAL_TYPE (SfgTextArea, sfg_text_area, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
buffer_changed_cb (SfgTextArea *self)
{
  /* Replacing the text deletes, then inserts: announce only the result. */
  if (!self->setting)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/* Screen readers ask the text view itself whether it can be edited. */
static void
sensitive_changed_cb (SfgTextArea *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->view), gtk_widget_get_sensitive (GTK_WIDGET (self)));
}

static void
sfg_text_area_dispose (GObject *object)
{
  SfgTextArea *self = SFG_TEXT_AREA (object);

  g_clear_pointer ((GtkWidget **) &self->view, gtk_widget_unparent);

  G_OBJECT_CLASS (sfg_text_area_parent_class)->dispose (object);
}

static void
sfg_text_area_finalize (GObject *object)
{
  SfgTextArea *self = SFG_TEXT_AREA (object);

  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (sfg_text_area_parent_class)->finalize (object);
}

static void
sfg_text_area_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SfgTextArea *self = SFG_TEXT_AREA (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_take_string (value, sfg_text_area_dup_text (self));
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_text_area_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SfgTextArea *self = SFG_TEXT_AREA (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      sfg_text_area_set_text (self, g_value_get_string (value));
      break;
    case PROP_LABEL:
      sfg_text_area_set_accessible_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
sfg_text_area_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (SFG_TEXT_AREA (widget)->view));
}

static void
sfg_text_area_class_init (SfgTextAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sfg_text_area_dispose;
  object_class->finalize = sfg_text_area_finalize;
  object_class->get_property = sfg_text_area_get_property;
  object_class->set_property = sfg_text_area_set_property;
  widget_class->grab_focus = sfg_text_area_grab_focus;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* What the field is for, as a screen reader says it. */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sfg-text-area");
}

static void
sfg_text_area_init (SfgTextArea *self)
{
  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->view, FALSE);
  gtk_text_view_set_top_margin (self->view, 8);
  gtk_text_view_set_bottom_margin (self->view, 8);
  gtk_text_view_set_left_margin (self->view, 10);
  gtk_text_view_set_right_margin (self->view, 10);
  gtk_widget_set_hexpand (GTK_WIDGET (self->view), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->view), -1, 64);
  gtk_widget_set_parent (GTK_WIDGET (self->view), GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::sensitive", G_CALLBACK (sensitive_changed_cb), NULL);
}

GtkWidget *
sfg_text_area_new (void)
{
  return g_object_new (SFG_TYPE_TEXT_AREA, NULL);
}

char *
sfg_text_area_dup_text (SfgTextArea *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (SFG_IS_TEXT_AREA (self), NULL);

  /* A binding may outlive the widget's disposal by a moment. */
  if (self->view == NULL)
    return g_strdup ("");
  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
sfg_text_area_set_text (SfgTextArea *self,
                        const char  *text)
{
  g_autofree char *current = NULL;

  g_return_if_fail (SFG_IS_TEXT_AREA (self));

  if (text == NULL)
    text = "";
  if (self->view == NULL)
    return;
  current = sfg_text_area_dup_text (self);
  /* Leaves the cursor alone when the model echoes what was typed. */
  if (g_str_equal (current, text))
    return;

  self->setting = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->view), text, -1);
  self->setting = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/* What the text is ("Evidence for the current position"). */
void
sfg_text_area_set_accessible_label (SfgTextArea *self,
                                    const char  *label)
{
  g_return_if_fail (SFG_IS_TEXT_AREA (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/* Returns: (transfer none): the text view inside */
GtkTextView *
sfg_text_area_get_text_view (SfgTextArea *self)
{
  g_return_val_if_fail (SFG_IS_TEXT_AREA (self), NULL);

  return self->view;
}
