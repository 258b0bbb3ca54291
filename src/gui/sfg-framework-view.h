/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-grid.h"
#include "sfg-library.h"

G_BEGIN_DECLS

#define SFG_TYPE_FRAMEWORK_VIEW (sfg_framework_view_get_type ())

G_DECLARE_FINAL_TYPE (SfgFrameworkView, sfg_framework_view, SFG, FRAMEWORK_VIEW, GtkWidget)

/*
 * The Framework view: the clickable grid, the selected position's meaning
 * and suggested initiatives (each can be added to the current plan), and
 * marking Now, In two years or Consolidate for the current plan.
 *
 * Actions (for the grid's keys, the buttons and tests): grid.mark-now,
 * grid.mark-aspiration, grid.consolidate, grid.clear, grid.add-initiative
 * (s: initiative id of the selected position), grid.change-plan.
 */
GtkWidget *sfg_framework_view_new              (SfgLibrary       *library);
SfgLibrary *sfg_framework_view_get_library     (SfgFrameworkView *self);
SfgPlan   *sfg_framework_view_get_current_plan (SfgFrameworkView *self);
void       sfg_framework_view_set_current_plan (SfgFrameworkView *self,
                                                SfgPlan          *plan);
SfgGrid   *sfg_framework_view_get_grid         (SfgFrameworkView *self);

G_END_DECLS
