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
 * @param onDisk   true if the recorder wrote {@code file} itself (record_to ascii) into the run's
 *                 recording folder; {@code events} are then read back from it (spikes) or empty
 */
public record Recorded(String kind, String name, String file, Events events, int observed, long firstObservedId,
        double value, boolean onDisk) {

    /** The same recording with other events (read back from its file). */
    public Recorded withEvents(Events loaded) {
        return new Recorded(kind, name, file, loaded, observed, firstObservedId, value, onDisk);
    }
}
