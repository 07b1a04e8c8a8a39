package org.syncytium.core.kernel;

import org.syncytium.api.device.DeviceClock;
import org.syncytium.core.schedule.SliceLoop;
import org.syncytium.core.settings.KernelSettings;

/** The kernel's settings and simulated time, as devices read them while their parameters are set. */
record KernelDeviceClock(KernelSettings settings, SliceLoop scheduler) implements DeviceClock {

    @Override
    public double resolution() {
        return settings.resolution();
    }

    @Override
    public double ticsPerMs() {
        return settings.ticsPerMs();
    }

    @Override
    public long currentStep() {
        return scheduler.clockSteps();
    }
}
