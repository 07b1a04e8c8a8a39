package org.syncytium.core.plasticity;

import java.util.function.LongToDoubleFunction;
import org.syncytium.api.synapse.PlasticSynapse;
import org.syncytium.core.random.StreamKeys;
import org.syncytium.core.random.Xoshiro256;
import org.syncytium.core.util.IntList;
import org.syncytium.core.util.LongList;

/**
 * What spike routing does for plastic connections: archives the slice's spikes in their neurons'
 * histories before any is delivered (NEST's neurons archive a spike in the update that emits it,
 * before the next delivery), then lets each plastic connection's model update it as a presynaptic
 * spike passes. Times are the kernel's exact step times in ms.
 */
public final class PlasticDelivery {
    private final PlasticStore store;
    private final SpikeArchive archive;
    private LongToDoubleFunction stepsToMs;
    private double minDelay;
    /**
     * Each target neuron's stream for random transmission, made at its first use and kept from run to
     * run (NEST's random numbers continue too); all made anew when rng_seed changes.
     */
    private Xoshiro256[] transmitStreams = new Xoshiro256[0];
    private long seed;
    /** Spikes of the last run's last slice that still have to pass plastic connections: neurons and stamps. */
    private final IntList heldNeurons = new IntList();
    private final LongList heldStamps = new LongList();

    public PlasticDelivery(PlasticStore store, SpikeArchive archive) {
        this.store = store;
        this.archive = archive;
    }

    /**
     * What a run is planned with: the kernel's conversion of a step count to ms (through tics, for
     * the run's resolution) and min_delay in steps (part of the archive's pruning bound).
     */
    public void plan(LongToDoubleFunction stepsToMs, int minDelaySteps) {
        this.stepsToMs = stepsToMs;
        this.minDelay = stepsToMs.applyAsDouble(minDelaySteps);
    }

    /** The kernel's rng_seed before a run: a new seed starts every target's stream of draws afresh. */
    public void reseed(long rngSeed) {
        if (rngSeed != seed) {
            transmitStreams = new Xoshiro256[0];
            seed = rngSeed;
        }
    }

    /** Keeps a spike of a run's last slice for the next run ({@link #heldCount}). */
    public void hold(int neuron, long stamp) {
        heldNeurons.add(neuron);
        heldStamps.add(stamp);
    }

    /** How many spikes are held; {@link #heldNeuron} and {@link #heldStamp} read them, {@link #release} forgets them. */
    public int heldCount() {
        return heldNeurons.size();
    }

    public int heldNeuron(int i) {
        return heldNeurons.get(i);
    }

    public long heldStamp(int i) {
        return heldStamps.get(i);
    }

    public void release() {
        heldNeurons.clear();
        heldStamps.clear();
    }

    /** True if any plastic connection exists (routing then archives spikes and asks {@link #transmit}). */
    public boolean active() {
        return store.size() > 0;
    }

    /** Neuron index {@code neuron} spiked with time stamp {@code stamp} (steps). */
    public void spiked(int neuron, long stamp) {
        archive.spike(neuron, stepsToMs.applyAsDouble(stamp), minDelay);
    }

    /**
     * The weight connection {@code p} keeps after a spike that carried {@code delivered} (NaN: it did
     * not pass) while its weight was {@code before}: the model's own weight value where it keeps one,
     * else what the spike carried where the model changes weights, else {@code before}.
     */
    public double weightAfter(int p, double before, double delivered) {
        PlasticSynapse model = store.model(p);
        int slot = model.weightValue();
        if (slot >= 0) {
            return store.values(p)[store.offset(p) + model.state().size() + model.commonParameters().size() + slot];
        }
        return model.changesWeight() && !Double.isNaN(delivered) ? delivered : before;
    }

    /**
     * A spike stamped {@code stamp} passes plastic connection {@code p} (weight {@code weight} pA,
     * delay {@code delaySteps}) into neuron index {@code target}.
     *
     * @return the weight the spike delivers (pA; NaN if it does not pass); {@link #weightAfter} gives the one the connection keeps
     */
    public double transmit(int p, double weight, long stamp, int delaySteps, int target) {
        return store.model(p).transmit(weight, store.values(p), store.offset(p), stepsToMs.applyAsDouble(stamp),
                stepsToMs.applyAsDouble(delaySteps), archive.of(target), transmitStream(target));
    }

    /**
     * The stream of draws at neuron index {@code target}: keyed by the seed and the global index, and
     * used in the order spikes pass its connections (time, then source, then creation), which is the
     * same on every process that holds them, so the draws do not depend on the split.
     */
    private Xoshiro256 transmitStream(int target) {
        if (target >= transmitStreams.length) {
            transmitStreams = java.util.Arrays.copyOf(transmitStreams, Math.max(target + 1, 2 * transmitStreams.length));
        }
        Xoshiro256 stream = transmitStreams[target];
        if (stream == null) {
            stream = new Xoshiro256(StreamKeys.key(seed, StreamKeys.SYNAPSE_TRANSMIT, target, 0, 0));
            transmitStreams[target] = stream;
        }
        return stream;
    }
}
