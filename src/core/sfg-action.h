/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sfg-initiative.h"

G_BEGIN_DECLS

typedef enum
{
  SFG_ACTION_OWNER_INDIVIDUAL,
  SFG_ACTION_OWNER_LINE_MANAGER,
  SFG_ACTION_OWNER_BOTH,
  SFG_ACTION_OWNER_OTHER,
} SfgActionOwner;

typedef enum
{
  SFG_ACTION_STATUS_NOT_STARTED,
  SFG_ACTION_STATUS_IN_PROGRESS,
  SFG_ACTION_STATUS_DONE,
  SFG_ACTION_STATUS_CARRIED_FORWARD,
  SFG_ACTION_STATUS_DROPPED,
} SfgActionStatus;

#define SFG_TYPE_ACTION_OWNER (sfg_action_owner_get_type ())
GType sfg_action_owner_get_type (void) G_GNUC_CONST;
#define SFG_TYPE_ACTION_STATUS (sfg_action_status_get_type ())
GType sfg_action_status_get_type (void) G_GNUC_CONST;

const char *sfg_action_owner_to_label  (SfgActionOwner  owner);
const char *sfg_action_status_to_label (SfgActionStatus status);

#define SFG_TYPE_ACTION (sfg_action_get_type ())

G_DECLARE_FINAL_TYPE (SfgAction, sfg_action, SFG, ACTION, GObject)

/*
 * A development action of a plan (FORMAT.md §4). While its plan is agreed
 * it is "frozen": description, initiative link, owner and target date
 * refuse changes (SFG_MODEL_ERROR_FROZEN); status and progress notes
 * stay editable.
 */
SfgAction       *sfg_action_new                 (const char      *description);
SfgAction       *sfg_action_new_from_initiative (SfgInitiative   *initiative);
SfgAction       *sfg_action_new_from_json       (JsonNode        *node,
                                                 GError         **error);
JsonNode        *sfg_action_to_json             (SfgAction       *self);

const char      *sfg_action_get_id              (SfgAction       *self);
const char      *sfg_action_get_description     (SfgAction       *self);
gboolean         sfg_action_set_description     (SfgAction       *self,
                                                 const char      *description,
                                                 GError         **error);
const char      *sfg_action_get_position_id     (SfgAction       *self);
const char      *sfg_action_get_initiative_id   (SfgAction       *self);
const char      *sfg_action_get_initiative_text (SfgAction       *self);
gboolean         sfg_action_set_initiative      (SfgAction       *self,
                                                 const char      *position_id,
                                                 const char      *initiative_id,
                                                 const char      *initiative_text,
                                                 GError         **error);
SfgActionOwner   sfg_action_get_owner           (SfgAction       *self);
gboolean         sfg_action_set_owner           (SfgAction       *self,
                                                 SfgActionOwner   owner,
                                                 GError         **error);
const char      *sfg_action_get_owner_other     (SfgAction       *self);
gboolean         sfg_action_set_owner_other     (SfgAction       *self,
                                                 const char      *owner_other,
                                                 GError         **error);
const char      *sfg_action_get_target_date     (SfgAction       *self);
gboolean         sfg_action_set_target_date     (SfgAction       *self,
                                                 const char      *date,
                                                 GError         **error);
SfgActionStatus  sfg_action_get_status          (SfgAction       *self);
void             sfg_action_set_status          (SfgAction       *self,
                                                 SfgActionStatus  status);
const char      *sfg_action_get_progress_notes  (SfgAction       *self);
void             sfg_action_set_progress_notes  (SfgAction       *self,
                                                 const char      *notes);
const char      *sfg_action_get_carried_from    (SfgAction       *self);
gboolean         sfg_action_get_frozen          (SfgAction       *self);
gboolean         sfg_action_is_finished         (SfgAction       *self);
gboolean         sfg_action_is_overdue          (SfgAction       *self,
                                                 const char      *today);

G_END_DECLS
