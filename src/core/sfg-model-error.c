/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-model-error"

#include "sfg-model-error.h"

G_DEFINE_QUARK (sfg-model-error-quark, sfg_model_error)
