/**
 * Helpers for recorder plugins: the (start, stop] recording window, exact decimal grid times, CSV files written to a temporary name and renamed when complete;
 * since 1.2 {@link org.syncytium.support.record.RecordingOutput} (record_to, label, filenames and the file) and
 * {@link org.syncytium.support.record.EventCount} (n_events); since 1.3 NEST's {@code record_to: "screen"}
 * ({@link org.syncytium.support.record.CsvFile#screen()}, {@link org.syncytium.support.record.RecordingOutput#BACKENDS}).
 * Shared by several plugin bundles; not part of the api contract.
 */
@Export
@Version("1.3.0")
package org.syncytium.support.record;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
