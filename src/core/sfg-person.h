/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define SFG_TYPE_PERSON (sfg_person_get_type ())

G_DECLARE_FINAL_TYPE (SfgPerson, sfg_person, SFG, PERSON, GObject)

/* A person of people.json (FORMAT.md §3), identified by id, never by name. */
SfgPerson  *sfg_person_new               (void);
SfgPerson  *sfg_person_new_from_json     (JsonNode    *node,
                                          GError     **error);
JsonNode   *sfg_person_to_json           (SfgPerson   *self);

const char *sfg_person_get_id            (SfgPerson   *self);
const char *sfg_person_get_name          (SfgPerson   *self);
void        sfg_person_set_name          (SfgPerson   *self,
                                          const char  *name);
const char *sfg_person_get_role          (SfgPerson   *self);
void        sfg_person_set_role          (SfgPerson   *self,
                                          const char  *role);
const char *sfg_person_get_team          (SfgPerson   *self);
void        sfg_person_set_team          (SfgPerson   *self,
                                          const char  *team);
const char *sfg_person_get_line_manager  (SfgPerson   *self);
void        sfg_person_set_line_manager  (SfgPerson   *self,
                                          const char  *line_manager);

G_END_DECLS
