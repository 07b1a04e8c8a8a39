package org.syncytium.core.phase;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;
import org.syncytium.api.neuron.NeuronQueue;
import org.syncytium.api.neuron.Population;

/**
 * A trial pass whose neurons the workers share instead of each keeping a fixed range to the end:
 * for a population that {@linkplain Population#sharesTrialPasses() takes neurons one at a time},
 * each worker gets a range of equal cost by the last pass's {@link Population#passCost(int)}, lined
 * up costliest first, and takes from its front; a worker whose line is empty takes from the back of
 * another's, where the cheapest neurons wait. So the workers run out of neurons together, whatever
 * a spike or the scheduler did to either of them, and the pass's end waits only for the lanes to
 * finish their last neurons. A neuron mostly stays with the same worker from pass to pass (its state
 * stays in that core's cache); only the tail moves. A worker pulls the gap input of the neurons it
 * takes just before it hands them on ({@link GapPull}), so the pull travels with the neuron.
 *
 * <p>Results cannot depend on who takes which neuron: a neuron's trial integration reads only its
 * own state and input, its pull sums its connections in creation order, and the pass's convergence
 * is the AND over all neurons. The line-up is made by the thread that dispatches the pass, between
 * passes; nothing allocates after construction.
 */
final class SharedTrialPass {
    /**
     * A worker takes a quarter of what is left of its own line per claim, at most this many, at least
     * one: few claims, each pulled in one tight loop (a pull per neuron between the lanes' attempts
     * costs more), and small ones towards the end, where another worker may need to take over.
     */
    static final int BATCH = 64;
    /** Neurons a worker takes from the back of another's line per claim: a fine-grained tail. */
    static final int STEAL = 2;
    private static final int BUCKETS = 129;
    /** Longs between two workers' line ends, so that they do not share a cache line. */
    private static final int PAD = 16;

    /** Pulls the gap input of neuron {@code i} of population {@code p} (the kernel: {@link GapPull}). */
    @FunctionalInterface
    interface Pull {
        void neuron(int p, int i);
    }

    private final Population[] populations;
    private final Pull pull;
    private final int workers;
    /** Per population: worker w's line is positions [start[p][w], start[p][w + 1]) of line[p]. */
    private final int[][] line;
    private final int[][] start;
    /** Per population: (front &lt;&lt; 32 | back) of worker w's line at index w · PAD. */
    private final AtomicLongArray[] ends;
    private final WorkerQueue[][] queues;
    private final int[] bucketStart = new int[BUCKETS + 1];
    private boolean pullFirst;

    SharedTrialPass(Population[] populations, int workers, Pull pull) {
        this.populations = populations;
        this.pull = pull;
        this.workers = workers;
        int pops = populations.length;
        line = new int[pops][0];
        start = new int[pops][workers + 1];
        ends = new AtomicLongArray[pops];
        queues = new WorkerQueue[pops][workers];
        for (int p = 0; p < pops; p++) {
            ends[p] = new AtomicLongArray(workers * PAD);
            for (int w = 0; w < workers; w++) {
                queues[p][w] = new WorkerQueue(p, w);
            }
        }
    }

    /**
     * Lines up neurons {@code [from, to)} of population {@code p} for the next pass: ranges of
     * equal last-pass cost (each neuron counted as its cost + 1), each costliest first
     * (quarter-octave buckets, index order within a bucket). {@code pullFirst}: each neuron's gap
     * input is pulled when it is taken.
     */
    void prepare(int p, int from, int to, boolean pullFirst) {
        this.pullFirst = pullFirst;
        Population population = populations[p];
        int n = to - from;
        if (line[p].length < n) {
            line[p] = new int[n];
        }
        long total = 0;
        for (int i = from; i < to; i++) {
            total += population.passCost(i) + 1L;
        }
        int[] bound = start[p];
        bound[0] = 0;
        long cumulative = 0;
        int i = from;
        for (int w = 1; w < workers; w++) {
            // neuron i goes before bound w if its middle lies before w/workers of the total
            while (i < to && workers * (2 * cumulative + population.passCost(i) + 1L) <= 2 * total * w) {
                cumulative += population.passCost(i) + 1L;
                i++;
            }
            bound[w] = i - from;
        }
        bound[workers] = n;
        for (int w = 0; w < workers; w++) {
            sortByCost(population, p, from + bound[w], from + bound[w + 1], bound[w]);
            ends[p].set(w * PAD, (long) bound[w] << 32 | bound[w + 1]);
            queues[p][w].reset();
        }
    }

    /** Neurons [from, to) costliest first into line[p] from position {@code at}. */
    private void sortByCost(Population population, int p, int from, int to, int at) {
        Arrays.fill(bucketStart, 0);
        for (int i = from; i < to; i++) {
            bucketStart[BUCKETS - 1 - bucket(population.passCost(i))]++;
        }
        int position = at;
        for (int b = 0; b < BUCKETS; b++) {
            int size = bucketStart[b];
            bucketStart[b] = position;
            position += size;
        }
        int[] target = line[p];
        for (int i = from; i < to; i++) {
            target[bucketStart[BUCKETS - 1 - bucket(population.passCost(i))]++] = i;
        }
    }

    /** Position of the first neuron of worker {@code w}'s line in population {@code p}'s last line-up (tests). */
    int lineStart(int p, int w) {
        return start[p][w];
    }

    /** The neuron at position {@code k} of population {@code p}'s last line-up (tests). */
    int lined(int p, int k) {
        return line[p][k];
    }

    /** Worker {@code w}'s queue over population {@code p}'s pass (prepared). */
    WorkerQueue queue(int p, int w) {
        return queues[p][w];
    }

    /** 0 for no cost, else 1 + 4·floor(log2 cost) + the next two bits (quarter octaves). */
    static int bucket(int cost) {
        if (cost <= 0) {
            return 0;
        }
        int octave = 31 - Integer.numberOfLeadingZeros(cost);
        int quarter = octave >= 2 ? (cost >>> (octave - 2)) & 3 : (cost << (2 - octave)) & 3;
        return 1 + 4 * octave + quarter;
    }

    /** One worker's view of a population's shared pass. */
    final class WorkerQueue implements NeuronQueue {
        private final int p;
        private final int w;
        /** Positions [next, end) of the line claimed and not yet handed out. */
        private int next;
        private int end;
        /** Neurons handed out in this pass. */
        private int taken;
        /** Wall time spent pulling in this pass, ns. */
        private long pulling;

        private WorkerQueue(int p, int w) {
            this.p = p;
            this.w = w;
        }

        private void reset() {
            next = 0;
            end = 0;
            taken = 0;
            pulling = 0;
        }

        @Override
        public int next() {
            if (next >= end && !claim()) {
                return -1;
            }
            taken++;
            return line[p][next++];
        }

        /** Claims the next positions: the front of this worker's line, else the back of another's. */
        private boolean claim() {
            AtomicLongArray all = ends[p];
            if (!claimFront(all, w * PAD)) {
                boolean stolen = false;
                for (int k = 1; k < workers && !stolen; k++) {
                    stolen = claimBack(all, ((w + k) % workers) * PAD);
                }
                if (!stolen) {
                    return false;
                }
            }
            if (pullFirst) {
                long started = System.nanoTime();
                int[] neurons = line[p];
                for (int k = next; k < end; k++) {
                    pull.neuron(p, neurons[k]);
                }
                pulling += System.nanoTime() - started;
            }
            return true;
        }

        private boolean claimFront(AtomicLongArray all, int at) {
            while (true) {
                long v = all.get(at);
                int front = (int) (v >>> 32);
                int back = (int) v;
                if (front >= back) {
                    return false;
                }
                int upTo = front + Math.max(1, Math.min(BATCH, (back - front) >> 2));
                if (all.compareAndSet(at, v, (long) upTo << 32 | back)) {
                    next = front;
                    end = upTo;
                    return true;
                }
            }
        }

        private boolean claimBack(AtomicLongArray all, int at) {
            while (true) {
                long v = all.get(at);
                int front = (int) (v >>> 32);
                int back = (int) v;
                if (front >= back) {
                    return false;
                }
                int left = Math.max(back - STEAL, front);
                if (all.compareAndSet(at, v, (long) front << 32 | left)) {
                    next = left;
                    end = back;
                    return true;
                }
            }
        }

        int taken() {
            return taken;
        }

        long pulling() {
            return pulling;
        }
    }
}
