/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sfg-person.h"

G_BEGIN_DECLS

#define SFG_TYPE_PERSON_DIALOG (sfg_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SfgPersonDialog, sfg_person_dialog, SFG, PERSON_DIALOG, AdwMessageDialog)

/*
 * Asks for a person's name, role, team and line manager: empty to add a
 * person, filled in from @person to edit one. The "save" response needs a
 * name; sfg_person_dialog_apply() writes the form to a person.
 */
GtkWidget  *sfg_person_dialog_new      (GtkWindow       *parent,
                                        SfgPerson       *person);
const char *sfg_person_dialog_get_name (SfgPersonDialog *self);
void        sfg_person_dialog_set_field (SfgPersonDialog *self,
                                         const char      *field,
                                         const char      *text);
void        sfg_person_dialog_apply    (SfgPersonDialog *self,
                                        SfgPerson       *person);

G_END_DECLS
