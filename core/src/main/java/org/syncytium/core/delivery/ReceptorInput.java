package org.syncytium.core.delivery;

import java.util.Arrays;

import org.syncytium.api.error.KernelException;

/**
 * Pending spike input on receptor types 1 to R (models with several receptors) as lists of events
 * rather than a dense ring: a neuron with R receptors would need R values per ring step, and with
 * many receptors almost all of them are 0 (NEST's multisynapse Brunel example: 100 receptors, about
 * 2 % of the cells hit per step), so a dense ring is mostly streamed and cleared for nothing, and
 * routing writes into it at random. Here routing appends (column, receptor, weight) to the list of
 * its step and of its group of {@value #GROUP} columns, and delivery zeroes a block's slice arrays
 * and adds the events of its groups, each list in the order its events arrived. All events of one
 * cell (column, receptor, step) are in one list, so each cell of a slice array is the same sum, in
 * the same order, as a ring cell would hold. The lists of a slice are emptied when the next slice
 * is {@link #prepare prepared}. Lists are made on first use and grow as needed: steady state
 * allocates nothing. (Zeroing only the cells the slice before wrote, instead of whole blocks, was
 * slower: the zeroing also brings the block's arrays into the cache just before the model reads them.)
 */
final class ReceptorInput {
    /** log2 of the columns per group: a group is no wider than the smallest delivery block (16 neurons). */
    private static final int SHIFT = 4;
    static final int GROUP = 1 << SHIFT;

    /** Per (ring step, group), {@code [slot * groups + g]}: events {@code column << 32 | (receptor − 1)}. */
    private long[][] keys = new long[0][];
    private double[][] weights = new double[0][];
    private int[] counts = new int[0];
    private int length;
    private int groups;
    private boolean active;
    /** The slice last prepared (its lists are emptied at the next {@link #prepare}); MIN_VALUE: none. */
    private long preparedOrigin = Long.MIN_VALUE;
    private int preparedSteps;
    /**
     * Per routing lane (a thread that adds, see {@link #add}): the step and list start of its last
     * add, since a spike's connections mostly share their delay.
     */
    private long[] lastStep = {Long.MIN_VALUE};
    private int[] lastSlot = new int[1];

    /**
     * Sizes for {@code columns} columns and a ring of {@code newLength} steps; with {@code use} false
     * there is no receptor input (lists dropped). Keeps what is pending for steps
     * [T, T + min(old, new length)): columns of existing neurons keep their place.
     */
    void resize(int columns, int newLength, long originStep, boolean use) {
        int newGroups = use ? (columns + GROUP - 1) >> SHIFT : 0;
        long wanted = (long) newLength * newGroups;
        if (wanted > Integer.MAX_VALUE - 8) {
            throw new KernelException("the receptor input of " + columns + " neurons over " + newLength
                    + " steps needs " + wanted + " event lists, more than one array holds; use more processes");
        }
        int lists = (int) wanted;
        long[][] freshKeys = new long[lists][];
        double[][] freshWeights = new double[lists][];
        int[] freshCounts = new int[lists];
        for (int s = 0; use && s < Math.min(length, newLength); s++) {
            long step = originStep + s;
            int from = (int) (step % length) * groups;
            int to = (int) (step % newLength) * newGroups;
            for (int g = 0; g < Math.min(groups, newGroups); g++) {
                freshKeys[to + g] = keys[from + g];
                freshWeights[to + g] = weights[from + g];
                freshCounts[to + g] = counts[from + g];
            }
        }
        keys = freshKeys;
        weights = freshWeights;
        counts = freshCounts;
        length = use ? newLength : 0;
        groups = newGroups;
        active = use;
        preparedOrigin = Long.MIN_VALUE;
        Arrays.fill(lastStep, Long.MIN_VALUE);
    }

    /** Makes room for {@code lanes} routing lanes (from one thread, before they add). */
    void lanes(int lanes) {
        if (lastStep.length < lanes) {
            int old = lastStep.length;
            lastStep = Arrays.copyOf(lastStep, lanes);
            lastSlot = Arrays.copyOf(lastSlot, lanes);
            Arrays.fill(lastStep, old, lanes, Long.MIN_VALUE);
        }
    }

    /**
     * Splits the columns into {@code shares} runs of whole groups, {@code bounds[s]} to
     * {@code bounds[s + 1]}: lanes that add only to columns of their own run never write the same list.
     */
    void bounds(int columns, int shares, int[] bounds) {
        int total = (columns + GROUP - 1) >> SHIFT;
        for (int s = 0; s <= shares; s++) {
            bounds[s] = Math.min(columns, (int) ((long) total * s / shares) << SHIFT);
        }
    }

    /** True while some model has several receptors. */
    boolean active() {
        return active;
    }

    /**
     * Adds {@code weight} to column {@code column}'s receptor {@code receptor} (1 to R) at {@code step},
     * for routing lane {@code lane} (0 for one thread; lanes adding at once must add to disjoint runs of
     * {@link #bounds}).
     */
    void add(int lane, int column, long step, double weight, int receptor) {
        if (step != lastStep[lane]) {
            lastSlot[lane] = (int) (step % length) * groups;
            lastStep[lane] = step;
        }
        int list = lastSlot[lane] + (column >> SHIFT);
        int at = counts[list];
        if (keys[list] == null || at == keys[list].length) {
            grow(list);
        }
        keys[list][at] = (long) column << 32 | (receptor - 1);
        weights[list][at] = weight;
        counts[list] = at + 1;
    }

    private void grow(int list) {
        if (keys[list] == null) {
            keys[list] = new long[16];
            weights[list] = new double[16];
            return;
        }
        int size = keys[list].length;
        if (size >= Integer.MAX_VALUE / 2) {
            throw new KernelException("more than " + size + " spikes arrive at the receptors of " + GROUP
                    + " neurons in one step");
        }
        keys[list] = Arrays.copyOf(keys[list], 2 * size);
        weights[list] = Arrays.copyOf(weights[list], 2 * size);
    }

    /**
     * Before the slice [origin, origin + d) is delivered, from one thread: empties the lists of the
     * slice prepared last (delivered by now; routing may reach their steps again from the next
     * routing on).
     */
    void prepare(long origin, int d) {
        if (!active) {
            return;
        }
        for (int l = 0; preparedOrigin != Long.MIN_VALUE && l < preparedSteps; l++) {
            int slot = (int) ((preparedOrigin + l) % length) * groups;
            Arrays.fill(counts, slot, slot + groups, 0);
        }
        preparedOrigin = origin;
        preparedSteps = d;
    }

    /**
     * Writes the receptor input of neurons [from, to) of a population (columns {@code offset + i})
     * into its slice arrays {@code [i * D + l]} (or, side by side, its one array
     * {@code [(i * D + l) * R + r − 1]}): zeroed, then each event added, to the excitatory array where
     * the weight is positive or the model sums signs, else to the inhibitory one. Receptors past the population's own count get nothing (no connection reaches them). Only reads
     * the lists, so workers may deliver their blocks at once.
     *
     * @throws IllegalStateException if the slice at {@code origin} was not {@link #prepare prepared}
     */
    void deliver(PopulationBuffers buffers, int offset, int from, int to, long origin) {
        int d = buffers.sliceSteps();
        double[][] ex = buffers.receptorExcitatory();
        double[][] in = buffers.receptorInhibitory();
        boolean summed = buffers.summedSigns();
        int planes = buffers.receptors();
        if (origin != preparedOrigin || d != preparedSteps) {
            throw new IllegalStateException("receptor input of the slice at step " + origin + " was not prepared");
        }
        if (from >= to) {
            return;
        }
        int first = offset + from;
        int end = offset + to;
        // side by side: one array [(i * D + l) * R + r − 1], both signs summed
        double[] all = buffers.sideBySide() ? buffers.receptorInput() : null;
        if (all != null) {
            Arrays.fill(all, from * d * planes, to * d * planes, 0.0);
        }
        for (int r = 0; all == null && r < planes; r++) {
            Arrays.fill(ex[r], from * d, to * d, 0.0);
            if (!summed) {
                Arrays.fill(in[r], from * d, to * d, 0.0);
            }
        }
        for (int l = 0; l < d; l++) {
            int slot = (int) ((origin + l) % length) * groups;
            for (int list = slot + (first >> SHIFT), last = slot + ((end - 1) >> SHIFT); list <= last; list++) {
                long[] k = keys[list];
                double[] w = weights[list];
                for (int e = 0, n = counts[list]; e < n; e++) {
                    int column = (int) (k[e] >>> 32);
                    int r = (int) k[e];
                    if (column < first || column >= end || r >= planes) {
                        continue;
                    }
                    int at = (column - offset) * d + l;
                    if (all != null) {
                        all[at * planes + r] += w[e];
                    } else if (summed || w[e] > 0) {
                        ex[r][at] += w[e];
                    } else {
                        in[r][at] += w[e];
                    }
                }
            }
        }
    }
}
