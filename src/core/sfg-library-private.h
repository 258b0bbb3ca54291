/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-library.h"

G_BEGIN_DECLS

/* Shared by sfg-library.c (object, models, saving), sfg-library-load.c
 * (loading, index.json) and sfg-library-delete.c (deleting plans). */

#define PEOPLE_FILE "people.json"

/* What undoing a deletion needs. */
typedef struct
{
  SfgPlan         *plan;
  SfgPrivateNotes *notes;        /* nullable: notes that were loaded */
  char            *trash;        /* the plan's trash path; NULL if it was never written */
  char            *notes_trash;  /* nullable */
} DeletedPlan;

struct _SfgLibrary
{
  GObject       parent_instance;

  SfgStore     *store;
  SfgFramework *framework;
  SfgPeople    *people;
  GListStore   *plans;
  GListStore   *journals;
  GHashTable   *notes;          /* plan id → SfgPrivateNotes */
  GHashTable   *read_only;      /* models from newer-version files */
  GHashTable   *unreadable;     /* relpaths that could not be read: never written */
  GHashTable   *deleted;        /* undo token → DeletedPlan */
  GPtrArray    *problems;       /* plain-words load messages, NULL-terminated */
  GPtrArray    *index;          /* SfgIndexEntry: what index.json says or will say */
  guint         index_idle_id;
  gboolean      index_read_only;
  gboolean      loaded;
};

/* sfg-library.c */
char     *sfg_library_plan_relpath        (const char        *plan_id);
char     *sfg_library_notes_relpath       (const char        *plan_id);
gboolean  sfg_library_relpath_is_writable (SfgLibrary        *self,
                                           const char        *relpath);
void      sfg_library_queue_save          (SfgLibrary        *self,
                                           gpointer           model,
                                           SfgStoreSerializeFunc func);
void      sfg_library_add_problem         (SfgLibrary        *self,
                                           const char        *relpath,
                                           const char        *set_aside,
                                           const char        *message);
int       sfg_library_compare_plans       (gconstpointer      a,
                                           gconstpointer      b,
                                           gpointer           user_data);
int       sfg_library_compare_journals    (gconstpointer      a,
                                           gconstpointer      b,
                                           gpointer           user_data);
void      sfg_library_watch               (SfgLibrary        *self,
                                           gpointer           model);
void      sfg_library_unwatch             (SfgLibrary        *self,
                                           gpointer           model);
void      sfg_library_add_plan            (SfgLibrary        *self,
                                           SfgPlan           *plan,
                                           gboolean           save);
void      sfg_library_add_notes           (SfgLibrary        *self,
                                           SfgPrivateNotes   *notes);

/* sfg-library-load.c */
gpointer  sfg_library_parse_plan          (JsonNode          *node,
                                           GError           **error);
gpointer  sfg_library_parse_notes         (JsonNode          *node,
                                           GError           **error);
gpointer  sfg_library_load_model          (SfgLibrary        *self,
                                           const char        *relpath,
                                           const char        *id,
                                           SfgStoreParseFunc  parse,
                                           gboolean          *read_only,
                                           GError           **error);
char     *sfg_library_relpath_id          (const char        *relpath);
void      sfg_library_update_index        (SfgLibrary        *self);
void      sfg_library_schedule_index      (SfgLibrary        *self);

/* sfg-library-delete.c */
void      sfg_library_deleted_plan_free   (gpointer           data);

G_END_DECLS
