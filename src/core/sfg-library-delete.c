/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-library"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sfg-library-private.h"
#include "sfg-model-error.h"

/* Deleting a plan is recoverable: its file and its private notes move to the
 * store's trash, and the model is kept for the undo token. */

#define UNSAVED_PREFIX "unsaved/"

void
sfg_library_deleted_plan_free (gpointer data)
{
  DeletedPlan *deleted = data;

  g_clear_object (&deleted->plan);
  g_clear_object (&deleted->notes);
  g_free (deleted->trash);
  g_free (deleted->notes_trash);
  g_free (deleted);
}

/**
 * sfg_library_delete_plan:
 *
 * Removes @plan and its private notes; their files move to the trash.
 *
 * Returns: (transfer full): a token for sfg_library_undelete_plan(), or
 *   %NULL with @error (the plan stays)
 */
char *
sfg_library_delete_plan (SfgLibrary  *self,
                         SfgPlan     *plan,
                         GError     **error)
{
  g_autofree char *relpath = NULL;
  g_autofree char *nrelpath = NULL;
  g_autoptr(GError) local_error = NULL;
  SfgPrivateNotes *notes;
  DeletedPlan *deleted;
  char *token;
  guint pos;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (SFG_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_list_store_find (self->plans, plan, &pos))
    {
      g_set_error_literal (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND,
                           _("This plan is no longer in your plans."));
      return NULL;
    }
  if (sfg_library_is_read_only (self, plan))
    {
      g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_READ_ONLY,
                           _("This plan is read-only (it was written by a newer version of "
                             "Scope for Growth or could not be read), so it cannot be deleted "
                             "here."));
      return NULL;
    }

  deleted = g_new0 (DeletedPlan, 1);
  relpath = sfg_library_plan_relpath (sfg_plan_get_id (plan));
  deleted->trash = sfg_store_delete (self->store, relpath, &local_error);
  if (deleted->trash == NULL
      && !g_error_matches (local_error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND))
    {
      sfg_library_deleted_plan_free (deleted);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  /* NOT_FOUND: never written yet (the pending save was dropped). */
  g_clear_error (&local_error);

  nrelpath = sfg_library_notes_relpath (sfg_plan_get_id (plan));
  notes = g_hash_table_lookup (self->notes, sfg_plan_get_id (plan));
  if ((notes == NULL || !sfg_library_is_read_only (self, notes))
      && sfg_library_relpath_is_writable (self, nrelpath))
    {
      deleted->notes_trash = sfg_store_delete (self->store, nrelpath, &local_error);
      if (deleted->notes_trash == NULL
          && !g_error_matches (local_error, SFG_STORE_ERROR, SFG_STORE_ERROR_NOT_FOUND))
        g_message ("The private notes of a deleted plan stay in place: %s", local_error->message);
      if (notes != NULL)
        {
          sfg_library_unwatch (self, notes);
          deleted->notes = g_object_ref (notes);
          g_hash_table_remove (self->notes, sfg_plan_get_id (plan));
        }
    }

  deleted->plan = g_object_ref (plan);
  sfg_library_unwatch (self, plan);
  token = deleted->trash != NULL ? g_strdup (deleted->trash)
                                 : g_strconcat (UNSAVED_PREFIX, sfg_plan_get_id (plan), NULL);
  g_hash_table_replace (self->deleted, g_strdup (token), deleted);
  g_list_store_remove (self->plans, pos);
  sfg_library_schedule_index (self);
  return token;
}

/**
 * sfg_library_undelete_plan:
 * @undo_token: what sfg_library_delete_plan() returned
 *
 * Puts a deleted plan (and its private notes) back, as it was when deleted.
 *
 * Returns: (transfer none) (nullable): the plan, or %NULL with @error
 */
SfgPlan *
sfg_library_undelete_plan (SfgLibrary  *self,
                           const char  *undo_token,
                           GError     **error)
{
  DeletedPlan *deleted;
  g_autoptr(SfgPlan) plan = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *trash;

  g_return_val_if_fail (SFG_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (undo_token != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  deleted = g_hash_table_lookup (self->deleted, undo_token);
  if (deleted == NULL && !g_str_has_prefix (undo_token, "trash/"))
    {
      g_set_error_literal (error, SFG_MODEL_ERROR, SFG_MODEL_ERROR_NOT_FOUND,
                           _("There is no deleted plan to put back."));
      return NULL;
    }
  if (deleted != NULL && sfg_library_lookup_plan (self, sfg_plan_get_id (deleted->plan)) != NULL)
    {
      g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_EXISTS,
                           _("This plan is already back in your plans."));
      return NULL;
    }

  trash = deleted != NULL ? deleted->trash : undo_token;
  if (trash != NULL)
    {
      g_autofree char *relpath = sfg_store_undelete (self->store, trash, error);

      if (relpath == NULL)
        return NULL;
      if (deleted == NULL)
        {
          /* A token from before a restart: the plan comes back from disk. */
          g_autofree char *id = sfg_library_relpath_id (relpath);
          gboolean read_only = FALSE;

          if (sfg_library_lookup_plan (self, id) != NULL)
            {
              g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_EXISTS,
                                   _("This plan is already back in your plans."));
              return NULL;
            }
          plan = sfg_library_load_model (self, relpath, id, sfg_library_parse_plan, &read_only, error);
          if (plan == NULL)
            {
              if (error != NULL && *error == NULL)
                g_set_error_literal (error, SFG_STORE_ERROR, SFG_STORE_ERROR_FAILED,
                                     _("The deleted plan could not be read back."));
              return NULL;
            }
          if (read_only)
            g_hash_table_add (self->read_only, plan);
          sfg_library_add_plan (self, plan, FALSE);
          return plan;
        }
    }

  plan = g_object_ref (deleted->plan);
  if (deleted->notes_trash != NULL)
    {
      g_autofree char *relpath = sfg_store_undelete (self->store, deleted->notes_trash,
                                                     &local_error);

      if (relpath == NULL)
        g_message ("The private notes of a restored plan stay in the trash: %s",
                   local_error->message);
    }
  if (deleted->notes != NULL && !g_hash_table_contains (self->notes, sfg_plan_get_id (plan)))
    {
      sfg_library_add_notes (self, deleted->notes);
      /* The notes' latest state may not have reached the file before deletion. */
      sfg_library_queue_save (self, deleted->notes, (SfgStoreSerializeFunc) sfg_private_notes_to_json);
    }
  /* Likewise the plan: what is in memory is what the user last saw. */
  sfg_library_add_plan (self, plan, TRUE);
  g_hash_table_remove (self->deleted, undo_token);
  return plan;
}
