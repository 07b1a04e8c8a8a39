package org.syncytium.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Existing connections, as PyNEST's {@code GetConnections} lists them: one entry per connection
 * with its source and target node ids, {@code weight} (pA for spike synapses and devices, nS for
 * gap junctions, NaN for recorder links, which carry none), {@code delay} in ms (NaN for gap
 * junctions, which have none), the synapse model's name and (since 1.4) the {@code receptor} type the
 * connection delivers to (0 unless the target model has several receptors). Since 1.8 grouped by
 * synapse model name (NEST groups by model number, which its full build assigns by name), then
 * sorted by source, then target, then creation (before: by source, then target, then creation). Since 1.8 also the per-connection values of plastic synapse models
 * ({@link #values()}, e.g. {@code stdp_synapse}'s {@code Kplus}). Immutable snapshot.
 */
public final class Connections {

    private final long[] sources;
    private final long[] targets;
    private final double[] weights;
    private final double[] delays;
    private final String[] synapseModels;
    private final int[] receptors;
    private final Map<String, double[]> values;
    private final int[] occurrences;

    /** Connections that all deliver to receptor 0. */
    public Connections(long[] sources, long[] targets, double[] weights, double[] delays, String[] synapseModels) {
        this(sources, targets, weights, delays, synapseModels, new int[sources.length]);
    }

    /**
     * @param receptors receptor type of each connection (NEST's {@code receptor}), 0 for one-receptor targets
     * @since 1.4
     */
    public Connections(long[] sources, long[] targets, double[] weights, double[] delays, String[] synapseModels,
            int[] receptors) {
        this(sources, targets, weights, delays, synapseModels, receptors, Map.of(), null);
    }

    /**
     * @param values      per-connection values of plastic synapse models by name, one column per name
     *                    with one entry per connection, NaN where the connection's model has no such value
     * @param occurrences each connection's number among the connections between its two nodes that
     *                    carry the same kind (spikes or gap waveforms), 0-based in creation order, -1
     *                    where the lister leaves it to be counted from the listing; null: -1 for all
     * @since 1.8
     */
    public Connections(long[] sources, long[] targets, double[] weights, double[] delays, String[] synapseModels,
            int[] receptors, Map<String, double[]> values, int[] occurrences) {
        Objects.requireNonNull(sources, "sources");
        int n = sources.length;
        if (targets.length != n || weights.length != n || delays.length != n || synapseModels.length != n
                || receptors.length != n) {
            throw new IllegalArgumentException("connection columns differ in length");
        }
        this.receptors = receptors.clone();
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> column : values.entrySet()) {
            if (column.getValue().length != n) {
                throw new IllegalArgumentException("connection column " + column.getKey() + " differs in length");
            }
            copy.put(column.getKey(), column.getValue().clone());
        }
        this.values = Collections.unmodifiableMap(copy);
        if (occurrences != null && occurrences.length != n) {
            throw new IllegalArgumentException("connection columns differ in length");
        }
        if (occurrences == null) {
            this.occurrences = new int[n];
            Arrays.fill(this.occurrences, -1);
        } else {
            this.occurrences = occurrences.clone();
        }
        this.sources = sources.clone();
        this.targets = targets.clone();
        this.weights = weights.clone();
        this.delays = delays.clone();
        this.synapseModels = synapseModels.clone();
    }

    /** Number of connections. */
    public int size() {
        return sources.length;
    }

    /** Source node id of each connection. */
    public long[] sources() {
        return sources.clone();
    }

    /** Target node id of each connection. */
    public long[] targets() {
        return targets.clone();
    }

    /** Weight of each connection: pA (spikes, devices), nS (gap junctions), NaN (recorder links). */
    public double[] weights() {
        return weights.clone();
    }

    /** Delay of each connection in ms; NaN for gap junctions. */
    public double[] delays() {
        return delays.clone();
    }

    /** Synapse model name of each connection. */
    public String[] synapseModels() {
        return synapseModels.clone();
    }

    /**
     * Receptor type of each connection (NEST's {@code receptor}): 0, or 1 to R for targets whose
     * model has R receptors.
     *
     * @since 1.4
     */
    public int[] receptors() {
        return receptors.clone();
    }

    /**
     * Per-connection values of plastic synapse models by name (e.g. {@code tau_plus} in ms,
     * {@code Kplus}), one entry per connection, NaN where the connection's model has none; empty
     * without plastic connections. Each call returns fresh arrays.
     *
     * @since 1.8
     */
    public Map<String, double[]> values() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        values.forEach((name, column) -> copy.put(name, column.clone()));
        return copy;
    }

    /**
     * Each connection's number among the connections of its kind between its two nodes (0-based,
     * creation order), the name {@code Simulator.setConnections} and {@code disconnect} take; -1 where
     * the listing does not say, which holds when the listing shows every such connection of the pair
     * (count them in listing order then). The kernel says it where a synapse-model filter can split a
     * pair's connections (plastic and static ones between two neurons).
     *
     * @since 1.8
     */
    public int[] occurrences() {
        return occurrences.clone();
    }
}
