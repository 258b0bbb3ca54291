/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-org-framework"

#include "sfg-framework-private.h"
#include "sfg-org-framework-private.h"

G_DEFINE_QUARK (sfg-org-framework-error-quark, sfg_org_framework_error)

G_DEFINE_FINAL_TYPE (SfgOrgFramework, sfg_org_framework, G_TYPE_OBJECT)

/* Which file was last applied to an SfgFramework (object data on it). */
static GQuark
applied_quark (void)
{
  return g_quark_from_static_string ("sfg-org-framework-applied");
}

void
sfg_org_item_free (gpointer data)
{
  OrgItem *item = data;

  g_free (item->id);
  g_free (item->text);
  g_free (item);
}

static void
org_position_free (gpointer data)
{
  OrgPosition *position = data;

  g_ptr_array_unref (position->items);
  g_free (position);
}

/* Only the file's own initiatives; the built-in ones it keeps are not counted. */
guint
sfg_org_framework_get_n_initiatives (SfgOrgFramework *self)
{
  g_return_val_if_fail (SFG_IS_ORG_FRAMEWORK (self), 0);

  return self->n_initiatives;
}

const char *
sfg_org_framework_get_organisation (SfgOrgFramework *self)
{
  g_return_val_if_fail (SFG_IS_ORG_FRAMEWORK (self), NULL);

  return self->organisation;
}

/* The file's name for display, or NULL when it was read from memory. */
const char *
sfg_org_framework_get_path (SfgOrgFramework *self)
{
  g_return_val_if_fail (SFG_IS_ORG_FRAMEWORK (self), NULL);

  return self->path;
}

guint
sfg_org_framework_get_n_positions (SfgOrgFramework *self)
{
  g_return_val_if_fail (SFG_IS_ORG_FRAMEWORK (self), 0);

  return g_hash_table_size (self->positions);
}

guint
sfg_org_framework_get_n_resource_links (SfgOrgFramework *self)
{
  g_return_val_if_fail (SFG_IS_ORG_FRAMEWORK (self), 0);

  return g_hash_table_size (self->resource_links);
}

gboolean
sfg_org_framework_replaces (SfgOrgFramework *self,
                            const char      *position_id)
{
  OrgPosition *org;

  g_return_val_if_fail (SFG_IS_ORG_FRAMEWORK (self), FALSE);

  org = position_id != NULL ? g_hash_table_lookup (self->positions, position_id) : NULL;
  return org != NULL && org->replace;
}

const char *
sfg_org_framework_get_initiative_link (SfgOrgFramework *self,
                                       const char      *initiative_id)
{
  g_return_val_if_fail (SFG_IS_ORG_FRAMEWORK (self), NULL);

  return initiative_id != NULL ? g_hash_table_lookup (self->initiative_links, initiative_id) : NULL;
}

/* @resource_title: the resource's untranslated title (the journal template's msgid) */
const char *
sfg_org_framework_get_resource_link (SfgOrgFramework *self,
                                     const char      *resource_title)
{
  g_return_val_if_fail (SFG_IS_ORG_FRAMEWORK (self), NULL);

  return resource_title != NULL ? g_hash_table_lookup (self->resource_links, resource_title) : NULL;
}

/* The list @position ends up with under @self (NULL: the built-in one). */
static GPtrArray *
compose_list (SfgOrgFramework   *self,
              SfgFramework      *builtin,
              const SfgPosition *position)
{
  GPtrArray *defaults = sfg_framework_get_initiatives (builtin, position->id);
  OrgPosition *org = self != NULL ? g_hash_table_lookup (self->positions, position->id) : NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) sfg_initiative_unref);

  if (org == NULL || !org->replace)
    for (guint i = 0; i < defaults->len; i++)
      g_ptr_array_add (list, sfg_initiative_ref (g_ptr_array_index (defaults, i)));

  for (guint i = 0; org != NULL && i < org->items->len; i++)
    {
      OrgItem *item = g_ptr_array_index (org->items, i);

      if (item->text != NULL)
        g_ptr_array_add (list, sfg_initiative_new (item->id, position->id, item->text));
      else if (org->replace)
        g_ptr_array_add (list, sfg_initiative_ref (sfg_framework_lookup_initiative (builtin, item->id)));
    }
  return list;
}

static gboolean
set_all (SfgFramework  *framework,
         GPtrArray    **lists,
         GError       **error)
{
  guint n_positions;
  const SfgPosition *positions = sfg_framework_get_positions (&n_positions);

  for (guint i = 0; i < n_positions; i++)
    if (!sfg_framework_set_initiatives (framework, positions[i].id, lists[i], error))
      return FALSE;
  return TRUE;
}

/**
 * sfg_org_framework_apply:
 * @self: (nullable): the file to use, or %NULL for the built-in content
 *
 * Returns: whether @framework now shows @self's initiatives
 */
gboolean
sfg_org_framework_apply (SfgOrgFramework  *self,
                         SfgFramework     *framework,
                         GError          **error)
{
  g_autoptr(SfgFramework) builtin = sfg_framework_new ();
  g_autoptr(SfgFramework) scratch = sfg_framework_new ();
  GPtrArray *defaults[SFG_FRAMEWORK_N_POSITIONS] = { NULL };
  GPtrArray *lists[SFG_FRAMEWORK_N_POSITIONS] = { NULL };
  guint n_positions;
  const SfgPosition *positions = sfg_framework_get_positions (&n_positions);
  gboolean ok;

  g_return_val_if_fail (self == NULL || SFG_IS_ORG_FRAMEWORK (self), FALSE);
  g_return_val_if_fail (SFG_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (n_positions <= SFG_FRAMEWORK_N_POSITIONS, FALSE);

  for (guint i = 0; i < n_positions; i++)
    {
      defaults[i] = compose_list (NULL, builtin, &positions[i]);
      lists[i] = compose_list (self, builtin, &positions[i]);
    }

  /* Tried on a copy first, so a refusal leaves @framework as it was. Going
   * back to the built-in lists first means no id of the previous file is in
   * the way of this one. */
  ok = set_all (scratch, lists, error);
  if (ok)
    {
      g_object_set_qdata_full (G_OBJECT (framework), applied_quark (),
                               self != NULL ? g_object_ref (self) : NULL, g_object_unref);
      ok = set_all (framework, defaults, error) && set_all (framework, lists, error);
      if (!ok)
        {
          /* Not expected after the copy accepted it; the built-in lists always fit. */
          g_object_set_qdata (G_OBJECT (framework), applied_quark (), NULL);
          set_all (framework, defaults, NULL);
        }
    }

  for (guint i = 0; i < n_positions; i++)
    {
      g_ptr_array_unref (defaults[i]);
      g_ptr_array_unref (lists[i]);
    }
  return ok;
}

/**
 * sfg_org_framework_get_applied:
 *
 * Returns: (transfer none) (nullable): the file last applied to @framework
 */
SfgOrgFramework *
sfg_org_framework_get_applied (SfgFramework *framework)
{
  g_return_val_if_fail (SFG_IS_FRAMEWORK (framework), NULL);

  return g_object_get_qdata (G_OBJECT (framework), applied_quark ());
}

char *
sfg_org_framework_get_default_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "scope-for-growth",
                           SFG_ORG_FRAMEWORK_FILE_NAME, NULL);
}

static void
sfg_org_framework_finalize (GObject *object)
{
  SfgOrgFramework *self = SFG_ORG_FRAMEWORK (object);

  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->initiative_links, g_hash_table_unref);
  g_clear_pointer (&self->resource_links, g_hash_table_unref);

  G_OBJECT_CLASS (sfg_org_framework_parent_class)->finalize (object);
}

static void
sfg_org_framework_class_init (SfgOrgFrameworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sfg_org_framework_finalize;
}

static void
sfg_org_framework_init (SfgOrgFramework *self)
{
  self->positions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, org_position_free);
  self->initiative_links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->resource_links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}
