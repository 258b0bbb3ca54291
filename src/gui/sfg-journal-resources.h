/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sfg-journal-template.h"
#include "sfg-org-framework.h"

G_BEGIN_DECLS

#define SFG_TYPE_JOURNAL_RESOURCES (sfg_journal_resources_get_type ())

G_DECLARE_FINAL_TYPE (SfgJournalResources, sfg_journal_resources, SFG, JOURNAL_RESOURCES, GtkWidget)

/* The preparation resources of a section or stage: their titles, each a link
 * when the organisation's framework file (@org, nullable) gives one. */
GtkWidget *sfg_journal_resources_new (const SfgResourceGroup *group,
                                      const char             *heading,
                                      SfgOrgFramework        *org);

G_END_DECLS
