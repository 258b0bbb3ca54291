/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "sfg-journal.h"
#include "sfg-plan.h"

G_BEGIN_DECLS

/* Paper sizes in points (1/72 inch). */
#define SFG_REPORT_A4_WIDTH      595.275590551
#define SFG_REPORT_A4_HEIGHT     841.889763780
#define SFG_REPORT_LETTER_WIDTH  612.0
#define SFG_REPORT_LETTER_HEIGHT 792.0

/* The margins used when nobody chose wider ones: 18 mm. */
#define SFG_REPORT_DEFAULT_MARGIN 51.023622047

typedef struct
{
  double top;
  double right;
  double bottom;
  double left;
} SfgReportMargins;

typedef enum
{
  SFG_REPORT_ERROR_EMPTY,
  SFG_REPORT_ERROR_FAILED,
} SfgReportError;

#define SFG_REPORT_ERROR (sfg_report_error_quark ())

GQuark sfg_report_error_quark (void);

#define SFG_TYPE_REPORT (sfg_report_get_type ())

G_DECLARE_FINAL_TYPE (SfgReport, sfg_report, SFG, REPORT, GObject)

/*
 * The printed form of a plan or a journal, laid out with pango for one page
 * size and drawn page by page onto any cairo_t whose user space is points
 * with the origin at the paper's top-left corner (print, PDF, preview).
 *
 * A report for a plan is built from the SfgPlan alone: it has no way to
 * reach a journal or a manager's private notes, so none can be printed.
 *
 * sfg_report_paginate() reads the model as it is then; call it again after
 * the model changed (the report never follows changes by itself).
 */
SfgReport  *sfg_report_new_for_plan               (SfgPlan                *plan);
SfgReport  *sfg_report_new_for_journal            (SfgJournal             *journal);

GObject    *sfg_report_get_document               (SfgReport              *self);
gboolean    sfg_report_get_include_unanswered     (SfgReport              *self);
void        sfg_report_set_include_unanswered     (SfgReport              *self,
                                                   gboolean                include_unanswered);
char       *sfg_report_dup_title                  (SfgReport              *self);
char       *sfg_report_dup_suggested_filename     (SfgReport              *self);

void        sfg_report_paginate                   (SfgReport              *self,
                                                   double                  page_width,
                                                   double                  page_height,
                                                   const SfgReportMargins *margins);
guint       sfg_report_get_n_pages                (SfgReport              *self);
void        sfg_report_get_page_size              (SfgReport              *self,
                                                   double                 *width,
                                                   double                 *height);
void        sfg_report_draw_page                  (SfgReport              *self,
                                                   cairo_t                *cr,
                                                   guint                   page);

void        sfg_report_margins_init_default       (SfgReportMargins       *margins);

gboolean    sfg_report_write_pdf                  (SfgReport              *self,
                                                   const char             *path,
                                                   double                  page_width,
                                                   double                  page_height,
                                                   const SfgReportMargins *margins,
                                                   GError                **error);

G_END_DECLS
