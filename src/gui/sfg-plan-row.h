/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-plan.h"

G_BEGIN_DECLS

#define SFG_TYPE_PLAN_ROW (sfg_plan_row_get_type ())

G_DECLARE_FINAL_TYPE (SfgPlanRow, sfg_plan_row, SFG, PLAN_ROW, AdwActionRow)

/*
 * A plan in a person's list: its date, positions and status, with a menu
 * (open, start follow-up, delete) whose actions carry the plan's id.
 */
GtkWidget *sfg_plan_row_new      (SfgPlan    *plan);
SfgPlan   *sfg_plan_row_get_plan (SfgPlanRow *self);

G_END_DECLS
