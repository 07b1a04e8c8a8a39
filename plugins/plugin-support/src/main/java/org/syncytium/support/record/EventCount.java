package org.syncytium.support.record;

import org.syncytium.api.error.BadPropertyException;

/** NEST's {@code n_events} of a recorder: read-only, but setting 0 clears the recorded events. */
public final class EventCount {

    public static final String N_EVENTS = "n_events";

    private EventCount() {
    }

    /**
     * Whether setting {@code n_events} to {@code requested} clears the events: true for 0, false for the
     * current {@code count} (the kernel's undo of a failed set writes it back).
     *
     * @param given the value as the user gave it, for the message
     * @throws BadPropertyException for any other value
     */
    public static boolean clears(String owner, Object given, long requested, long count) {
        if (requested == count) {
            return false;
        }
        if (requested != 0) {
            throw new BadPropertyException(owner, N_EVENTS, given, "is read-only (only 0, to clear, is allowed)");
        }
        return true;
    }
}
