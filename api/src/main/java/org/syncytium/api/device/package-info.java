/**
 * The stimulus-device extension point: spike and current generators such as {@code poisson_generator}.
 *
 * <p>1.2 (additive): {@link org.syncytium.api.device.Stimulus#prepare(double, double)}, which also hands a
 * device the kernel's {@code tics_per_ms}.
 *
 * <p>1.3 (additive): {@link org.syncytium.api.device.DeviceClock} with
 * {@link org.syncytium.api.device.Stimulus#attach(DeviceClock)}, so that a device places and checks times
 * when they are set; {@link org.syncytium.api.device.Stimulus#set(java.util.Map)}, one status dictionary at
 * once; {@link org.syncytium.api.device.StimulusOutput#spikes(int, int, int, double, double)}, spikes with an
 * offset within their step; {@link org.syncytium.api.device.StimulusDevice#recordables()} with
 * {@link org.syncytium.api.device.StimulusOutput#sampled(int)} and
 * {@link org.syncytium.api.device.StimulusOutput#record(int, int, double)}, what a multimeter records from a
 * device.
 */
@Export
@Version("1.3.0")
package org.syncytium.api.device;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
