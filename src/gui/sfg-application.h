/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-library.h"

G_BEGIN_DECLS

#define SFG_TYPE_APPLICATION (sfg_application_get_type ())

G_DECLARE_FINAL_TYPE (SfgApplication, sfg_application, SFG, APPLICATION, AdwApplication)

SfgApplication *sfg_application_new         (void);
SfgLibrary     *sfg_application_get_library (SfgApplication *self);

G_END_DECLS
