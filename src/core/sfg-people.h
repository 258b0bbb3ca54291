/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sfg-person.h"

G_BEGIN_DECLS

#define SFG_TYPE_PEOPLE (sfg_people_get_type ())

G_DECLARE_FINAL_TYPE (SfgPeople, sfg_people, SFG, PEOPLE, GObject)

/*
 * The root of people.json (FORMAT.md §3): a GListModel of SfgPerson.
 * "changed" is emitted when a person is added, removed or changed.
 */
SfgPeople *sfg_people_new            (void);
SfgPeople *sfg_people_new_from_json  (JsonNode   *node,
                                      GError    **error);
JsonNode  *sfg_people_to_json        (SfgPeople  *self);

SfgPerson *sfg_people_lookup         (SfgPeople  *self,
                                      const char *id);
gboolean   sfg_people_add            (SfgPeople  *self,
                                      SfgPerson  *person,
                                      GError    **error);
gboolean   sfg_people_remove         (SfgPeople  *self,
                                      SfgPerson  *person);

G_END_DECLS
