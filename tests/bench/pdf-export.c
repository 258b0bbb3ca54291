/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "report-test-helpers.h"
#include "sfg-test-utils.h"

/*
 * PDF export of plans of 5, 10, 20 and 40 pages in one run: the time per
 * page must stay flat (the total grows linearly).  Prints one line per size
 * (median and best of the runs) and the ratio of the slowest to the fastest
 * best time per page: the best is what the code costs, the median also
 * shows what else the machine was doing.
 *
 *   bench-pdf-export [--runs N] [--keep DIR]
 *
 * --keep writes the PDFs it timed into DIR to look at.
 */

#define WORDS_PER_UNIT 120

static const guint targets[] = { 5, 10, 20, 40 };

/* One unit: an action and a paragraph of evidence. */
static SfgPlan *
plan_of_units (guint units)
{
  SfgPlan *plan = report_test_plan (units);
  g_autoptr(GString) evidence = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < units; i++)
    {
      g_autofree char *words = report_test_words (i * WORDS_PER_UNIT + 1, WORDS_PER_UNIT);

      g_string_append_printf (evidence, "%s%s", i > 0 ? "\n" : "", words);
    }
  sfg_plan_set_evidence (plan, evidence->str, &error);
  g_assert_no_error (error);
  return plan;
}

static guint
count_pages (guint units)
{
  g_autoptr(SfgPlan) plan = plan_of_units (units);
  g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);

  sfg_report_paginate (report, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, NULL);
  return sfg_report_get_n_pages (report);
}

/* The fewest units that fill @target pages. */
static guint
units_for_pages (guint target)
{
  guint low = 1, high = 1;

  while (count_pages (high) < target)
    high *= 2;
  while (low < high)
    {
      guint mid = (low + high) / 2;

      if (count_pages (mid) < target)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *keep = NULL;
  g_autofree char *dir = NULL;
  int runs = 5;
  double per_page[G_N_ELEMENTS (targets)];
  double fastest = G_MAXDOUBLE, slowest = 0;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs per size (median)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Keep the PDFs in DIR", "DIR" },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = CLAMP (runs, 1, 100);
  dir = keep != NULL ? g_strdup (keep) : sfg_test_make_temp_dir ();
  g_mkdir_with_parents (dir, 0700);

  g_print ("# PDF export, A4, default margins; %d runs per size\n", runs);
  g_print ("# %6s %6s %12s %12s %10s %12s %12s\n", "pages", "units", "layout ms", "total ms",
           "best ms", "ms/page", "best/page");
  for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
    {
      guint units = units_for_pages (targets[t]);
      g_autoptr(SfgPlan) plan = plan_of_units (units);
      g_autoptr(SfgReport) report = sfg_report_new_for_plan (plan);
      g_autofree char *name = g_strdup_printf ("plan-%02u-pages.pdf", targets[t]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree double *totals = g_new0 (double, runs);
      g_autofree double *layouts = g_new0 (double, runs);
      guint pages;

      for (int r = 0; r < runs; r++)
        {
          gint64 start = g_get_monotonic_time ();

          sfg_report_paginate (report, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT, NULL);
          layouts[r] = (g_get_monotonic_time () - start) / 1000.0;

          start = g_get_monotonic_time ();
          if (!sfg_report_write_pdf (report, path, SFG_REPORT_A4_WIDTH, SFG_REPORT_A4_HEIGHT,
                                     NULL, &error))
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
          totals[r] = (g_get_monotonic_time () - start) / 1000.0;
        }
      qsort (totals, runs, sizeof (double), compare_doubles);
      qsort (layouts, runs, sizeof (double), compare_doubles);
      pages = sfg_report_get_n_pages (report);
      per_page[t] = totals[0] / pages;
      fastest = MIN (fastest, per_page[t]);
      slowest = MAX (slowest, per_page[t]);
      g_print ("  %6u %6u %12.1f %12.1f %10.1f %12.2f %12.2f\n", pages, units,
               layouts[runs / 2], totals[runs / 2], totals[0], totals[runs / 2] / pages,
               per_page[t]);
      if (keep == NULL)
        g_remove (path);
    }
  g_print ("# slowest/fastest best time per page: %.2f (1.00 = perfectly linear)\n",
           slowest / fastest);

  if (keep == NULL)
    sfg_test_remove_tree (dir);
  return 0;
}
