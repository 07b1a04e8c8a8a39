package org.syncytium.core.plan;

/**
 * Who updates which neurons: process {@code rank} of {@code ranks} owns neurons
 * [{@code ownedFrom[p]}, {@code ownedTo[p]}) of population p (positions in the create call), and
 * its worker w (virtual process rank·workers + w) owns [{@code from[p][w]}, {@code to[p][w]}) of
 * those in every phase. Worker ranges are indices into this process's population and slice arrays,
 * which hold only the owned neurons: local index i is position {@code ownedFrom[p] + i}.
 *
 * @param rank      this process
 * @param ranks     number of processes
 * @param workers   threads of this process
 * @param ownedFrom first owned index per population
 * @param ownedTo   end of the owned indices per population
 * @param from      first local index per population and worker
 * @param to        end local index per population and worker
 */
public record Partition(int rank, int ranks, int workers, int[] ownedFrom, int[] ownedTo, int[][] from,
        int[][] to) {

    /** Splits populations of the given sizes over ranks, then this rank's part over its workers. */
    public static Partition of(int rank, int ranks, int workers, int[] sizes) {
        int pops = sizes.length;
        int[] ownedFrom = new int[pops];
        int[] ownedTo = new int[pops];
        int[][] from = new int[pops][workers];
        int[][] to = new int[pops][workers];
        for (int p = 0; p < pops; p++) {
            ownedFrom[p] = Ownership.from(sizes[p], rank, ranks);
            ownedTo[p] = Ownership.to(sizes[p], rank, ranks);
            int owned = ownedTo[p] - ownedFrom[p];
            for (int w = 0; w < workers; w++) {
                // contiguous, fixed ranges: worker w owns the same neurons in every phase
                from[p][w] = Ownership.from(owned, w, workers);
                to[p][w] = Ownership.to(owned, w, workers);
            }
        }
        return new Partition(rank, ranks, workers, ownedFrom, ownedTo, from, to);
    }

    /** True if this process owns position {@code i} of population {@code p}. */
    public boolean owns(int p, int i) {
        return i >= ownedFrom[p] && i < ownedTo[p];
    }

    /** Number of neurons of population {@code p} this process owns. */
    public int ownedCount(int p) {
        return ownedTo[p] - ownedFrom[p];
    }
}
