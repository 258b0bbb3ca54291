/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sfg-person.h"

G_BEGIN_DECLS

#define SFG_TYPE_PERSON_ROW (sfg_person_row_get_type ())

G_DECLARE_FINAL_TYPE (SfgPersonRow, sfg_person_row, SFG, PERSON_ROW, GtkListBoxRow)

/* A person in the people list: name, and role and team underneath. */
GtkWidget *sfg_person_row_new        (SfgPerson    *person);
SfgPerson *sfg_person_row_get_person (SfgPersonRow *self);

G_END_DECLS
