/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-org-framework.h"

G_BEGIN_DECLS

/* Shared by sfg-org-framework.c (the object, applying it) and
 * sfg-org-framework-read.c (reading and checking the file). */

typedef struct
{
  char *id;
  char *text;    /* NULL: a built-in initiative kept (or given a link) */
} OrgItem;

typedef struct
{
  gboolean replace;
  GPtrArray *items;   /* OrgItem */
} OrgPosition;

struct _SfgOrgFramework
{
  GObject parent_instance;

  char *organisation;
  char *path;
  GHashTable *positions;        /* static position id → OrgPosition */
  GHashTable *initiative_links; /* initiative id → URL */
  GHashTable *resource_links;   /* resource msgid (English title) → URL */
  guint n_initiatives;
};

void sfg_org_item_free (gpointer data);

G_END_DECLS
