package org.syncytium.launcher.output;

import java.util.Arrays;
import java.util.Comparator;

/** Sorting of event arrays without boxing every event twice in the output loops. */
public final class EventOrder {

    private EventOrder() {
    }

    /** Indices ordering the events by time, then sender. */
    public static int[] byTimeThenSender(long[] senders, double[] times) {
        Integer[] order = new Integer[senders.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> times[i]).thenComparingLong(i -> senders[i]));
        int[] out = new int[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
