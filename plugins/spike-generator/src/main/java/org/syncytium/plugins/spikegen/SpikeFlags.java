package org.syncytium.plugins.spikegen;

import org.syncytium.api.error.BadPropertyException;

/**
 * How a spike_generator reads its times: {@code allow_offgrid_times}, {@code precise_times},
 * {@code shift_now_spikes}. Precise times exclude the other two, as in NEST.
 */
record SpikeFlags(boolean allowOffgrid, boolean precise, boolean shiftNow) {

    static final SpikeFlags DEFAULT = new SpikeFlags(false, false, false);

    /** These flags with {@code name} set to {@code value}. */
    SpikeFlags with(String name, boolean value) {
        return switch (name) {
            case SpikeGenerator.ALLOW_OFFGRID_TIMES -> new SpikeFlags(value, precise, shiftNow);
            case SpikeGenerator.PRECISE_TIMES -> new SpikeFlags(allowOffgrid, value, shiftNow);
            default -> new SpikeFlags(allowOffgrid, precise, value);
        };
    }

    boolean get(String name) {
        return switch (name) {
            case SpikeGenerator.ALLOW_OFFGRID_TIMES -> allowOffgrid;
            case SpikeGenerator.PRECISE_TIMES -> precise;
            default -> shiftNow;
        };
    }

    static boolean owns(String name) {
        return name.equals(SpikeGenerator.ALLOW_OFFGRID_TIMES) || name.equals(SpikeGenerator.PRECISE_TIMES)
                || name.equals(SpikeGenerator.SHIFT_NOW_SPIKES);
    }

    /** @throws BadPropertyException if precise times come with one of the other two */
    SpikeFlags checked() {
        if (precise && (allowOffgrid || shiftNow)) {
            throw new BadPropertyException(SpikeGenerator.NAME, SpikeGenerator.PRECISE_TIMES, true, "is refused:"
                    + " Option precise_times cannot be set to true when either allow_offgrid_times or"
                    + " shift_now_spikes is set to true. (A precise time keeps its offset; the other two move it.)");
        }
        return this;
    }
}
