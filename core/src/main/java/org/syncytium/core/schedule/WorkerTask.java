package org.syncytium.core.schedule;

/** One phase of work, run by every worker of the pool on its own share. */
@FunctionalInterface
public interface WorkerTask {
    /** Does worker {@code worker}'s share (0 is the calling thread). */
    void run(int worker);
}
