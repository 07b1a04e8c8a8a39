package org.syncytium.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Told after every slice while {@code print_time} is on. */
@ConsumerType
public interface ProgressListener {

    /**
     * @param modelTimeMs    simulated time reached, ms
     * @param endTimeMs      time at which the current simulate call ends, ms
     * @param realTimeFactor simulated time over wall-clock time since the call began
     */
    void progress(double modelTimeMs, double endTimeMs, double realTimeFactor);
}
