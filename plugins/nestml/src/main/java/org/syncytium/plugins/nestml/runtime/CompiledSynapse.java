package org.syncytium.plugins.nestml.runtime;

import org.syncytium.api.random.RandomStream;
import org.syncytium.api.synapse.SpikeHistory;

/**
 * What the code generated for a NESTML synapse model extends: one connection's variables in fields
 * while a presynaptic spike passes it, and the order of events NESTML's NEST target gives a synapse.
 * The postsynaptic spikes since the connection's last presynaptic spike reach it shifted by the
 * dendritic delay d (a spike at t_post is handled at t_post + d, those in (t_last − d, t − d]), each
 * after the update block has advanced the connection to its time ({@code t} reads t_post in the
 * handler); then the update block advances it to the presynaptic spike's time t and the presynaptic
 * handler runs. The spike carries what {@code emit_spike} gave; a handler that emits nothing lets
 * the spike fail.
 *
 * <p>NESTML's NEST target keeps the postsynaptic traces (state that only the postsynaptic handler
 * changes, such as {@code post_trace += 1}) in the neuron and reads them at t − d from the spikes
 * strictly before, as NEST's archiving node reads K−: the presynaptic handler does not see a
 * postsynaptic spike at exactly t − d (within NEST's stdp_eps) in those traces, though the
 * postsynaptic handler ran for it. This class gives the same.
 *
 * <p>A connection's values: the visible variables ({@link SynapseLayout#visible()}), then two hidden
 * ones: the time of its last presynaptic spike (ms) and the weight after it.
 */
public abstract class CompiledSynapse extends GeneratedCode {

    /** NEST's {@code stdp_eps}, ms: spike times closer than this coincide. */
    private static final double STDP_EPS = 1e-6;

    /** What {@code emit_spike} gave during the presynaptic handler, in the weight's unit; NaN if nothing. */
    protected double emitted;
    private final int visible;
    private final boolean hasPostPort;
    private RandomStream random;

    /**
     * @param visible     how many values of a connection users see (the hidden ones follow)
     * @param hasPostPort true if the model handles postsynaptic spikes
     */
    protected CompiledSynapse(int visible, boolean hasPostPort) {
        this.visible = visible;
        this.hasPostPort = hasPostPort;
    }

    // ------------------------------------------------------------------ generated per model

    /** Copies a connection's values, its weight and delay (ms) into the fields. */
    public abstract void load(double weight, double[] values, int offset, double delay);

    /** Copies the state fields back into the connection's values, the weight into its hidden slot. */
    public abstract void store(double[] values, int offset);

    /** The internals from the loaded parameters. */
    public abstract void computeInternals();

    /**
     * Evaluates the declarations' initial values (parameters, internals, state) into the fields and
     * writes the visible values to {@code out}, then the weight and the delay (ms).
     */
    public abstract void defaults(double[] out);

    /** Index in {@link SynapseLayout#constraints()} of the first constraint the loaded fields violate, or -1. */
    public abstract int violatedConstraint();

    /** The update block over {@code dt} ms from {@link #time}: integrate_odes() propagates the ODEs exactly. */
    protected abstract void advance(double dt);

    /** The handler of presynaptic spikes. */
    protected abstract void onPre();

    /** The handler of postsynaptic spikes (empty where the model has none). */
    protected abstract void onPost();

    /** Keeps the postsynaptic traces (state only the postsynaptic handler changes) before a coincident spike. */
    protected abstract void keepPostTraces();

    /** Exchanges the postsynaptic traces with those {@link #keepPostTraces()} kept. */
    protected abstract void swapPostTraces();

    // ------------------------------------------------------------------ the event order

    /**
     * A presynaptic spike at {@code spikeTime} (ms) passes the connection whose values start at
     * {@code offset}; returns what it carries (NaN: nothing) and leaves the weight in the hidden slot.
     */
    public final double transmit(double weight, double[] values, int offset, double spikeTime, double delay,
            SpikeHistory post, RandomStream stream) {
        random = stream;
        load(weight, values, offset, delay);
        computeInternals();
        double last = values[offset + visible];
        boolean coincident = false;
        if (hasPostPort) {
            int n = post.select(last - delay, spikeTime - delay);
            for (int i = 0; i < n; i++) {
                double at = post.selected(i) + delay;
                time = last;
                advance(at - last);
                if (at > spikeTime - STDP_EPS) {
                    coincident = true;
                    keepPostTraces();
                }
                time = post.selected(i);
                onPost();
                last = at;
            }
        }
        time = last;
        advance(spikeTime - last);
        time = spikeTime;
        emitted = Double.NaN;
        if (coincident) {
            swapPostTraces();
        }
        onPre();
        if (coincident) {
            swapPostTraces();
        }
        values[offset + visible] = spikeTime;
        store(values, offset);
        random = null;
        return emitted;
    }

    /** Draws from the stream the kernel passes with the spike (per target, following rng_seed). */
    @Override
    protected final double nextUniform() {
        if (random == null) {
            throw new IllegalStateException("random numbers are drawn while a spike passes the connection only");
        }
        return random.nextDouble();
    }
}
