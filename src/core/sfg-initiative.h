/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * One suggested support and development initiative of a framework
 * position. Immutable and reference counted. Built-in initiatives carry
 * an untranslated msgid and translate it when asked for their text; an
 * organisation's initiatives carry their text as written.
 */
typedef struct _SfgInitiative SfgInitiative;

#define SFG_TYPE_INITIATIVE (sfg_initiative_get_type ())

GType          sfg_initiative_get_type        (void) G_GNUC_CONST;
SfgInitiative *sfg_initiative_new             (const char    *id,
                                               const char    *position_id,
                                               const char    *text);
SfgInitiative *sfg_initiative_new_builtin     (const char    *id,
                                               const char    *position_id,
                                               const char    *msgid);
SfgInitiative *sfg_initiative_ref             (SfgInitiative *self);
void           sfg_initiative_unref           (SfgInitiative *self);
const char    *sfg_initiative_get_id          (const SfgInitiative *self);
const char    *sfg_initiative_get_position_id (const SfgInitiative *self);
const char    *sfg_initiative_get_text        (const SfgInitiative *self);
gboolean       sfg_initiative_is_builtin      (const SfgInitiative *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfgInitiative, sfg_initiative_unref)

G_END_DECLS
