/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-framework"

#include <glib/gi18n.h>

#include "sfg-framework-private.h"

/*
 * The framework as content.md §3 gives it. Strings are msgids (N_) and
 * are translated where they are used. Ids are stable: files refer to them.
 */

const SfgCategory sfg_framework_categories[SFG_FRAMEWORK_N_CATEGORIES] = {
  { "depth", N_("Depth"),
    N_("deepening your chosen specialism"),
    N_("Expanding your expertise") },
  { "breadth", N_("Breadth"),
    N_("building your career into areas beyond a single specialism and out into other areas"),
    N_("Building out your career into other areas") },
  { "stretch", N_("Stretch/Complexity"),
    N_("growing beyond your role, moving to positions of greater complexity and influence, and increasing your leadership impact"),
    N_("Growing beyond your current role, particularly around increasing complexity and leadership capabilities") },
};

/* In the order of the initiative lists: by category, top row first. */
const SfgPosition sfg_framework_positions[SFG_FRAMEWORK_N_POSITIONS] = {
  { "depth-3", "depth", 3, N_("Technical expert") },
  { "depth-2", "depth", 2, N_("Core contributor") },
  { "depth-1", "depth", 1, N_("Developing specialist") },
  { "breadth-3", "breadth", 3, N_("Versatile contributor") },
  { "breadth-2", "breadth", 2, N_("All-rounder") },
  { "breadth-1", "breadth", 1, N_("Developing contributor") },
  { "stretch-3", "stretch", 3, N_("Agile performer") },
  { "stretch-2", "stretch", 2, N_("Emerging influencer") },
  { "stretch-1", "stretch", 1, N_("Proven professional") },
};

/* Initiative n of a position gets the id "<position id>.<n>". */
const SfgBuiltinInitiatives sfg_framework_builtin_initiatives[SFG_FRAMEWORK_N_POSITIONS] = {
  { "depth-3", {
      N_("Recognised for technical expertise"),
      N_("Present at national events and conferences"),
      N_("Draft expert papers"),
      N_("Educate, develop, and mentor colleagues"),
      N_("Sponsoring others (lift as you rise)"),
      N_("Gain professional qualifications"),
      N_("Take on external secondment"),
      N_("Champion knowledge-sharing across area of expertise and share best practice"),
      NULL } },
  { "depth-2", {
      N_("Increase system exposure"),
      N_("Technical knowledge and skills development"),
      N_("Mentoring others"),
      N_("Internal secondment/move"),
      N_("Learning and development via Leadership Academies and similar"),
      NULL } },
  { "depth-1", {
      N_("Consolidate experience in current role"),
      N_("Develop impact and influencing skills"),
      N_("Strengthen stakeholder relationships"),
      N_("Develop relevant technical knowledge and skills"),
      N_("Deepen NHS/organisation/system and role-specific knowledge"),
      N_("Work with a local buddy"),
      NULL } },
  { "breadth-3", {
      N_("Take on cross-functional/organisation/system projects and know counterparts in other areas"),
      N_("Undertake management/leadership development"),
      N_("Senior mentoring/sponsoring others"),
      N_("Take on external secondment"),
      N_("Increase exposure to wider strategy and transformation"),
      N_("Gain professional qualifications"),
      N_("Increase understanding around governance and assurance"),
      N_("Champion knowledge sharing and best practice"),
      NULL } },
  { "breadth-2", {
      N_("Take on projects outside current team or function"),
      N_("Increase system knowledge and networks externally"),
      N_("Mentoring others"),
      N_("Internal secondment/move"),
      N_("Learning and development via Leadership Academies"),
      NULL } },
  { "breadth-1", {
      N_("Consolidate experience in current role"),
      N_("Develop impact and influencing skills"),
      N_("Strengthen stakeholder relationships"),
      N_("Widen sector/professional knowledge"),
      N_("Deepen NHS/organisation/system and role-specific knowledge"),
      N_("Work with a local buddy"),
      NULL } },
  { "stretch-3", {
      N_("Formal leadership development and gain wider leadership experience/accountability"),
      N_("Active in external networks"),
      N_("Coaching/sponsoring others"),
      N_("Strategic project accountability"),
      N_("Increase exposure to wider strategy and long-term transformation"),
      N_("Improve understanding of national policy"),
      N_("Increase understanding around governance and assurance"),
      NULL } },
  { "stretch-2", {
      N_("Consolidate advanced knowledge/experience in current role"),
      N_("Develop internal and external networks"),
      N_("Acting up opportunities"),
      N_("Coaching/sponsoring others"),
      N_("Improve strategic, longer-term thinking (i.e. broad not narrow)"),
      N_("Take on organisation-wide responsibilities"),
      NULL } },
  { "stretch-1", {
      N_("Proactively build external networks in new field/level"),
      N_("Coaching others"),
      N_("Develop higher-level capabilities/insight"),
      N_("Develop impact and influence skills with more senior stakeholder groups"),
      NULL } },
};

const char * const sfg_framework_principles[SFG_FRAMEWORK_N_PRINCIPLES] = {
  N_("It is employee-led: the individual decides, with the line manager's input, which segment they are in now."),
  N_("All outcomes are valued equally. Wanting to stay in the current role and consolidate, or not wanting a move now (for example for well-being reasons), is a supported outcome, not a failure."),
  N_("The recommended horizon for the future position is two years."),
};

const char sfg_framework_growth_axis_label[] = N_("Growth >>>");
const char sfg_framework_growth_axis_text[] =
  N_("The individual's personal ambition for growth across three categories.");
const char sfg_framework_impact_axis_label[] = N_("Impact");
const char sfg_framework_impact_axis_text[] =
  N_("The individual's underlying capability and contribution to their team, organisation and wider stakeholders — what they do and how they do it. Performance in role influences this axis.");
const char sfg_framework_customise_note[] =
  N_("Organisations can customise these support and development initiatives to reflect their local offers.");
