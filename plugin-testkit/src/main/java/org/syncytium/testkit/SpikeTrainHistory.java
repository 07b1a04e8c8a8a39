package org.syncytium.testkit;

import java.util.Arrays;

import org.syncytium.api.synapse.SpikeHistory;

/**
 * A target neuron that spiked at fixed times (ms, ascending), its trace K− built as NEST's archiving
 * node builds it: +1 at each spike, decaying with {@code tauMinus} (ms); read strictly before a time.
 */
public class SpikeTrainHistory implements SpikeHistory {

    private final double[] times;
    private final double tauMinus;
    private double[] selected = new double[0];

    public SpikeTrainHistory(double tauMinus, double... times) {
        this.tauMinus = tauMinus;
        this.times = times.clone();
    }

    @Override
    public final int select(double t1, double t2) {
        selected = Arrays.stream(times).filter(t -> t > t1 && t <= t2).toArray();
        return selected.length;
    }

    @Override
    public final double selected(int i) {
        return selected[i];
    }

    @Override
    public double kMinus(double t) {
        double k = 0;
        double last = 0;
        for (double s : times) {
            if (s >= t) {
                break;
            }
            k = k * Math.exp((last - s) / tauMinus) + 1;
            last = s;
        }
        return k * Math.exp((last - t) / tauMinus);
    }

    @Override
    public double nearestKMinus(double t) {
        double last = Double.NaN;
        for (double s : times) {
            if (s >= t) {
                break;
            }
            last = s;
        }
        return Double.isNaN(last) ? 0.0 : Math.exp((last - t) / tauMinus);
    }
}
