/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: an organisation's framework file (FORMAT.md §11) through
 * sfg_org_framework_new_from_data(); a file it accepts is applied to a
 * framework and taken away again, which must give back the built-in content
 * exactly. */

#include "fuzz-common.h"
#include "sfg-framework.h"
#include "sfg-journal-template.h"
#include "sfg-org-framework.h"

/* A link is shown as a button that opens it: only a web address will do. */
static void
check_link (const char *link)
{
  const char *scheme;

  if (link == NULL)
    return;
  /* Schemes are case-insensitive: g_uri_peek_scheme() lowers them. */
  scheme = g_uri_peek_scheme (link);
  if (!g_utf8_validate (link, -1, NULL)
      || !(g_strcmp0 (scheme, "https") == 0 || g_strcmp0 (scheme, "http") == 0))
    sfg_fuzz_fail ("a link that is not a web address was accepted: %s", link);
}

/* The initiative ids of every position, in order, as one string. */
static char *
describe (SfgFramework    *framework,
          SfgOrgFramework *org)
{
  const SfgPosition *positions;
  guint n_positions = 0;
  GString *out = g_string_new (NULL);

  positions = sfg_framework_get_positions (&n_positions);
  for (guint i = 0; i < n_positions; i++)
    {
      GPtrArray *initiatives = sfg_framework_get_initiatives (framework,
                                                              positions[i].id);

      g_string_append_printf (out, "%s:", positions[i].id);
      for (guint j = 0; initiatives != NULL && j < initiatives->len; j++)
        {
          SfgInitiative *initiative = g_ptr_array_index (initiatives, j);

          if (sfg_framework_lookup_initiative (framework, sfg_initiative_get_id (initiative))
              == NULL)
            sfg_fuzz_fail ("initiative “%s” is listed but not found",
                           sfg_initiative_get_id (initiative));
          if (!g_utf8_validate (sfg_initiative_get_text (initiative), -1, NULL))
            sfg_fuzz_fail ("initiative “%s” has text that is not UTF-8",
                           sfg_initiative_get_id (initiative));
          if (org != NULL)
            check_link (sfg_org_framework_get_initiative_link (org,
                                                               sfg_initiative_get_id (initiative)));
          g_string_append_printf (out, " %s", sfg_initiative_get_id (initiative));
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* Every link the file gives is for a resource the journal has. */
static void
check_resource_links (SfgOrgFramework *org)
{
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
  const SfgResourceGroup *groups;
  guint n_groups = 0;

  groups = sfg_journal_template_get_resource_groups (&n_groups);
  for (guint i = 0; i < n_groups; i++)
    for (guint j = 0; j < groups[i].n_resources; j++)
      {
        const char *link = sfg_org_framework_get_resource_link (org, groups[i].resources[j]);

        check_link (link);
        if (link != NULL)
          g_hash_table_add (linked, (gpointer) groups[i].resources[j]);
      }
  if (g_hash_table_size (linked) != sfg_org_framework_get_n_resource_links (org))
    sfg_fuzz_fail ("%u resource links, %u of them for the journal's resources",
                   sfg_org_framework_get_n_resource_links (org), g_hash_table_size (linked));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SfgOrgFramework) org = NULL;
  g_autoptr(SfgFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *builtin = NULL;
  g_autofree char *restored = NULL;

  sfg_fuzz_init ();
  org = sfg_org_framework_new_from_data ((const char *) data, size, &error);
  if (org == NULL)
    {
      sfg_fuzz_check_refusal (error, SFG_ORG_FRAMEWORK_ERROR);
      return 0;
    }
  if (error != NULL)
    sfg_fuzz_fail ("a framework file and an error: %s", error->message);

  check_resource_links (org);
  framework = sfg_framework_new ();
  builtin = describe (framework, NULL);

  if (sfg_org_framework_apply (org, framework, &error))
    {
      g_autofree char *applied = describe (framework, org);

      if (sfg_org_framework_get_applied (framework) != org)
        sfg_fuzz_fail ("the applied file is not remembered");
      if (sfg_org_framework_get_n_positions (org) == 0 && g_strcmp0 (applied, builtin) != 0)
        sfg_fuzz_fail ("a file without positions changed the initiatives");
    }
  else
    {
      g_autofree char *unchanged = describe (framework, NULL);

      sfg_fuzz_check_refusal (error, SFG_ORG_FRAMEWORK_ERROR);
      if (g_strcmp0 (unchanged, builtin) != 0)
        sfg_fuzz_fail ("a file that could not be applied changed the framework");
      g_clear_error (&error);
    }

  if (!sfg_org_framework_apply (NULL, framework, &error))
    sfg_fuzz_fail ("the built-in content could not be restored: %s", error->message);
  restored = describe (framework, NULL);
  if (g_strcmp0 (restored, builtin) != 0)
    sfg_fuzz_fail ("taking the file away did not restore the built-in content:\n%s\n---\n%s",
                   builtin, restored);
  if (sfg_org_framework_get_applied (framework) != NULL)
    sfg_fuzz_fail ("the framework still names a file after restoring");
  return 0;
}
