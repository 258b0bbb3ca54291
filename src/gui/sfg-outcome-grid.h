/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SFG_TYPE_OUTCOME_GRID (sfg_outcome_grid_get_type ())

G_DECLARE_FINAL_TYPE (SfgOutcomeGrid, sfg_outcome_grid, SFG, OUTCOME_GRID, GtkWidget)

/*
 * A small read-only picture of the framework with where someone is now
 * and where they want to be in two years (or that they consolidate).
 * Each mark has its own shape and a word, so colour is never the only cue.
 */
GtkWidget  *sfg_outcome_grid_new                  (void);
const char *sfg_outcome_grid_get_current_position (SfgOutcomeGrid *self);
void        sfg_outcome_grid_set_current_position (SfgOutcomeGrid *self,
                                                   const char     *position_id);
const char *sfg_outcome_grid_get_aspiration       (SfgOutcomeGrid *self);
void        sfg_outcome_grid_set_aspiration       (SfgOutcomeGrid *self,
                                                   const char     *aspiration);
char       *sfg_outcome_grid_dup_description      (SfgOutcomeGrid *self);

G_END_DECLS
