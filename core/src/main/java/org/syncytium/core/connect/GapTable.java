package org.syncytium.core.connect;

import org.syncytium.core.util.DoubleList;
import org.syncytium.core.util.IntList;

/**
 * Gap-junction connections stored per TARGET (partner = source, conductance g in nS), so that the
 * exchange is a pull: C_i = Σ_k g_k · out[partner_k], S_i = Σ_k g_k, summed in creation order
 * whatever the thread layout. Duplicates and self-pairs are kept: they add conductance, as in NEST.
 */
public final class GapTable {
    private final IntList targets = new IntList();
    private final IntList partners = new IntList();
    private final DoubleList conductances = new DoubleList();

    private int[] rowStart = new int[1];
    private int[] rowPartner = new int[0];
    private double[] rowConductance = new double[0];
    private double[] conductanceSum = new double[0];
    private boolean[] coupled = new boolean[0];
    private int compiledSize = -1;
    private int compiledNeurons = -1;

    void add(int target, int partner, double conductance) {
        targets.add(target);
        partners.add(partner);
        conductances.add(conductance);
    }

    /** Number of directed gap connections. */
    public int size() {
        return targets.size();
    }

    /** True if neuron index {@code n} is the source or target of a gap connection (after {@link #compile}). */
    public boolean touches(int n) {
        return coupled[n];
    }

    /** Builds the per-target rows and S_i for {@code neuronCount} neurons if anything changed. */
    public void compile(int neuronCount) {
        if (compiledSize == size() && compiledNeurons == neuronCount) {
            return;
        }
        int n = size();
        rowStart = new int[neuronCount + 1];
        for (int k = 0; k < n; k++) {
            rowStart[targets.get(k) + 1]++;
        }
        for (int t = 0; t < neuronCount; t++) {
            rowStart[t + 1] += rowStart[t];
        }
        int[] fill = rowStart.clone();
        rowPartner = new int[n];
        rowConductance = new double[n];
        conductanceSum = new double[neuronCount];
        coupled = new boolean[neuronCount];
        for (int k = 0; k < n; k++) {
            int target = targets.get(k);
            int at = fill[target]++;
            rowPartner[at] = partners.get(k);
            rowConductance[at] = conductances.get(k);
            coupled[target] = true;
            coupled[partners.get(k)] = true;
        }
        for (int t = 0; t < neuronCount; t++) {
            double sum = 0;
            for (int k = rowStart[t]; k < rowStart[t + 1]; k++) {
                sum += rowConductance[k];
            }
            conductanceSum[t] = sum;
        }
        compiledSize = n;
        compiledNeurons = neuronCount;
    }

    /** First incoming gap connection of target {@code t}; the row ends at {@code rowStart(t + 1)}. */
    public int rowStart(int t) {
        return rowStart[t];
    }

    /** Partner (source) neuron index of compiled connection {@code k}. */
    public int partner(int k) {
        return rowPartner[k];
    }

    /** Conductance g of compiled connection {@code k} in nS. */
    public double conductance(int k) {
        return rowConductance[k];
    }

    /** S_t = Σ g over the incoming gap connections of target {@code t}, in nS (creation-order sum). */
    public double conductanceSum(int t) {
        return conductanceSum[t];
    }
}
