/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SfgModelError:
 * @SFG_MODEL_ERROR_INVALID: a member has the wrong type or an invalid value
 * @SFG_MODEL_ERROR_MISSING: a required member is missing
 * @SFG_MODEL_ERROR_VERSION: the top-level "version" is missing or not usable
 * @SFG_MODEL_ERROR_FROZEN: the plan is agreed; this field cannot change until it is reopened
 * @SFG_MODEL_ERROR_INCOMPLETE: the plan lacks something agreement needs
 * @SFG_MODEL_ERROR_NOT_FOUND: an unknown position or initiative id
 * @SFG_MODEL_ERROR_DUPLICATE: an id appears twice
 */
typedef enum
{
  SFG_MODEL_ERROR_INVALID,
  SFG_MODEL_ERROR_MISSING,
  SFG_MODEL_ERROR_VERSION,
  SFG_MODEL_ERROR_FROZEN,
  SFG_MODEL_ERROR_INCOMPLETE,
  SFG_MODEL_ERROR_NOT_FOUND,
  SFG_MODEL_ERROR_DUPLICATE,
} SfgModelError;

#define SFG_MODEL_ERROR (sfg_model_error_quark ())

GQuark sfg_model_error_quark (void);

G_END_DECLS
