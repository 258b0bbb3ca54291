/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What tests/data/content.md (a verbatim copy of the spec) says; tests compare
 * the app's content with this, never with a second copy of the C tables. */

typedef struct
{
  char      *id;        /* "wellbeing" */
  char      *title;     /* "Health and well-being" */
  GPtrArray *questions; /* char*, in source order, [mended] notes removed */
} SfgTestSection;

typedef struct
{
  char      *id;          /* "depth-3" */
  char      *title;       /* "Technical expert" */
  char      *category;    /* "depth" */
  int        impact;      /* 1..3 */
  GPtrArray *initiatives; /* char*, in source order */
} SfgTestPosition;

char      *sfg_test_content_path              (void);
GPtrArray *sfg_test_content_journal_sections  (void);
GPtrArray *sfg_test_content_positions         (void);
char      *sfg_test_make_temp_dir             (void);
gboolean   sfg_test_under_valgrind            (void);

/* For the store tests. */
typedef struct _SfgStore SfgStore;
typedef struct _SfgLibrary SfgLibrary;

GBytes    *sfg_test_read_bytes                (const char  *path);
void       sfg_test_write_file                (const char  *path,
                                               const char  *data,
                                               gssize       length);
void       sfg_test_assert_file_bytes         (const char  *path,
                                               GBytes      *expected);
gboolean   sfg_test_store_flush               (SfgStore    *store,
                                               GError     **error);
gboolean   sfg_test_library_flush             (SfgLibrary  *library,
                                               GError     **error);
guint      sfg_test_count_temp_files          (const char  *dir);
void       sfg_test_remove_tree               (const char  *dir);

G_END_DECLS
