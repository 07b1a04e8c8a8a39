package org.syncytium.core.phase;

import java.util.Arrays;
import org.syncytium.core.connect.SpikeTable;
import org.syncytium.core.delivery.RingBuffers;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.plasticity.PlasticDelivery;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/**
 * Sorts the slice's spikes by (step, neuron index), so that delivery adds and recorders see them
 * in one fixed order whatever the layout, writes them into the ring buffers of the targets this
 * process owns (stamp + delay) and hands them to the spike recorders. Where plastic connections
 * exist, the slice's spikes go into their neurons' histories first, and each plastic connection
 * updates its weight as a spike passes (in time order, from this one thread); connections whose
 * synapse model names a weight recorder report each spike's weight to it.
 */
public final class SpikeRouting {
    /** Connections in a slice below which routing stays on one thread (a pool round costs microseconds). */
    private static final long LANE_CONNECTIONS = 20_000;
    private final RunPlan plan;
    private final SpikeExchange exchange;
    private final RingBuffers rings;
    private final SpikeTable spikes;
    private final PlasticDelivery plastic;
    private final WorkerPool pool;
    private final WorkerTask share = this::routeShare;
    /** Routing lanes for receptor input (at most one per processor), and the column run of each. */
    private final int shares;
    private int[] bounds;
    /** The slice being routed by the lanes: its sorted spikes and origin. */
    private long[] routedKeys;
    private int routedCount;
    private long routedOrigin;

    public SpikeRouting(RunPlan plan, SpikeExchange exchange, RingBuffers rings, SpikeTable spikes,
            PlasticDelivery plastic, WorkerPool pool) {
        this.plan = plan;
        this.pool = pool;
        this.shares = Math.min(pool.size(), Runtime.getRuntime().availableProcessors());
        this.plastic = plastic;
        this.exchange = exchange;
        this.rings = rings;
        this.spikes = spikes;
    }

    /**
     * Routes the spikes of the slice that starts at step {@code origin}; {@code endsRun}: the slice
     * ends the run, so its spikes pass plastic connections only when the next run starts
     * ({@link #routeHeld}).
     */
    public void run(long origin, boolean endsRun) {
        int n = exchange.count();
        long[] keys = exchange.spikes();
        Arrays.sort(keys, 0, n);
        long[] ids = plan.neurons().neuronIds();
        boolean receptors = spikes.hasReceptors();
        boolean counting = rings.anyCounting();
        if (plastic.active() || spikes.hasWeightRecorders()) {
            for (int s = 0; plastic.active() && s < n; s++) {
                plastic.spiked((int) keys[s], origin + (int) (keys[s] >>> 32) + 1);
            }
            routeOneByOne(origin, keys, n, ids, endsRun);
            plan.spikeRecorders().handOverWeights();
            return;
        }
        boolean lanes = receptors && !counting && inLanes(keys, n);
        if (lanes) {
            routedKeys = keys;
            routedCount = n;
            routedOrigin = origin;
            pool.run(share);
            routedKeys = null;
        }
        for (int s = 0; s < n; s++) {
            int l = (int) (keys[s] >>> 32);
            int neuron = (int) keys[s];
            long stamp = origin + l + 1;
            int end = spikes.rowStart(neuron + 1);
            if (counting) {
                for (int k = spikes.rowStart(neuron); k < end; k++) {
                    int target = spikes.target(k);
                    if (rings.counts(target)) {
                        countAt(target, k, stamp);
                    } else {
                        rings.addSpike(target, stamp + spikes.delay(k) - 1, spikes.weight(k), spikes.receptor(k));
                    }
                }
            } else if (receptors && lanes) {
                // routed below by the lanes
            } else if (receptors) {
                for (int k = spikes.rowStart(neuron); k < end; k++) {
                    rings.addSpike(spikes.target(k), stamp + spikes.delay(k) - 1, spikes.weight(k), spikes.receptor(k));
                }
            } else {
                for (int k = spikes.rowStart(neuron); k < end; k++) {
                    rings.addSpike(spikes.target(k), stamp + spikes.delay(k) - 1, spikes.weight(k));
                }
            }
            plan.spikeRecorders().spike(neuron, ids[neuron], stamp);
        }
        plan.spikeRecorders().handOverWeights(); // collective: also where this process stores no recorded connection
    }

    /**
     * True if the slice's spikes go to their targets' receptor input in lanes, one per worker up to one
     * per processor, each for its own run of columns ({@link RingBuffers#routingShares}): where there
     * are several workers, input on receptors is kept, and enough connections to pay for a pool round.
     * Each lane walks the spikes in the same order and adds only to its own columns, so every list and
     * ring cell gets its spikes in the order one thread would add them.
     */
    private boolean inLanes(long[] keys, int n) {
        if (shares < 2 || !rings.hasReceptorInput()) {
            return false;
        }
        long connections = 0;
        for (int s = 0; s < n && connections < LANE_CONNECTIONS; s++) {
            connections += spikes.rowStart((int) keys[s] + 1) - spikes.rowStart((int) keys[s]);
        }
        if (connections < LANE_CONNECTIONS) {
            return false;
        }
        if (bounds == null) {
            bounds = new int[shares + 1];
            rings.routingShares(shares, bounds);
        }
        return true;
    }

    /** Lane {@code w}'s part of routing: every spike's connections onto its run of columns. */
    private void routeShare(int w) {
        if (w >= shares) {
            return;
        }
        int from = bounds[w];
        int to = bounds[w + 1];
        long[] keys = routedKeys;
        for (int s = 0; s < routedCount; s++) {
            int neuron = (int) keys[s];
            long stamp = routedOrigin + (int) (keys[s] >>> 32) + 1;
            for (int k = spikes.rowStart(neuron), end = spikes.rowStart(neuron + 1); k < end; k++) {
                int column = rings.column(spikes.target(k));
                if (column >= from && column < to) {
                    rings.addSpikeToColumn(w, column, stamp + spikes.delay(k) - 1, spikes.weight(k), spikes.receptor(k));
                }
            }
        }
    }

    /**
     * {@link #run} where plastic or weight-recorded connections exist: each such connection passes its
     * spikes one by one (a plastic one asks for its weight, a recorded one reports it), or, with
     * {@code hold}, the spike waits for the next run to pass them, as NEST delivers a run's last slice.
     */
    private void routeOneByOne(long origin, long[] keys, int n, long[] ids, boolean hold) {
        for (int s = 0; s < n; s++) {
            int neuron = (int) keys[s];
            long stamp = origin + (int) (keys[s] >>> 32) + 1;
            boolean held = false;
            int end = spikes.rowStart(neuron + 1);
            for (int k = spikes.rowStart(neuron); k < end; k++) {
                if (!oneByOne(k)) {
                    deliver(k, stamp, spikes.weight(k));
                } else if (hold) {
                    held = true;
                } else {
                    transmit(neuron, k, stamp);
                }
            }
            if (held) {
                plastic.hold(neuron, stamp);
            }
            plan.spikeRecorders().spike(neuron, ids[neuron], stamp);
        }
    }

    /** The spikes held at the end of the last run pass the plastic connections their neurons have now. */
    public void routeHeld() {
        for (int i = 0; i < plastic.heldCount(); i++) {
            int neuron = plastic.heldNeuron(i);
            long stamp = plastic.heldStamp(i);
            for (int k = spikes.rowStart(neuron); k < spikes.rowStart(neuron + 1); k++) {
                if (oneByOne(k)) {
                    transmit(neuron, k, stamp);
                }
            }
        }
        plastic.release();
        plan.spikeRecorders().handOverWeights();
    }

    /** True for a connection that is plastic or reports its weights. */
    private boolean oneByOne(int k) {
        return spikes.plastic(k) >= 0 || spikes.weightRecorder(k) >= 0;
    }

    /** Connection {@code k}'s source is neuron index {@code neuron}. */
    private void transmit(int neuron, int k, long stamp) {
        int p = spikes.plastic(k);
        double weight = spikes.weight(k);
        if (p >= 0) {
            double delivered = plastic.transmit(p, weight, stamp, spikes.delay(k), spikes.target(k));
            double kept = plastic.weightAfter(p, weight, delivered);
            if (Double.doubleToRawLongBits(kept) != Double.doubleToRawLongBits(weight)) {
                spikes.setWeight(k, kept);
            }
            if (Double.isNaN(delivered)) {
                return; // the spike failed to pass (random transmission): nothing to deliver or record
            }
            weight = delivered;
        }
        deliver(k, stamp, weight);
        int recorder = spikes.weightRecorder(k);
        if (recorder >= 0) {
            long[] ids = plan.neurons().neuronIds();
            plan.spikeRecorders().weight(recorder, ids[neuron], ids[spikes.target(k)], spikes.receptor(k), stamp, weight);
        }
    }

    /** A parrot repeats a spike on receptor 0, whatever the weight; one on receptor 1 it does not (NEST's port 1). */
    private void countAt(int target, int k, long stamp) {
        if (spikes.receptor(k) == 0) {
            rings.addCount(target, stamp + spikes.delay(k) - 1, 1);
        }
    }

    private void deliver(int k, long stamp, double weight) {
        int target = spikes.target(k);
        if (rings.anyCounting() && rings.counts(target)) {
            countAt(target, k, stamp);
        } else {
            rings.addSpike(target, stamp + spikes.delay(k) - 1, weight, spikes.receptor(k));
        }
    }
}
