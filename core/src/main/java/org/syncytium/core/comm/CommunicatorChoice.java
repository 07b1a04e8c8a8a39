package org.syncytium.core.comm;

import org.syncytium.api.comm.Communicator;
import org.syncytium.core.registry.ExtensionRegistry;

/**
 * Which communicator a new kernel uses: the installed one that spans the most processes (a plugin
 * such as {@code mpi} reports more than one only when the process was started as part of a
 * multi-process job), else the built-in {@link LocalCommunicator}.
 */
public final class CommunicatorChoice {
    private CommunicatorChoice() {
    }

    /** The communicator for a kernel created now. */
    public static Communicator choose(ExtensionRegistry registry) {
        Communicator best = new LocalCommunicator();
        for (Communicator candidate : registry.installed(Communicator.class)) {
            if (candidate.size() > best.size()) {
                best = candidate;
            }
        }
        return best;
    }
}
