/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-report"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-report-private.h"

/* Enough for any real name; a title is one line. */
#define TITLE_MAX_NAME_CHARS 200
#define FILENAME_MAX_TITLE_BYTES 200

/*
 * SfgReport: one plan or journal, laid out for a page size.  Layout uses a
 * pango context of its own with hinting off and 72 units per inch, so the
 * same line breaks and page breaks come out on paper, in a PDF and in the
 * preview at any zoom.
 */

struct _SfgReport
{
  GObject       parent_instance;

  GObject      *document;           /* SfgPlan or SfgJournal */
  gboolean      include_unanswered;
  SfgReportDoc *doc;                /* NULL until paginated */
  double        page_width;
  double        page_height;
};

G_DEFINE_FINAL_TYPE (SfgReport, sfg_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (sfg-report-error-quark, sfg_report_error)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_INCLUDE_UNANSWERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sfg_report_finalize (GObject *object)
{
  SfgReport *self = SFG_REPORT (object);

  g_clear_pointer (&self->doc, sfg_report_doc_free);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sfg_report_parent_class)->finalize (object);
}

static void
sfg_report_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SfgReport *self = SFG_REPORT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_INCLUDE_UNANSWERED:
      g_value_set_boolean (value, self->include_unanswered);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_report_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SfgReport *self = SFG_REPORT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      {
        GObject *document = g_value_get_object (value);

        g_return_if_fail (SFG_IS_PLAN (document) || SFG_IS_JOURNAL (document));
        self->document = g_object_ref (document);
      }
      break;
    case PROP_INCLUDE_UNANSWERED:
      sfg_report_set_include_unanswered (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_report_class_init (SfgReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sfg_report_finalize;
  object_class->get_property = sfg_report_get_property;
  object_class->set_property = sfg_report_set_property;

  /**
   * SfgReport:document:
   *
   * The SfgPlan or SfgJournal printed.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                         | G_PARAM_STATIC_STRINGS);

  /**
   * SfgReport:include-unanswered:
   *
   * For a journal: print the questions not answered yet too, with lines to
   * write on.  Takes effect at the next sfg_report_paginate().
   */
  properties[PROP_INCLUDE_UNANSWERED] =
    g_param_spec_boolean ("include-unanswered", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sfg_report_init (SfgReport *self)
{
}

SfgReport *
sfg_report_new_for_plan (SfgPlan *plan)
{
  g_return_val_if_fail (SFG_IS_PLAN (plan), NULL);

  return g_object_new (SFG_TYPE_REPORT, "document", plan, NULL);
}

SfgReport *
sfg_report_new_for_journal (SfgJournal *journal)
{
  g_return_val_if_fail (SFG_IS_JOURNAL (journal), NULL);

  return g_object_new (SFG_TYPE_REPORT, "document", journal, NULL);
}

GObject *
sfg_report_get_document (SfgReport *self)
{
  g_return_val_if_fail (SFG_IS_REPORT (self), NULL);

  return self->document;
}

gboolean
sfg_report_get_include_unanswered (SfgReport *self)
{
  g_return_val_if_fail (SFG_IS_REPORT (self), FALSE);

  return self->include_unanswered;
}

void
sfg_report_set_include_unanswered (SfgReport *self,
                                   gboolean   include_unanswered)
{
  g_return_if_fail (SFG_IS_REPORT (self));

  include_unanswered = !!include_unanswered;
  if (self->include_unanswered == include_unanswered)
    return;

  self->include_unanswered = include_unanswered;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_UNANSWERED]);
}

/* A name can hold anything: in a title it is one line of reasonable
 * length that cairo accepts as a PDF's title (it refuses non-characters,
 * and the surface then draws nothing). */
static char *
title_name (const char *name)
{
  g_autofree char *head = sfg_report_text_head (name, TITLE_MAX_NAME_CHARS);
  char *drawable = sfg_report_text_drawable (head);

  for (char *p = drawable; *p != '\0'; p++)
    if (g_ascii_iscntrl (*p))
      *p = ' ';
  return drawable;
}

/* The print job's name, the preview's title and the PDF's title. */
char *
sfg_report_dup_title (SfgReport *self)
{
  const char *name;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (SFG_IS_REPORT (self), NULL);

  if (SFG_IS_PLAN (self->document))
    {
      name = sfg_plan_get_name (SFG_PLAN (self->document));
      if (sfg_report_text_is_blank (name))
        return g_strdup (_("Aspirational Development Plan"));
      shown = title_name (name);
      /* Translators: the title of a printed plan's PDF and print job; %s is the person */
      return g_strdup_printf (_("Aspirational Development Plan — %s"), shown);
    }

  name = sfg_journal_get_name (SFG_JOURNAL (self->document));
  if (sfg_report_text_is_blank (name))
    return g_strdup (_("Preparation and Reflection Journal"));
  shown = title_name (name);
  /* Translators: the title of a printed journal's PDF and print job; %s is the person */
  return g_strdup_printf (_("Preparation and Reflection Journal — %s"), shown);
}

/* "Aspirational Development Plan — Sam Jones — 2025-03-30.pdf", safe as a
 * file name. */
char *
sfg_report_dup_suggested_filename (SfgReport *self)
{
  g_autofree char *title = NULL;
  const char *date;
  GString *name;

  g_return_val_if_fail (SFG_IS_REPORT (self), NULL);

  title = sfg_report_dup_title (self);
  date = SFG_IS_PLAN (self->document) ? sfg_plan_get_date (SFG_PLAN (self->document))
                                      : sfg_journal_get_date (SFG_JOURNAL (self->document));
  /* A file name is at most 255 bytes: keep whole characters of the title
   * within FILENAME_MAX_TITLE_BYTES, room for the date and ".pdf". */
  name = g_string_new (title);
  if (name->len > FILENAME_MAX_TITLE_BYTES)
    {
      const char *end = g_utf8_find_prev_char (name->str, name->str + FILENAME_MAX_TITLE_BYTES + 1);

      g_string_truncate (name, end - name->str);
      g_string_append (name, "…");
    }
  if (date != NULL && *date != '\0')
    g_string_append_printf (name, " — %s", date);
  for (gsize i = 0; i < name->len; i++)
    if (name->str[i] == G_DIR_SEPARATOR || name->str[i] == '\\' || name->str[i] == ':'
        || (guchar) name->str[i] < 0x20)
      name->str[i] = '-';
  g_string_append (name, ".pdf");
  return g_string_free (name, FALSE);
}

static PangoContext *
create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: layout must not depend on the device it is shown on. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_get_default ());
  return context;
}

void
sfg_report_margins_init_default (SfgReportMargins *margins)
{
  margins->top = margins->right = margins->bottom = margins->left = SFG_REPORT_DEFAULT_MARGIN;
}

/**
 * sfg_report_paginate:
 * @page_width: the paper's width in points, in the orientation printed
 * @page_height: likewise its height
 * @margins: (nullable): the empty border of the paper; %NULL for the default
 *
 * Lays the document out as the model is now.  Everything drawn, page
 * header and footer included, stays inside the margins.
 */
void
sfg_report_paginate (SfgReport              *self,
                     double                  page_width,
                     double                  page_height,
                     const SfgReportMargins *margins)
{
  PangoContext *context;
  SfgReportMargins defaults;

  g_return_if_fail (SFG_IS_REPORT (self));
  g_return_if_fail (page_width > 0 && page_height > 0);

  if (margins == NULL)
    {
      sfg_report_margins_init_default (&defaults);
      margins = &defaults;
    }

  g_clear_pointer (&self->doc, sfg_report_doc_free);
  context = create_context ();
  self->page_width = page_width;
  self->page_height = page_height;
  self->doc = sfg_report_doc_new (context, page_width, page_height, margins);
  g_object_unref (context);
  if (SFG_IS_PLAN (self->document))
    sfg_report_build_plan (self->doc, SFG_PLAN (self->document));
  else
    sfg_report_build_journal (self->doc, SFG_JOURNAL (self->document), self->include_unanswered);
  sfg_report_doc_paginate (self->doc);
}

guint
sfg_report_get_n_pages (SfgReport *self)
{
  g_return_val_if_fail (SFG_IS_REPORT (self), 0);

  return self->doc != NULL ? sfg_report_doc_get_n_pages (self->doc) : 0;
}

void
sfg_report_get_page_size (SfgReport *self,
                          double    *width,
                          double    *height)
{
  g_return_if_fail (SFG_IS_REPORT (self));

  if (width != NULL)
    *width = self->page_width;
  if (height != NULL)
    *height = self->page_height;
}

/**
 * sfg_report_draw_page:
 * @cr: user space in points, the origin at the paper's top-left corner
 * @page: from 0, below sfg_report_get_n_pages()
 */
void
sfg_report_draw_page (SfgReport *self,
                      cairo_t   *cr,
                      guint      page)
{
  g_return_if_fail (SFG_IS_REPORT (self));
  g_return_if_fail (self->doc != NULL);
  g_return_if_fail (page < sfg_report_doc_get_n_pages (self->doc));

  sfg_report_doc_draw_page (self->doc, cr, page);
}

const SfgReportPlacement *
sfg_report_get_placements (SfgReport *self,
                           guint     *n_placements)
{
  g_return_val_if_fail (SFG_IS_REPORT (self), NULL);
  g_return_val_if_fail (self->doc != NULL, NULL);

  return sfg_report_doc_get_placements (self->doc, n_placements);
}
