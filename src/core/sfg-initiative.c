/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-initiative"

#include <glib/gi18n.h>

#include "sfg-initiative.h"

struct _SfgInitiative
{
  gatomicrefcount ref_count;
  char *id;
  char *position_id;
  char *text;
  gboolean builtin;
};

G_DEFINE_BOXED_TYPE (SfgInitiative, sfg_initiative, sfg_initiative_ref, sfg_initiative_unref)

static SfgInitiative *
initiative_new (const char *id,
                const char *position_id,
                const char *text,
                gboolean    builtin)
{
  SfgInitiative *self;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (position_id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (SfgInitiative, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->id = g_strdup (id);
  self->position_id = g_strdup (position_id);
  self->text = g_strdup (text);
  self->builtin = builtin;
  return self;
}

SfgInitiative *
sfg_initiative_new (const char *id,
                    const char *position_id,
                    const char *text)
{
  return initiative_new (id, position_id, text, FALSE);
}

SfgInitiative *
sfg_initiative_new_builtin (const char *id,
                            const char *position_id,
                            const char *msgid)
{
  return initiative_new (id, position_id, msgid, TRUE);
}

SfgInitiative *
sfg_initiative_ref (SfgInitiative *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sfg_initiative_unref (SfgInitiative *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->id);
      g_free (self->position_id);
      g_free (self->text);
      g_free (self);
    }
}

const char *
sfg_initiative_get_id (const SfgInitiative *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

const char *
sfg_initiative_get_position_id (const SfgInitiative *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->position_id;
}

const char *
sfg_initiative_get_text (const SfgInitiative *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->builtin ? _(self->text) : self->text;
}

gboolean
sfg_initiative_is_builtin (const SfgInitiative *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->builtin;
}
