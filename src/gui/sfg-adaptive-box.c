/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-adaptive-box"

#include "config.h"

#include "sfg-adaptive-box.h"

/* The end child's share of the width when side by side, and its bounds. */
#define END_FRACTION 0.4
#define END_MIN_WIDTH 320
#define END_MAX_WIDTH 520

struct _SfgAdaptiveBox
{
  GtkWidget parent_instance;

  GtkWidget *start_child;
  GtkWidget *end_child;
  GtkWidget *footer_child;
  int threshold;
  int spacing;
  gboolean side_by_side;
};

G_DEFINE_FINAL_TYPE (SfgAdaptiveBox, sfg_adaptive_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
  PROP_FOOTER_CHILD,
  PROP_THRESHOLD,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
child_visible (GtkWidget *child)
{
  return child != NULL && gtk_widget_get_visible (child);
}

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *min,
               int            *nat)
{
  *min = *nat = 0;
  if (child_visible (child))
    gtk_widget_measure (child, orientation, for_size, min, nat, NULL, NULL);
}

/* Whether @width puts the children side by side, and how wide each is then. */
static gboolean
split (SfgAdaptiveBox *self,
       int             width,
       int            *start_width,
       int            *end_width)
{
  int start_min, start_nat, end_min, end_nat, end;

  if (!child_visible (self->start_child) || !child_visible (self->end_child)
      || width < self->threshold)
    return FALSE;

  measure_child (self->start_child, GTK_ORIENTATION_HORIZONTAL, -1, &start_min, &start_nat);
  measure_child (self->end_child, GTK_ORIENTATION_HORIZONTAL, -1, &end_min, &end_nat);

  end = CLAMP ((int) (width * END_FRACTION), MAX (end_min, END_MIN_WIDTH),
               MAX (end_min, END_MAX_WIDTH));
  if (width - self->spacing - end < start_min)
    return FALSE;

  *start_width = width - self->spacing - end;
  *end_width = end;
  return TRUE;
}

/* Height of @a then @b, one below the other, at @width (either may be absent). */
static void
measure_column (SfgAdaptiveBox *self,
                GtkWidget      *a,
                GtkWidget      *b,
                int             width,
                int            *min,
                int            *nat)
{
  int a_min, a_nat, b_min, b_nat;
  int spacing = child_visible (a) && child_visible (b) ? self->spacing : 0;

  measure_child (a, GTK_ORIENTATION_VERTICAL, width, &a_min, &a_nat);
  measure_child (b, GTK_ORIENTATION_VERTICAL, width, &b_min, &b_nat);
  *min = a_min + spacing + b_min;
  *nat = a_nat + spacing + b_nat;
}

static void
sfg_adaptive_box_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  SfgAdaptiveBox *self = SFG_ADAPTIVE_BOX (widget);
  int start_min, start_nat, end_min, end_nat, footer_min, footer_nat;
  int start_width, end_width;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int spacing = child_visible (self->start_child) && child_visible (self->end_child)
                    ? self->spacing : 0;

      measure_child (self->start_child, orientation, -1, &start_min, &start_nat);
      measure_child (self->end_child, orientation, -1, &end_min, &end_nat);
      measure_child (self->footer_child, orientation, -1, &footer_min, &footer_nat);
      /* Narrow: one above the other; natural: side by side. */
      *minimum = MAX (MAX (start_min, end_min), footer_min);
      *natural = MAX (MAX (start_nat, footer_nat) + spacing + end_nat, *minimum);
      return;
    }

  if (for_size >= 0 && split (self, for_size, &start_width, &end_width))
    {
      measure_column (self, self->start_child, self->footer_child, start_width,
                      &start_min, &start_nat);
      measure_child (self->end_child, orientation, end_width, &end_min, &end_nat);
      *minimum = MAX (start_min, end_min);
      *natural = MAX (start_nat, end_nat);
      return;
    }

  measure_column (self, self->start_child, self->end_child, for_size, &start_min, &start_nat);
  measure_child (self->footer_child, orientation, for_size, &footer_min, &footer_nat);
  if (child_visible (self->footer_child)
      && (child_visible (self->start_child) || child_visible (self->end_child)))
    {
      footer_min += self->spacing;
      footer_nat += self->spacing;
    }
  *minimum = start_min + footer_min;
  *natural = start_nat + footer_nat;
}

/* Allocates the visible ones of @children one below the other, from the top. */
static void
allocate_column (SfgAdaptiveBox  *self,
                 GtkWidget      **children,
                 guint            n_children,
                 int              x,
                 int              width,
                 int              height)
{
  int y = 0;

  for (guint i = 0; i < n_children; i++)
    {
      gboolean last = TRUE;
      int min, nat;

      if (!child_visible (children[i]))
        continue;
      for (guint j = i + 1; j < n_children; j++)
        if (child_visible (children[j]))
          last = FALSE;

      /* The last one takes what is left, so nothing is ever cut short. */
      measure_child (children[i], GTK_ORIENTATION_VERTICAL, width, &min, &nat);
      if (last)
        nat = MAX (nat, height - y);
      gtk_widget_size_allocate (children[i], &(GtkAllocation) { x, y, width, nat }, -1);
      y += nat + self->spacing;
    }
}

static void
sfg_adaptive_box_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  SfgAdaptiveBox *self = SFG_ADAPTIVE_BOX (widget);
  int start_width, end_width;

  self->side_by_side = split (self, width, &start_width, &end_width);

  if (self->side_by_side)
    {
      gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
      GtkWidget *left[] = { self->start_child, self->footer_child };

      allocate_column (self, left, G_N_ELEMENTS (left), rtl ? end_width + self->spacing : 0,
                       start_width, height);
      gtk_widget_size_allocate (self->end_child,
                                &(GtkAllocation) { rtl ? 0 : start_width + self->spacing, 0,
                                                   end_width, height }, -1);
    }
  else
    {
      GtkWidget *column[] = { self->start_child, self->end_child, self->footer_child };

      allocate_column (self, column, G_N_ELEMENTS (column), 0, width, height);
    }
}

static GtkSizeRequestMode
sfg_adaptive_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
set_child (SfgAdaptiveBox  *self,
           GtkWidget      **slot,
           GtkWidget       *child,
           GtkWidget       *sibling_after,
           int              prop)
{
  if (*slot == child)
    return;

  if (*slot != NULL)
    gtk_widget_unparent (*slot);
  *slot = child;
  if (child != NULL)
    gtk_widget_insert_before (child, GTK_WIDGET (self), sibling_after);

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
sfg_adaptive_box_set_start_child (SfgAdaptiveBox *self,
                                  GtkWidget      *child)
{
  g_return_if_fail (SFG_IS_ADAPTIVE_BOX (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  /* Focus order follows reading order: start, end, footer. */
  set_child (self, &self->start_child, child,
             self->end_child != NULL ? self->end_child : self->footer_child, PROP_START_CHILD);
}

GtkWidget *
sfg_adaptive_box_get_start_child (SfgAdaptiveBox *self)
{
  g_return_val_if_fail (SFG_IS_ADAPTIVE_BOX (self), NULL);

  return self->start_child;
}

void
sfg_adaptive_box_set_end_child (SfgAdaptiveBox *self,
                                GtkWidget      *child)
{
  g_return_if_fail (SFG_IS_ADAPTIVE_BOX (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  set_child (self, &self->end_child, child, self->footer_child, PROP_END_CHILD);
}

GtkWidget *
sfg_adaptive_box_get_end_child (SfgAdaptiveBox *self)
{
  g_return_val_if_fail (SFG_IS_ADAPTIVE_BOX (self), NULL);

  return self->end_child;
}

void
sfg_adaptive_box_set_footer_child (SfgAdaptiveBox *self,
                                   GtkWidget      *child)
{
  g_return_if_fail (SFG_IS_ADAPTIVE_BOX (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  set_child (self, &self->footer_child, child, NULL, PROP_FOOTER_CHILD);
}

GtkWidget *
sfg_adaptive_box_get_footer_child (SfgAdaptiveBox *self)
{
  g_return_val_if_fail (SFG_IS_ADAPTIVE_BOX (self), NULL);

  return self->footer_child;
}

int
sfg_adaptive_box_get_threshold (SfgAdaptiveBox *self)
{
  g_return_val_if_fail (SFG_IS_ADAPTIVE_BOX (self), 0);

  return self->threshold;
}

void
sfg_adaptive_box_set_threshold (SfgAdaptiveBox *self,
                                int             threshold)
{
  g_return_if_fail (SFG_IS_ADAPTIVE_BOX (self));

  if (self->threshold == threshold)
    return;

  self->threshold = threshold;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

int
sfg_adaptive_box_get_spacing (SfgAdaptiveBox *self)
{
  g_return_val_if_fail (SFG_IS_ADAPTIVE_BOX (self), 0);

  return self->spacing;
}

void
sfg_adaptive_box_set_spacing (SfgAdaptiveBox *self,
                              int             spacing)
{
  g_return_if_fail (SFG_IS_ADAPTIVE_BOX (self));

  if (self->spacing == spacing)
    return;

  self->spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

/* Whether the last allocation put the children side by side. */
gboolean
sfg_adaptive_box_get_side_by_side (SfgAdaptiveBox *self)
{
  g_return_val_if_fail (SFG_IS_ADAPTIVE_BOX (self), FALSE);

  return self->side_by_side;
}

static void
sfg_adaptive_box_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SfgAdaptiveBox *self = SFG_ADAPTIVE_BOX (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      g_value_set_object (value, self->start_child);
      break;
    case PROP_END_CHILD:
      g_value_set_object (value, self->end_child);
      break;
    case PROP_FOOTER_CHILD:
      g_value_set_object (value, self->footer_child);
      break;
    case PROP_THRESHOLD:
      g_value_set_int (value, self->threshold);
      break;
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_adaptive_box_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SfgAdaptiveBox *self = SFG_ADAPTIVE_BOX (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      sfg_adaptive_box_set_start_child (self, g_value_get_object (value));
      break;
    case PROP_END_CHILD:
      sfg_adaptive_box_set_end_child (self, g_value_get_object (value));
      break;
    case PROP_FOOTER_CHILD:
      sfg_adaptive_box_set_footer_child (self, g_value_get_object (value));
      break;
    case PROP_THRESHOLD:
      sfg_adaptive_box_set_threshold (self, g_value_get_int (value));
      break;
    case PROP_SPACING:
      sfg_adaptive_box_set_spacing (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_adaptive_box_dispose (GObject *object)
{
  SfgAdaptiveBox *self = SFG_ADAPTIVE_BOX (object);

  g_clear_pointer (&self->start_child, gtk_widget_unparent);
  g_clear_pointer (&self->end_child, gtk_widget_unparent);
  g_clear_pointer (&self->footer_child, gtk_widget_unparent);

  G_OBJECT_CLASS (sfg_adaptive_box_parent_class)->dispose (object);
}

static void
sfg_adaptive_box_class_init (SfgAdaptiveBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sfg_adaptive_box_get_property;
  object_class->set_property = sfg_adaptive_box_set_property;
  object_class->dispose = sfg_adaptive_box_dispose;

  widget_class->measure = sfg_adaptive_box_measure;
  widget_class->size_allocate = sfg_adaptive_box_size_allocate;
  widget_class->get_request_mode = sfg_adaptive_box_get_request_mode;

  properties[PROP_START_CHILD] =
    g_param_spec_object ("start-child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_CHILD] =
    g_param_spec_object ("end-child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOOTER_CHILD] =
    g_param_spec_object ("footer-child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THRESHOLD] =
    g_param_spec_int ("threshold", NULL, NULL, 0, G_MAXINT, 860,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 24,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "sfg-adaptive-box");
}

static void
sfg_adaptive_box_init (SfgAdaptiveBox *self)
{
  self->threshold = 860;
  self->spacing = 24;
}

GtkWidget *
sfg_adaptive_box_new (void)
{
  return g_object_new (SFG_TYPE_ADAPTIVE_BOX, NULL);
}
