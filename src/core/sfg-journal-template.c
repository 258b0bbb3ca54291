/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-template"

#include <glib/gi18n.h>

#include "sfg-journal-template.h"

/* Wording as content.md §2, with its mended typos. Ids never change. */

static const SfgQuestion wellbeing_questions[] = {
  { "wellbeing.1", N_("How do I look after my personal well-being? What happens when I don't?") },
  { "wellbeing.2", N_("What do I find most rewarding and energising?") },
  { "wellbeing.3", N_("When am I most happy inside and outside of work?") },
  { "wellbeing.4", N_("What is important to me inside and outside of work?") },
  { "wellbeing.5", N_("What frustrates me?") },
  { "wellbeing.6", N_("When I am at my best, what does a good day look and feel like?") },
};

static const SfgQuestion strengths_questions[] = {
  { "strengths.1", N_("How would my team, colleagues or people who know me describe me?") },
  { "strengths.2", N_("What are my strengths and development areas?") },
  { "strengths.3", N_("What am I most proud of inside or outside of work?") },
  { "strengths.4", N_("When working in a team, what part do I play?") },
  { "strengths.5", N_("What experience has given me the most positive challenge and growth?") },
};

static const SfgQuestion behaviours_questions[] = {
  { "behaviours.1", N_("What feedback have I received about my leadership style?") },
  { "behaviours.2", N_("What is most distinctive about the way I lead or relate to others?") },
  { "behaviours.3", N_("How do I manage my team and get the best out of people?") },
  { "behaviours.4", N_("When do I lead change at work or in my personal life?") },
  { "behaviours.5", N_("When I influence others, what strategies/tactics work and what is more difficult?") },
  { "behaviours.6", N_("What are my beliefs/values?") },
};

static const SfgQuestion career_history_questions[] = {
  { "career-history.1", N_("Looking back at your career, reflect upon the times when you have been at your most and least motivated and happy at work.") },
  { "career-history.2", N_("What do the high/low points in my career have in common?") },
  { "career-history.3", N_("What have I learned about myself from my successes and challenges?") },
  { "career-history.4", N_("What are the implications of the above for the choices I might make in the future?") },
};

static const SfgQuestion current_role_questions[] = {
  { "current-role.1", N_("What motivates/demotivates me in my current role?") },
  { "current-role.2", N_("How does my current role impact on my health and well-being?") },
  { "current-role.3", N_("What is my current level of fulfilment and what three things would increase it?") },
  { "current-role.4", N_("How equipped and confident am I to do my job?") },
  { "current-role.5", N_("What are my aspirations within my current role? What can I do to support achievement of these goals?") },
  { "current-role.6", N_("What is blocking/stopping me developing further within my role? How might I resolve these?") },
  { "current-role.7", N_("Where am I in terms of the learning, experiences and capabilities required in my current role? Is there a specific area in which I would like to develop further?") },
};

static const SfgQuestion aspirations_questions[] = {
  { "aspirations.1", N_("What are my aspirations and how do I want to grow my career? (e.g. increasing depth, breadth, or stretch/complexity)") },
  { "aspirations.2", N_("In 2 years' time, where do I want to be in terms of Scope for Growth, and why do I want to be here?") },
  { "aspirations.3", N_("What types of roles/functions am I interested in?") },
  { "aspirations.4", N_("How do my aspirations link to my drivers/motivations?") },
  { "aspirations.5", N_("What support/development do I need to achieve my career aspirations? (see the suggested development initiatives)") },
};

static const SfgJournalStage stages[] = {
  { 1, N_("What matters to you?") },
  { 2, N_("Career history and Scope for Growth") },
};

static const SfgJournalSection sections[] = {
  { "wellbeing", 1, N_("Health and well-being"),
    wellbeing_questions, G_N_ELEMENTS (wellbeing_questions),
    N_("Check whether any reasonable adjustments are needed to support the individual in their career aspirations.") },
  { "strengths", 1, N_("Personal strengths and development challenges"),
    strengths_questions, G_N_ELEMENTS (strengths_questions), NULL },
  { "behaviours", 1, N_("Behaviours and performance"),
    behaviours_questions, G_N_ELEMENTS (behaviours_questions), NULL },
  { "career-history", 2, N_("Career history"),
    career_history_questions, G_N_ELEMENTS (career_history_questions), NULL },
  { "current-role", 2, N_("Current role"),
    current_role_questions, G_N_ELEMENTS (current_role_questions), NULL },
  { "aspirations", 2, N_("Aspirations"),
    aspirations_questions, G_N_ELEMENTS (aspirations_questions), NULL },
};

static const char * const intro_points[SFG_JOURNAL_N_INTRO_POINTS] = {
  N_("Complete it ahead of the Scope for Growth conversation."),
  N_("You are not expected to answer all questions, just those you feel are relevant to you."),
  N_("It is confidential: you do not need to share it with your line manager."),
  N_("You can have the conversation with someone other than your line manager, such as a coach, mentor or trusted colleague."),
  N_("Take time to reflect on and identify your personal values, aspirations and vision, and how they align with those of the NHS and your organisation."),
};

static const char * const wellbeing_resources[] = {
  N_("Self-care as a compassionate leader"),
  N_("Listening to shame"),
  N_("Personal values assessment"),
};

static const char * const strengths_resources[] = {
  N_("Who are you, really? The puzzle of personality"),
  N_("Personality at work: DISC assessment"),
};

static const char * const behaviours_resources[] = {
  N_("Self-awareness and self-management"),
  N_("Collaboration and collaborative leadership"),
};

static const char * const career_resources[] = {
  N_("5 principles for creating successful goals"),
  N_("Discover your character strengths"),
};

static const SfgResourceGroup resource_groups[] = {
  { N_("Health and well-being"), "wellbeing", 1,
    wellbeing_resources, G_N_ELEMENTS (wellbeing_resources) },
  { N_("Personal strengths and development challenges"), "strengths", 1,
    strengths_resources, G_N_ELEMENTS (strengths_resources) },
  { N_("Performance and behaviours"), "behaviours", 1,
    behaviours_resources, G_N_ELEMENTS (behaviours_resources) },
  { N_("Career"), NULL, 2,
    career_resources, G_N_ELEMENTS (career_resources) },
};

const char *
sfg_question_get_text (const SfgQuestion *question)
{
  return _(question->text);
}

const char *
sfg_journal_stage_get_title (const SfgJournalStage *stage)
{
  return _(stage->title);
}

const char *
sfg_journal_section_get_title (const SfgJournalSection *section)
{
  return _(section->title);
}

const char *
sfg_journal_section_get_note (const SfgJournalSection *section)
{
  return section->note != NULL ? _(section->note) : NULL;
}

const char *
sfg_resource_group_get_title (const SfgResourceGroup *group)
{
  return _(group->title);
}

const char *
sfg_resource_group_get_resource (const SfgResourceGroup *group,
                                 guint                   index)
{
  g_return_val_if_fail (index < group->n_resources, NULL);

  return _(group->resources[index]);
}

const SfgJournalStage *
sfg_journal_template_get_stages (guint *n_stages)
{
  if (n_stages != NULL)
    *n_stages = G_N_ELEMENTS (stages);
  return stages;
}

const SfgJournalSection *
sfg_journal_template_get_sections (guint *n_sections)
{
  if (n_sections != NULL)
    *n_sections = G_N_ELEMENTS (sections);
  return sections;
}

const SfgJournalSection *
sfg_journal_template_lookup_section (const char *section_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].id, section_id) == 0)
      return &sections[i];
  return NULL;
}

const SfgQuestion *
sfg_journal_template_lookup_question (const char *question_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    for (guint q = 0; q < sections[i].n_questions; q++)
      if (g_strcmp0 (sections[i].questions[q].id, question_id) == 0)
        return &sections[i].questions[q];
  return NULL;
}

guint
sfg_journal_template_get_n_questions (void)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    n += sections[i].n_questions;
  return n;
}

const char *
sfg_journal_template_get_intro_point (guint index)
{
  g_return_val_if_fail (index < SFG_JOURNAL_N_INTRO_POINTS, NULL);

  return _(intro_points[index]);
}

const SfgResourceGroup *
sfg_journal_template_get_resource_groups (guint *n_groups)
{
  if (n_groups != NULL)
    *n_groups = G_N_ELEMENTS (resource_groups);
  return resource_groups;
}
