/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-journal-resources"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-journal-resources.h"

struct _SfgJournalResources
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (SfgJournalResources, sfg_journal_resources, GTK_TYPE_WIDGET)

static void
sfg_journal_resources_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sfg_journal_resources_parent_class)->dispose (object);
}

static void
sfg_journal_resources_class_init (SfgJournalResourcesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sfg_journal_resources_dispose;

  gtk_widget_class_set_css_name (widget_class, "sfgjournalresources");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
sfg_journal_resources_init (SfgJournalResources *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Preparation resources"),
                                  -1);
}

static GtkWidget *
resource_item (const char *title,
               const char *link)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", link != NULL ? "web-browser-symbolic"
                                                            : "user-bookmarks-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  GtkWidget *label;

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_box_append (GTK_BOX (box), icon);

  if (link != NULL)
    {
      g_autofree char *escaped_link = g_markup_escape_text (link, -1);
      g_autofree char *escaped_title = g_markup_escape_text (title, -1);
      g_autofree char *markup = g_strdup_printf ("<a href=\"%s\">%s</a>", escaped_link,
                                                 escaped_title);

      label = gtk_label_new (NULL);
      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_widget_set_tooltip_text (label, link);
    }
  else
    {
      label = gtk_label_new (title);
    }

  g_object_set (label, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR, "xalign", 0.0f,
                "hexpand", TRUE, NULL);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

GtkWidget *
sfg_journal_resources_new (const SfgResourceGroup *group,
                           const char             *heading,
                           SfgOrgFramework        *org)
{
  SfgJournalResources *self;
  GtkWidget *title;
  GtkWidget *explanation;
  gboolean any_link = FALSE;

  g_return_val_if_fail (group != NULL, NULL);
  g_return_val_if_fail (org == NULL || SFG_IS_ORG_FRAMEWORK (org), NULL);

  self = g_object_new (SFG_TYPE_JOURNAL_RESOURCES, NULL);

  title = gtk_label_new (heading);
  g_object_set (title, "wrap", TRUE, "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_parent (title, GTK_WIDGET (self));

  for (guint i = 0; i < group->n_resources; i++)
    {
      /* The organisation's file names resources by their English title. */
      const char *link = org != NULL
                         ? sfg_org_framework_get_resource_link (org, group->resources[i])
                         : NULL;

      any_link |= link != NULL;
      gtk_widget_set_parent (resource_item (sfg_resource_group_get_resource (group, i), link),
                             GTK_WIDGET (self));
    }

  explanation = gtk_label_new (any_link
                               ? _("Links come from your organisation.")
                               : _("Your organisation can tell you where to find them."));
  g_object_set (explanation, "wrap", TRUE, "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (explanation, "caption");
  gtk_widget_add_css_class (explanation, "dim-label");
  gtk_widget_set_parent (explanation, GTK_WIDGET (self));

  return GTK_WIDGET (self);
}
