/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sfg-action.h"

G_BEGIN_DECLS

#define SFG_TYPE_ACTION_ROW (sfg_action_row_get_type ())

G_DECLARE_FINAL_TYPE (SfgActionRow, sfg_action_row, SFG, ACTION_ROW, GtkListBoxRow)

/*
 * One development action: description, linked initiative, owner, target
 * date, status and progress notes, flagged when overdue. Moving and removing
 * are the list's job ("move" with a delta, "remove").
 */
GtkWidget *sfg_action_row_new             (SfgAction    *action);
SfgAction *sfg_action_row_get_action      (SfgActionRow *self);
void       sfg_action_row_set_place       (SfgActionRow *self,
                                           guint         index,
                                           guint         n_items);
gboolean   sfg_action_row_get_overdue     (SfgActionRow *self);
void       sfg_action_row_focus_description (SfgActionRow *self);

G_END_DECLS
