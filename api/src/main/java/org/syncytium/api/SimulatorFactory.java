package org.syncytium.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Entry point, registered as an OSGi service by the kernel bundle: makes simulators that use the
 * plugins installed at the time.
 */
@ProviderType
public interface SimulatorFactory {

    /** A new, empty kernel with NEST's default settings. */
    Simulator newSimulator();

    /** The installed extensions. */
    Catalog catalog();
}
