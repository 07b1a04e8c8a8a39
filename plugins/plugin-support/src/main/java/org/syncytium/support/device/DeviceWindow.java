package org.syncytium.support.device;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSpec;

/**
 * NEST's device activity window: {@code origin}, {@code start}, {@code stop} in ms, turned into
 * steps {@code tMin = round((origin + start) / h)}, {@code tMax = round((origin + stop) / h)}
 * ({@code Long.MAX_VALUE} for a stop of {@link #NEVER}). The three are times on the grid of the
 * resolution ({@link ParameterSpec#onTimeGrid()}): the kernel refuses others when they are set, as NEST does.
 */
public final class DeviceWindow {

    /**
     * {@code stop} of a window that never closes, ms: the largest double, which NEST shows for it too
     * (PyNEST scripts compare with it); setting +infinity or any value at least this large gives it.
     */
    public static final double NEVER = Double.MAX_VALUE;

    public static final ParameterSpec START = ParameterSpec.real("start", 0.0, "ms", "activation time, relative to origin")
            .onTimeGrid();
    public static final ParameterSpec STOP = ParameterSpec.real("stop", NEVER, "ms",
            "deactivation time, relative to origin").onTimeGrid();
    public static final ParameterSpec ORIGIN = ParameterSpec.real("origin", 0.0, "ms", "global time offset of start and stop")
            .onTimeGrid();

    private double start = 0.0;
    private double stop = NEVER;
    private double origin = 0.0;
    private long tMin;
    private long tMax = Long.MAX_VALUE;

    /** True if {@code name} is one of the window's parameters. */
    public static boolean owns(String name) {
        return name.equals("start") || name.equals("stop") || name.equals("origin");
    }

    /** The value of {@code start}, {@code stop} or {@code origin} in ms. */
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
        boolean finiteRequired = !name.equals("stop");
        if (Double.isNaN(value) || (finiteRequired && Double.isInfinite(value)) || value == Double.NEGATIVE_INFINITY) {
            throw new BadPropertyException(owner, name, value, "must be a finite number of ms"
                    + (finiteRequired ? "" : " or +infinity"));
        }
        switch (name) {
            case "start" -> start = value;
            case "stop" -> stop = Math.min(value, NEVER);
            default -> origin = value;
        }
    }

    /** A copy to change tentatively ({@link #assign} takes it back once a whole dictionary passed). */
    public DeviceWindow copy() {
        DeviceWindow copy = new DeviceWindow();
        copy.assign(this);
        return copy;
    }

    /** Takes {@code other}'s values (and its steps, if it was prepared). */
    public void assign(DeviceWindow other) {
        start = other.start;
        stop = other.stop;
        origin = other.origin;
        tMin = other.tMin;
        tMax = other.tMax;
    }

    /** Checks the window and converts it to steps of {@code h} ms. */
    public void prepare(String owner, double h) {
        if (stop < start) {
            throw new BadPropertyException(owner, "stop", stop, "must be >= start (" + start + " ms)");
        }
        tMin = Math.round((origin + start) / h);
        tMax = stop == NEVER ? Long.MAX_VALUE : Math.round((origin + stop) / h);
    }

    /** (origin + start) / h in steps, after {@link #prepare}: the device is active at steps after (or, for currents, from) it. */
    public long tMin() {
        return tMin;
    }

    /** (origin + stop) / h in steps after {@link #prepare}; {@link Long#MAX_VALUE} for a stop of {@link #NEVER}. */
    public long tMax() {
        return tMax;
    }

    /**
     * The first slice-local step in [{@code firstStep}, {@code endStep}) of the slice at
     * {@code originStep} at which a device emitting spikes is active (global steps s with
     * tMin &lt; s &le; tMax, NEST's (start, stop]); {@code endStep} if none is. With
     * {@link #endSpikeStep} a device loops over exactly its active steps: no test per step, whose
     * branch, never taken after a run's first step, would cost a recompilation at the first step of
     * every new simulator.
     */
    public int firstSpikeStep(long originStep, int firstStep, int endStep) {
        return (int) Math.min(endStep, Math.max(firstStep, tMin - originStep + 1));
    }

    /** The end (exclusive) of the active steps that {@link #firstSpikeStep} begins, at least that first step. */
    public int endSpikeStep(long originStep, int firstStep, int endStep) {
        // the last active step, at most endStep - 1, plus one: no overflow for tMax = Long.MAX_VALUE
        long end = Math.min(endStep - 1L, tMax - originStep) + 1;
        return (int) Math.max(end, firstSpikeStep(originStep, firstStep, endStep));
    }
}
