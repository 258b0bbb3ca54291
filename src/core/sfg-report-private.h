/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "sfg-report.h"

G_BEGIN_DECLS

/*
 * Shared by sfg-report*.c.  A report is built as a document: a list of
 * slices (one line of a paragraph, one band of a table row, one drawing)
 * laid out for one content width; pagination then places the slices on
 * pages, and drawing replays the placements.  Nothing here is for the app.
 */

typedef enum
{
  SFG_REPORT_STYLE_BODY,        /* running text */
  SFG_REPORT_STYLE_SMALL,       /* notes, secondary text */
  SFG_REPORT_STYLE_LABEL,       /* field labels, table header */
  SFG_REPORT_STYLE_HEADING,     /* a section */
  SFG_REPORT_STYLE_SECTION,     /* a part of a section */
  SFG_REPORT_STYLE_SUBHEADING,  /* a question, a sub-list */
  SFG_REPORT_STYLE_TITLE,       /* the document title */
  SFG_REPORT_STYLE_RUNNING,     /* page header and footer */
  SFG_REPORT_N_STYLES
} SfgReportStyle;

typedef struct _SfgReportDoc   SfgReportDoc;
typedef struct _SfgReportTable SfgReportTable;

typedef void (*SfgReportDrawFunc) (SfgReportDoc *doc,
                                   cairo_t      *cr,
                                   double        x,
                                   double        y,
                                   double        width,
                                   gpointer      data);

/* What every page shows above and below the content. */
typedef struct
{
  char *header_start;
  char *header_end;
  char *footer_start;
  char *footer_notice;   /* nullable: shown in bold in the middle */
} SfgReportRunning;

/* Where a tagged slice landed: for tests that check the layout. */
typedef struct
{
  const char *tag;       /* interned */
  guint       page;
  double      y;
  double      height;
} SfgReportPlacement;

#define SFG_REPORT_FONT_FAMILY "Cantarell, DejaVu Sans, Noto Sans, sans-serif"

/* ---- sfg-report-layout.c: the document ---- */

SfgReportDoc           *sfg_report_doc_new              (PangoContext      *context,
                                                         double             page_width,
                                                         double             page_height,
                                                         const SfgReportMargins *margins);
void                    sfg_report_doc_free             (SfgReportDoc      *doc);
double                  sfg_report_doc_get_width        (SfgReportDoc      *doc);
double                  sfg_report_doc_get_content_height (SfgReportDoc    *doc);
SfgReportRunning       *sfg_report_doc_get_running      (SfgReportDoc      *doc);
PangoLayout            *sfg_report_doc_create_layout    (SfgReportDoc      *doc,
                                                         SfgReportStyle     style,
                                                         double             width);
GPtrArray              *sfg_report_doc_create_paragraphs (SfgReportDoc     *doc,
                                                         SfgReportStyle     style,
                                                         double             width,
                                                         const char        *text,
                                                         gboolean           is_markup);
void                    sfg_report_doc_begin_section    (SfgReportDoc      *doc,
                                                         const char        *title);
void                    sfg_report_doc_end_section      (SfgReportDoc      *doc);
void                    sfg_report_doc_add_text         (SfgReportDoc      *doc,
                                                         SfgReportStyle     style,
                                                         const char        *text,
                                                         const char        *tag);
void                    sfg_report_doc_add_markup       (SfgReportDoc      *doc,
                                                         SfgReportStyle     style,
                                                         const char        *markup,
                                                         double             indent,
                                                         const char        *tag);
void                    sfg_report_doc_add_heading      (SfgReportDoc      *doc,
                                                         SfgReportStyle     style,
                                                         const char        *text,
                                                         const char        *tag);
void                    sfg_report_doc_add_list_item    (SfgReportDoc      *doc,
                                                         const char        *marker,
                                                         const char        *text,
                                                         const char        *tag);
void                    sfg_report_doc_add_space        (SfgReportDoc      *doc,
                                                         double             height);
void                    sfg_report_doc_add_drawing      (SfgReportDoc      *doc,
                                                         double             height,
                                                         SfgReportDrawFunc  func,
                                                         gpointer           data,
                                                         GDestroyNotify     destroy,
                                                         const char        *tag);
void                    sfg_report_doc_add_notice       (SfgReportDoc      *doc,
                                                         const char        *title,
                                                         const char        *text,
                                                         const char        *tag);
void                    sfg_report_doc_add_ruled_lines  (SfgReportDoc      *doc,
                                                         guint              n_lines,
                                                         const char        *tag);
void                    sfg_report_doc_keep_with_next   (SfgReportDoc      *doc);

SfgReportTable         *sfg_report_doc_add_table        (SfgReportDoc      *doc,
                                                         guint              n_columns,
                                                         const double      *fractions);
void                    sfg_report_table_set_header     (SfgReportTable    *table,
                                                         const char * const *labels,
                                                         const char        *tag);
void                    sfg_report_table_add_row        (SfgReportTable    *table,
                                                         const char * const *markup,
                                                         const char        *tag);
void                    sfg_report_table_add_blank_rows (SfgReportTable    *table,
                                                         guint              n_rows,
                                                         const char        *tag);

void                    sfg_report_doc_paginate         (SfgReportDoc      *doc);
guint                   sfg_report_doc_get_n_pages      (SfgReportDoc      *doc);
void                    sfg_report_doc_draw_page        (SfgReportDoc      *doc,
                                                         cairo_t           *cr,
                                                         guint              page);
const SfgReportPlacement *sfg_report_doc_get_placements (SfgReportDoc      *doc,
                                                         guint             *n_placements);

/* ---- small helpers ---- */

PangoFontDescription   *sfg_report_style_get_font       (SfgReportStyle     style);
char                   *sfg_report_format_date          (const char        *date);
char                   *sfg_report_format_date_short    (const char        *date);
char                   *sfg_report_short_id             (const char        *id);
gboolean                sfg_report_text_is_blank        (const char        *text);
char                   *sfg_report_text_head            (const char        *text,
                                                         guint              max_chars);
char                   *sfg_report_text_drawable        (const char        *text);

/* ---- the two documents ---- */

void                    sfg_report_build_plan           (SfgReportDoc      *doc,
                                                         SfgPlan           *plan);
void                    sfg_report_build_journal        (SfgReportDoc      *doc,
                                                         SfgJournal        *journal,
                                                         gboolean           include_unanswered);

/* ---- sfg-report-grid.c: the 3×3 grid drawing ---- */

void                    sfg_report_add_grid             (SfgReportDoc      *doc,
                                                         const char        *current_position,
                                                         const char        *aspiration,
                                                         const char        *tag);

/* ---- sfg-report-signatures.c: the block that is never split ---- */

void                    sfg_report_add_signatures       (SfgReportDoc      *doc,
                                                         SfgPlan           *plan,
                                                         const char        *tag);

/* ---- for tests ---- */

const SfgReportPlacement *sfg_report_get_placements     (SfgReport         *self,
                                                         guint             *n_placements);

G_END_DECLS
