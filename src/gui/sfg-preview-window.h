/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-report.h"

G_BEGIN_DECLS

#define SFG_TYPE_PREVIEW_WINDOW (sfg_preview_window_get_type ())

G_DECLARE_FINAL_TYPE (SfgPreviewWindow, sfg_preview_window, SFG, PREVIEW_WINDOW, AdwWindow)

/*
 * The printout on screen, drawn by the same SfgReport as paper and PDF,
 * for the remembered page setup; one page at a time, zoomable, and redrawn
 * when the plan or journal changes.
 *
 * Actions: preview.previous-page, preview.next-page, preview.first-page,
 * preview.last-page, preview.zoom-in, preview.zoom-out, preview.zoom-reset,
 * preview.print.
 */
GtkWidget *sfg_preview_window_new      (GtkWindow        *parent,
                                        SfgReport        *report);
SfgReport *sfg_preview_window_get_report (SfgPreviewWindow *self);
guint      sfg_preview_window_get_page (SfgPreviewWindow *self);
void       sfg_preview_window_set_page (SfgPreviewWindow *self,
                                        guint             page);
void       sfg_preview_window_set_page_setup (SfgPreviewWindow *self,
                                              GtkPageSetup     *page_setup);
double     sfg_preview_window_get_zoom (SfgPreviewWindow *self);
void       sfg_preview_window_set_zoom (SfgPreviewWindow *self,
                                        double            zoom);

G_END_DECLS
