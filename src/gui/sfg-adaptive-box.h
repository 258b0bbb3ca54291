/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SFG_TYPE_ADAPTIVE_BOX (sfg_adaptive_box_get_type ())

G_DECLARE_FINAL_TYPE (SfgAdaptiveBox, sfg_adaptive_box, SFG, ADAPTIVE_BOX, GtkWidget)

/*
 * Start and end children side by side when the box is at least "threshold"
 * pixels wide (the end child gets about two fifths), one above the other when
 * narrower.  The footer child goes under the start child when side by side,
 * and last when narrower, so what belongs with the end child comes first on a
 * phone.  libadwaita 1.2 has no breakpoints; this is height-for-width, so no
 * relayout loop and nothing is ever clipped.
 */
GtkWidget *sfg_adaptive_box_new             (void);
void       sfg_adaptive_box_set_start_child (SfgAdaptiveBox *self,
                                             GtkWidget      *child);
GtkWidget *sfg_adaptive_box_get_start_child (SfgAdaptiveBox *self);
void       sfg_adaptive_box_set_end_child   (SfgAdaptiveBox *self,
                                             GtkWidget      *child);
GtkWidget *sfg_adaptive_box_get_end_child   (SfgAdaptiveBox *self);
void       sfg_adaptive_box_set_footer_child (SfgAdaptiveBox *self,
                                              GtkWidget      *child);
GtkWidget *sfg_adaptive_box_get_footer_child (SfgAdaptiveBox *self);
int        sfg_adaptive_box_get_threshold   (SfgAdaptiveBox *self);
void       sfg_adaptive_box_set_threshold   (SfgAdaptiveBox *self,
                                             int             threshold);
int        sfg_adaptive_box_get_spacing     (SfgAdaptiveBox *self);
void       sfg_adaptive_box_set_spacing     (SfgAdaptiveBox *self,
                                             int             spacing);
gboolean   sfg_adaptive_box_get_side_by_side (SfgAdaptiveBox *self);

G_END_DECLS
