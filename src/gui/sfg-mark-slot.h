/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SFG_TYPE_MARK_SLOT (sfg_mark_slot_get_type ())

G_DECLARE_FINAL_TYPE (SfgMarkSlot, sfg_mark_slot, SFG, MARK_SLOT, GtkWidget)

/* The space a grid cell keeps for its markers: as tall as they need at the
 * cell's width.  It draws nothing; SfgGridMarkers draws over it. */
GtkWidget *sfg_mark_slot_new       (void);
void       sfg_mark_slot_set_marks (SfgMarkSlot *self,
                                    GPtrArray   *marks);
GPtrArray *sfg_mark_slot_get_marks (SfgMarkSlot *self);

G_END_DECLS
