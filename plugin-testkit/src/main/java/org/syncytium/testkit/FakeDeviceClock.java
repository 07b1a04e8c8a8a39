package org.syncytium.testkit;

import org.syncytium.api.device.DeviceClock;

/**
 * A kernel clock for device tests: resolution {@code resolution} ms, {@code ticsPerMs} tics per ms
 * (NEST's default is 1000), {@code currentStep} steps simulated.
 */
public record FakeDeviceClock(double resolution, double ticsPerMs, long currentStep) implements DeviceClock {

    /** A clock at step {@code currentStep} of {@code resolution} ms with NEST's 1000 tics per ms. */
    public static FakeDeviceClock at(double resolution, long currentStep) {
        return new FakeDeviceClock(resolution, 1000.0, currentStep);
    }
}
