/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sfg-framework.h"

G_BEGIN_DECLS

/* An organisation's framework file is small; anything bigger is not one. */
#define SFG_ORG_FRAMEWORK_MAX_FILE_SIZE (1024 * 1024)

/* The file read when none was chosen, inside the user's configuration folder. */
#define SFG_ORG_FRAMEWORK_FILE_NAME "framework.json"

/**
 * SfgOrgFrameworkError:
 * @SFG_ORG_FRAMEWORK_ERROR_NOT_FOUND: there is no such file
 * @SFG_ORG_FRAMEWORK_ERROR_FAILED: the file could not be read
 * @SFG_ORG_FRAMEWORK_ERROR_TOO_LARGE: larger than %SFG_ORG_FRAMEWORK_MAX_FILE_SIZE
 * @SFG_ORG_FRAMEWORK_ERROR_NOT_JSON: empty, not UTF-8 text or not strict JSON
 * @SFG_ORG_FRAMEWORK_ERROR_TOO_DEEP: nested deeper than the store allows
 * @SFG_ORG_FRAMEWORK_ERROR_NO_VERSION: "version" missing or not a whole number ≥ 1
 * @SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE: a member has the wrong type
 * @SFG_ORG_FRAMEWORK_ERROR_MISSING: a required member is missing
 * @SFG_ORG_FRAMEWORK_ERROR_UNKNOWN_POSITION: a position id that is not one of the nine
 * @SFG_ORG_FRAMEWORK_ERROR_UNKNOWN_RESOURCE: a preparation resource the journal does not have
 * @SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE: a value of the right type that cannot be
 *   used: an unknown mode, empty text, an id used twice, a link that is not a
 *   web address
 */
typedef enum
{
  SFG_ORG_FRAMEWORK_ERROR_NOT_FOUND,
  SFG_ORG_FRAMEWORK_ERROR_FAILED,
  SFG_ORG_FRAMEWORK_ERROR_TOO_LARGE,
  SFG_ORG_FRAMEWORK_ERROR_NOT_JSON,
  SFG_ORG_FRAMEWORK_ERROR_TOO_DEEP,
  SFG_ORG_FRAMEWORK_ERROR_NO_VERSION,
  SFG_ORG_FRAMEWORK_ERROR_WRONG_TYPE,
  SFG_ORG_FRAMEWORK_ERROR_MISSING,
  SFG_ORG_FRAMEWORK_ERROR_UNKNOWN_POSITION,
  SFG_ORG_FRAMEWORK_ERROR_UNKNOWN_RESOURCE,
  SFG_ORG_FRAMEWORK_ERROR_INVALID_VALUE,
} SfgOrgFrameworkError;

#define SFG_ORG_FRAMEWORK_ERROR (sfg_org_framework_error_quark ())

GQuark sfg_org_framework_error_quark (void);

#define SFG_TYPE_ORG_FRAMEWORK (sfg_org_framework_get_type ())

G_DECLARE_FINAL_TYPE (SfgOrgFramework, sfg_org_framework, SFG, ORG_FRAMEWORK, GObject)

/*
 * An organisation's framework file (FORMAT.md §11): replaces or extends the
 * suggested initiatives of any position, with optional links, and gives links
 * for the journal's preparation resources.  Immutable once read.  Position
 * titles and categories are never changed by it.
 *
 * Every refusal names the member and its line, e.g. "Line 12: “text” of
 * initiative 2 of “depth-2” must be text".
 */
SfgOrgFramework *sfg_org_framework_new_from_data        (const char      *data,
                                                         gsize            length,
                                                         GError         **error);
SfgOrgFramework *sfg_org_framework_new_from_file        (GFile           *file,
                                                         GCancellable    *cancellable,
                                                         GError         **error);

const char      *sfg_org_framework_get_organisation     (SfgOrgFramework *self);
const char      *sfg_org_framework_get_path             (SfgOrgFramework *self);
guint            sfg_org_framework_get_n_positions      (SfgOrgFramework *self);
guint            sfg_org_framework_get_n_initiatives    (SfgOrgFramework *self);
guint            sfg_org_framework_get_n_resource_links (SfgOrgFramework *self);
gboolean         sfg_org_framework_replaces             (SfgOrgFramework *self,
                                                         const char      *position_id);
const char      *sfg_org_framework_get_initiative_link  (SfgOrgFramework *self,
                                                         const char      *initiative_id);
const char      *sfg_org_framework_get_resource_link    (SfgOrgFramework *self,
                                                         const char      *resource_title);

/* Puts the file's initiatives into @framework (every position first goes back
 * to the built-in list); @self NULL restores the built-in content.  On error
 * @framework is unchanged. */
gboolean         sfg_org_framework_apply                (SfgOrgFramework *self,
                                                         SfgFramework    *framework,
                                                         GError         **error);
SfgOrgFramework *sfg_org_framework_get_applied          (SfgFramework    *framework);

/* $XDG_CONFIG_HOME/scope-for-growth/framework.json */
char            *sfg_org_framework_get_default_path     (void);

G_END_DECLS
