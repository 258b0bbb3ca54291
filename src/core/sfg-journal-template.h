/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The Preparation and Reflection Journal's fixed content (content.md §2).
 * String fields are msgids: use the getters, which translate.
 */

typedef struct
{
  const char *id;      /* "wellbeing.1" … "aspirations.5": stable, used in files */
  const char *text;
} SfgQuestion;

typedef struct
{
  guint number;        /* 1 or 2 */
  const char *title;
} SfgJournalStage;

typedef struct
{
  const char *id;      /* "wellbeing", "strengths", "behaviours", "career-history", "current-role", "aspirations" */
  guint stage;
  const char *title;
  const SfgQuestion *questions;
  guint n_questions;
  const char *note;    /* shown with the section, or NULL */
} SfgJournalSection;

/* Preparation resources (titles only; links are the organisation's). */
typedef struct
{
  const char *title;
  const char *section_id;   /* the section they belong to, or NULL for a whole stage */
  guint stage;
  const char * const *resources;
  guint n_resources;
} SfgResourceGroup;

#define SFG_JOURNAL_N_INTRO_POINTS 5

const char              *sfg_question_get_text                    (const SfgQuestion       *question);
const char              *sfg_journal_stage_get_title              (const SfgJournalStage   *stage);
const char              *sfg_journal_section_get_title            (const SfgJournalSection *section);
const char              *sfg_journal_section_get_note             (const SfgJournalSection *section);
const char              *sfg_resource_group_get_title             (const SfgResourceGroup  *group);
const char              *sfg_resource_group_get_resource          (const SfgResourceGroup  *group,
                                                                   guint                    index);

const SfgJournalStage   *sfg_journal_template_get_stages          (guint       *n_stages);
const SfgJournalSection *sfg_journal_template_get_sections        (guint       *n_sections);
const SfgJournalSection *sfg_journal_template_lookup_section      (const char  *section_id);
const SfgQuestion       *sfg_journal_template_lookup_question     (const char  *question_id);
guint                    sfg_journal_template_get_n_questions     (void);
const char              *sfg_journal_template_get_intro_point     (guint        index);
const SfgResourceGroup  *sfg_journal_template_get_resource_groups (guint       *n_groups);

G_END_DECLS
