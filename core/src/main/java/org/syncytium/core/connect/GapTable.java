package org.syncytium.core.connect;

import org.syncytium.core.util.DoubleList;
import org.syncytium.core.util.IntList;

/**
 * Gap-junction connections stored per TARGET (partner = source, conductance g in nS), so that the
 * exchange is a pull: C_i = Σ_k g_k · out[partner_k], S_i = Σ_k g_k, summed in creation order
 * whatever the thread layout. Duplicates and self-pairs are kept: they add conductance, as in NEST.
 * As in {@link SpikeTable}, connections made since the last compile wait in a pending log and are
 * appended after their row's existing entries, so only the compiled arrays hold them afterwards.
 */
public final class GapTable {
    private IntList targets = new IntList();
    private IntList partners = new IntList();
    private DoubleList conductances = new DoubleList();
    /** Synapse model name indices of the pending log (runs: a connect call adds one name to many connections). */
    private SynapseNameColumn loggedNames = new SynapseNameColumn();
    /** The first synapse model name index the table saw, -1 before any; every connection's while no column exists. */
    private int firstName = -1;

    private int[] rowStart = new int[1];
    private int[] rowPartner = new int[0];
    private double[] rowConductance = new double[0];
    /** Compiled synapse model name indices; null while every connection has {@link #firstName}. */
    private short[] rowName;
    private double[] conductanceSum = new double[0];
    private boolean[] coupled = new boolean[0];
    private int compiledNeurons;
    /** The conductance of every compiled connection if they all have the same bits, else NaN. */
    private double uniformConductance = Double.NaN;
    /** A conductance changed since {@link #compile}: S_t and the uniform conductance are out of date. */
    private boolean stale;

    /**
     * Adds a directed gap connection (partner → target, g in nS), compiled into the rows at the next
     * {@link #compile}. The kernel adds through its connection manager; public for the exchange's
     * tests and benchmark.
     */
    public void add(int target, int partner, double conductance) {
        add(target, partner, conductance, 0);
    }

    /** As {@link #add(int, int, double)}, made under the synapse model name with index {@code name} (the connection manager's list). */
    void add(int target, int partner, double conductance, int name) {
        if (firstName < 0) {
            firstName = name;
        }
        loggedNames.add(name);
        targets.add(target);
        partners.add(partner);
        conductances.add(conductance);
    }

    /**
     * A compiled table of {@code neuronCount} neurons without connections (every row empty, every
     * S_t zero) and the same {@link #uniformConductance()} as {@code like}: a pull over it gives
     * zero input, by the same code as over {@code like}.
     */
    public static GapTable emptyLike(GapTable like, int neuronCount) {
        GapTable empty = new GapTable();
        empty.rowStart = new int[neuronCount + 1];
        empty.conductanceSum = new double[neuronCount];
        empty.coupled = new boolean[neuronCount];
        empty.compiledNeurons = neuronCount;
        empty.uniformConductance = like.uniformConductance;
        return empty;
    }

    /** Number of directed gap connections. */
    public int size() {
        return rowPartner.length + targets.size();
    }

    /** True if neuron index {@code n} is the source or target of a gap connection (after {@link #compile}). */
    public boolean touches(int n) {
        return coupled[n];
    }

    /** Builds the per-target rows and S_i for {@code neuronCount} neurons if anything changed. */
    public void compile(int neuronCount) {
        int pending = targets.size();
        if (pending == 0 && compiledNeurons == neuronCount && !stale) {
            return;
        }
        stale = false;
        int n = rowPartner.length + pending;
        int[] start = new int[neuronCount + 1];
        for (int t = 0; t < compiledNeurons; t++) {
            start[t + 1] = rowStart[t + 1] - rowStart[t];
        }
        for (int k = 0; k < pending; k++) {
            start[targets.get(k) + 1]++;
        }
        for (int t = 0; t < neuronCount; t++) {
            start[t + 1] += start[t];
        }
        int[] fill = start.clone();
        int[] partner = new int[n];
        double[] conductance = new double[n];
        short[] name = rowName == null && !loggedNames.mayHoldOtherThan(firstName) ? null : new short[n];
        boolean[] touched = new boolean[neuronCount];
        for (int t = 0; t < compiledNeurons; t++) {
            for (int k = rowStart[t]; k < rowStart[t + 1]; k++) {
                int at = fill[t]++;
                partner[at] = rowPartner[k];
                conductance[at] = rowConductance[k];
                if (name != null) {
                    name[at] = rowName == null ? (short) firstName : rowName[k];
                }
                touched[t] = true;
                touched[rowPartner[k]] = true;
            }
        }
        for (int k = 0; k < pending; k++) {
            int target = targets.get(k);
            int at = fill[target]++;
            partner[at] = partners.get(k);
            conductance[at] = conductances.get(k);
            if (name != null) {
                name[at] = (short) loggedNames.get(k);
            }
            touched[target] = true;
            touched[partners.get(k)] = true;
        }
        double[] sums = new double[neuronCount];
        for (int t = 0; t < neuronCount; t++) {
            double sum = 0;
            for (int k = start[t]; k < start[t + 1]; k++) {
                sum += conductance[k];
            }
            sums[t] = sum;
        }
        rowStart = start;
        rowPartner = partner;
        rowConductance = conductance;
        rowName = name;
        loggedNames = new SynapseNameColumn();
        uniformConductance = n == 0 ? Double.NaN : conductance[0];
        for (int k = 1; k < n; k++) {
            if (Double.doubleToRawLongBits(conductance[k]) != Double.doubleToRawLongBits(conductance[0])) {
                uniformConductance = Double.NaN;
                break;
            }
        }
        conductanceSum = sums;
        coupled = touched;
        compiledNeurons = neuronCount;
        targets = new IntList();
        partners = new IntList();
        conductances = new DoubleList();
    }

    /**
     * The compiled index of the {@code occurrence}-th gap connection (0-based, creation order) from
     * {@code partner} to {@code target}, or -1; after {@link #compile}.
     */
    int locate(int partner, int target, int occurrence) {
        if (target >= compiledNeurons) {
            return -1;
        }
        int seen = 0;
        for (int k = rowStart[target]; k < rowStart[target + 1]; k++) {
            if (rowPartner[k] == partner && seen++ == occurrence) {
                return k;
            }
        }
        return -1;
    }

    /** Changes compiled connection {@code k}'s conductance (nS); the next {@link #compile} renews S_t. */
    void setConductance(int k, double conductance) {
        rowConductance[k] = conductance;
        stale = true;
    }

    /** Visits every directed gap connection (compiled rows, then those made since) as (partner, target, g nS). */
    void forEach(Visitor visitor) {
        for (int t = 0; t < compiledNeurons; t++) {
            for (int k = rowStart[t]; k < rowStart[t + 1]; k++) {
                visitor.visit(rowPartner[k], t, rowConductance[k], rowName == null ? firstName : rowName[k]);
            }
        }
        for (int k = 0; k < targets.size(); k++) {
            visitor.visit(partners.get(k), targets.get(k), conductances.get(k), loggedNames.get(k));
        }
    }

    /** False if no connection of the table was made under synapse model name index {@code name} (true may be either). */
    boolean mayHoldName(int name) {
        return name == firstName || rowName != null || loggedNames.mayHold(name);
    }

    /** One directed gap connection, by global neuron indices, with its synapse model name index. */
    interface Visitor {
        void visit(int partner, int target, double conductance, int name);
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

    /**
     * The conductance g (nS) of every compiled connection when all have the same bits (one
     * gap_weight for the whole network, as in NEST's examples), else NaN: a pull may then multiply
     * by it instead of loading each connection's g, with the same products.
     */
    public double uniformConductance() {
        return uniformConductance;
    }

    /** S_t = Σ g over the incoming gap connections of target {@code t}, in nS (creation-order sum). */
    public double conductanceSum(int t) {
        return conductanceSum[t];
    }
}
