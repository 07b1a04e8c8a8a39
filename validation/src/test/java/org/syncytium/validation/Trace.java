package org.syncytium.validation;

import java.util.Map;
import java.util.TreeMap;

import org.syncytium.api.record.Events;

/** One recorded variable of one node, by time step (value after the step). */
final class Trace {

    private final Map<Long, Double> byStep = new TreeMap<>();

    private Trace() {
    }

    /** The samples of {@code variable} for {@code node} from a multimeter's events. */
    static Trace of(Events events, String variable, long node, double resolutionMs) {
        Trace trace = new Trace();
        long[] senders = events.senders();
        double[] times = events.times();
        double[] values = events.values(variable);
        for (int k = 0; k < senders.length; k++) {
            if (senders[k] == node) {
                Double previous = trace.byStep.put(Math.round(times[k] / resolutionMs), values[k]);
                if (previous != null) {
                    throw new AssertionError("node " + node + " sampled twice at t = " + times[k] + " ms");
                }
            }
        }
        return trace;
    }

    /** Value after step {@code step}, or null if it was not sampled. */
    Double at(long step) {
        return byStep.get(step);
    }

    /** Number of samples. */
    int size() {
        return byStep.size();
    }
}
