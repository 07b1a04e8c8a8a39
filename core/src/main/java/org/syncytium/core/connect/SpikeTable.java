package org.syncytium.core.connect;

import org.syncytium.core.util.DoubleList;
import org.syncytium.core.util.IntList;

/**
 * Neuron-to-neuron spike connections as structure of arrays: appended in creation order, compiled
 * into rows per source (CSR) for delivery. Targets and sources are global neuron indices; delays
 * are in steps. Within a row, connections keep creation order, so delivery adds in a fixed order.
 */
public final class SpikeTable {
    private final IntList sources = new IntList();
    private final IntList targets = new IntList();
    private final DoubleList weights = new DoubleList();
    private final IntList delays = new IntList();

    private int[] rowStart = new int[1];
    private int[] rowTarget = new int[0];
    private double[] rowWeight = new double[0];
    private int[] rowDelay = new int[0];
    private int compiledSize = -1;
    private int compiledNeurons = -1;

    void add(int source, int target, double weight, int delaySteps) {
        sources.add(source);
        targets.add(target);
        weights.add(weight);
        delays.add(delaySteps);
    }

    /** Number of connections. */
    public int size() {
        return sources.size();
    }

    /** Builds the per-source rows for {@code neuronCount} neurons if connections or neurons were added since. */
    public void compile(int neuronCount) {
        if (compiledSize == size() && compiledNeurons == neuronCount) {
            return;
        }
        int n = size();
        rowStart = new int[neuronCount + 1];
        for (int k = 0; k < n; k++) {
            rowStart[sources.get(k) + 1]++;
        }
        for (int s = 0; s < neuronCount; s++) {
            rowStart[s + 1] += rowStart[s];
        }
        int[] fill = rowStart.clone();
        rowTarget = new int[n];
        rowWeight = new double[n];
        rowDelay = new int[n];
        for (int k = 0; k < n; k++) {
            int at = fill[sources.get(k)]++;
            rowTarget[at] = targets.get(k);
            rowWeight[at] = weights.get(k);
            rowDelay[at] = delays.get(k);
        }
        compiledSize = n;
        compiledNeurons = neuronCount;
    }

    /** First connection of source {@code s} in the compiled rows; the row ends at {@code rowStart(s + 1)}. */
    public int rowStart(int s) {
        return rowStart[s];
    }

    /** Compiled target neuron index of connection {@code k}. */
    public int target(int k) {
        return rowTarget[k];
    }

    /** Compiled weight of connection {@code k} in pA. */
    public double weight(int k) {
        return rowWeight[k];
    }

    /** Compiled delay of connection {@code k} in steps. */
    public int delay(int k) {
        return rowDelay[k];
    }
}
