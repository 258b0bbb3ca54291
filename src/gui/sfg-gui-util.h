/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-plan.h"

G_BEGIN_DECLS

/* Small helpers the plan widgets share. */

char *sfg_gui_format_date          (const char *date);
char *sfg_gui_format_plan_date     (SfgPlan    *plan);
char *sfg_gui_format_positions     (SfgPlan    *plan);
char *sfg_gui_join_phrases         (GPtrArray  *phrases);
void  sfg_gui_add_toast            (GtkWidget  *widget,
                                    AdwToast   *toast);
void  sfg_gui_add_undo_toast       (GtkWidget      *widget,
                                    const char     *title,
                                    GCallback       undo_cb,
                                    gpointer        data,
                                    GClosureNotify  free_data);
void  sfg_gui_show_error           (GtkWidget  *widget,
                                    const char *what,
                                    GError     *error);
void  sfg_gui_set_accessible_label (GtkWidget  *widget,
                                    const char *format,
                                    ...) G_GNUC_PRINTF (2, 3);
void  sfg_gui_prepare_message_dialog (AdwMessageDialog *dialog);

G_END_DECLS
