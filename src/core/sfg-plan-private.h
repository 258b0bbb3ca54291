/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-action.h"
#include "sfg-objective.h"

G_BEGIN_DECLS

/* Only the owning plan freezes its items: while it is agreed. */
void       sfg_objective_set_frozen        (SfgObjective *self,
                                            gboolean      frozen);
void       sfg_action_set_frozen           (SfgAction    *self,
                                            gboolean      frozen);
SfgAction *sfg_action_new_carried_forward  (SfgAction    *previous);

/* The message for a refused change to something frozen. */
void       sfg_set_frozen_error            (GError      **error);

G_END_DECLS
