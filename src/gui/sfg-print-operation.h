/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sfg-report.h"

G_BEGIN_DECLS

#define SFG_TYPE_PRINT_OPERATION (sfg_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (SfgPrintOperation, sfg_print_operation, SFG, PRINT_OPERATION,
                      GtkPrintOperation)

/*
 * Printing and PDF export through GTK's print stack, drawn by an SfgReport.
 * Starts from the print settings and page setup remembered from last time;
 * a journal adds an "Include unanswered questions" choice to the dialog.
 */
SfgPrintOperation *sfg_print_operation_new         (SfgReport     *report);
SfgReport         *sfg_print_operation_get_report  (SfgPrintOperation *self);

void               sfg_print_operation_run_dialog  (SfgReport     *report,
                                                    GtkWindow     *parent);
gboolean           sfg_print_operation_export      (SfgReport     *report,
                                                    GtkWindow     *parent,
                                                    const char    *path,
                                                    GError       **error);

G_END_DECLS
