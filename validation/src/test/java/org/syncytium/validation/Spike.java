package org.syncytium.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.syncytium.api.record.Events;

/**
 * One spike as NEST's MPI tests list them: node id and time step (time = step·h). Comparing steps,
 * not times in ms, makes "exactly equal" meaningful.
 *
 * @param node node id
 * @param step time step of the spike (end of the step in which the criterion fired)
 */
record Spike(long node, long step) implements Comparable<Spike> {

    /** Sorts by step, then node, the order NEST's reference lists use. */
    @Override
    public int compareTo(Spike other) {
        int byStep = Long.compare(step, other.step);
        return byStep != 0 ? byStep : Long.compare(node, other.node);
    }

    @Override
    public String toString() {
        return "(" + node + "," + step + ")";
    }

    /** The spikes of a spike recorder, sorted (recorders need not be time-ordered across threads). */
    static List<Spike> of(Events events, double resolutionMs) {
        long[] senders = events.senders();
        double[] times = events.times();
        List<Spike> spikes = new ArrayList<>();
        for (int k = 0; k < senders.length; k++) {
            spikes.add(new Spike(senders[k], Math.round(times[k] / resolutionMs)));
        }
        Collections.sort(spikes);
        return spikes;
    }

    /** Spikes from alternating (node, step) numbers, as written in the reference. */
    static List<Spike> list(long... nodeStepPairs) {
        List<Spike> spikes = new ArrayList<>();
        for (int k = 0; k < nodeStepPairs.length; k += 2) {
            spikes.add(new Spike(nodeStepPairs[k], nodeStepPairs[k + 1]));
        }
        Collections.sort(spikes);
        return spikes;
    }
}
