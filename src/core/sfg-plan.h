/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sfg-action.h"
#include "sfg-framework.h"
#include "sfg-objective.h"
#include "sfg-person.h"

G_BEGIN_DECLS

typedef enum
{
  SFG_PLAN_STATUS_DRAFT,
  SFG_PLAN_STATUS_AGREED,
} SfgPlanStatus;

#define SFG_TYPE_PLAN_STATUS (sfg_plan_status_get_type ())
GType sfg_plan_status_get_type (void) G_GNUC_CONST;

/* One entry of the plan's agreement history (read-only). */
typedef struct
{
  char *event;             /* "agreed" or "reopened" */
  char *at;                /* UTC time */
  gint64 revision;         /* the revision the event applies to */
  char *individual_name;   /* for "agreed": the sign-off; otherwise NULL */
  char *manager_name;
  char *agreed_date;
  JsonObject *raw;
} SfgPlanEvent;

#define SFG_TYPE_PLAN (sfg_plan_get_type ())

G_DECLARE_FINAL_TYPE (SfgPlan, sfg_plan, SFG, PLAN, GObject)

/*
 * An Aspirational Development Plan, plans/<uuid>.json (FORMAT.md §4).
 *
 * While the plan is agreed ("frozen" is TRUE) every setter of the plan, of
 * its objectives and of its actions refuses with SFG_MODEL_ERROR_FROZEN,
 * except each action's status and progress notes; changing those marks the
 * plan "changed-after-agreement". "changed" follows every saved change,
 * including changes of its objectives and actions.
 */
SfgPlan            *sfg_plan_new                         (SfgPerson     *person);
SfgPlan            *sfg_plan_new_follow_up               (SfgPlan       *previous,
                                                          const char    *date);
SfgPlan            *sfg_plan_new_from_json               (JsonNode      *node,
                                                          GError       **error);
JsonNode           *sfg_plan_to_json                     (SfgPlan       *self);

const char         *sfg_plan_get_id                      (SfgPlan       *self);
const char         *sfg_plan_get_person_id               (SfgPlan       *self);

/* Header snapshot */
const char         *sfg_plan_get_name                    (SfgPlan       *self);
gboolean            sfg_plan_set_name                    (SfgPlan       *self,
                                                          const char    *name,
                                                          GError       **error);
const char         *sfg_plan_get_role                    (SfgPlan       *self);
gboolean            sfg_plan_set_role                    (SfgPlan       *self,
                                                          const char    *role,
                                                          GError       **error);
const char         *sfg_plan_get_team                    (SfgPlan       *self);
gboolean            sfg_plan_set_team                    (SfgPlan       *self,
                                                          const char    *team,
                                                          GError       **error);
const char         *sfg_plan_get_line_manager            (SfgPlan       *self);
gboolean            sfg_plan_set_line_manager            (SfgPlan       *self,
                                                          const char    *line_manager,
                                                          GError       **error);

/* Content; dates are "YYYY-MM-DD", NULL or "" unsets an optional value */
const char         *sfg_plan_get_date                    (SfgPlan       *self);
gboolean            sfg_plan_set_date                    (SfgPlan       *self,
                                                          const char    *date,
                                                          GError       **error);
const char         *sfg_plan_get_current_position        (SfgPlan       *self);
gboolean            sfg_plan_set_current_position        (SfgPlan       *self,
                                                          const char    *position_id,
                                                          GError       **error);
const char         *sfg_plan_get_aspiration              (SfgPlan       *self);
gboolean            sfg_plan_set_aspiration              (SfgPlan       *self,
                                                          const char    *aspiration,
                                                          GError       **error);
const char         *sfg_plan_get_evidence                (SfgPlan       *self);
gboolean            sfg_plan_set_evidence                (SfgPlan       *self,
                                                          const char    *evidence,
                                                          GError       **error);
const char         *sfg_plan_get_reflections             (SfgPlan       *self);
gboolean            sfg_plan_set_reflections             (SfgPlan       *self,
                                                          const char    *reflections,
                                                          GError       **error);
const char         *sfg_plan_get_next_steps              (SfgPlan       *self);
gboolean            sfg_plan_set_next_steps              (SfgPlan       *self,
                                                          const char    *next_steps,
                                                          GError       **error);
const char         *sfg_plan_get_reasonable_adjustments  (SfgPlan       *self);
gboolean            sfg_plan_set_reasonable_adjustments  (SfgPlan       *self,
                                                          const char    *adjustments,
                                                          GError       **error);
const char         *sfg_plan_get_next_review_date        (SfgPlan       *self);
gboolean            sfg_plan_set_next_review_date        (SfgPlan       *self,
                                                          const char    *date,
                                                          GError       **error);
const char         *sfg_plan_get_no_actions_reason       (SfgPlan       *self);
gboolean            sfg_plan_set_no_actions_reason       (SfgPlan       *self,
                                                          const char    *reason,
                                                          GError       **error);

/* Objectives and actions (GListModels of SfgObjective / SfgAction) */
GListModel         *sfg_plan_get_objectives              (SfgPlan       *self);
gboolean            sfg_plan_add_objective               (SfgPlan       *self,
                                                          SfgObjective  *objective,
                                                          GError       **error);
gboolean            sfg_plan_remove_objective            (SfgPlan       *self,
                                                          SfgObjective  *objective,
                                                          GError       **error);
gboolean            sfg_plan_move_objective              (SfgPlan       *self,
                                                          SfgObjective  *objective,
                                                          guint          position,
                                                          GError       **error);
GListModel         *sfg_plan_get_actions                 (SfgPlan       *self);
gboolean            sfg_plan_add_action                  (SfgPlan       *self,
                                                          SfgAction     *action,
                                                          GError       **error);
gboolean            sfg_plan_remove_action               (SfgPlan       *self,
                                                          SfgAction     *action,
                                                          GError       **error);
gboolean            sfg_plan_move_action                 (SfgPlan       *self,
                                                          SfgAction     *action,
                                                          guint          position,
                                                          GError       **error);
SfgAction          *sfg_plan_add_initiative_action       (SfgPlan       *self,
                                                          SfgFramework  *framework,
                                                          const char    *position_id,
                                                          const char    *initiative_id,
                                                          GError       **error);
SfgAction          *sfg_plan_find_initiative_action      (SfgPlan       *self,
                                                          const char    *position_id,
                                                          const char    *initiative_id);
gboolean            sfg_plan_has_initiative              (SfgPlan       *self,
                                                          const char    *position_id,
                                                          const char    *initiative_id);

/* Agreement */
SfgPlanStatus       sfg_plan_get_status                  (SfgPlan       *self);
gboolean            sfg_plan_get_frozen                  (SfgPlan       *self);
gboolean            sfg_plan_check_agreement             (SfgPlan       *self,
                                                          GPtrArray    **missing);
gboolean            sfg_plan_mark_agreed                 (SfgPlan       *self,
                                                          const char    *individual_name,
                                                          const char    *manager_name,
                                                          const char    *agreed_date,
                                                          GError       **error);
gboolean            sfg_plan_reopen                      (SfgPlan       *self,
                                                          GError       **error);
const char         *sfg_plan_get_individual_name         (SfgPlan       *self);
const char         *sfg_plan_get_manager_name            (SfgPlan       *self);
const char         *sfg_plan_get_agreed_date             (SfgPlan       *self);
gboolean            sfg_plan_get_changed_after_agreement (SfgPlan       *self);
const char         *sfg_plan_get_changed_after_agreement_at (SfgPlan    *self);
gint64              sfg_plan_get_revision                (SfgPlan       *self);
const char         *sfg_plan_get_based_on_plan_id        (SfgPlan       *self);
gint64              sfg_plan_get_based_on_revision       (SfgPlan       *self);
guint               sfg_plan_get_n_events                (SfgPlan       *self);
const SfgPlanEvent *sfg_plan_get_event                   (SfgPlan       *self,
                                                          guint          index);
const char         *sfg_plan_get_created                 (SfgPlan       *self);
const char         *sfg_plan_get_modified                (SfgPlan       *self);

G_END_DECLS
