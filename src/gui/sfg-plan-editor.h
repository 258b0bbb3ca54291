/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-library.h"
#include "sfg-plan.h"

G_BEGIN_DECLS

#define SFG_TYPE_PLAN_EDITOR (sfg_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (SfgPlanEditor, sfg_plan_editor, SFG, PLAN_EDITOR, GtkWidget)

/*
 * The Aspirational Development Plan (content.md §4) for one plan: every
 * field writes to the plan as it is edited (the library saves it), and
 * agreement freezes what the plan freezes.
 */
GtkWidget  *sfg_plan_editor_new          (SfgLibrary    *library,
                                          SfgPlan       *plan);
SfgPlan    *sfg_plan_editor_get_plan     (SfgPlanEditor *self);
void        sfg_plan_editor_mark_agreed  (SfgPlanEditor *self);
void        sfg_plan_editor_reopen       (SfgPlanEditor *self);

G_END_DECLS
