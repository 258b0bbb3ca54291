/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sfg-objective.h"

G_BEGIN_DECLS

#define SFG_TYPE_OBJECTIVE_ROW (sfg_objective_row_get_type ())

G_DECLARE_FINAL_TYPE (SfgObjectiveRow, sfg_objective_row, SFG, OBJECTIVE_ROW, GtkListBoxRow)

/*
 * One development objective: its text and term, with buttons to move it up,
 * down or remove it. The row edits the objective; moving and removing are
 * the list's job, asked for with the "move" (delta) and "remove" signals.
 */
GtkWidget    *sfg_objective_row_new          (SfgObjective    *objective);
SfgObjective *sfg_objective_row_get_objective (SfgObjectiveRow *self);
void          sfg_objective_row_set_place    (SfgObjectiveRow *self,
                                              guint            index,
                                              guint            n_items);
void          sfg_objective_row_focus_text   (SfgObjectiveRow *self);

G_END_DECLS
