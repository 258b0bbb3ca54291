/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  SFG_OBJECTIVE_TERM_SHORT,
  SFG_OBJECTIVE_TERM_LONGER,
} SfgObjectiveTerm;

#define SFG_TYPE_OBJECTIVE_TERM (sfg_objective_term_get_type ())
GType sfg_objective_term_get_type (void) G_GNUC_CONST;

#define SFG_TYPE_OBJECTIVE (sfg_objective_get_type ())

G_DECLARE_FINAL_TYPE (SfgObjective, sfg_objective, SFG, OBJECTIVE, GObject)

/*
 * A development objective of a plan (FORMAT.md §4). While its plan is
 * agreed it is "frozen": the setters refuse with SFG_MODEL_ERROR_FROZEN.
 */
SfgObjective     *sfg_objective_new           (const char        *text,
                                               SfgObjectiveTerm   term);
SfgObjective     *sfg_objective_new_from_json (JsonNode          *node,
                                               GError           **error);
JsonNode         *sfg_objective_to_json       (SfgObjective      *self);

const char       *sfg_objective_get_id        (SfgObjective      *self);
const char       *sfg_objective_get_text      (SfgObjective      *self);
gboolean          sfg_objective_set_text      (SfgObjective      *self,
                                               const char        *text,
                                               GError           **error);
SfgObjectiveTerm  sfg_objective_get_term      (SfgObjective      *self);
gboolean          sfg_objective_set_term      (SfgObjective      *self,
                                               SfgObjectiveTerm   term,
                                               GError           **error);
gboolean          sfg_objective_get_frozen    (SfgObjective      *self);

G_END_DECLS
