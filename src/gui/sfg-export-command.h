/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * scope-for-growth --export-pdf=PLAN_ID_OR_FILE --output=FILE.pdf
 * scope-for-growth --export-journal-pdf=JOURNAL_ID_OR_FILE [--include-unanswered] --output=FILE.pdf
 *
 * Handled in handle-local-options, before the application registers: no
 * display, no session bus, no running instance is involved, and the data
 * folder is only read.
 */
void sfg_export_command_add_options (GApplication *application);
int  sfg_export_command_handle      (GVariantDict *options);

G_END_DECLS
