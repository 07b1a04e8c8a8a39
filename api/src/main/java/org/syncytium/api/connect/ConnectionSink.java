package org.syncytium.api.connect;

import org.osgi.annotation.versioning.ProviderType;

/** Receives the pairs a rule generates; the kernel attaches synapse parameters and stores them. */
@ProviderType
public interface ConnectionSink {

    /** Connects source {@code sourceIndex} to target {@code targetIndex} (indices into the request). */
    void connect(int sourceIndex, int targetIndex);

    /**
     * Passes over {@code count} connections the rule would have generated at this point for a
     * target another process owns ({@link ConnectionRequest#isLocalTarget(int)} false). The kernel
     * numbers the connections of a call in generation order and per-connection synapse values
     * (arrays, random weights and delays) follow that number, so a rule that leaves targets out
     * reports how many connections it left out, where they would have been.
     *
     * @param count number of connections left out, {@code >= 0}
     * @since 1.1
     */
    default void skip(int count) {
    }
}
