/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SFG_TYPE_DATE_BUTTON (sfg_date_button_get_type ())

G_DECLARE_FINAL_TYPE (SfgDateButton, sfg_date_button, SFG, DATE_BUTTON, GtkWidget)

/* A button showing a date ("YYYY-MM-DD" or unset) that opens a calendar. */
GtkWidget  *sfg_date_button_new                  (void);
const char *sfg_date_button_get_date             (SfgDateButton *self);
void        sfg_date_button_set_date             (SfgDateButton *self,
                                                  const char    *date);
gboolean    sfg_date_button_get_can_clear        (SfgDateButton *self);
void        sfg_date_button_set_can_clear        (SfgDateButton *self,
                                                  gboolean       can_clear);
void        sfg_date_button_set_accessible_label (SfgDateButton *self,
                                                  const char    *label);
GtkWidget  *sfg_date_button_get_button           (SfgDateButton *self);
void        sfg_date_button_popup                (SfgDateButton *self);

G_END_DECLS
