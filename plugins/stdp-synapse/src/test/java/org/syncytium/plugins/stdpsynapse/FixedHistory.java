package org.syncytium.plugins.stdpsynapse;

import org.syncytium.testkit.SpikeTrainHistory;

/** A target that spiked at fixed times, with a fixed K− (and nearest-neighbour K−) for every presynaptic spike's update. */
final class FixedHistory extends SpikeTrainHistory {
    private final double kMinus;

    FixedHistory(double kMinus, double... times) {
        super(20.0, times); // the time constant is not read: both traces are fixed
        this.kMinus = kMinus;
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
