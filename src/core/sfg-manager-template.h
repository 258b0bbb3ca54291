/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Line manager preparation content (content.md §5). The ids are the member
 * names SfgPrivateNotes uses in private/<plan-uuid>.json. Getters translate.
 */

typedef struct
{
  const char *id;
  const char *text;
} SfgManagerItem;

typedef struct
{
  const char *title;
  const char *text;
} SfgManagerTheme;

#define SFG_MANAGER_N_PREPARATION    5
#define SFG_MANAGER_N_BIAS_CHECKS    4
#define SFG_MANAGER_N_CHECKLIST      9
#define SFG_MANAGER_N_BIAS_TRIGGERS  6
#define SFG_MANAGER_N_THEMES         4

const char            *sfg_manager_item_get_text            (const SfgManagerItem  *item);
const char            *sfg_manager_theme_get_title          (const SfgManagerTheme *theme);
const char            *sfg_manager_theme_get_text           (const SfgManagerTheme *theme);

const SfgManagerItem  *sfg_manager_template_get_preparation (void);
const SfgManagerItem  *sfg_manager_template_get_bias_checks (void);
const SfgManagerItem  *sfg_manager_template_get_checklist   (void);
const SfgManagerTheme *sfg_manager_template_get_themes      (void);
const char            *sfg_manager_template_get_bias_trigger (guint index);
const char            *sfg_manager_template_get_coaching_note (void);
const char            *sfg_manager_template_get_after_note    (void);

G_END_DECLS
