/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define SFG_PRIVATE_NOTES_N_STAGES 3

#define SFG_TYPE_PRIVATE_NOTES (sfg_private_notes_get_type ())

G_DECLARE_FINAL_TYPE (SfgPrivateNotes, sfg_private_notes, SFG, PRIVATE_NOTES, GObject)

/*
 * A line manager's own notes about one plan, private/<plan-uuid>.json
 * (FORMAT.md §6). Item ids are those of sfg-manager-template.h. The plan
 * model holds no reference to these notes, so nothing that writes, prints
 * or exchanges a plan can include them.
 */
SfgPrivateNotes *sfg_private_notes_new               (const char      *plan_id);
SfgPrivateNotes *sfg_private_notes_new_from_json     (JsonNode        *node,
                                                      GError         **error);
JsonNode        *sfg_private_notes_to_json           (SfgPrivateNotes *self);

const char      *sfg_private_notes_get_plan_id       (SfgPrivateNotes *self);
const char      *sfg_private_notes_get_preparation   (SfgPrivateNotes *self,
                                                      const char      *item_id);
void             sfg_private_notes_set_preparation   (SfgPrivateNotes *self,
                                                      const char      *item_id,
                                                      const char      *text);
gboolean         sfg_private_notes_get_bias_check    (SfgPrivateNotes *self,
                                                      const char      *item_id);
void             sfg_private_notes_set_bias_check    (SfgPrivateNotes *self,
                                                      const char      *item_id,
                                                      gboolean         done);
gboolean         sfg_private_notes_get_checklist     (SfgPrivateNotes *self,
                                                      const char      *item_id);
void             sfg_private_notes_set_checklist     (SfgPrivateNotes *self,
                                                      const char      *item_id,
                                                      gboolean         done);
const char      *sfg_private_notes_get_stage_notes   (SfgPrivateNotes *self,
                                                      guint            stage);
void             sfg_private_notes_set_stage_notes   (SfgPrivateNotes *self,
                                                      guint            stage,
                                                      const char      *text);
const char      *sfg_private_notes_get_created       (SfgPrivateNotes *self);
const char      *sfg_private_notes_get_modified      (SfgPrivateNotes *self);

G_END_DECLS
