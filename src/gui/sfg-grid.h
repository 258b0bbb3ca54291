/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SFG_TYPE_GRID (sfg_grid_get_type ())

G_DECLARE_FINAL_TYPE (SfgGrid, sfg_grid, SFG, GRID, GtkWidget)

/*
 * The Scope for Growth grid (content.md §3): column headers, nine cells
 * (real toggle buttons, one selected at a time), impact rows 3 at the top
 * to 1 at the bottom, both axes, and a marker layer over the cells.
 *
 * Keys while a cell has focus: arrows move between cells; N, T and C
 * activate "grid.mark-now", "grid.mark-aspiration" and "grid.consolidate"
 * for that cell, Delete "grid.clear" (the actions belong to the view).
 */
GtkWidget  *sfg_grid_new            (void);
const char *sfg_grid_get_selected   (SfgGrid            *self);
void        sfg_grid_set_selected   (SfgGrid            *self,
                                     const char         *position_id);
GtkWidget  *sfg_grid_get_cell       (SfgGrid            *self,
                                     const char         *position_id);
const char *sfg_grid_get_focused    (SfgGrid            *self);

/* @aspiration: a position id, "consolidate" or NULL */
void        sfg_grid_set_positions  (SfgGrid            *self,
                                     const char         *current,
                                     const char         *aspiration);
/* Earlier plans: parallel lists of position ids and "YYYY-MM-DD" dates, oldest first. */
void        sfg_grid_set_history    (SfgGrid            *self,
                                     const char * const *position_ids,
                                     const char * const *dates);

G_END_DECLS
