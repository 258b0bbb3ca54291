/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-framework.h"

G_BEGIN_DECLS

/* The GSettings key that remembers a framework file chosen in Preferences. */
#define SFG_SETTINGS_ORGANISATION_FRAMEWORK "organisation-framework"

#define SFG_TYPE_PREFERENCES_WINDOW (sfg_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SfgPreferencesWindow, sfg_preferences_window, SFG, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/* Preferences: the organisation framework file (FORMAT.md §11). */
GtkWidget *sfg_preferences_window_new (GtkWindow    *parent,
                                       SfgFramework *framework);

/*
 * Reads the framework file that @settings names (or, when none was chosen,
 * framework.json in the user's configuration folder) and puts it into
 * @framework.  No file in the configuration folder is not an error: the
 * built-in initiatives are used.  A file that is refused leaves @framework
 * as it was and returns FALSE with @error naming the member and its line.
 */
gboolean   sfg_preferences_apply_framework_file (SfgFramework  *framework,
                                                 GSettings     *settings,
                                                 GError       **error);

G_END_DECLS
