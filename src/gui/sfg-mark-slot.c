/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-mark-slot"

#include "config.h"

#include <math.h>

#include "sfg-grid-markers.h"
#include "sfg-mark-slot.h"

struct _SfgMarkSlot
{
  GtkWidget parent_instance;

  GPtrArray *marks;   /* SfgGridMark */
};

G_DEFINE_FINAL_TYPE (SfgMarkSlot, sfg_mark_slot, GTK_TYPE_WIDGET)

static void
sfg_mark_slot_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  SfgMarkSlot *self = SFG_MARK_SLOT (widget);
  PangoContext *context = gtk_widget_get_pango_context (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Any width will do: labels wrap. Natural: every label on one line. */
      *minimum = 0;
      *natural = 0;
      if (self->marks->len > 0)
        {
          g_autofree graphene_rect_t *rects = g_new0 (graphene_rect_t, self->marks->len);

          sfg_grid_marks_layout (context, self->marks, -1, rects);
          for (guint i = 0; i < self->marks->len; i++)
            *natural = MAX (*natural, (int) ceilf (rects[i].size.width));
        }
      return;
    }

  *minimum = *natural = sfg_grid_marks_layout (context, self->marks,
                                               for_size >= 0 ? for_size : 200, NULL);
}

static GtkSizeRequestMode
sfg_mark_slot_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sfg_mark_slot_finalize (GObject *object)
{
  SfgMarkSlot *self = SFG_MARK_SLOT (object);

  g_clear_pointer (&self->marks, g_ptr_array_unref);

  G_OBJECT_CLASS (sfg_mark_slot_parent_class)->finalize (object);
}

static void
sfg_mark_slot_class_init (SfgMarkSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sfg_mark_slot_finalize;
  widget_class->measure = sfg_mark_slot_measure;
  widget_class->get_request_mode = sfg_mark_slot_get_request_mode;

  /* Same node name as the overlay's font rules (style.css). */
  gtk_widget_class_set_css_name (widget_class, "sfg-mark-slot");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
sfg_mark_slot_init (SfgMarkSlot *self)
{
  self->marks = g_ptr_array_new ();
}

GtkWidget *
sfg_mark_slot_new (void)
{
  return g_object_new (SFG_TYPE_MARK_SLOT, NULL);
}

/* @marks: (element-type SfgGridMark) (transfer container): kept */
void
sfg_mark_slot_set_marks (SfgMarkSlot *self,
                         GPtrArray   *marks)
{
  g_return_if_fail (SFG_IS_MARK_SLOT (self));
  g_return_if_fail (marks != NULL);

  g_ptr_array_unref (self->marks);
  self->marks = marks;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GPtrArray *
sfg_mark_slot_get_marks (SfgMarkSlot *self)
{
  g_return_val_if_fail (SFG_IS_MARK_SLOT (self), NULL);

  return self->marks;
}
