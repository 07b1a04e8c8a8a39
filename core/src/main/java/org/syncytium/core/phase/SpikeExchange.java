package org.syncytium.core.phase;

import org.syncytium.api.comm.Communicator;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.util.LongList;

/**
 * Collects the slice's spikes from the workers' buffers and all-gathers them over the processes,
 * each as one long (slice-local step &lt;&lt; 32 | neuron index). With one process the gathered array
 * is the collected one.
 */
public final class SpikeExchange {
    private final RunPlan plan;
    private final Communicator communicator;
    private final LongList local = new LongList(1024);
    private final int[] counts;
    private long[] gathered = new long[0];
    private int total;
    /** Spikes this process's neurons emitted since {@link #takeEmitted()} was last called. */
    private long emitted;

    public SpikeExchange(RunPlan plan, Communicator communicator) {
        this.plan = plan;
        this.communicator = communicator;
        this.counts = new int[communicator.size()];
    }

    public void run() {
        local.clear();
        for (LongList buffer : plan.spikeBuffers()) {
            for (int k = 0; k < buffer.size(); k++) {
                local.add(buffer.get(k));
            }
            buffer.clear();
        }
        emitted += local.size();
        gathered = communicator.allGather(local.raw(), local.size(), counts);
        total = 0;
        for (int count : counts) {
            total += count;
        }
    }

    /** Every process's spikes of the slice (valid until the next run); the first {@link #count()} count. */
    long[] spikes() {
        return gathered;
    }

    int count() {
        return total;
    }

    /** Spikes this process's neurons emitted since the last call (NEST's local_spike_counter); resets the count. */
    public long takeEmitted() {
        long count = emitted;
        emitted = 0;
        return count;
    }
}
