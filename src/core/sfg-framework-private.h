/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-framework.h"

G_BEGIN_DECLS

/* The built-in content of content.md §3 (sfg-framework-content.c). */

#define SFG_FRAMEWORK_N_CATEGORIES  3
#define SFG_FRAMEWORK_N_POSITIONS   9
#define SFG_FRAMEWORK_MAX_BUILTIN   8

typedef struct
{
  const char *position_id;
  const char *msgids[SFG_FRAMEWORK_MAX_BUILTIN + 1];   /* NULL-terminated */
} SfgBuiltinInitiatives;

extern const SfgCategory sfg_framework_categories[SFG_FRAMEWORK_N_CATEGORIES];
extern const SfgPosition sfg_framework_positions[SFG_FRAMEWORK_N_POSITIONS];
extern const SfgBuiltinInitiatives sfg_framework_builtin_initiatives[SFG_FRAMEWORK_N_POSITIONS];
extern const char * const sfg_framework_principles[SFG_FRAMEWORK_N_PRINCIPLES];

extern const char sfg_framework_growth_axis_label[];
extern const char sfg_framework_growth_axis_text[];
extern const char sfg_framework_impact_axis_label[];
extern const char sfg_framework_impact_axis_text[];
extern const char sfg_framework_customise_note[];

G_END_DECLS
