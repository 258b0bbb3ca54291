/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sfg-plan.h"

G_BEGIN_DECLS

#define SFG_TYPE_OBJECTIVE_LIST (sfg_objective_list_get_type ())

G_DECLARE_FINAL_TYPE (SfgObjectiveList, sfg_objective_list, SFG, OBJECTIVE_LIST, GtkWidget)

/* The plan's development objectives: add, edit, reorder, remove (with Undo). */
GtkWidget *sfg_objective_list_new      (SfgPlan          *plan);
void       sfg_objective_list_add      (SfgObjectiveList *self,
                                        SfgObjectiveTerm  term);

G_END_DECLS
