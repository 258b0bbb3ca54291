/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-manager-template"

#include <glib/gi18n.h>

#include "sfg-manager-template.h"

static const SfgManagerItem preparation[SFG_MANAGER_N_PREPARATION] = {
  { "self-awareness",
    N_("Your understanding of self-awareness, personality at work, your blind spots and biases.") },
  { "identity",
    N_("Your understanding of identity factors and intersectionality, privilege, experiencing a culture of belonging, and microaggressions.") },
  { "strengths-evidence",
    N_("The individual's strengths and development areas in the context of the expected indicators, standards, behaviours and competencies, using wider evidence: 360° feedback, previous one-to-one discussions, performance, work outputs.") },
  { "reasonable-adjustments",
    N_("Whether any reasonable adjustments are required to assist the conversation with a disabled or neurodivergent member of staff (remember some staff may have hidden disabilities).") },
  { "performance-indicators",
    N_("Individual, team and organisational performance against national indicators: NHS Staff Survey, WRES, MWRES, WDES.") },
};

static const SfgManagerItem bias_checks[SFG_MANAGER_N_BIAS_CHECKS] = {
  { "aware-of-biases", N_("Be aware of your potential biases.") },
  { "prepared", N_("Prepare sufficiently.") },
  { "checked-opinions", N_("Be aware of and check any strong opinions you may have.") },
  { "challenged-evidence", N_("Challenge the evidence that is informing your opinions.") },
};

static const SfgManagerItem checklist[SFG_MANAGER_N_CHECKLIST] = {
  { "review-preparation",
    N_("Review the outcomes of the preparation activities and documents (reflection journal and information for line managers) together, using the facilitation guide to inform the first two stages.") },
  { "support-plan", N_("Support the individual to complete their aspirational career development plan.") },
  { "shape-agreements", N_("Shape agreements and reach conclusions together.") },
  { "acknowledge-insights", N_("Acknowledge what insights have been gained.") },
  { "review-gaps", N_("Review to check for anything that has not been discussed.") },
  { "summarise", N_("Refine and summarise conclusions and actions.") },
  { "record-outcome", N_("Record the Scope for Growth outcome.") },
  { "agree-next-steps", N_("Discuss and agree next steps.") },
  { "record-actions", N_("Agree and record specific development actions and opportunities identified.") },
};

static const SfgManagerTheme themes[SFG_MANAGER_N_THEMES] = {
  { N_("What motivates the individual"),
    N_("Core principles that shape world outlook; fundamentals of what is important in life and at work; strongly held beliefs (e.g. fairness, integrity).") },
  { N_("Personal strengths and development challenges"),
    N_("Distinctive, consistent core characteristics that carry across experiences and situations; core features of personality; key strengths and personal preferences.") },
  { N_("Experience"),
    N_("The type of environment in which the individual has operated; what the individual gravitates towards.") },
  { N_("Behaviours"),
    N_("How the individual conducts themselves day to day; the results they achieve and what they do to get there; how problems are solved and decisions made; who is involved in their decision-making.") },
};

static const char * const bias_triggers[SFG_MANAGER_N_BIAS_TRIGGERS] = {
  N_("are hurrying to make a decision"),
  N_("are under pressure"),
  N_("need to access or evaluate information quickly"),
  N_("are overloaded or tired"),
  N_("are nervous, unsure or lack confidence"),
  N_("see or hear specific characteristics or behaviours that confirm what we already “know” to be true"),
};

const char *
sfg_manager_item_get_text (const SfgManagerItem *item)
{
  return _(item->text);
}

const char *
sfg_manager_theme_get_title (const SfgManagerTheme *theme)
{
  return _(theme->title);
}

const char *
sfg_manager_theme_get_text (const SfgManagerTheme *theme)
{
  return _(theme->text);
}

const SfgManagerItem *
sfg_manager_template_get_preparation (void)
{
  return preparation;
}

const SfgManagerItem *
sfg_manager_template_get_bias_checks (void)
{
  return bias_checks;
}

const SfgManagerItem *
sfg_manager_template_get_checklist (void)
{
  return checklist;
}

const SfgManagerTheme *
sfg_manager_template_get_themes (void)
{
  return themes;
}

const char *
sfg_manager_template_get_bias_trigger (guint index)
{
  g_return_val_if_fail (index < SFG_MANAGER_N_BIAS_TRIGGERS, NULL);

  return _(bias_triggers[index]);
}

const char *
sfg_manager_template_get_coaching_note (void)
{
  return _("Use open, coaching-style questions (what, when, how) and reflect back what you hear.");
}

const char *
sfg_manager_template_get_after_note (void)
{
  return _("Development interventions are documented, agreed, monitored and evaluated on an ongoing basis. Scope for Growth outcomes are recorded in ESR (the NHS Electronic Staff Record) or a similar local system, and inform workforce and succession planning.");
}
