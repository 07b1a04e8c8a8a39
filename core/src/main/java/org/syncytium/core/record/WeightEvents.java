package org.syncytium.core.record;

import java.util.Arrays;
import java.util.List;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.record.Recording;
import org.syncytium.core.util.LongList;

/**
 * The weights spikes carried through weight-recorded connections since the last hand-over, which
 * reach the weight recorders on rank 0 (the only one that records) in an order no process count
 * changes: by time, sender and target, the connections of one pair in creation order (a target and
 * so all its connections live on one process, whose rows keep creation order). Every process hands
 * over at the same points, also one that stored no such connection: the gather is collective.
 */
final class WeightEvents {
    /** Longs per event: stamp, sender, target, recorder index, receptor, weight's bits. */
    private static final int WIDTH = 6;

    private final Communicator communicator;
    private final LongList local = new LongList(6 * 64);
    private final int[] counts;
    private int[] order = new int[64];
    private int[] scratch = new int[64];

    WeightEvents(Communicator communicator) {
        this.communicator = communicator;
        this.counts = new int[communicator.size()];
    }

    void add(int recorder, long sender, long target, int receptor, long stamp, double weight) {
        local.add(stamp);
        local.add(sender);
        local.add(target);
        local.add(recorder);
        local.add(receptor);
        local.add(Double.doubleToRawLongBits(weight));
    }

    /** Gathers every process's events and, on rank 0, hands them to {@code recordings} (by recorder index). */
    void handOver(List<Recording> recordings) {
        long[] events = local.raw();
        int values = local.size();
        if (communicator.size() > 1) {
            events = communicator.allGather(local.raw(), local.size(), counts);
            values = Arrays.stream(counts).sum();
        }
        int n = values / WIDTH;
        if (communicator.rank() == 0 && n > 0) {
            sort(events, n);
            for (int k = 0; k < n; k++) {
                int e = order[k] * WIDTH;
                recordings.get((int) events[e + 3]).weight(events[e + 1], events[e + 2], (int) events[e + 4], events[e],
                        Double.longBitsToDouble(events[e + 5]));
            }
        }
        local.clear();
    }

    /** {@link #order}[0, n) = the events by (stamp, sender, target), stable: a bottom-up merge sort. */
    private void sort(long[] events, int n) {
        if (order.length < n) {
            order = new int[Math.max(n, 2 * order.length)];
            scratch = new int[order.length];
        }
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        int[] from = order;
        int[] to = scratch;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    to[k] = i < mid && (j >= hi || !before(events, from[j], from[i])) ? from[i++] : from[j++];
                }
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != order) {
            System.arraycopy(from, 0, order, 0, n);
        }
    }

    /** True if event a comes strictly before event b by (stamp, sender, target). */
    private static boolean before(long[] events, int a, int b) {
        int x = a * WIDTH;
        int y = b * WIDTH;
        for (int c = 0; c < 3; c++) {
            if (events[x + c] != events[y + c]) {
                return events[x + c] < events[y + c];
            }
        }
        return false;
    }
}
