/**
 * Helpers for stimulus-device plugins: NEST's activity window of a device (start, stop, origin) and
 * the random draws, the sine oscillator and the schedule of stepwise values devices share.
 * Shared by several plugin bundles; not part of the api contract.
 */
@Export
@Version("1.3.0")
package org.syncytium.support.device;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
