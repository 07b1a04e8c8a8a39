package org.syncytium.core.connect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.syncytium.core.util.DoubleList;
import org.syncytium.core.util.IntList;

/**
 * Which neurons recorders observe, in creation order: neuron → spike recorder links and
 * multimeter → neuron links (kernel-wide recorder index, global neuron index; a multimeter's link to a
 * device with recordables holds −1 − the device index instead). Duplicate spike links
 * are kept: each records, as each NEST connection delivers; a multimeter samples a neuron through
 * one link only, as in NEST (the connection manager refuses a second). Each link also keeps the weight and delay
 * (steps) it was made with: nothing recorded depends on them, but NEST lists and sets them as
 * for any connection, so scripts that read every connection's weight find numbers.
 */
public final class RecorderLinks {
    private final IntList spikeNeurons = new IntList();
    private final IntList spikeRecorders = new IntList();
    private final DoubleList spikeWeights = new DoubleList();
    private final IntList spikeDelays = new IntList();
    private final IntList sampleRecorders = new IntList();
    private final IntList sampleNeurons = new IntList();
    private final DoubleList sampleWeights = new DoubleList();
    private final IntList sampleDelays = new IntList();
    private final SynapseNameColumn spikeNames = new SynapseNameColumn();
    private final SynapseNameColumn sampleNames = new SynapseNameColumn();
    /** The sample links' ends ({@link #sampleKey}). */
    private final Set<Long> samplePairs = new HashSet<>();

    /** @param name the synapse model name's index in the connection manager's list */
    void addSpikeLink(int neuron, int recorder, double weight, int delaySteps, int name) {
        spikeNames.add(name);
        spikeNeurons.add(neuron);
        spikeRecorders.add(recorder);
        spikeWeights.add(weight);
        spikeDelays.add(delaySteps);
    }

    void addSampleLink(int recorder, int neuron, double weight, int delaySteps, int name) {
        sampleNames.add(name);
        sampleRecorders.add(recorder);
        sampleNeurons.add(neuron);
        samplePairs.add(sampleKey(recorder, neuron));
        sampleWeights.add(weight);
        sampleDelays.add(delaySteps);
    }

    /**
     * Link number {@code k} of one list: neuron → spike recorder links are 0 to {@link #spikeLinks()} − 1,
     * multimeter → neuron links follow them.
     */
    double weight(int k) {
        return k < spikeLinks() ? spikeWeights.get(k) : sampleWeights.get(k - spikeLinks());
    }

    /** The synapse model name index of link {@code k} (numbered as in {@link #weight(int)}). */
    int name(int k) {
        return k < spikeLinks() ? spikeNames.get(k) : sampleNames.get(k - spikeLinks());
    }

    /** Delay in steps of link {@code k} (numbered as in {@link #weight(int)}). */
    int delaySteps(int k) {
        return k < spikeLinks() ? spikeDelays.get(k) : sampleDelays.get(k - spikeLinks());
    }

    void setWeight(int k, double weight) {
        if (k < spikeLinks()) {
            spikeWeights.set(k, weight);
        } else {
            sampleWeights.set(k - spikeLinks(), weight);
        }
    }

    void setDelay(int k, int steps) {
        if (k < spikeLinks()) {
            spikeDelays.set(k, steps);
        } else {
            sampleDelays.set(k - spikeLinks(), steps);
        }
    }

    /** Removes the links {@code k} (numbered as in {@link #weight(int)}) with {@code drop[k]}. */
    void remove(boolean[] drop) {
        boolean[] spike = Arrays.copyOf(drop, spikeLinks());
        boolean[] sample = Arrays.copyOfRange(drop, spikeLinks(), size());
        spikeNeurons.removeIf(spike);
        spikeRecorders.removeIf(spike);
        spikeWeights.removeIf(spike);
        spikeDelays.removeIf(spike);
        spikeNames.removeIf(spike);
        sampleRecorders.removeIf(sample);
        sampleNeurons.removeIf(sample);
        sampleWeights.removeIf(sample);
        sampleDelays.removeIf(sample);
        sampleNames.removeIf(sample);
        samplePairs.clear();
        for (int k = 0; k < sampleLinks(); k++) {
            samplePairs.add(sampleKey(sampleRecorders.get(k), sampleNeurons.get(k)));
        }
    }

    /**
     * An index of the links by their two ends, for naming many links at once: one pass over the
     * links, where a scan per name would cost links × names.
     */
    Index index() {
        return new Index();
    }

    /** The links by their ends, as they were when {@link #index()} built it. */
    final class Index {
        private final Map<Long, IntList> byEnds = new HashMap<>();

        private Index() {
            for (int k = 0; k < spikeLinks(); k++) {
                byEnds.computeIfAbsent(key(true, spikeNeurons.get(k), spikeRecorders.get(k)), e -> new IntList()).add(k);
            }
            for (int k = 0; k < sampleLinks(); k++) {
                byEnds.computeIfAbsent(key(false, sampleRecorders.get(k), sampleNeurons.get(k)), e -> new IntList())
                        .add(spikeLinks() + k);
            }
        }

        /**
         * The number ({@link #weight(int)}) of the {@code occurrence}-th link (0-based, creation order)
         * from {@code source} to {@code target}: a neuron index and a recorder index for a spike
         * recorder's link ({@code toRecorder}), else a recorder index and a neuron index; -1 if there is none.
         */
        int locate(boolean toRecorder, int source, int target, int occurrence) {
            IntList found = byEnds.get(key(toRecorder, source, target));
            return found != null && occurrence < found.size() ? found.get(occurrence) : -1;
        }

        private static long key(boolean toRecorder, int source, int target) {
            // the direction in the top bit, the source (below 2^31) above the target's 32 bits (a
            // multimeter's device target is negative)
            return (toRecorder ? Long.MIN_VALUE : 0L) | ((long) source << 32) | (target & 0xFFFFFFFFL);
        }
    }

    /** Number of neuron → spike recorder links. */
    public int spikeLinks() {
        return spikeNeurons.size();
    }

    public int spikeNeuron(int k) {
        return spikeNeurons.get(k);
    }

    public int spikeRecorder(int k) {
        return spikeRecorders.get(k);
    }

    /** Whether recorder {@code recorder} samples neuron {@code neuron} (kernel-wide indices) already. */
    boolean samples(int recorder, int neuron) {
        return samplePairs.contains(sampleKey(recorder, neuron));
    }

    /** A sample link's two ends as one key: the recorder index above the target's 32 bits (a device's is negative). */
    static long sampleKey(int recorder, int target) {
        return ((long) recorder << 32) | (target & 0xFFFFFFFFL);
    }

    /** Number of multimeter → neuron links. */
    public int sampleLinks() {
        return sampleRecorders.size();
    }

    public int sampleRecorder(int k) {
        return sampleRecorders.get(k);
    }

    /** The neuron index of sample link {@code k}, or −1 − the device index of a device it samples. */
    public int sampleNeuron(int k) {
        return sampleNeurons.get(k);
    }

    /** Total number of links. */
    public int size() {
        return spikeLinks() + sampleLinks();
    }
}
