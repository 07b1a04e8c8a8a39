package org.syncytium.api.record;

import org.osgi.annotation.versioning.ConsumerType;
import org.syncytium.api.plugin.Extension;

/** A recorder model such as {@code spike_recorder} or {@code multimeter}. */
@ConsumerType
public interface Recorder extends Extension {

    /** Spikes or state. */
    RecordedKind kind();

    /** A new recorder node with default parameters. */
    Recording create();
}
