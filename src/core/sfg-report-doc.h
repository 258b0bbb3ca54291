/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-report-private.h"

G_BEGIN_DECLS

/*
 * The inside of an SfgReportDoc, shared by sfg-report-layout.c (building)
 * and sfg-report-paginate.c (placing and drawing).  All lengths are points.
 */

#define SFG_REPORT_CELL_PAD_X   5.0
#define SFG_REPORT_CELL_PAD_Y   4.0
#define SFG_REPORT_BLANK_ROW    24.0
#define SFG_REPORT_EPSILON      0.01

typedef enum
{
  SFG_REPORT_SLICE_LINE,       /* one line of a paragraph */
  SFG_REPORT_SLICE_SPACE,      /* vertical space, dropped at the top of a page */
  SFG_REPORT_SLICE_BAND,       /* one band of a table row */
  SFG_REPORT_SLICE_DRAWING,    /* anything drawn by a callback, never split */
} SfgReportSliceKind;

typedef struct _SfgReportSection SfgReportSection;
typedef struct _SfgReportRow     SfgReportRow;

typedef struct
{
  SfgReportSliceKind kind;
  double             height;
  const char        *tag;             /* interned, nullable */
  SfgReportSection  *section;         /* nullable */
  guint              keep_with_next : 1;
  guint              section_start  : 1;
  union
  {
    struct
    {
      PangoLayoutLine *line;
      PangoLayoutLine *marker;        /* a list item's number, nullable */
      double           x;             /* of the line's origin, from the content's left */
      double           marker_x;
      double           baseline;      /* from the slice's top */
    } line;
    struct
    {
      SfgReportRow *row;
      guint         index;
    } band;
    struct
    {
      SfgReportDrawFunc func;
      gpointer          data;
      GDestroyNotify    destroy;
    } drawing;
  };
} SfgReportSlice;

struct _SfgReportSection
{
  SfgReportSlice *caption;            /* "Title (continued)", not in the flow */
};

/* The lines of one table cell, measured from the cell's text top. */
typedef struct
{
  guint             n_lines;
  PangoLayoutLine **lines;
  double           *top;
  double           *bottom;
  double           *baseline;
  double           *x;
} SfgReportCell;

struct _SfgReportRow
{
  SfgReportTable *table;
  SfgReportCell  *cells;              /* table->n_columns of them */
  double          content_height;     /* without padding */
  double         *breaks;             /* n_bands + 1 offsets into the content, 0 … content_height */
  guint           n_bands;
  gboolean        is_header;
};

struct _SfgReportTable
{
  SfgReportDoc   *doc;
  guint           n_columns;
  double         *x;                  /* column lefts, from the content's left */
  double         *width;
  SfgReportRow   *header;
  SfgReportSlice *header_repeat;      /* placed at the top of a page the table continues on */
};

typedef struct
{
  SfgReportSlice *slice;
  guint           page;
  double          y;
  guint           first_on_page : 1;
  guint           last_on_page  : 1;
} SfgReportPlaced;

struct _SfgReportDoc
{
  PangoContext      *context;
  SfgReportRunning   running;

  double             page_width;
  double             page_height;
  SfgReportMargins   margins;
  double             width;           /* of the content */
  double             running_height;  /* one line of the page header or footer */
  double             content_top;
  double             content_bottom;

  GPtrArray         *slices;          /* the flow, SfgReportSlice* */
  GPtrArray         *extra_slices;    /* captions and repeated headers */
  GPtrArray         *layouts;         /* kept alive for their lines */
  GPtrArray         *sections;
  GPtrArray         *tables;
  GPtrArray         *rows;
  SfgReportSection  *section;         /* the open one, nullable */
  gboolean           section_fresh;   /* the next slice starts it */

  GArray            *placed;          /* SfgReportPlaced, page by page */
  GArray            *page_starts;     /* guint: index into placed */
  GArray            *placements;      /* SfgReportPlacement, tagged slices only */
};

SfgReportSlice *sfg_report_doc_append_slice (SfgReportDoc          *doc,
                                             SfgReportSliceKind     kind,
                                             double                 height,
                                             const char            *tag);
SfgReportSlice *sfg_report_slice_new_line    (PangoLayout           *layout,
                                             double                 x);
void            sfg_report_slice_free        (gpointer               data);
void            sfg_report_row_free          (gpointer               data);
void            sfg_report_table_free        (gpointer               data);
void            sfg_report_row_draw_band     (SfgReportDoc          *doc,
                                             cairo_t               *cr,
                                             const SfgReportPlaced *placed);

G_END_DECLS
