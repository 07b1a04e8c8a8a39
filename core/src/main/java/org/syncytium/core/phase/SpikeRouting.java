package org.syncytium.core.phase;

import java.util.Arrays;
import org.syncytium.core.connect.SpikeTable;
import org.syncytium.core.delivery.RingBuffers;
import org.syncytium.core.plan.RunPlan;

/**
 * Sorts the slice's spikes by (step, neuron index), so that delivery adds and recorders see them
 * in one fixed order whatever the layout, writes them into the ring buffers of the targets this
 * process owns (stamp + delay) and hands them to the spike recorders.
 */
public final class SpikeRouting {
    private final RunPlan plan;
    private final SpikeExchange exchange;
    private final RingBuffers rings;
    private final SpikeTable spikes;

    public SpikeRouting(RunPlan plan, SpikeExchange exchange, RingBuffers rings, SpikeTable spikes) {
        this.plan = plan;
        this.exchange = exchange;
        this.rings = rings;
        this.spikes = spikes;
    }

    /** Routes the spikes of the slice that starts at step {@code origin}. */
    public void run(long origin) {
        int n = exchange.count();
        long[] keys = exchange.spikes();
        Arrays.sort(keys, 0, n);
        long[] ids = plan.neurons().neuronIds();
        boolean receptors = spikes.hasReceptors();
        boolean counting = rings.anyCounting();
        for (int s = 0; s < n; s++) {
            int l = (int) (keys[s] >>> 32);
            int neuron = (int) keys[s];
            long stamp = origin + l + 1;
            int end = spikes.rowStart(neuron + 1);
            if (counting) {
                for (int k = spikes.rowStart(neuron); k < end; k++) {
                    int target = spikes.target(k);
                    if (rings.counts(target)) {
                        rings.addCount(target, stamp + spikes.delay(k) - 1, 1); // a parrot repeats, whatever the weight
                    } else {
                        rings.addSpike(target, stamp + spikes.delay(k) - 1, spikes.weight(k), spikes.receptor(k));
                    }
                }
            } else if (receptors) {
                for (int k = spikes.rowStart(neuron); k < end; k++) {
                    rings.addSpike(spikes.target(k), stamp + spikes.delay(k) - 1, spikes.weight(k), spikes.receptor(k));
                }
            } else {
                for (int k = spikes.rowStart(neuron); k < end; k++) {
                    rings.addSpike(spikes.target(k), stamp + spikes.delay(k) - 1, spikes.weight(k));
                }
            }
            plan.spikeRecorders().spike(neuron, ids[neuron], stamp);
        }
    }
}
