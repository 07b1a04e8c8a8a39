package org.syncytium.launcher.scenario;

import org.syncytium.api.record.Events;

/**
 * What one {@code record:} entry collected during a run.
 *
 * @param kind     {@code spikes}, {@code multimeter} or {@code synchrony}
 * @param name     its {@code as:} name (or the kind)
 * @param file     output file name in the run folder, or null for none
 * @param events   recorded events (empty for synchrony)
 * @param observed number of nodes it recorded from
 * @param firstObservedId node id of the first of them (collections have consecutive ids)
 * @param value    the measure of a synchrony monitor ({@code synchrony_chi}), NaN otherwise
 */
public record Recorded(String kind, String name, String file, Events events, int observed, long firstObservedId, double value) {
}
