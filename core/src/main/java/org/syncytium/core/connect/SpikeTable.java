package org.syncytium.core.connect;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.syncytium.core.util.DoubleList;
import org.syncytium.core.util.HeapRoom;
import org.syncytium.core.util.IntList;

/**
 * Neuron-to-neuron spike connections as structure of arrays, compiled into rows per source (CSR)
 * for delivery. Targets and sources are global neuron indices; delays are in steps. Connections
 * made since the last compile wait in a small pending log; compiling appends them after the
 * existing entries of their rows, so a row keeps creation order (delivery adds in a fixed order)
 * and only the compiled arrays hold connections in steady state (16 bytes each, 18 once the table holds
 * connections made under more than one synapse model name).
 */
public final class SpikeTable {
    private IntList sources = new IntList();
    private IntList targets = new IntList();
    private DoubleList weights = new DoubleList();
    private IntList delays = new IntList();
    /** Receptor types of the pending log; null while all are 0. */
    private IntList receptors;
    /** Plastic indices of the pending log ({@link PlasticStore}, -1 for static); null while all are static. */
    private IntList plastic;
    /** Weight recorder indices of the pending log (kernel-wide recorder index, -1: none); null while none records. */
    private IntList recorders;
    /** Synapse model name indices of the pending log (runs: a connect call adds one name to many connections). */
    private SynapseNameColumn loggedNames = new SynapseNameColumn();
    /** The first synapse model name index the table saw, -1 before any; every connection's while no column exists. */
    private int firstName = -1;

    private int[] rowStart = new int[1];
    private int[] rowTarget = new int[0];
    private double[] rowWeight = new double[0];
    private int[] rowDelay = new int[0];
    /** Compiled receptor types; null while every connection delivers to receptor 0. */
    private int[] rowReceptor;
    /** Compiled plastic indices (-1: static); null while every connection is static (no cost then). */
    private int[] rowPlastic;
    /** Compiled weight recorder indices (-1: none); null while no connection reports its weights. */
    private int[] rowRecorder;
    /**
     * Compiled synapse model name indices, 2 bytes a connection (the kernel allows at most
     * {@link Short#MAX_VALUE} names); null while every connection has {@link #firstName}.
     */
    private short[] rowName;
    private int compiledNeurons;
    private boolean compiledPlastic;
    /** Lays plastic connections' values out in row order after a compile (see {@link #onCompile}); null: none. */
    private java.util.function.Consumer<int[]> plasticLayout;

    void add(int source, int target, double weight, int delaySteps, int receptor) {
        add(source, target, weight, delaySteps, receptor, -1, -1, 0);
    }

    /**
     * @param plastic  the connection's index in the {@link PlasticStore}, -1 for a static one
     * @param recorder the kernel-wide index of the weight recorder its spikes report to, -1 for none
     * @param name     the index of the synapse model name it was made under, in the connection manager's list
     */
    void add(int source, int target, double weight, int delaySteps, int receptor, int plastic, int recorder,
            int name) {
        if (firstName < 0) {
            firstName = name;
        }
        loggedNames.add(name);
        if (receptor != 0 && receptors == null) {
            receptors = filled(0);
        }
        if (plastic >= 0 && this.plastic == null) {
            this.plastic = filled(-1);
        }
        if (this.plastic != null) {
            this.plastic.add(plastic);
        }
        if (recorder >= 0 && recorders == null) {
            recorders = filled(-1);
        }
        if (recorders != null) {
            recorders.add(recorder);
        }
        sources.add(source);
        targets.add(target);
        weights.add(weight);
        delays.add(delaySteps);
        if (receptors != null) {
            receptors.add(receptor);
        }
    }

    /** A pending-log column for the entries so far, each {@code value}. */
    private IntList filled(int value) {
        IntList column = new IntList(Math.max(16, sources.size() + 1));
        for (int k = 0; k < sources.size(); k++) {
            column.add(value);
        }
        return column;
    }

    /** Makes room for {@code extra} more connections in the pending log (one call's known count). */
    void reserve(int extra) {
        if (extra > 0) {
            sources.reserve(extra);
            targets.reserve(extra);
            weights.reserve(extra);
            delays.reserve(extra);
        }
    }

    /** Number of connections. */
    public int size() {
        return rowTarget.length + sources.size();
    }

    /**
     * Builds the per-source rows for {@code neuronCount} neurons if connections or neurons were added
     * since. One column at a time, each log column let go once copied: the peak is the log plus about
     * one new column (28 bytes per connection) rather than the log plus all three (36).
     */
    public void compile(int neuronCount) {
        int pending = sources.size();
        if (pending == 0 && compiledNeurons == neuronCount) {
            return;
        }
        int n = rowTarget.length + pending;
        int[] start = new int[neuronCount + 1];
        for (int s = 0; s < compiledNeurons; s++) {
            start[s + 1] = rowStart[s + 1] - rowStart[s];
        }
        for (int k = 0; k < pending; k++) {
            start[sources.get(k) + 1]++;
        }
        for (int s = 0; s < neuronCount; s++) {
            start[s + 1] += start[s];
        }
        int[] fill = new int[neuronCount];
        rowTarget = column(start, fill, n, rowTarget, targets);
        targets = new IntList();
        rowWeight = column(start, fill, n, rowWeight, weights);
        weights = new DoubleList();
        rowDelay = column(start, fill, n, rowDelay, delays);
        delays = new IntList();
        rowReceptor = optionalColumn(start, fill, n, pending, rowReceptor, receptors, 0);
        receptors = null;
        if (plastic != null || rowPlastic != null) {
            rowPlastic = optionalColumn(start, fill, n, pending, rowPlastic, plastic, -1);
            plastic = null;
            compiledPlastic = true;
        }
        rowRecorder = optionalColumn(start, fill, n, pending, rowRecorder, recorders, -1);
        recorders = null;
        rowName = nameColumn(start, fill, n);
        loggedNames = new SynapseNameColumn();
        sources = new IntList();
        rowStart = start;
        compiledNeurons = neuronCount;
        if (compiledPlastic && plasticLayout != null) {
            plasticLayout.accept(rowPlastic);
        }
        compiledPlastic = false;
    }

    /**
     * Sets what renumbers the plastic indices after each compile that touched them: it gets the
     * compiled column and may rewrite it (the store lays the values out in row order, so that a
     * spike's pass over its row reads them in sequence).
     */
    void onCompile(java.util.function.Consumer<int[]> layout) {
        plasticLayout = layout;
    }

    /**
     * A column that exists only once some connection differs from {@code fallback}: null while neither
     * the compiled rows nor the log have it, else the new rows with {@code fallback} where either lacks it.
     */
    private int[] optionalColumn(int[] start, int[] fill, int n, int pending, int[] compiled, IntList log,
            int fallback) {
        if (compiled == null && log == null) {
            return null;
        }
        if (compiled == null) {
            compiled = new int[n - pending];
            Arrays.fill(compiled, fallback);
        }
        return column(start, fill, n, compiled, log != null ? log : constant(pending, fallback));
    }

    /** The new rows' synapse model names (see {@link #rowName}), or null while all have the first. */
    private short[] nameColumn(int[] start, int[] fill, int n) {
        if (rowName == null && !loggedNames.mayHoldOtherThan(firstName)) {
            return null;
        }
        HeapRoom.before(2L * n);
        short[] column = new short[n];
        for (int s = 0; s < compiledNeurons; s++) {
            if (rowName == null) {
                Arrays.fill(column, start[s], start[s] + rowStart[s + 1] - rowStart[s], (short) firstName);
            } else {
                System.arraycopy(rowName, rowStart[s], column, start[s], rowStart[s + 1] - rowStart[s]);
            }
        }
        placeRows(start, fill);
        for (int k = 0; k < sources.size(); k++) {
            column[fill[sources.get(k)]++] = (short) loggedNames.get(k);
        }
        return column;
    }

    /** One int column of the new rows: each source's compiled entries, then its entries of the log. */
    private int[] column(int[] start, int[] fill, int n, int[] compiled, IntList log) {
        HeapRoom.before(4L * n);
        int[] column = new int[n];
        for (int s = 0; s < compiledNeurons; s++) {
            System.arraycopy(compiled, rowStart[s], column, start[s], rowStart[s + 1] - rowStart[s]);
        }
        placeRows(start, fill);
        for (int k = 0; k < log.size(); k++) {
            column[fill[sources.get(k)]++] = log.get(k);
        }
        return column;
    }

    private static IntList constant(int count, int value) {
        IntList column = new IntList(Math.max(1, count));
        for (int k = 0; k < count; k++) {
            column.add(value);
        }
        return column;
    }

    /** The double column (weights), as {@link #column(int[], int[], int, int[], IntList)}. */
    private double[] column(int[] start, int[] fill, int n, double[] compiled, DoubleList log) {
        HeapRoom.before(8L * n);
        double[] column = new double[n];
        for (int s = 0; s < compiledNeurons; s++) {
            System.arraycopy(compiled, rowStart[s], column, start[s], rowStart[s + 1] - rowStart[s]);
        }
        placeRows(start, fill);
        for (int k = 0; k < log.size(); k++) {
            column[fill[sources.get(k)]++] = log.get(k);
        }
        return column;
    }

    /**
     * Where the log's first connection of each source goes in the new rows: after the source's
     * compiled connections, so a row keeps creation order. Reads the old {@code rowStart}.
     */
    private void placeRows(int[] start, int[] fill) {
        for (int s = 0; s < fill.length; s++) {
            fill[s] = start[s] + (s < compiledNeurons ? rowStart[s + 1] - rowStart[s] : 0);
        }
    }

    /**
     * The compiled index of the {@code occurrence}-th connection (0-based, creation order) from
     * neuron index {@code source} to {@code target}, or -1; after {@link #compile}, whose rows keep
     * creation order.
     */
    int locate(int source, int target, int occurrence) {
        if (source >= compiledNeurons) {
            return -1;
        }
        int seen = 0;
        for (int k = rowStart[source]; k < rowStart[source + 1]; k++) {
            if (rowTarget[k] == target && seen++ == occurrence) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Removes the compiled connections {@code k} with {@code drop[k]} (after {@link #compile}, with an
     * empty log); each row keeps the creation order of the rest.
     */
    void remove(boolean[] drop) {
        int kept = 0;
        int begin = 0; // the old start of row s: rowStart[s] holds its new start already
        for (int s = 0; s < compiledNeurons; s++) {
            int end = rowStart[s + 1];
            for (int k = begin; k < end; k++) {
                if (!drop[k]) {
                    rowTarget[kept] = rowTarget[k];
                    rowWeight[kept] = rowWeight[k];
                    rowDelay[kept] = rowDelay[k];
                    if (rowReceptor != null) {
                        rowReceptor[kept] = rowReceptor[k];
                    }
                    if (rowPlastic != null) {
                        rowPlastic[kept] = rowPlastic[k];
                    }
                    if (rowRecorder != null) {
                        rowRecorder[kept] = rowRecorder[k];
                    }
                    if (rowName != null) {
                        rowName[kept] = rowName[k];
                    }
                    kept++;
                }
            }
            rowStart[s + 1] = kept;
            begin = end;
        }
        rowTarget = Arrays.copyOf(rowTarget, kept);
        rowWeight = Arrays.copyOf(rowWeight, kept);
        rowDelay = Arrays.copyOf(rowDelay, kept);
        rowReceptor = rowReceptor == null ? null : Arrays.copyOf(rowReceptor, kept);
        rowPlastic = rowPlastic == null ? null : Arrays.copyOf(rowPlastic, kept);
        rowRecorder = rowRecorder == null ? null : Arrays.copyOf(rowRecorder, kept);
        rowName = rowName == null ? null : Arrays.copyOf(rowName, kept);
    }

    /** Changes compiled connection {@code k}'s weight (pA); spike routing reads the rows directly. */
    public void setWeight(int k, double weight) {
        rowWeight[k] = weight;
    }

    /** Changes compiled connection {@code k}'s delay (steps); the kernel re-plans the ring buffers. */
    void setDelay(int k, int delaySteps) {
        rowDelay[k] = delaySteps;
    }

    /**
     * Visits every connection whose source neuron index passes {@code wanted} (compiled rows, then
     * those made since) as (source, target, weight pA, delay steps); a source that does not pass skips
     * its whole compiled row.
     */
    void forEach(IntPredicate wanted, Visitor visitor) {
        for (int s = 0; s < compiledNeurons; s++) {
            if (rowStart[s] == rowStart[s + 1] || !wanted.test(s)) {
                continue;
            }
            for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
                visitor.visit(s, rowTarget[k], rowWeight[k], rowDelay[k], receptor(k), plastic(k), name(k));
            }
        }
        for (int k = 0; k < sources.size(); k++) {
            int s = sources.get(k);
            if (wanted.test(s)) {
                visitor.visit(s, targets.get(k), weights.get(k), delays.get(k), receptors == null ? 0 : receptors.get(k),
                        plastic == null ? -1 : plastic.get(k), loggedNames.get(k));
            }
        }
    }

    /** One connection, by global neuron indices. */
    interface Visitor {
        void visit(int source, int target, double weight, int delaySteps, int receptor, int plastic, int name);
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

    /** Compiled receptor type of connection {@code k} (0 unless its target model has several). */
    public int receptor(int k) {
        return rowReceptor == null ? 0 : rowReceptor[k];
    }

    /** True once any compiled connection names a receptor type other than 0 (routing then reads {@link #receptor}). */
    public boolean hasReceptors() {
        return rowReceptor != null;
    }

    /** Compiled plastic index of connection {@code k} in the {@link PlasticStore}, -1 for a static one. */
    public int plastic(int k) {
        return rowPlastic == null ? -1 : rowPlastic[k];
    }

    /** True once any compiled connection is plastic (routing then reads {@link #plastic}). */
    public boolean hasPlastic() {
        return rowPlastic != null;
    }

    /** Compiled weight recorder index of connection {@code k} (kernel-wide recorder index), -1 for none. */
    public int weightRecorder(int k) {
        return rowRecorder == null ? -1 : rowRecorder[k];
    }

    /** True once any compiled connection reports its weights (routing then reads {@link #weightRecorder}). */
    public boolean hasWeightRecorders() {
        return rowRecorder != null;
    }

    /** False if no connection of the table was made under synapse model name index {@code name} (true may be either). */
    boolean mayHoldName(int name) {
        return name == firstName || rowName != null || loggedNames.mayHold(name);
    }

    /** Compiled connection {@code k}'s synapse model name index (the connection manager's list). */
    int name(int k) {
        return rowName == null ? firstName : rowName[k];
    }

    /** Compiled delay of connection {@code k} in steps. */
    public int delay(int k) {
        return rowDelay[k];
    }
}
