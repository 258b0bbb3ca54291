/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-application.h"
#include "sfg-library.h"

G_BEGIN_DECLS

#define SFG_TYPE_WINDOW (sfg_window_get_type ())

G_DECLARE_FINAL_TYPE (SfgWindow, sfg_window, SFG, WINDOW, AdwApplicationWindow)

SfgWindow  *sfg_window_new              (SfgApplication *application,
                                         SfgLibrary     *library);
SfgLibrary *sfg_window_get_library      (SfgWindow      *self);
SfgPlan    *sfg_window_get_current_plan (SfgWindow      *self);
void        sfg_window_set_current_plan (SfgWindow      *self,
                                         SfgPlan        *plan);
void        sfg_window_show_toast       (SfgWindow      *self,
                                         const char     *message);
const char *sfg_window_get_visible_view (SfgWindow      *self);
void        sfg_window_set_visible_view (SfgWindow      *self,
                                         const char     *name);
GtkWidget  *sfg_window_get_view         (SfgWindow      *self,
                                         const char     *name);
GObject    *sfg_window_get_printable    (SfgWindow      *self);

G_END_DECLS
