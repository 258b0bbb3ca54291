/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Fixed texts around the plan: the three conversation stages (content.md
 * §1) and the Aspirational Development Plan's points (§4). Getters translate.
 */

typedef struct
{
  guint number;
  const char *title;
  const char *description;
} SfgConversationStage;

#define SFG_CONVERSATION_N_STAGES 3
#define SFG_PLAN_N_INTRO_POINTS 3
#define SFG_PLAN_N_CONTENT_ITEMS 8

const SfgConversationStage *sfg_plan_template_get_conversation_stages (guint *n_stages);
const char *sfg_conversation_stage_get_title           (const SfgConversationStage *stage);
const char *sfg_conversation_stage_get_description     (const SfgConversationStage *stage);
const char *sfg_plan_template_get_stage_duration_note  (void);
const char *sfg_plan_template_get_intro_point          (guint index);
const char *sfg_plan_template_get_content_item         (guint index);
const char *sfg_plan_template_get_owner_statement      (void);
const char *sfg_plan_template_get_objectives_note      (void);
const char *sfg_plan_template_get_signature_note       (void);

G_END_DECLS
