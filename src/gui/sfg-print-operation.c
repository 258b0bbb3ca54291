/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-print-operation"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sfg-gui-util.h"
#include "sfg-preview-window.h"
#include "sfg-print-operation.h"
#include "sfg-print-settings.h"

struct _SfgPrintOperation
{
  GtkPrintOperation parent_instance;

  SfgReport        *report;
  GtkWidget        *unanswered;     /* the dialog's choice, for a journal */
  gboolean          remember;       /* save the settings when printed */
  gboolean          held;           /* a reference kept until "done" */
};

G_DEFINE_FINAL_TYPE (SfgPrintOperation, sfg_print_operation, GTK_TYPE_PRINT_OPERATION)

enum
{
  PROP_0,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_pdf_metadata (SfgPrintOperation *self,
                  GtkPrintContext   *context)
{
  cairo_surface_t *target = cairo_get_target (gtk_print_context_get_cairo_context (context));
  g_autofree char *title = NULL;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_PDF)
    return;
  title = sfg_report_dup_title (self->report);
  cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_CREATOR, "Scope for Growth");
}

/* The layout follows the paper, orientation and margins of this run. */
static void
sfg_print_operation_begin_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  SfgPrintOperation *self = SFG_PRINT_OPERATION (operation);
  SfgReportMargins margins;
  double width, height;

  sfg_print_settings_get_layout (gtk_print_context_get_page_setup (context), &width, &height,
                                 &margins);
  /* With the full page and points as the unit, the context is the paper. */
  width = gtk_print_context_get_width (context);
  height = gtk_print_context_get_height (context);
  sfg_report_paginate (self->report, width, height, &margins);
  gtk_print_operation_set_n_pages (operation, (int) sfg_report_get_n_pages (self->report));
  set_pdf_metadata (self, context);
}

static void
sfg_print_operation_draw_page (GtkPrintOperation *operation,
                               GtkPrintContext   *context,
                               int                page_nr)
{
  SfgPrintOperation *self = SFG_PRINT_OPERATION (operation);

  if (page_nr < 0 || (guint) page_nr >= sfg_report_get_n_pages (self->report))
    return;
  sfg_report_draw_page (self->report, gtk_print_context_get_cairo_context (context),
                        (guint) page_nr);
}

static GtkWidget *
sfg_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  SfgPrintOperation *self = SFG_PRINT_OPERATION (operation);
  GtkWidget *box;

  if (!SFG_IS_JOURNAL (sfg_report_get_document (self->report)))
    return NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  self->unanswered = gtk_check_button_new_with_mnemonic (_("Include _unanswered questions, "
                                                           "with lines to write on"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->unanswered),
                               sfg_report_get_include_unanswered (self->report));
  gtk_box_append (GTK_BOX (box), self->unanswered);
  /* Translators: the tab of the print dialog with the journal's own choices */
  gtk_print_operation_set_custom_tab_label (operation, _("Journal"));
  return box;
}

static void
sfg_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                         GtkWidget         *widget)
{
  SfgPrintOperation *self = SFG_PRINT_OPERATION (operation);

  if (self->unanswered != NULL)
    sfg_report_set_include_unanswered (self->report,
                                       gtk_check_button_get_active (GTK_CHECK_BUTTON (self->unanswered)));
}

/* The dialog's Preview shows the in-app preview, for the paper chosen in the
 * dialog: no external previewer is needed. */
static gboolean
sfg_print_operation_preview (GtkPrintOperation        *operation,
                             GtkPrintOperationPreview *preview,
                             GtkPrintContext          *context,
                             GtkWindow                *parent)
{
  SfgPrintOperation *self = SFG_PRINT_OPERATION (operation);
  GObject *document = sfg_report_get_document (self->report);
  g_autoptr(SfgReport) report = NULL;
  cairo_surface_t *surface;
  GtkWidget *window;
  cairo_t *cr;

  report = SFG_IS_PLAN (document) ? sfg_report_new_for_plan (SFG_PLAN (document))
                                  : sfg_report_new_for_journal (SFG_JOURNAL (document));
  sfg_report_set_include_unanswered (report, sfg_report_get_include_unanswered (self->report));
  window = sfg_preview_window_new (parent, report);
  sfg_preview_window_set_page_setup (SFG_PREVIEW_WINDOW (window),
                                     gtk_print_context_get_page_setup (context));
  gtk_window_present (GTK_WINDOW (window));

  /* GTK still lays the operation out before it ends: give it a surface. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  gtk_print_operation_preview_end_preview (preview);
  return TRUE;
}

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Could Not Print"), NULL));
  sfg_gui_prepare_message_dialog (dialog);
  adw_message_dialog_format_body (dialog, _("Nothing was printed. %s"), error->message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sfg_print_operation_done (GtkPrintOperation       *operation,
                          GtkPrintOperationResult  result)
{
  SfgPrintOperation *self = SFG_PRINT_OPERATION (operation);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->remember)
    {
      g_autoptr(GError) error = NULL;

      if (!sfg_print_settings_save (gtk_print_operation_get_print_settings (operation),
                                    gtk_print_operation_get_default_page_setup (operation),
                                    &error))
        g_message ("Could not remember the print settings: %s", error->message);
    }
  if (self->held)
    {
      self->held = FALSE;
      g_object_unref (self);
    }
}

static void
sfg_print_operation_finalize (GObject *object)
{
  SfgPrintOperation *self = SFG_PRINT_OPERATION (object);

  g_clear_object (&self->report);

  G_OBJECT_CLASS (sfg_print_operation_parent_class)->finalize (object);
}

static void
sfg_print_operation_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SfgPrintOperation *self = SFG_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_print_operation_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SfgPrintOperation *self = SFG_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      self->report = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sfg_print_operation_constructed (GObject *object)
{
  SfgPrintOperation *self = SFG_PRINT_OPERATION (object);
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (object);
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (sfg_print_operation_parent_class)->constructed (object);

  g_return_if_fail (SFG_IS_REPORT (self->report));

  sfg_print_settings_load (&settings, &page_setup);
  title = sfg_report_dup_title (self->report);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, title);
}

static void
sfg_print_operation_class_init (SfgPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = sfg_print_operation_constructed;
  object_class->finalize = sfg_print_operation_finalize;
  object_class->get_property = sfg_print_operation_get_property;
  object_class->set_property = sfg_print_operation_set_property;
  operation_class->begin_print = sfg_print_operation_begin_print;
  operation_class->draw_page = sfg_print_operation_draw_page;
  operation_class->create_custom_widget = sfg_print_operation_create_custom_widget;
  operation_class->custom_widget_apply = sfg_print_operation_custom_widget_apply;
  operation_class->done = sfg_print_operation_done;
  operation_class->preview = sfg_print_operation_preview;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, SFG_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                         | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sfg_print_operation_init (SfgPrintOperation *self)
{
}

SfgPrintOperation *
sfg_print_operation_new (SfgReport *report)
{
  g_return_val_if_fail (SFG_IS_REPORT (report), NULL);

  return g_object_new (SFG_TYPE_PRINT_OPERATION, "report", report, NULL);
}

SfgReport *
sfg_print_operation_get_report (SfgPrintOperation *self)
{
  g_return_val_if_fail (SFG_IS_PRINT_OPERATION (self), NULL);

  return self->report;
}

/**
 * sfg_print_operation_run_dialog:
 *
 * Shows GTK's print dialog and prints in the background; the settings and
 * page setup chosen are remembered for next time.
 */
void
sfg_print_operation_run_dialog (SfgReport *report,
                                GtkWindow *parent)
{
  g_autoptr(SfgPrintOperation) self = sfg_print_operation_new (report);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  self->remember = TRUE;
  self->held = TRUE;
  g_object_ref (self);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (self), TRUE);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (parent, error);
}

static gboolean
set_io_error (GError     **error,
              int          saved_errno,
              const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

/* What cairo wrote must be on disk before it takes the PDF's name. */
static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd < 0)
    return set_io_error (error, errno, path);
  if (fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      return set_io_error (error, saved_errno, path);
    }
  if (close (fd) != 0)
    return set_io_error (error, errno, path);
  return TRUE;
}

/**
 * sfg_print_operation_export:
 * @path: the PDF; an existing file is replaced only when the new one is complete
 *
 * Writes the report as a PDF through GtkPrintOperation's export, with the
 * remembered page setup (A4 the first time).  The PDF is written next to
 * @path under a temporary name and renamed when complete, so a failure
 * leaves no partial PDF.
 */
gboolean
sfg_print_operation_export (SfgReport   *report,
                            GtkWindow   *parent,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(SfgPrintOperation) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp_name = NULL;
  g_autofree char *temp = NULL;
  GtkPrintOperationResult result;
  gboolean private;
  int fd;

  g_return_val_if_fail (SFG_IS_REPORT (report), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp_name = g_strdup_printf (".%s.XXXXXX", base);
  temp = g_build_filename (dir, temp_name, NULL);
  private = SFG_IS_JOURNAL (sfg_report_get_document (report));
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, private ? 0600 : 0666);
  if (fd < 0)
    return set_io_error (error, errno, path);
  close (fd);

  self = sfg_print_operation_new (report);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (self), temp);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    parent, error);
  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             _("The export was cancelled."));
      g_unlink (temp);
      return FALSE;
    }
  if (!sync_file (temp, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  if (g_rename (temp, path) != 0)
    {
      set_io_error (error, errno, path);
      g_unlink (temp);
      return FALSE;
    }
  return TRUE;
}
