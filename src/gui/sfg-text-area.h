/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SFG_TYPE_TEXT_AREA (sfg_text_area_get_type ())

G_DECLARE_FINAL_TYPE (SfgTextArea, sfg_text_area, SFG, TEXT_AREA, GtkWidget)

/* A framed multi-line text field that grows with its text; "text" follows every edit. */
GtkWidget   *sfg_text_area_new                  (void);
char        *sfg_text_area_dup_text             (SfgTextArea *self);
void         sfg_text_area_set_text             (SfgTextArea *self,
                                                 const char  *text);
void         sfg_text_area_set_accessible_label (SfgTextArea *self,
                                                 const char  *label);
GtkTextView *sfg_text_area_get_text_view        (SfgTextArea *self);

G_END_DECLS
