/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-preview-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sfg-preview-window.h"
#include "sfg-print-operation.h"
#include "sfg-print-settings.h"

/* Points to pixels at 100 %: a point is 1/72 inch, the screen 96 per inch. */
#define PIXELS_PER_POINT (96.0 / 72.0)
#define PAGE_GAP         24.0
#define MIN_ZOOM         0.25
#define MAX_ZOOM         4.0

static const double zoom_steps[] = { 0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0 };

struct _SfgPreviewWindow
{
  AdwWindow       parent_instance;

  SfgReport      *report;
  GtkPageSetup   *page_setup;     /* nullable: then the remembered one */
  guint           page;
  double          zoom;
  guint           relayout_id;

  AdwWindowTitle *window_title;
  GtkButton      *zoom_button;
  GtkMenuButton  *options_button;
  GtkDrawingArea *page_area;
  GtkLabel       *page_label;
};

G_DEFINE_FINAL_TYPE (SfgPreviewWindow, sfg_preview_window, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_REPORT,
  PROP_PAGE,
  PROP_ZOOM,
  PROP_INCLUDE_UNANSWERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_page (SfgPreviewWindow *self)
{
  guint n_pages = sfg_report_get_n_pages (self->report);
  double width, height;
  g_autofree char *label = NULL;
  g_autofree char *title = sfg_report_dup_title (self->report);
  g_autofree char *description = NULL;
  g_autofree char *zoom = NULL;
  double scale = self->zoom * PIXELS_PER_POINT;

  /* Translators: the page shown in the print preview */
  label = g_strdup_printf (_("Page %u of %u"), self->page + 1, n_pages);
  gtk_label_set_label (self->page_label, label);
  /* Translators: what a screen reader says for the page in the print preview */
  description = g_strdup_printf (_("%s, page %u of %u"), title, self->page + 1, n_pages);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);

  /* Translators: the zoom level of the print preview, e.g. "100%" */
  zoom = g_strdup_printf (_("%.0f%%"), self->zoom * 100);
  gtk_button_set_label (self->zoom_button, zoom);

  sfg_report_get_page_size (self->report, &width, &height);
  gtk_drawing_area_set_content_width (self->page_area, (int) (width * scale + 2 * PAGE_GAP));
  gtk_drawing_area_set_content_height (self->page_area, (int) (height * scale + 2 * PAGE_GAP));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.first-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", self->page + 1 < n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.last-page", self->page + 1 < n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in", self->zoom < MAX_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out", self->zoom > MIN_ZOOM);
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
}

/* Lays the report out for the remembered page setup, as printing will. */
static void
relayout (SfgPreviewWindow *self)
{
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  SfgReportMargins margins;
  double width, height;
  guint n_pages;

  if (self->page_setup != NULL)
    page_setup = g_object_ref (self->page_setup);
  else
    sfg_print_settings_load (&settings, &page_setup);
  sfg_print_settings_get_layout (page_setup, &width, &height, &margins);
  sfg_report_paginate (self->report, width, height, &margins);

  n_pages = sfg_report_get_n_pages (self->report);
  if (self->page >= n_pages)
    {
      self->page = n_pages - 1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
  update_page (self);
}

static gboolean
relayout_idle_cb (gpointer data)
{
  SfgPreviewWindow *self = data;

  self->relayout_id = 0;
  relayout (self);
  return G_SOURCE_REMOVE;
}

/* The plan or journal changed: show it as it is now, once typing pauses. */
static void
document_changed_cb (SfgPreviewWindow *self)
{
  if (self->relayout_id == 0)
    self->relayout_id = g_timeout_add (300, relayout_idle_cb, self);
}

/* Printing from here may have chosen other paper: follow it on return. */
static void
is_active_changed_cb (SfgPreviewWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)) && self->report != NULL)
    relayout (self);
}

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  SfgPreviewWindow *self = user_data;
  double scale = self->zoom * PIXELS_PER_POINT;
  double page_width, page_height;
  double x, y;

  if (self->report == NULL || sfg_report_get_n_pages (self->report) == 0)
    return;

  sfg_report_get_page_size (self->report, &page_width, &page_height);
  x = MAX (PAGE_GAP, (width - page_width * scale) / 2);
  y = PAGE_GAP;

  /* Paper is white in every style: this shows what will be printed. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_rectangle (cr, x + 1, y + 2, page_width * scale, page_height * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, page_width * scale, page_height * scale);
  cairo_fill (cr);

  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  sfg_report_draw_page (self->report, cr, self->page);
}

static void
page_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfgPreviewWindow *self = SFG_PREVIEW_WINDOW (widget);
  guint n_pages = sfg_report_get_n_pages (self->report);

  if (g_str_equal (action_name, "preview.next-page"))
    sfg_preview_window_set_page (self, MIN (self->page + 1, n_pages - 1));
  else if (g_str_equal (action_name, "preview.previous-page"))
    sfg_preview_window_set_page (self, self->page > 0 ? self->page - 1 : 0);
  else if (g_str_equal (action_name, "preview.first-page"))
    sfg_preview_window_set_page (self, 0);
  else if (g_str_equal (action_name, "preview.last-page"))
    sfg_preview_window_set_page (self, n_pages - 1);
}

static void
zoom_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfgPreviewWindow *self = SFG_PREVIEW_WINDOW (widget);
  double zoom = 1.0;

  if (g_str_equal (action_name, "preview.zoom-in"))
    {
      zoom = MAX_ZOOM;
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > self->zoom + 0.001)
          {
            zoom = zoom_steps[i];
            break;
          }
    }
  else if (g_str_equal (action_name, "preview.zoom-out"))
    {
      zoom = MIN_ZOOM;
      for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
        if (zoom_steps[i - 1] < self->zoom - 0.001)
          {
            zoom = zoom_steps[i - 1];
            break;
          }
    }
  sfg_preview_window_set_zoom (self, zoom);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SfgPreviewWindow *self = SFG_PREVIEW_WINDOW (widget);
  GObject *document = sfg_report_get_document (self->report);
  g_autoptr(SfgReport) report = NULL;

  /* A report of its own: printing lays out for the printer's paper. */
  report = SFG_IS_PLAN (document) ? sfg_report_new_for_plan (SFG_PLAN (document))
                                  : sfg_report_new_for_journal (SFG_JOURNAL (document));
  sfg_report_set_include_unanswered (report, sfg_report_get_include_unanswered (self->report));
  sfg_print_operation_run_dialog (report, GTK_WINDOW (self));
}

static void
sfg_preview_window_constructed (GObject *object)
{
  SfgPreviewWindow *self = SFG_PREVIEW_WINDOW (object);
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (sfg_preview_window_parent_class)->constructed (object);

  g_return_if_fail (SFG_IS_REPORT (self->report));

  title = sfg_report_dup_title (self->report);
  adw_window_title_set_subtitle (self->window_title, title);
  gtk_widget_set_visible (GTK_WIDGET (self->options_button),
                          SFG_IS_JOURNAL (sfg_report_get_document (self->report)));
  g_signal_connect_object (sfg_report_get_document (self->report), "changed",
                           G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  relayout (self);
}

static void
sfg_preview_window_dispose (GObject *object)
{
  SfgPreviewWindow *self = SFG_PREVIEW_WINDOW (object);

  g_clear_handle_id (&self->relayout_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SFG_TYPE_PREVIEW_WINDOW);

  G_OBJECT_CLASS (sfg_preview_window_parent_class)->dispose (object);
}

static void
sfg_preview_window_finalize (GObject *object)
{
  SfgPreviewWindow *self = SFG_PREVIEW_WINDOW (object);

  g_clear_object (&self->report);
  g_clear_object (&self->page_setup);

  G_OBJECT_CLASS (sfg_preview_window_parent_class)->finalize (object);
}

static void
sfg_preview_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SfgPreviewWindow *self = SFG_PREVIEW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_INCLUDE_UNANSWERED:
      g_value_set_boolean (value, self->report != NULL
                                  && sfg_report_get_include_unanswered (self->report));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_preview_window_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SfgPreviewWindow *self = SFG_PREVIEW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      self->report = g_value_dup_object (value);
      break;
    case PROP_PAGE:
      sfg_preview_window_set_page (self, g_value_get_uint (value));
      break;
    case PROP_ZOOM:
      sfg_preview_window_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_INCLUDE_UNANSWERED:
      if (g_value_get_boolean (value) != sfg_report_get_include_unanswered (self->report))
        {
          sfg_report_set_include_unanswered (self->report, g_value_get_boolean (value));
          relayout (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_binding (GtkWidgetClass  *widget_class,
             guint            keyval,
             GdkModifierType  modifiers,
             const char      *action_name)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action_name, NULL);
}

static void
sfg_preview_window_class_init (SfgPreviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sfg_preview_window_constructed;
  object_class->dispose = sfg_preview_window_dispose;
  object_class->finalize = sfg_preview_window_finalize;
  object_class->get_property = sfg_preview_window_get_property;
  object_class->set_property = sfg_preview_window_set_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, SFG_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                         | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INCLUDE_UNANSWERED] =
    g_param_spec_boolean ("include-unanswered", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/sfg-preview-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfgPreviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfgPreviewWindow, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, SfgPreviewWindow, options_button);
  gtk_widget_class_bind_template_child (widget_class, SfgPreviewWindow, page_area);
  gtk_widget_class_bind_template_child (widget_class, SfgPreviewWindow, page_label);

  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, page_activated);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, page_activated);
  gtk_widget_class_install_action (widget_class, "preview.first-page", NULL, page_activated);
  gtk_widget_class_install_action (widget_class, "preview.last-page", NULL, page_activated);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "preview.zoom-reset", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_activated);
  gtk_widget_class_install_property_action (widget_class, "preview.include-unanswered",
                                            "include-unanswered");

  add_binding (widget_class, GDK_KEY_Page_Down, 0, "preview.next-page");
  add_binding (widget_class, GDK_KEY_KP_Page_Down, 0, "preview.next-page");
  add_binding (widget_class, GDK_KEY_Page_Up, 0, "preview.previous-page");
  add_binding (widget_class, GDK_KEY_KP_Page_Up, 0, "preview.previous-page");
  add_binding (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, "preview.first-page");
  add_binding (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, "preview.last-page");
  add_binding (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in");
  add_binding (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in");
  add_binding (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom-in");
  add_binding (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out");
  add_binding (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom-out");
  add_binding (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-reset");
  add_binding (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "preview.zoom-reset");
  add_binding (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print");
  add_binding (widget_class, GDK_KEY_Escape, 0, "window.close");
  add_binding (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close");
}

static void
sfg_preview_window_init (SfgPreviewWindow *self)
{
  self->zoom = 1.0;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->page_area, draw_page_cb, self, NULL);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (is_active_changed_cb), NULL);
}

GtkWidget *
sfg_preview_window_new (GtkWindow *parent,
                        SfgReport *report)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SFG_IS_REPORT (report), NULL);

  return g_object_new (SFG_TYPE_PREVIEW_WINDOW,
                       "transient-for", parent,
                       "report", report,
                       NULL);
}

SfgReport *
sfg_preview_window_get_report (SfgPreviewWindow *self)
{
  g_return_val_if_fail (SFG_IS_PREVIEW_WINDOW (self), NULL);

  return self->report;
}

guint
sfg_preview_window_get_page (SfgPreviewWindow *self)
{
  g_return_val_if_fail (SFG_IS_PREVIEW_WINDOW (self), 0);

  return self->page;
}

void
sfg_preview_window_set_page (SfgPreviewWindow *self,
                             guint             page)
{
  g_return_if_fail (SFG_IS_PREVIEW_WINDOW (self));

  page = MIN (page, MAX (sfg_report_get_n_pages (self->report), 1) - 1);
  if (self->page == page)
    return;

  self->page = page;
  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/**
 * sfg_preview_window_set_page_setup:
 * @page_setup: (nullable): the paper to show; %NULL for the remembered one
 */
void
sfg_preview_window_set_page_setup (SfgPreviewWindow *self,
                                   GtkPageSetup     *page_setup)
{
  g_return_if_fail (SFG_IS_PREVIEW_WINDOW (self));

  if (!g_set_object (&self->page_setup, page_setup))
    return;
  relayout (self);
}

double
sfg_preview_window_get_zoom (SfgPreviewWindow *self)
{
  g_return_val_if_fail (SFG_IS_PREVIEW_WINDOW (self), 1.0);

  return self->zoom;
}

void
sfg_preview_window_set_zoom (SfgPreviewWindow *self,
                             double            zoom)
{
  g_return_if_fail (SFG_IS_PREVIEW_WINDOW (self));

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (G_APPROX_VALUE (self->zoom, zoom, 0.0001))
    return;

  self->zoom = zoom;
  if (self->report != NULL)
    update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}
