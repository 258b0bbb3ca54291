/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-framework"

#include <glib/gi18n.h>

#include "sfg-framework-private.h"
#include "sfg-model-error.h"

struct _SfgFramework
{
  GObject parent_instance;

  /* position id → GPtrArray of SfgInitiative, for the nine positions */
  GHashTable *initiatives;
};

G_DEFINE_FINAL_TYPE (SfgFramework, sfg_framework, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
sfg_category_get_title (const SfgCategory *category)
{
  return _(category->title);
}

const char *
sfg_category_get_subtitle (const SfgCategory *category)
{
  return _(category->subtitle);
}

const char *
sfg_category_get_short_text (const SfgCategory *category)
{
  return _(category->short_text);
}

const char *
sfg_position_get_title (const SfgPosition *position)
{
  return _(position->title);
}

const SfgCategory *
sfg_framework_get_categories (guint *n_categories)
{
  if (n_categories != NULL)
    *n_categories = G_N_ELEMENTS (sfg_framework_categories);
  return sfg_framework_categories;
}

const SfgCategory *
sfg_framework_lookup_category (const char *category_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sfg_framework_categories); i++)
    if (g_strcmp0 (sfg_framework_categories[i].id, category_id) == 0)
      return &sfg_framework_categories[i];
  return NULL;
}

const SfgPosition *
sfg_framework_get_positions (guint *n_positions)
{
  if (n_positions != NULL)
    *n_positions = G_N_ELEMENTS (sfg_framework_positions);
  return sfg_framework_positions;
}

const SfgPosition *
sfg_framework_lookup_position (const char *position_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sfg_framework_positions); i++)
    if (g_strcmp0 (sfg_framework_positions[i].id, position_id) == 0)
      return &sfg_framework_positions[i];
  return NULL;
}

const SfgPosition *
sfg_framework_get_position_at (const char *category_id,
                               guint       impact)
{
  for (guint i = 0; i < G_N_ELEMENTS (sfg_framework_positions); i++)
    if (g_strcmp0 (sfg_framework_positions[i].category, category_id) == 0
        && sfg_framework_positions[i].impact == impact)
      return &sfg_framework_positions[i];
  return NULL;
}

gboolean
sfg_framework_is_position_id (const char *position_id)
{
  return sfg_framework_lookup_position (position_id) != NULL;
}

const char *
sfg_framework_get_growth_axis_label (void)
{
  return _(sfg_framework_growth_axis_label);
}

const char *
sfg_framework_get_growth_axis_text (void)
{
  return _(sfg_framework_growth_axis_text);
}

const char *
sfg_framework_get_impact_axis_label (void)
{
  return _(sfg_framework_impact_axis_label);
}

const char *
sfg_framework_get_impact_axis_text (void)
{
  return _(sfg_framework_impact_axis_text);
}

const char *
sfg_framework_get_customise_note (void)
{
  return _(sfg_framework_customise_note);
}

const char *
sfg_framework_get_principle (guint index)
{
  g_return_val_if_fail (index < SFG_FRAMEWORK_N_PRINCIPLES, NULL);

  return _(sfg_framework_principles[index]);
}

static void
sfg_framework_finalize (GObject *object)
{
  SfgFramework *self = (SfgFramework *)object;

  g_clear_pointer (&self->initiatives, g_hash_table_unref);

  G_OBJECT_CLASS (sfg_framework_parent_class)->finalize (object);
}

static void
sfg_framework_class_init (SfgFrameworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sfg_framework_finalize;

  /**
   * SfgFramework::changed:
   * @position_id: the position whose initiatives were replaced
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sfg_framework_init (SfgFramework *self)
{
  self->initiatives = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                             (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < G_N_ELEMENTS (sfg_framework_builtin_initiatives); i++)
    {
      const SfgBuiltinInitiatives *builtin = &sfg_framework_builtin_initiatives[i];
      GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) sfg_initiative_unref);
      const SfgPosition *position = sfg_framework_lookup_position (builtin->position_id);

      for (guint n = 0; builtin->msgids[n] != NULL; n++)
        {
          g_autofree char *id = g_strdup_printf ("%s.%u", builtin->position_id, n + 1);

          g_ptr_array_add (list, sfg_initiative_new_builtin (id, builtin->position_id,
                                                             builtin->msgids[n]));
        }
      /* Keyed by the static id so the key outlives every replacement. */
      g_hash_table_insert (self->initiatives, (gpointer) position->id, list);
    }
}

SfgFramework *
sfg_framework_new (void)
{
  return g_object_new (SFG_TYPE_FRAMEWORK, NULL);
}

/**
 * sfg_framework_get_initiatives:
 *
 * Returns: (transfer none) (element-type SfgInitiative): the initiatives
 *   of @position_id in order, or %NULL for an unknown position
 */
GPtrArray *
sfg_framework_get_initiatives (SfgFramework *self,
                               const char   *position_id)
{
  g_return_val_if_fail (SFG_IS_FRAMEWORK (self), NULL);

  if (position_id == NULL)
    return NULL;
  return g_hash_table_lookup (self->initiatives, position_id);
}

/**
 * sfg_framework_lookup_initiative:
 *
 * Returns: (transfer none) (nullable): the initiative with @initiative_id
 */
SfgInitiative *
sfg_framework_lookup_initiative (SfgFramework *self,
                                 const char   *initiative_id)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (SFG_IS_FRAMEWORK (self), NULL);

  if (initiative_id == NULL)
    return NULL;

  g_hash_table_iter_init (&iter, self->initiatives);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GPtrArray *list = value;

      for (guint i = 0; i < list->len; i++)
        if (g_strcmp0 (sfg_initiative_get_id (g_ptr_array_index (list, i)), initiative_id) == 0)
          return g_ptr_array_index (list, i);
    }
  return NULL;
}

guint
sfg_framework_get_n_initiatives (SfgFramework *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (SFG_IS_FRAMEWORK (self), 0);

  g_hash_table_iter_init (&iter, self->initiatives);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += ((GPtrArray *) value)->len;
  return n;
}

/**
 * sfg_framework_set_initiatives:
 * @initiatives: (element-type SfgInitiative): the new list, in order
 *
 * Replaces the initiatives of one position (an organisation's framework
 * file customises them; the positions themselves never change). To extend
 * the list, pass the current initiatives followed by the new ones. Every
 * initiative must belong to @position_id and have an id used nowhere else.
 */
gboolean
sfg_framework_set_initiatives (SfgFramework  *self,
                               const char    *position_id,
                               GPtrArray     *initiatives,
                               GError       **error)
{
  const SfgPosition *position;
  g_autoptr(GHashTable) seen = NULL;
  GPtrArray *copy;

  g_return_val_if_fail (SFG_IS_FRAMEWORK (self), FALSE);
  g_return_val_if_fail (initiatives != NULL, FALSE);

  position = sfg_framework_lookup_position (position_id);
  if (position == NULL)
    {
      g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND,
                   _("“%s” is not a position of the framework"), position_id);
      return FALSE;
    }

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < initiatives->len; i++)
    {
      SfgInitiative *initiative = g_ptr_array_index (initiatives, i);
      const char *id = sfg_initiative_get_id (initiative);
      SfgInitiative *other = sfg_framework_lookup_initiative (self, id);

      if (g_strcmp0 (sfg_initiative_get_position_id (initiative), position->id) != 0)
        {
          g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_INVALID,
                       _("The initiative “%s” does not belong to the position “%s”"),
                       id, position->id);
          return FALSE;
        }
      if (!g_hash_table_add (seen, (gpointer) id)
          || (other != NULL
              && g_strcmp0 (sfg_initiative_get_position_id (other), position->id) != 0))
        {
          g_set_error (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_DUPLICATE,
                       _("The initiative id “%s” is used more than once"), id);
          return FALSE;
        }
    }

  copy = g_ptr_array_new_full (initiatives->len, (GDestroyNotify) sfg_initiative_unref);
  for (guint i = 0; i < initiatives->len; i++)
    g_ptr_array_add (copy, sfg_initiative_ref (g_ptr_array_index (initiatives, i)));
  g_hash_table_replace (self->initiatives, (gpointer) position->id, copy);

  g_signal_emit (self, signals[CHANGED], 0, position->id);
  return TRUE;
}
