package org.syncytium.core.connect;

import org.syncytium.core.util.IntList;

/**
 * Which neurons recorders observe, in creation order: neuron → spike recorder links and
 * multimeter → neuron links (kernel-wide recorder index, global neuron index). Duplicates are kept:
 * each link records, as each NEST connection delivers.
 */
public final class RecorderLinks {
    private final IntList spikeNeurons = new IntList();
    private final IntList spikeRecorders = new IntList();
    private final IntList sampleRecorders = new IntList();
    private final IntList sampleNeurons = new IntList();

    void addSpikeLink(int neuron, int recorder) {
        spikeNeurons.add(neuron);
        spikeRecorders.add(recorder);
    }

    void addSampleLink(int recorder, int neuron) {
        sampleRecorders.add(recorder);
        sampleNeurons.add(neuron);
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

    /** Number of multimeter → neuron links. */
    public int sampleLinks() {
        return sampleRecorders.size();
    }

    public int sampleRecorder(int k) {
        return sampleRecorders.get(k);
    }

    public int sampleNeuron(int k) {
        return sampleNeurons.get(k);
    }

    /** Total number of links. */
    public int size() {
        return spikeLinks() + sampleLinks();
    }
}
