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
  int threshold;
  int spacing;
  gboolean side_by_side;
};

G_DEFINE_FINAL_TYPE (SfgAdaptiveBox, sfg_adaptive_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
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
  int start_min, start_nat, end_min, end_nat;
  int start_width, end_width;
  int spacing = child_visible (self->start_child) && child_visible (self->end_child)
                ? self->spacing : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      measure_child (self->start_child, orientation, -1, &start_min, &start_nat);
      measure_child (self->end_child, orientation, -1, &end_min, &end_nat);
      /* Narrow: one above the other; natural: side by side. */
      *minimum = MAX (start_min, end_min);
      *natural = MAX (start_nat + spacing + end_nat, *minimum);
      return;
    }

  if (for_size >= 0 && split (self, for_size, &start_width, &end_width))
    {
      measure_child (self->start_child, orientation, start_width, &start_min, &start_nat);
      measure_child (self->end_child, orientation, end_width, &end_min, &end_nat);
      *minimum = MAX (start_min, end_min);
      *natural = MAX (start_nat, end_nat);
      return;
    }

  measure_child (self->start_child, orientation, for_size, &start_min, &start_nat);
  measure_child (self->end_child, orientation, for_size, &end_min, &end_nat);
  *minimum = start_min + spacing + end_min;
  *natural = start_nat + spacing + end_nat;
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
      int start_x = rtl ? end_width + self->spacing : 0;
      int end_x = rtl ? 0 : start_width + self->spacing;

      gtk_widget_size_allocate (self->start_child,
                                &(GtkAllocation) { start_x, 0, start_width, height }, -1);
      gtk_widget_size_allocate (self->end_child,
                                &(GtkAllocation) { end_x, 0, end_width, height }, -1);
      return;
    }

  if (child_visible (self->start_child) && child_visible (self->end_child))
    {
      int min, nat;

      measure_child (self->start_child, GTK_ORIENTATION_VERTICAL, width, &min, &nat);
      nat = MIN (nat, height);
      gtk_widget_size_allocate (self->start_child, &(GtkAllocation) { 0, 0, width, nat }, -1);
      gtk_widget_size_allocate (self->end_child,
                                &(GtkAllocation) { 0, nat + self->spacing, width,
                                                   MAX (0, height - nat - self->spacing) }, -1);
    }
  else if (child_visible (self->start_child))
    gtk_widget_size_allocate (self->start_child, &(GtkAllocation) { 0, 0, width, height }, -1);
  else if (child_visible (self->end_child))
    gtk_widget_size_allocate (self->end_child, &(GtkAllocation) { 0, 0, width, height }, -1);
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

  /* Focus order follows reading order: start first. */
  set_child (self, &self->start_child, child, self->end_child, PROP_START_CHILD);
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

  set_child (self, &self->end_child, child, NULL, PROP_END_CHILD);
}

GtkWidget *
sfg_adaptive_box_get_end_child (SfgAdaptiveBox *self)
{
  g_return_val_if_fail (SFG_IS_ADAPTIVE_BOX (self), NULL);

  return self->end_child;
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
