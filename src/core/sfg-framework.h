/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sfg-initiative.h"

G_BEGIN_DECLS

/* A column of the grid (content.md §3). Strings are msgids: use the getters. */
typedef struct
{
  const char *id;          /* "depth", "breadth", "stretch" */
  const char *title;
  const char *subtitle;
  const char *short_text;
} SfgCategory;

/* One of the nine positions; id "<category>-<impact>", impact 1 = bottom row. */
typedef struct
{
  const char *id;
  const char *category;
  guint impact;
  const char *title;
} SfgPosition;

#define SFG_FRAMEWORK_N_PRINCIPLES 3
#define SFG_FRAMEWORK_HORIZON_YEARS 2

/* The aspiration value meaning "stay and consolidate" (FORMAT.md §4). */
#define SFG_ASPIRATION_CONSOLIDATE "consolidate"

const char        *sfg_category_get_title             (const SfgCategory *category);
const char        *sfg_category_get_subtitle          (const SfgCategory *category);
const char        *sfg_category_get_short_text        (const SfgCategory *category);
const char        *sfg_position_get_title             (const SfgPosition *position);

/* The fixed grid: never replaced by an organisation's framework file. */
const SfgCategory *sfg_framework_get_categories       (guint       *n_categories);
const SfgCategory *sfg_framework_lookup_category      (const char  *category_id);
const SfgPosition *sfg_framework_get_positions        (guint       *n_positions);
const SfgPosition *sfg_framework_lookup_position      (const char  *position_id);
const SfgPosition *sfg_framework_get_position_at      (const char  *category_id,
                                                       guint        impact);
gboolean           sfg_framework_is_position_id       (const char  *position_id);

const char        *sfg_framework_get_growth_axis_label (void);
const char        *sfg_framework_get_growth_axis_text  (void);
const char        *sfg_framework_get_impact_axis_label (void);
const char        *sfg_framework_get_impact_axis_text  (void);
const char        *sfg_framework_get_customise_note    (void);
const char        *sfg_framework_get_principle         (guint        index);

#define SFG_TYPE_FRAMEWORK (sfg_framework_get_type ())

G_DECLARE_FINAL_TYPE (SfgFramework, sfg_framework, SFG, FRAMEWORK, GObject)

/* The initiatives per position: the built-in ones, or an organisation's. */
SfgFramework      *sfg_framework_new                  (void);
GPtrArray         *sfg_framework_get_initiatives      (SfgFramework *self,
                                                       const char   *position_id);
SfgInitiative     *sfg_framework_lookup_initiative    (SfgFramework *self,
                                                       const char   *initiative_id);
guint              sfg_framework_get_n_initiatives    (SfgFramework *self);
gboolean           sfg_framework_set_initiatives      (SfgFramework *self,
                                                       const char   *position_id,
                                                       GPtrArray    *initiatives,
                                                       GError      **error);

G_END_DECLS
