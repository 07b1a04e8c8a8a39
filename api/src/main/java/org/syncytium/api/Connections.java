package org.syncytium.api;

import java.util.Objects;

/**
 * Existing connections, as PyNEST's {@code GetConnections} lists them: one entry per connection
 * with its source and target node ids, {@code weight} (pA for spike synapses and devices, nS for
 * gap junctions, NaN for recorder links, which carry none), {@code delay} in ms (NaN for gap
 * junctions, which have none), the synapse model's name and (since 1.4) the {@code receptor} type the
 * connection delivers to (0 unless the target model has several receptors). Sorted by source, then target, then
 * creation. Immutable snapshot.
 */
public final class Connections {

    private final long[] sources;
    private final long[] targets;
    private final double[] weights;
    private final double[] delays;
    private final String[] synapseModels;
    private final int[] receptors;

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
        Objects.requireNonNull(sources, "sources");
        int n = sources.length;
        if (targets.length != n || weights.length != n || delays.length != n || synapseModels.length != n
                || receptors.length != n) {
            throw new IllegalArgumentException("connection columns differ in length");
        }
        this.receptors = receptors.clone();
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
}
