/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sfg-plan.h"

G_BEGIN_DECLS

#define SFG_TYPE_ACTION_LIST (sfg_action_list_get_type ())

G_DECLARE_FINAL_TYPE (SfgActionList, sfg_action_list, SFG, ACTION_LIST, GtkWidget)

/*
 * The plan's development actions: add, edit, reorder, remove (with Undo),
 * a summary of counts by status, and the reason when there are none.
 */
GtkWidget *sfg_action_list_new         (SfgPlan       *plan);
void       sfg_action_list_add         (SfgActionList *self);
char      *sfg_action_list_dup_summary (SfgActionList *self);

G_END_DECLS
