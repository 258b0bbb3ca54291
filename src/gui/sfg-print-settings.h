/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sfg-report.h"

G_BEGIN_DECLS

/*
 * The printer, paper and page setup chosen last time, kept between runs in
 * $XDG_CONFIG_HOME/scope-for-growth/print-settings.ini.  Without one: A4,
 * portrait, 18 mm margins.
 */
char         *sfg_print_settings_dup_path         (void);
void          sfg_print_settings_load             (GtkPrintSettings **settings,
                                                   GtkPageSetup     **page_setup);
gboolean      sfg_print_settings_save             (GtkPrintSettings  *settings,
                                                   GtkPageSetup      *page_setup,
                                                   GError           **error);
char         *sfg_print_settings_dup_export_folder (void);
gboolean      sfg_print_settings_set_export_folder (const char       *folder,
                                                    GError          **error);

GtkPageSetup *sfg_print_settings_new_default_page_setup (void);
void          sfg_print_settings_get_layout       (GtkPageSetup      *page_setup,
                                                   double            *width,
                                                   double            *height,
                                                   SfgReportMargins  *margins);

G_END_DECLS
