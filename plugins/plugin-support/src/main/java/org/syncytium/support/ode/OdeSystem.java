package org.syncytium.support.ode;

/**
 * The right-hand side dy/dt = f(t, y) of one neuron's ODEs, in the units the model chose (NEST's
 * models: mV, ms, pA, nS, pF, so that dy/dt is per ms).
 */
@FunctionalInterface
public interface OdeSystem {

    /**
     * Writes f(t, y) into {@code dydt}; must not allocate.
     *
     * @param t    local time since the start of the simulation step, ms
     * @param y    the state (read only)
     * @param dydt the derivatives, same length as {@code y}
     */
    void derivatives(double t, double[] y, double[] dydt);
}
