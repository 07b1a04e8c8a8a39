package org.syncytium.support.record;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.device.DeviceWindow;

/**
 * NEST's recording window: an event stamped at step s is recorded iff
 * {@code round((origin + start)/h) < s ≤ round((origin + stop)/h)} (times in ms; a stop of
 * {@link #NEVER} never ends). The three are times on the grid of the resolution
 * ({@link ParameterSpec#onTimeGrid()}): the kernel refuses others when they are set, as NEST does.
 */
public final class RecordWindow {

    /** {@code stop} of a window that never closes: {@link DeviceWindow#NEVER}. */
    public static final double NEVER = DeviceWindow.NEVER;

    public static final ParameterSpec START = ParameterSpec.real("start", 0.0, "ms", "record events after this time")
            .onTimeGrid();
    public static final ParameterSpec STOP = ParameterSpec.real("stop", NEVER, "ms",
            "record events up to and including this time").onTimeGrid();
    public static final ParameterSpec ORIGIN = ParameterSpec.real("origin", 0.0, "ms", "global time offset of start and stop")
            .onTimeGrid();

    private double start = 0.0;
    private double stop = NEVER;
    private double origin = 0.0;
    private double resolution = Double.NaN;
    private long tMin;
    private long tMax = Long.MAX_VALUE;

    /** True if {@code name} is one of the window's parameters. */
    public static boolean owns(String name) {
        return name.equals("start") || name.equals("stop") || name.equals("origin");
    }

    public Double get(String name) {
        return switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            default -> origin;
        };
    }

    /**
     * Checks and sets one window parameter; nothing changes if it is refused. Whether stop ≥ start
     * is checked in {@link #prepare}, because the kernel sets a parameter dictionary key by key and
     * an intermediate state (new start, old stop) may be out of order.
     */
    public void set(String owner, String name, double value) {
        boolean isStop = name.equals("stop");
        if (Double.isNaN(value) || value == Double.NEGATIVE_INFINITY || (!isStop && Double.isInfinite(value))) {
            throw new BadPropertyException(owner, name, value, "must be a finite number of ms" + (isStop ? " or +infinity" : ""));
        }
        switch (name) {
            case "start" -> start = value;
            case "stop" -> stop = Math.min(value, NEVER);
            default -> origin = value;
        }
        if (!Double.isNaN(resolution)) {
            convert();
        }
    }

    /** Checks the window and converts it to steps of {@code h} ms; later changes are converted at once. */
    public void prepare(String owner, double h) {
        if (stop < start) {
            throw new BadPropertyException(owner, "stop", stop, "must be >= start (" + start + " ms)");
        }
        resolution = h;
        convert();
    }

    private void convert() {
        double h = resolution;
        tMin = Math.round((origin + start) / h);
        tMax = stop == NEVER ? Long.MAX_VALUE : Math.round((origin + stop) / h);
    }

    /** True if an event stamped at {@code stamp} is inside the window. */
    public boolean contains(long stamp) {
        return stamp > tMin && stamp <= tMax;
    }
}
