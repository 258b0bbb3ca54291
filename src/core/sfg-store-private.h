/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sfg-store.h"

G_BEGIN_DECLS

/* Hooks for the fault-injection and timing tests; not for the application. */

/* Called in the worker thread right before (@before TRUE) and right after
 * (@before FALSE) g_file_set_contents_full(), so a test can fail system calls
 * of that thread only (libfiu with a thread-local flag). */
typedef void (*SfgStoreWriteHook) (gboolean before,
                                   gpointer user_data);

void sfg_store_set_write_hook     (SfgStore          *self,
                                   SfgStoreWriteHook  hook,
                                   gpointer           user_data);
void sfg_store_set_retry_interval (SfgStore          *self,
                                   guint              milliseconds);
void sfg_store_set_delays         (SfgStore          *self,
                                   guint              debounce_ms,
                                   guint              max_delay_ms);

G_END_DECLS
