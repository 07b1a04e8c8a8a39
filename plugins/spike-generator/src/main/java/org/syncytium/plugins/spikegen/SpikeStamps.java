package org.syncytium.plugins.spikegen;

import java.util.List;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.TicGrid;

/**
 * A spike_generator's times placed on the grid as NEST places them: through tics, refused off the
 * grid unless {@code allow_offgrid_times} (moved to the end of their step) or {@code precise_times}
 * (kept: the end of their step and the offset before it); with {@code shift_now_spikes} a time at
 * the current step moves one step on. Steps count from the device's origin.
 *
 * @param grid    the grid the times were placed on
 * @param steps   the step at whose end each spike is stamped, relative to origin
 * @param offsets ms before that end (precise times), or null (all 0)
 */
record SpikeStamps(TicGrid grid, long[] steps, double[] offsets) {

    static final SpikeStamps NONE = new SpikeStamps(null, new long[0], null);

    /**
     * @param owner       the model, for messages
     * @param originSteps the device's origin in steps (for {@code shift_now_spikes})
     * @param nowStep     the kernel's current step
     * @throws BadPropertyException naming the first time that cannot be placed
     */
    static SpikeStamps place(String owner, List<Double> times, SpikeFlags flags, TicGrid grid, long originSteps,
            long nowStep) {
        int n = times.size();
        long[] steps = new long[n];
        double[] offsets = flags.precise() ? new double[n] : null;
        for (int k = 0; k < n; k++) {
            double t = times.get(k);
            if (t == 0.0 && !flags.shiftNow()) {
                throw zero(owner, t);
            }
            if (flags.precise()) {
                steps[k] = grid.stampSteps(t);
                offsets[k] = offset(grid.ms(steps[k]), t);
                continue;
            }
            long tics = grid.tics(t);
            if (grid.onGrid(tics)) {
                steps[k] = grid.steps(tics);
            } else if (flags.allowOffgrid()) {
                steps[k] = grid.stampSteps(t);
            } else {
                throw new BadPropertyException(owner, SpikeGenerator.SPIKE_TIMES, t, "is off the"
                        + " grid: Time point " + t + " is not representable in current resolution " + grid.resolution()
                        + " ms (allow_offgrid_times moves it to the end of its step, precise_times keeps it)");
            }
            if (flags.shiftNow() && originSteps + steps[k] == nowStep) {
                steps[k]++;
            }
        }
        return new SpikeStamps(grid, steps, offsets);
    }

    /** NEST refuses a spike at 0 unless {@code shift_now_spikes} moves it to the first step. */
    static BadPropertyException zero(String owner, double t) {
        return new BadPropertyException(owner, SpikeGenerator.SPIKE_TIMES, t, "is not allowed: a spike"
                + " time cannot be set to 0 (the first step's spikes are stamped h; shift_now_spikes moves it there)");
    }

    /** The stamp's time less the spike's, 0 where they differ only by rounding (as NEST decides it). */
    private static double offset(double stampMs, double t) {
        double offset = stampMs - t;
        if (Math.abs(offset) < Math.ulp(1.0) * Math.abs(stampMs + t) * 2.0 || Math.abs(offset) < Double.MIN_NORMAL) {
            return 0.0;
        }
        return offset;
    }

    /** The times as placed, in ms: the stamp's time, less the offset of a precise time. */
    List<Double> times() {
        Double[] ms = new Double[steps.length];
        for (int k = 0; k < ms.length; k++) {
            ms[k] = grid.ms(steps[k]) - (offsets == null ? 0.0 : offsets[k]);
        }
        return List.of(ms);
    }

    /** The offset of spike {@code k} in ms (0 unless precise). */
    double offset(int k) {
        return offsets == null ? 0.0 : offsets[k];
    }
}
