package org.syncytium.api.device;

import java.util.List;

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

    /**
     * What a multimeter may record from this device (NEST's {@code recordables}: {@code I} in pA for
     * current generators, {@code rate} in spikes/s for rate-driven spike generators), in the order
     * {@link StimulusOutput#record} numbers them. The default: nothing (a multimeter cannot connect).
     *
     * @since api.device 1.3
     */
    default List<String> recordables() {
        return List.of();
    }
}
