package org.syncytium.api.device;

import org.osgi.annotation.versioning.ConsumerType;
import org.syncytium.api.plugin.Extension;

/**
 * A stimulus device model such as {@code poisson_generator} or {@code dc_generator}. Its
 * {@link #parameters()} include {@code start}, {@code stop} and {@code origin} (ms).
 */
@ConsumerType
public interface StimulusDevice extends Extension {

    /** Spikes or current. */
    StimulusKind kind();

    /** A new device node with default parameters. */
    Stimulus create();
}
