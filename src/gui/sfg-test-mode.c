/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sfg-test-mode"

#include "config.h"

#include <stdio.h>

#include "sfg-test-mode.h"

/* A new answer every so many characters, so that several change. */
#define CHARS_PER_ANSWER 40
#define TYPING_INTERVAL_MS 5

static const char typed_text[] = "I typed this while the journal was saving. ";

typedef struct
{
  GPtrArray *text_views; /* GtkTextView, editable, in the order shown */
  guint      typed;
} Typist;

static void
typist_free (gpointer data)
{
  Typist *typist = data;

  g_ptr_array_unref (typist->text_views);
  g_free (typist);
}

static void
collect_editable_text_views (GtkWidget *widget,
                             GPtrArray *found)
{
  if (GTK_IS_TEXT_VIEW (widget) && gtk_text_view_get_editable (GTK_TEXT_VIEW (widget))
      && gtk_widget_is_sensitive (widget))
    g_ptr_array_add (found, g_object_ref (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_editable_text_views (child, found);
}

/* The answer to type into; at the start of each, focused with the cursor
 * at its end, as a click would. */
static GtkTextView *
focus_answer (Typist *typist)
{
  guint i = (typist->typed / CHARS_PER_ANSWER) % typist->text_views->len;
  GtkTextView *view = g_ptr_array_index (typist->text_views, i);

  if (typist->typed % CHARS_PER_ANSWER == 0)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
      GtkTextIter end;

      gtk_widget_grab_focus (GTK_WIDGET (view));
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
    }
  return view;
}

/* One keystroke: what GtkTextView does with text from the input method. */
static gboolean
type_one_cb (gpointer data)
{
  Typist *typist = data;
  GtkTextView *view = focus_answer (typist);
  const char *c = &typed_text[typist->typed % (sizeof typed_text - 1)];

  gtk_text_buffer_insert_interactive_at_cursor (gtk_text_view_get_buffer (view), c, 1,
                                                gtk_text_view_get_editable (view));
  typist->typed++;
  return G_SOURCE_CONTINUE;
}

static void
window_destroy_cb (GtkWidget *window,
                   gpointer   source_id)
{
  g_source_remove (GPOINTER_TO_UINT (source_id));
}

static void
start_typing (SfgWindow *window)
{
  Typist *typist = g_new0 (Typist, 1);
  GtkWidget *journal_view;
  guint id;

  sfg_window_set_visible_view (window, "journal");
  journal_view = sfg_window_get_view (window, "journal");
  typist->text_views = g_ptr_array_new_with_free_func (g_object_unref);
  collect_editable_text_views (journal_view, typist->text_views);
  if (typist->text_views->len == 0)
    {
      g_printerr ("sfg-test-mode: the journal view has no answer to type into\n");
      typist_free (typist);
      return;
    }
  id = g_timeout_add_full (G_PRIORITY_DEFAULT, TYPING_INTERVAL_MS, type_one_cb, typist,
                           typist_free);
  /* No typing into a window on its way out. */
  g_signal_connect (window, "destroy", G_CALLBACK (window_destroy_cb), GUINT_TO_POINTER (id));
}

static void
report_ready (SfgWindow *window)
{
  const char * const *problems = sfg_library_get_load_problems (sfg_window_get_library (window));
  guint n = problems != NULL ? g_strv_length ((char **) problems) : 0;

  for (guint i = 0; i < n; i++)
    g_printerr ("sfg-test-mode: load problem: %s\n", problems[i]);
  printf ("ready %u\n", n);
  fflush (stdout);
}

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        SfgWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, window);

  if (g_strcmp0 (g_getenv ("SFG_EXIT_AFTER_FIRST_FRAME"), "1") == 0)
    {
      g_print ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
      return;
    }
  report_ready (window);
  start_typing (window);
}

static void
window_realize_cb (GtkWidget *window,
                   gpointer   user_data)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), window, 0);
}

void
sfg_test_mode_attach (SfgWindow *window)
{
  if (g_strcmp0 (g_getenv ("SFG_EXIT_AFTER_FIRST_FRAME"), "1") == 0
      || g_strcmp0 (g_getenv ("SFG_TEST_TYPE_INTO_JOURNAL"), "1") == 0)
    g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
}
