package org.syncytium.plugins.hh;

import org.syncytium.api.neuron.RunContext;

/** A run's timing as the kernel would hand it to {@code prepare}. */
record TestRunContext(double resolution, int sliceSteps, int interpolationOrder, boolean gapCoupled)
        implements RunContext {
}
