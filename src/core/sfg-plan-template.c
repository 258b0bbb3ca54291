/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-plan-template"

#include <glib/gi18n.h>

#include "sfg-plan-template.h"

static const SfgConversationStage stages[SFG_CONVERSATION_N_STAGES] = {
  { 1, N_("What matters to you?"),
    N_("A coaching conversation about health & well-being, values, drivers, motivations; personal strengths and development challenges; behaviours and performance.") },
  { 2, N_("Career experience, aspirations and Scope for Growth outcome"),
    N_("Experience, career history, current role review and career aspirations, and the staff member's Scope for Growth outcome; career growth support and development initiatives.") },
  { 3, N_("Create an aspirational career development plan"),
    N_("Created by the line manager in collaboration with the member of staff.") },
};

static const char * const intro_points[SFG_PLAN_N_INTRO_POINTS] = {
  N_("Complete the plan in collaboration with your line manager during the conversation."),
  N_("You can refer back to your reflection journal."),
  N_("The conversation should be a safe place to discuss career aspirations openly."),
};

static const char * const content_items[SFG_PLAN_N_CONTENT_ITEMS] = {
  N_("Where the individual currently is on the framework (one of the nine positions)."),
  N_("The evidence for that."),
  N_("Where they want to move in the future (two-year horizon) — or stay and consolidate."),
  N_("Further reflections and aspirations."),
  N_("Development objectives, short-term and longer-term."),
  N_("Development actions and opportunities, drawn from the suggested initiatives or written freely; agreed, then monitored and evaluated on an ongoing basis."),
  N_("Agreed next steps."),
  N_("Any reasonable adjustments needed."),
};

const SfgConversationStage *
sfg_plan_template_get_conversation_stages (guint *n_stages)
{
  if (n_stages != NULL)
    *n_stages = G_N_ELEMENTS (stages);
  return stages;
}

const char *
sfg_conversation_stage_get_title (const SfgConversationStage *stage)
{
  return _(stage->title);
}

const char *
sfg_conversation_stage_get_description (const SfgConversationStage *stage)
{
  return _(stage->description);
}

const char *
sfg_plan_template_get_stage_duration_note (void)
{
  return _("Spend around 20 minutes on each of these stages.");
}

const char *
sfg_plan_template_get_intro_point (guint index)
{
  g_return_val_if_fail (index < SFG_PLAN_N_INTRO_POINTS, NULL);

  return _(intro_points[index]);
}

const char *
sfg_plan_template_get_content_item (guint index)
{
  g_return_val_if_fail (index < SFG_PLAN_N_CONTENT_ITEMS, NULL);

  return _(content_items[index]);
}

const char *
sfg_plan_template_get_owner_statement (void)
{
  return _("You are the owner of your own development.");
}

const char *
sfg_plan_template_get_objectives_note (void)
{
  return _("Individuals may wish to vary the ratio of short and longer-term objectives.");
}

const char *
sfg_plan_template_get_signature_note (void)
{
  return _("The plan is signed by the individual and the line manager.");
}
