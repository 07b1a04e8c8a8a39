package org.syncytium.core.record;

import java.util.List;
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

    /**
     * @param recordings all recordings by kernel-wide recorder index
     */
    public SpikeRecorders(RecorderLinks links, int neuronCount, List<Recording> recordings) {
        this.recordings = recordings;
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
     * Records the weight a spike stamped at step {@code stamp} carried from node {@code sender} to node
     * {@code target} (receptor {@code receptor}) in weight recorder {@code recorder} (kernel-wide index).
     */
    public void weight(int recorder, long sender, long target, int receptor, long stamp, double weight) {
        recordings.get(recorder).weight(sender, target, receptor, stamp, weight);
    }

    /** Records a spike of neuron index {@code neuron} (node id {@code sender}) stamped at step {@code stamp}. */
    public void spike(int neuron, long sender, long stamp) {
        for (int k = rowStart[neuron]; k < rowStart[neuron + 1]; k++) {
            recordings.get(recorder[k]).spike(sender, stamp);
        }
    }
}
