/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * The main window's printing actions, for what the visible view shows
 * (sfg_window_get_printable()):
 *   win.print          Print… (Ctrl+P), GTK's print dialog
 *   win.print-preview  Print Preview (Shift+Ctrl+P), SfgPreviewWindow
 *   win.export-pdf     Export as PDF… (Shift+Ctrl+E), a file chooser, then
 *                      GtkPrintOperation's export
 */
void sfg_window_print_class_init (GtkWidgetClass *widget_class);

G_END_DECLS
