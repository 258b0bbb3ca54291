/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-library.h"

G_BEGIN_DECLS

#define SFG_TYPE_PLAN_VIEW (sfg_plan_view_get_type ())

G_DECLARE_FINAL_TYPE (SfgPlanView, sfg_plan_view, SFG, PLAN_VIEW, GtkWidget)

/*
 * The Plan view: people, each person's plans and the plan editor.
 *
 * Properties:
 *  - "library" (SfgLibrary, construct-only)
 *  - "current-plan" (SfgPlan, nullable): the plan open in the editor; the
 *    window binds it both ways with its own "current-plan". Setting a plan
 *    opens it (and selects its person); %NULL shows the list of plans.
 */
GtkWidget  *sfg_plan_view_new                 (SfgLibrary  *library);
SfgLibrary *sfg_plan_view_get_library         (SfgPlanView *self);
SfgPlan    *sfg_plan_view_get_current_plan    (SfgPlanView *self);
void        sfg_plan_view_set_current_plan    (SfgPlanView *self,
                                               SfgPlan     *plan);
SfgPerson  *sfg_plan_view_get_selected_person (SfgPlanView *self);
void        sfg_plan_view_select_person       (SfgPlanView *self,
                                               SfgPerson   *person);

G_END_DECLS
