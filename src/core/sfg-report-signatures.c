/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-report"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-plan-template.h"
#include "sfg-report-doc.h"

/*
 * The signature block: one drawing, so pagination can never split it.  For
 * the individual and the line manager: a line to sign on, the printed name
 * and the date, filled in from the agreement when there is one.
 */

#define COLUMN_GAP      28.0
#define SIGN_SPACE      36.0
#define VALUE_GAP       12.0
#define MAX_NAME_LINES  3
#define MAX_NAME_CHARS  600   /* more than three lines hold */

typedef struct
{
  PangoLayout *layout;      /* NULL for a rule */
  double       x;
  double       y;
  double       x2;          /* a rule's end */
} Op;

typedef struct
{
  GArray *ops;
} Block;

static void
block_free (gpointer data)
{
  Block *block = data;

  for (guint i = 0; i < block->ops->len; i++)
    g_clear_object (&g_array_index (block->ops, Op, i).layout);
  g_array_unref (block->ops);
  g_free (block);
}

static double
add_text (Block       *block,
          PangoLayout *layout,
          double       x,
          double       y)
{
  Op op = { layout, x, y, 0 };
  int height;

  g_array_append_val (block->ops, op);
  pango_layout_get_size (layout, NULL, &height);
  return y + height / (double) PANGO_SCALE;
}

static void
add_rule (Block  *block,
          double  x,
          double  x2,
          double  y)
{
  Op op = { NULL, x, y, x2 };

  g_array_append_val (block->ops, op);
}

static PangoLayout *
make (SfgReportDoc   *doc,
      SfgReportStyle  style,
      double          width,
      const char     *text)
{
  PangoLayout *layout = sfg_report_doc_create_layout (doc, style, width);
  g_autofree char *drawable = sfg_report_text_drawable (text != NULL ? text : "");

  pango_layout_set_text (layout, drawable, -1);
  return layout;
}

static PangoLayout *
make_label (SfgReportDoc *doc,
            double        width,
            const char   *text)
{
  PangoLayout *layout = sfg_report_doc_create_layout (doc, SFG_REPORT_STYLE_LABEL, width);
  g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"#404040\">%s</span>",
                                                     text);

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* A value written on a line, its label under the line; returns the bottom. */
static double
add_field (SfgReportDoc *doc,
           Block        *block,
           double        x,
           double        y,
           double        width,
           const char   *value,
           const char   *label)
{
  g_autofree char *head = sfg_report_text_head (value != NULL ? value : "", MAX_NAME_CHARS);
  PangoLayout *layout = make (doc, SFG_REPORT_STYLE_BODY, width, head);

  /* A name this long is a mistake; it must not push the block off the page.
   * The limit counts the lines of each paragraph: the name is one, its
   * line breaks shown as symbols. */
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_height (layout, -MAX_NAME_LINES);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  y = add_text (block, layout, x, y) + 2.0;
  add_rule (block, x, x + width, y);
  return add_text (block, make_label (doc, width, label), x, y + 2.0);
}

static double
add_column (SfgReportDoc *doc,
            Block        *block,
            double        x,
            double        y,
            double        width,
            const char   *title,
            const char   *signature_label,
            const char   *name,
            const char   *date)
{
  y = add_text (block, make (doc, SFG_REPORT_STYLE_SUBHEADING, width, title), x, y);
  y += SIGN_SPACE;
  add_rule (block, x, x + width, y);
  y = add_text (block, make_label (doc, width, signature_label), x, y + 2.0);
  y = add_field (doc, block, x, y + VALUE_GAP, width, name,
                 /* Translators: under the name written on a printed plan's signature block */
                 _("Printed name"));
  return add_field (doc, block, x, y + VALUE_GAP, width, date,
                    /* Translators: under the date on a printed plan's signature block */
                    C_("signature", "Date"));
}

static void
draw_block (SfgReportDoc *doc,
            cairo_t      *cr,
            double        x,
            double        y,
            double        width,
            gpointer      data)
{
  Block *block = data;

  cairo_set_line_width (cr, 0.7);
  for (guint i = 0; i < block->ops->len; i++)
    {
      Op *op = &g_array_index (block->ops, Op, i);

      cairo_set_source_rgb (cr, 0, 0, 0);
      if (op->layout != NULL)
        {
          cairo_move_to (cr, x + op->x, y + op->y);
          pango_cairo_show_layout (cr, op->layout);
        }
      else
        {
          cairo_move_to (cr, x + op->x, y + op->y);
          cairo_line_to (cr, x + op->x2, y + op->y);
          cairo_stroke (cr);
        }
    }
}

void
sfg_report_add_signatures (SfgReportDoc *doc,
                           SfgPlan      *plan,
                           const char   *tag)
{
  Block *block = g_new0 (Block, 1);
  double width = sfg_report_doc_get_width (doc);
  gboolean agreed = sfg_plan_get_status (plan) == SFG_PLAN_STATUS_AGREED;
  gboolean beside = width >= 320;
  double column = beside ? (width - COLUMN_GAP) / 2 : width;
  g_autofree char *statement = NULL;
  g_autofree char *status = NULL;
  g_autofree char *date = NULL;
  const char *individual;
  const char *manager;
  double y = 0;
  double left_bottom, right_bottom;
  double rule_y;

  block->ops = g_array_new (FALSE, FALSE, sizeof (Op));

  y = add_text (block, make (doc, SFG_REPORT_STYLE_HEADING, width,
                             _("Agreement and signatures")), 0, y);
  rule_y = y + 2.6;
  add_rule (block, 0, width, rule_y);
  y = rule_y + 6.0;

  statement = g_strdup_printf ("%s %s", sfg_plan_template_get_owner_statement (),
                               sfg_plan_template_get_signature_note ());
  y = add_text (block, make (doc, SFG_REPORT_STYLE_SMALL, width, statement), 0, y);

  if (agreed)
    {
      g_autofree char *agreed_date = sfg_report_format_date (sfg_plan_get_agreed_date (plan));
      g_autofree char *revision = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                   sfg_plan_get_revision (plan));

      /* Translators: on a printed plan; the date, then the plan's revision number */
      status = g_strdup_printf (_("Agreed on %s (revision %s)."), agreed_date, revision);
      individual = sfg_plan_get_individual_name (plan);
      manager = sfg_plan_get_manager_name (plan);
      date = g_steal_pointer (&agreed_date);
    }
  else
    {
      status = g_strdup (_("Not agreed yet in Scope for Growth: sign and date by hand once the "
                           "plan has been agreed."));
      individual = sfg_plan_get_name (plan);
      manager = sfg_plan_get_line_manager (plan);
      date = g_strdup ("");
    }
  y = add_text (block, make (doc, SFG_REPORT_STYLE_SMALL, width, status), 0, y) + 10.0;

  left_bottom = add_column (doc, block, 0, y, column, _("Individual"),
                            _("Signature of the individual"), individual, date);
  if (beside)
    right_bottom = add_column (doc, block, column + COLUMN_GAP, y, column, _("Line manager"),
                               _("Signature of the line manager"), manager, date);
  else
    right_bottom = add_column (doc, block, 0, left_bottom + 18.0, column, _("Line manager"),
                               _("Signature of the line manager"), manager, date);

  sfg_report_doc_add_drawing (doc, MAX (left_bottom, right_bottom) + 4.0, draw_block, block,
                              block_free, tag);
}
