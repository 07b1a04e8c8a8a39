package org.syncytium.core.record;

import java.util.List;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.record.Recording;
import org.syncytium.core.connect.RecorderLinks;

/**
 * Hands neuron spikes to the spike recorders connected to them, and the weights spikes carry to the
 * weight recorders their connections name. Built per run from the links: for each neuron, its
 * recorders in connection order. Spikes arrive sorted by (stamp, sender), so each
 * recorder's output is the same for any number of threads.
 */
public final class SpikeRecorders {
    private final int[] rowStart;
    private final int[] recorder;
    private final List<Recording> recordings;
    private final WeightEvents weights;

    /**
     * @param recordings all recordings by kernel-wide recorder index
     */
    public SpikeRecorders(RecorderLinks links, int neuronCount, List<Recording> recordings) {
        this(links, neuronCount, recordings, null);
    }

    /**
     * @param weights where weight events wait for {@link #handOverWeights()}: one per run when any
     *                connection of the network reports weights (on every process), else null
     */
    public SpikeRecorders(RecorderLinks links, int neuronCount, List<Recording> recordings, Communicator weights) {
        this.recordings = recordings;
        this.weights = weights == null ? null : new WeightEvents(weights);
        rowStart = new int[neuronCount + 1];
        int n = links.spikeLinks();
        for (int k = 0; k < n; k++) {
            rowStart[links.spikeNeuron(k) + 1]++;
        }
        for (int i = 0; i < neuronCount; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] fill = rowStart.clone();
        recorder = new int[n];
        for (int k = 0; k < n; k++) {
            recorder[fill[links.spikeNeuron(k)]++] = links.spikeRecorder(k);
        }
    }

    /** True if no neuron is recorded. */
    public boolean isEmpty() {
        return recorder.length == 0;
    }

    /**
     * Keeps the weight a spike stamped at step {@code stamp} carried from node {@code sender} to node
     * {@code target} (receptor {@code receptor}) for weight recorder {@code recorder} (kernel-wide
     * index) until {@link #handOverWeights()}.
     */
    public void weight(int recorder, long sender, long target, int receptor, long stamp, double weight) {
        if (weights != null) {
            weights.add(recorder, sender, target, receptor, stamp, weight);
        } else {
            // a plan made before the first weight-recorded connection (one process: no gather needed)
            recordings.get(recorder).weight(sender, target, receptor, stamp, weight);
        }
    }

    /**
     * Hands the weights kept since the last call to the weight recorders (gathered on rank 0); every
     * process calls it after each routing pass while weights are recorded anywhere.
     */
    public void handOverWeights() {
        if (weights != null) {
            weights.handOver(recordings);
        }
    }

    /** Records a spike of neuron index {@code neuron} (node id {@code sender}) stamped at step {@code stamp}. */
    public void spike(int neuron, long sender, long stamp) {
        for (int k = rowStart[neuron]; k < rowStart[neuron + 1]; k++) {
            recordings.get(recorder[k]).spike(sender, stamp);
        }
    }
}
