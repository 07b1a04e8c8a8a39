package org.syncytium.plugins.hh;

/**
 * Integrates the state of one neuron over one simulation step, local time 0 to h, with the
 * {@link HhDynamics} it was made for.
 */
interface StepIntegrator {

    /**
     * Advances {@code y} in place from local time 0 to {@code h}.
     *
     * @param y         the state (dimension {@link HhDynamics#DIM}), overwritten with the state at h
     * @param h         the simulation step (resolution), ms
     * @param trialStep the adaptive step size carried over from the previous call for this neuron, ms
     * @return the step size to carry over to the next call (NEST's {@code IntegrationStep}), or NaN
     *         if the integrator gave up (then {@code y} is not a valid state)
     */
    double integrate(double[] y, double h, double trialStep);
}
