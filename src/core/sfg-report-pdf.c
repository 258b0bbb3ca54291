/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-report"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sfg-report-private.h"

/* Writing a PDF without a display: the command line and the benchmark.  The
 * PDF is written to a temporary file next to @path and renamed over it only
 * when complete, so a failure never leaves a partial PDF behind. */

typedef struct
{
  int fd;
  int saved_errno;
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      gssize written = write (sink->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }
  return CAIRO_STATUS_SUCCESS;
}

static gboolean G_GNUC_PRINTF (3, 4)
set_io_error (GError     **error,
              int          saved_errno,
              const char  *format,
              ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, SFG_REPORT_ERROR, SFG_REPORT_ERROR_FAILED, "%s: %s", what,
               g_strerror (saved_errno));
  return FALSE;
}

static gboolean
render (SfgReport  *self,
        Sink       *sink,
        double      width,
        double      height,
        GError    **error)
{
  g_autofree char *title = sfg_report_dup_title (self);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_cb, sink, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Scope for Growth");
  cr = cairo_create (surface);
  for (guint page = 0; page < sfg_report_get_n_pages (self); page++)
    {
      sfg_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  /* A drawing error stops the cairo_t, not the surface: the PDF would be
   * complete but for everything after it. */
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  if (sink->saved_errno != 0)
    g_set_error (error, SFG_REPORT_ERROR, SFG_REPORT_ERROR_FAILED,
                 _("Could not write the PDF: %s"), g_strerror (sink->saved_errno));
  else
    g_set_error (error, SFG_REPORT_ERROR, SFG_REPORT_ERROR_FAILED,
                 _("Could not write the PDF: %s"), cairo_status_to_string (status));
  return FALSE;
}

/**
 * sfg_report_write_pdf:
 * @path: the PDF to write; an existing file is replaced only on success
 * @margins: (nullable): %NULL for the default margins
 *
 * Paginates for the page size and writes every page.  A journal's PDF is
 * created readable by its owner only.
 */
gboolean
sfg_report_write_pdf (SfgReport               *self,
                      const char              *path,
                      double                   page_width,
                      double                   page_height,
                      const SfgReportMargins  *margins,
                      GError                 **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp_name = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *display = NULL;
  gboolean private = FALSE;
  Sink sink = { -1, 0 };

  g_return_val_if_fail (SFG_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp_name = g_strdup_printf (".%s.XXXXXX", base);
  temp = g_build_filename (dir, temp_name, NULL);
  display = g_filename_display_name (path);
  private = SFG_IS_JOURNAL (sfg_report_get_document (self));

  sink.fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, private ? 0600 : 0666);
  if (sink.fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display_dir = g_filename_display_name (dir);

      return set_io_error (error, saved_errno, _("Could not create a file in “%s”"), display_dir);
    }

  sfg_report_paginate (self, page_width, page_height, margins);
  if (!render (self, &sink, page_width, page_height, error))
    goto fail;

  if (fsync (sink.fd) != 0)
    {
      set_io_error (error, errno, _("Could not write “%s”"), display);
      goto fail;
    }
  if (close (sink.fd) != 0)
    {
      sink.fd = -1;
      set_io_error (error, errno, _("Could not write “%s”"), display);
      goto fail;
    }
  sink.fd = -1;
  if (g_rename (temp, path) != 0)
    {
      set_io_error (error, errno, _("Could not save “%s”"), display);
      goto fail;
    }
  return TRUE;

fail:
  if (sink.fd >= 0)
    close (sink.fd);
  g_unlink (temp);
  return FALSE;
}
