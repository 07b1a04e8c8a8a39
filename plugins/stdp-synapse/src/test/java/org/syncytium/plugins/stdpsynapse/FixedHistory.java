package org.syncytium.plugins.stdpsynapse;

import java.util.Arrays;
import org.syncytium.api.synapse.SpikeHistory;

/** A target that spiked at fixed times, with a fixed K− (and nearest-neighbour K−) for every presynaptic spike's update. */
final class FixedHistory implements SpikeHistory {
    private final double kMinus;
    private final double[] times;
    private double[] selected = new double[0];

    FixedHistory(double kMinus, double... times) {
        this.kMinus = kMinus;
        this.times = times;
    }

    @Override
    public int select(double t1, double t2) {
        selected = Arrays.stream(times).filter(t -> t > t1 && t <= t2).toArray();
        return selected.length;
    }

    @Override
    public double selected(int i) {
        return selected[i];
    }

    @Override
    public double kMinus(double t) {
        return kMinus;
    }

    /** The same fixed value: a test names what the update reads, not how the target made it. */
    @Override
    public double nearestKMinus(double t) {
        return kMinus;
    }
}
