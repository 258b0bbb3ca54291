/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sfg-framework.h"
#include "sfg-journal.h"
#include "sfg-people.h"
#include "sfg-person.h"
#include "sfg-plan.h"
#include "sfg-private-notes.h"
#include "sfg-store.h"

G_BEGIN_DECLS

#define SFG_TYPE_LIBRARY (sfg_library_get_type ())

G_DECLARE_FINAL_TYPE (SfgLibrary, sfg_library, SFG, LIBRARY, GObject)

/*
 * Everything the user has: people, plans, journals and private notes, loaded
 * through an SfgStore and saved back automatically whenever a model changes
 * (every model's "changed" queues its file).  index.json is kept up to date.
 *
 * Call sfg_library_load() once, before handing the library to views.
 * Models returned by get/lookup/create/add/start/undelete belong to the
 * library: (transfer none), never unref them.  Plans and journals are
 * GListModels kept newest date first (undated last).  A model from a file
 * written by a newer version, or a file that could not be read, is
 * read-only (sfg_library_is_read_only()): it is shown but never saved.
 *
 * SfgLibrary::load-problem (relpath, set_aside (nullable), message): a file
 * could not be used as it was; @message says so in plain words.  Emitted
 * for the store's "load-problem" and for files that could not be read at
 * all; every message is also kept in sfg_library_get_load_problems().
 */

SfgLibrary      *sfg_library_new                 (SfgStore      *store);
gboolean         sfg_library_load                (SfgLibrary    *self,
                                                  GError       **error);
SfgStore        *sfg_library_get_store           (SfgLibrary    *self);
SfgFramework    *sfg_library_get_framework       (SfgLibrary    *self);

SfgPeople       *sfg_library_get_people          (SfgLibrary    *self);
SfgPerson       *sfg_library_add_person          (SfgLibrary    *self,
                                                  const char    *name);

GListModel      *sfg_library_get_plans           (SfgLibrary    *self);
SfgPlan         *sfg_library_lookup_plan         (SfgLibrary    *self,
                                                  const char    *plan_id);
SfgPlan         *sfg_library_create_plan         (SfgLibrary    *self,
                                                  SfgPerson     *person);
SfgPlan         *sfg_library_start_follow_up     (SfgLibrary    *self,
                                                  SfgPlan       *previous,
                                                  GError       **error);
char            *sfg_library_delete_plan         (SfgLibrary    *self,
                                                  SfgPlan       *plan,
                                                  GError       **error);
SfgPlan         *sfg_library_undelete_plan       (SfgLibrary    *self,
                                                  const char    *undo_token,
                                                  GError       **error);
SfgPrivateNotes *sfg_library_get_private_notes   (SfgLibrary    *self,
                                                  SfgPlan       *plan);

GListModel      *sfg_library_get_journals        (SfgLibrary    *self);
SfgJournal      *sfg_library_lookup_journal      (SfgLibrary    *self,
                                                  const char    *journal_id);
SfgJournal      *sfg_library_create_journal      (SfgLibrary    *self,
                                                  SfgJournal    *carry_forward_from);

gboolean         sfg_library_is_read_only        (SfgLibrary    *self,
                                                  gpointer       model);
const char * const *sfg_library_get_load_problems (SfgLibrary   *self);

void             sfg_library_flush_async         (SfgLibrary    *self,
                                                  GCancellable  *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer       user_data);
char           **sfg_library_dup_unsaved         (SfgLibrary    *self);
gboolean         sfg_library_flush_finish        (SfgLibrary    *self,
                                                  GAsyncResult  *result,
                                                  GError       **error);

G_END_DECLS
