package org.syncytium.api.connect;

import org.osgi.annotation.versioning.ProviderType;

/** Receives the pairs a rule generates; the kernel attaches synapse parameters and stores them. */
@ProviderType
public interface ConnectionSink {

    /** Connects source {@code sourceIndex} to target {@code targetIndex} (indices into the request). */
    void connect(int sourceIndex, int targetIndex);
}
