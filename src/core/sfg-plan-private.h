/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-action.h"
#include "sfg-objective.h"
#include "sfg-plan.h"

G_BEGIN_DECLS

/* Only the owning plan freezes its items: while it is agreed. */
void       sfg_objective_set_frozen        (SfgObjective *self,
                                            gboolean      frozen);
void       sfg_action_set_frozen           (SfgAction    *self,
                                            gboolean      frozen);
SfgAction *sfg_action_new_carried_forward  (SfgAction    *previous);

/* The plan's fields, shared by sfg-plan.c and sfg-plan-json.c. */
struct _SfgPlan
{
  GObject parent_instance;

  char *id;
  char *person_id;
  char *name;
  char *role;
  char *team;
  char *line_manager;
  char *date;
  char *current_position;
  char *aspiration;
  char *evidence;
  char *reflections;
  char *next_steps;
  char *reasonable_adjustments;
  char *next_review_date;
  char *no_actions_reason;
  GListStore *objectives;
  GListStore *actions;

  SfgPlanStatus status;
  char *individual_name;   /* the sign-off; NULL while not agreed */
  char *manager_name;
  char *agreed_date;
  gboolean changed_after_agreement;
  char *changed_after_agreement_at;
  gint64 revision;
  char *based_on_plan_id;
  gint64 based_on_revision;
  GPtrArray *history;      /* SfgPlanEvent */
  char *created;
  char *modified;

  JsonObject *raw;
};

void       sfg_plan_append_item            (SfgPlan      *self,
                                            GListStore   *store,
                                            gpointer      item);
void       sfg_plan_event_free             (SfgPlanEvent *event);

/* The message for a refused change to something frozen. */
void       sfg_set_frozen_error            (GError      **error);

G_END_DECLS
