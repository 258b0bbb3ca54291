/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-framework-view.h"

G_BEGIN_DECLS

/* Shared by sfg-framework-view.c (the grid, marking, the plan) and
 * sfg-framework-view-initiatives.c (the selected position's initiatives). */

struct _SfgFrameworkView
{
  GtkWidget parent_instance;

  SfgLibrary *library;
  SfgPlan *plan;
  GSignalGroup *plan_signals;
  GSignalGroup *action_signals;
  GPtrArray *initiative_rows;   /* AdwActionRow in initiatives_group */

  GtkWidget *scroller;
  GtkLabel *placing_label;
  GtkLabel *summary_label;
  GtkButton *change_button;
  SfgGrid *grid;
  GtkLabel *growth_meaning;
  GtkLabel *impact_meaning;
  GtkWidget *empty_box;
  GtkWidget *principles_box;
  GtkWidget *position_box;
  GtkLabel *position_title;
  GtkLabel *position_subtitle;
  GtkLabel *category_meaning;
  GtkLabel *marking_state;
  GtkLabel *marking_hint;
  GtkWidget *now_button;
  GtkWidget *aspiration_button;
  GtkWidget *consolidate_button;
  GtkWidget *clear_button;
  AdwPreferencesGroup *initiatives_group;
};

void     sfg_framework_view_set_spoken_name           (GtkWidget        *widget,
                                                       const char       *name);
gboolean sfg_framework_view_plan_is_editable          (SfgFrameworkView *self);
void     sfg_framework_view_add_toast                 (SfgFrameworkView *self,
                                                       AdwToast         *toast);
void     sfg_framework_view_show_error                (SfgFrameworkView *self,
                                                       const char       *what,
                                                       const GError     *error);

void     sfg_framework_view_update_initiatives        (SfgFrameworkView *self);
void     sfg_framework_view_update_initiative_buttons (SfgFrameworkView *self);
void     sfg_framework_view_add_initiative_activated  (GtkWidget        *widget,
                                                       const char       *action_name,
                                                       GVariant         *parameter);

G_END_DECLS
