/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-plan.h"

G_BEGIN_DECLS

#define SFG_TYPE_AGREE_DIALOG (sfg_agree_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SfgAgreeDialog, sfg_agree_dialog, SFG, AGREE_DIALOG, AdwMessageDialog)

/*
 * "Mark as agreed": asks for the individual's and the line manager's names
 * and the date, and says exactly what the plan still lacks. Its "agree"
 * response is only enabled when nothing is missing.
 */
GtkWidget *sfg_agree_dialog_new         (GtkWindow      *parent,
                                         SfgPlan        *plan);
char      *sfg_agree_dialog_dup_missing (SfgAgreeDialog *self);
void       sfg_agree_dialog_set_names   (SfgAgreeDialog *self,
                                         const char     *individual_name,
                                         const char     *manager_name);
void       sfg_agree_dialog_set_date    (SfgAgreeDialog *self,
                                         const char     *date);
gboolean   sfg_agree_dialog_agree       (SfgAgreeDialog *self,
                                         GError        **error);

G_END_DECLS
