/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What a marker on the grid says; each has its own shape and its label. */
typedef enum
{
  SFG_GRID_MARK_NOW,           /* filled circle */
  SFG_GRID_MARK_ASPIRATION,    /* star */
  SFG_GRID_MARK_CONSOLIDATE,   /* ring around a dot: stay here */
  SFG_GRID_MARK_HISTORY,       /* hollow, faded, dated */
} SfgGridMarkKind;

typedef struct
{
  SfgGridMarkKind kind;
  char *label;
} SfgGridMark;

SfgGridMark *sfg_grid_mark_new  (SfgGridMarkKind  kind,
                                 const char      *label);
void         sfg_grid_mark_free (SfgGridMark     *mark);

/* Lays @marks (SfgGridMark) out one below the other within @width, labels
 * wrapping as needed; fills @rects (one per mark, or NULL) and returns the
 * height they take.  The slots in the cells measure with this and the
 * overlay draws with it, so both always agree. */
int          sfg_grid_marks_layout (PangoContext    *context,
                                    GPtrArray       *marks,
                                    int              width,
                                    graphene_rect_t *rects);

#define SFG_TYPE_GRID_MARKERS (sfg_grid_markers_get_type ())

G_DECLARE_FINAL_TYPE (SfgGridMarkers, sfg_grid_markers, SFG, GRID_MARKERS, GtkWidget)

/*
 * The layer over the grid's cells that draws the markers, the arrow from
 * Now to the aspiration, and the two axes.  It never takes clicks
 * (can-target is FALSE), so the cells under it stay buttons.
 */
GtkWidget *sfg_grid_markers_new       (void);
void       sfg_grid_markers_add_slot  (SfgGridMarkers *self,
                                       GtkWidget      *slot);
/* @impact_axis: the widget whose left margin holds the impact axis */
void       sfg_grid_markers_set_axes  (SfgGridMarkers *self,
                                       GtkWidget      *impact_axis,
                                       GtkWidget      *growth_axis,
                                       GtkWidget     **rows,
                                       guint           n_rows);

G_END_DECLS
