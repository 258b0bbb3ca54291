/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-person-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-person-row.h"

struct _SfgPersonRow
{
  GtkListBoxRow parent_instance;

  SfgPerson *person;
  GtkLabel *name_label;
  GtkLabel *detail_label;
};

G_DEFINE_FINAL_TYPE (SfgPersonRow, sfg_person_row, GTK_TYPE_LIST_BOX_ROW)

static char *
dup_detail (SfgPerson *person)
{
  const char *role = sfg_person_get_role (person);
  const char *team = sfg_person_get_team (person);

  if (*role != '\0' && *team != '\0')
    /* Translators: a role and a team, as in "Staff nurse · Ward 4" */
    return g_strdup_printf (_("%s · %s"), role, team);
  return g_strdup (*role != '\0' ? role : team);
}

static void
update (SfgPersonRow *self)
{
  const char *name = sfg_person_get_name (self->person);
  g_autofree char *detail = dup_detail (self->person);

  gtk_label_set_label (self->name_label, *name != '\0' ? name : _("Unnamed person"));
  gtk_label_set_label (self->detail_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), *detail != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail,
                                  -1);
}

static void
sfg_person_row_dispose (GObject *object)
{
  SfgPersonRow *self = SFG_PERSON_ROW (object);

  g_clear_object (&self->person);

  G_OBJECT_CLASS (sfg_person_row_parent_class)->dispose (object);
}

static void
sfg_person_row_class_init (SfgPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sfg_person_row_dispose;
}

static void
sfg_person_row_init (SfgPersonRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  /* Long names and roles are cut, not widening the sidebar. */
  gtk_label_set_max_width_chars (self->name_label, 28);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->name_label));

  self->detail_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->detail_label, 0);
  gtk_label_set_ellipsize (self->detail_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->detail_label, 32);
  gtk_widget_add_css_class (GTK_WIDGET (self->detail_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->detail_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->detail_label));

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

GtkWidget *
sfg_person_row_new (SfgPerson *person)
{
  SfgPersonRow *self;

  g_return_val_if_fail (SFG_IS_PERSON (person), NULL);

  self = g_object_new (SFG_TYPE_PERSON_ROW, NULL);
  self->person = g_object_ref (person);
  g_signal_connect_object (person, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SfgPerson *
sfg_person_row_get_person (SfgPersonRow *self)
{
  g_return_val_if_fail (SFG_IS_PERSON_ROW (self), NULL);

  return self->person;
}
