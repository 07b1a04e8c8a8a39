package org.syncytium.support.device;

/**
 * NEST's representation of times: ms rounded to tics (1/tics_per_ms ms, 0.001 ms by default), and a
 * step of h ms that is a whole number of tics. A time is on the grid when its tics are a multiple of
 * the step's; NEST's {@code ms_stamp} is the end of the step that holds a time. The arithmetic
 * follows NEST's, so that the same times land on the same steps (2.9999 ms is on the grid of 0.1 ms,
 * 1.05 ms is not).
 */
public final class TicGrid {

    private final double h;
    private final double ticsPerMs;
    private final long ticsPerStep;

    /**
     * @param h         the step in ms
     * @param ticsPerMs the kernel's tics_per_ms
     */
    public TicGrid(double h, double ticsPerMs) {
        this.h = h;
        this.ticsPerMs = ticsPerMs;
        this.ticsPerStep = Math.round(h * ticsPerMs);
    }

    /** The step in ms this grid was made for. */
    public double resolution() {
        return h;
    }

    /** Tics of {@code ms}, rounded to the nearest (NEST's {@code Time::ms}). */
    public long tics(double ms) {
        return (long) (ms * ticsPerMs + 0.5);
    }

    /** True if {@code tics} fall on a step boundary. */
    public boolean onGrid(long tics) {
        return tics % ticsPerStep == 0;
    }

    /** The steps of tics on the grid. */
    public long steps(long tics) {
        return tics / ticsPerStep;
    }

    /**
     * The step whose end is the first grid point at or after {@code ms} (NEST's {@code ms_stamp}: the
     * tics of ms truncated to a step, one step later if that grid point lies before ms).
     */
    public long stampSteps(double ms) {
        long n = (long) (ms * ticsPerMs);
        n -= n % ticsPerStep;
        double gridMs = n * (1.0 / ticsPerStep) * (ticsPerStep / ticsPerMs);
        if (gridMs < ms) {
            n += ticsPerStep;
        }
        return n / ticsPerStep;
    }

    /** The time in ms at the end of {@code steps} steps, as NEST prints it (tics × ms per tic). */
    public double ms(long steps) {
        return steps * ticsPerStep * (1 / ticsPerMs);
    }
}
