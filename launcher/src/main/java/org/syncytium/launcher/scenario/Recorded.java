package org.syncytium.launcher.scenario;

import java.util.Map;

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
 * @param formats  the standard files a spikes entry writes beside its CSV, or null for none
 * @param status   the recorder's own settings after the run that the outputs report (e.g. a
 *                 synchrony monitor's {@code start} in ms and its sample count {@code n_events})
 */
public record Recorded(String kind, String name, String file, Events events, int observed, long firstObservedId,
        double value, boolean onDisk, SpikeFormats formats, Map<String, Object> status) {

    /** A recording without extra formats and without status. */
    public Recorded(String kind, String name, String file, Events events, int observed, long firstObservedId,
            double value, boolean onDisk) {
        this(kind, name, file, events, observed, firstObservedId, value, onDisk, null, Map.of());
    }

    /** The same recording with other events (read back from its file). */
    public Recorded withEvents(Events loaded) {
        return new Recorded(kind, name, file, loaded, observed, firstObservedId, value, onDisk, formats, status);
    }

    /**
     * The standard spike files of a spikes entry ({@code formats:} key, docs/scenarios.md), named
     * after its CSV: {@code spikes.csv} gives {@code spikes.h5} (SONATA) and {@code spikes.gdf}
     * (NEST's two-column text, read by Neo's NestIO).
     *
     * @param names             the chosen formats, a subset of {@link #KNOWN}
     * @param population        population name: the name of the nodes recorded from
     * @param populationFirstId node id of that population's first node; SONATA's node_ids count
     *                          from 0 within the population (node_id = sender - populationFirstId)
     */
    public record SpikeFormats(java.util.List<String> names, String population, long populationFirstId) {

        /** Every format a spikes entry can write besides its CSV, in the default order. */
        public static final java.util.List<String> KNOWN = java.util.List.of("sonata", "gdf");

        /** True if {@code format} was chosen. */
        public boolean has(String format) {
            return names.contains(format);
        }
    }
}
