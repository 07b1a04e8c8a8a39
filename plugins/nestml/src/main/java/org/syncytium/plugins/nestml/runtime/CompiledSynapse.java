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
 * <p>A connection's values: the visible variables ({@link SynapseLayout#visible()}), the common ones
 * ({@link SynapseLayout#common()}), then the hidden ones: the time of its last presynaptic spike (ms), the weight after it, the arrival time (t_post + d,
 * ms) of the latest target spike that coincided with a presynaptic spike, and the postsynaptic traces
 * from just before that spike ({@link SynapseLayout#postTraces()} values).
 */
public abstract class CompiledSynapse extends GeneratedCode {

    /** Hidden values, after the visible ones. */
    static final int LAST_SPIKE = 0;
    static final int WEIGHT = 1;
    static final int COINCIDENT_POST = 2;
    static final int KEPT_TRACES = 3;

    /** NEST's {@code stdp_eps}, ms: spike times closer than this coincide. */
    private static final double STDP_EPS = 1e-6;

    /** What {@code emit_spike} gave during the presynaptic handler, in the weight's unit; NaN if nothing. */
    protected double emitted;
    private final int visible;
    private final boolean hasPostPort;
    private final boolean preBeforePost;
    private RandomStream random;

    /**
     * @param visible       how many values of a connection users see or share (the hidden ones follow)
     * @param hasPostPort   true if the model handles postsynaptic spikes
     * @param preBeforePost true if a target spike at exactly t − d is handled after the presynaptic
     *                      handler (NESTML's pre_before_post_update: the presynaptic handler's priority
     *                      is the lower of two given)
     */
    protected CompiledSynapse(int visible, boolean hasPostPort, boolean preBeforePost) {
        this.visible = visible;
        this.hasPostPort = hasPostPort;
        this.preBeforePost = preBeforePost;
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

    /** Copies the postsynaptic traces (state only the postsynaptic handler changes) to {@code values[at...]}. */
    protected abstract void keepPostTraces(double[] values, int at);

    /** Exchanges the postsynaptic traces with those {@link #keepPostTraces} kept at {@code values[at...]}. */
    protected abstract void swapPostTraces(double[] values, int at);

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
        int hidden = offset + visible;
        double last = values[hidden + LAST_SPIKE];
        boolean deferred = false;
        if (hasPostPort) {
            int n = post.select(last - delay, spikeTime - delay);
            for (int i = 0; i < n; i++) {
                if (preBeforePost && Math.abs(post.selected(i) - (spikeTime - delay)) < STDP_EPS) {
                    deferred = true; // NESTML breaks here: it is the last one in the window
                    break;
                }
                double at = post.selected(i) + delay;
                time = last;
                advance(at - last);
                if (at > spikeTime - STDP_EPS) {
                    if (values[hidden + COINCIDENT_POST] <= spikeTime - STDP_EPS) {
                        keepPostTraces(values, hidden + KEPT_TRACES); // before the first spike at t - d
                    }
                    values[hidden + COINCIDENT_POST] = at;
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
        // also for a second presynaptic spike at t (a parrot's multiplicity): the traces stay without it
        boolean coincident = hasPostPort && values[hidden + COINCIDENT_POST] > spikeTime - STDP_EPS;
        if (coincident) {
            swapPostTraces(values, hidden + KEPT_TRACES);
        }
        onPre();
        if (coincident) {
            swapPostTraces(values, hidden + KEPT_TRACES);
        }
        if (deferred) {
            onPost(); // at t, once, after the presynaptic handler
        }
        values[hidden + LAST_SPIKE] = spikeTime;
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
