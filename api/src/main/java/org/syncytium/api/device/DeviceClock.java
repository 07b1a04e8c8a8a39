package org.syncytium.api.device;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The kernel's time grid as a device sees it while its parameters are set, so that it can place and
 * check times when they are set, as NEST does (not only when a run starts). The resolution and the
 * tics cannot change once nodes exist; the current step advances with every run.
 *
 * @since api.device 1.3
 */
@ProviderType
public interface DeviceClock {

    /** The step h in ms. */
    double resolution();

    /** NEST's {@code tics_per_ms}: times are rounded to tics of 1/tics_per_ms ms before they meet the grid. */
    double ticsPerMs();

    /** The steps simulated so far (NEST's current time, {@code biological_time} / h). */
    long currentStep();
}
