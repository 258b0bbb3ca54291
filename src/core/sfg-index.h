/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sfg-plan.h"

G_BEGIN_DECLS

/*
 * index.json (FORMAT.md §7): a cache of the plan library's columns, also
 * the columns of the CSV export. Built from plans, compared with what is
 * on disk to find out whether it is stale.
 */
typedef struct
{
  char *plan_id;
  char *person_id;
  char *name;
  char *date;               /* nullable */
  char *status;             /* "draft" or "agreed" */
  char *current_position;   /* nullable */
  char *aspiration;         /* nullable */
  gint64 revision;
  char *modified;           /* nullable */
} SfgIndexEntry;

SfgIndexEntry *sfg_index_entry_new_from_plan (SfgPlan        *plan);
void           sfg_index_entry_free          (SfgIndexEntry  *entry);
gboolean       sfg_index_entry_equal         (const SfgIndexEntry *a,
                                              const SfgIndexEntry *b);

GPtrArray     *sfg_index_build               (GPtrArray      *plans);
JsonNode      *sfg_index_to_json             (GPtrArray      *entries);
GPtrArray     *sfg_index_new_from_json       (JsonNode       *node,
                                              GError        **error);
gboolean       sfg_index_equal               (GPtrArray      *a,
                                              GPtrArray      *b);
gboolean       sfg_index_is_current          (JsonNode       *index,
                                              GPtrArray      *plans);
char          *sfg_index_to_csv              (GPtrArray      *entries);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfgIndexEntry, sfg_index_entry_free)

G_END_DECLS
