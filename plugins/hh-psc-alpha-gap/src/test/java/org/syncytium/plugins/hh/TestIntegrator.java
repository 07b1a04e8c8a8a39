package org.syncytium.plugins.hh;

import org.syncytium.api.neuron.Population;

/**
 * The integrator the NEST reference tests' helpers (SingleNeuronRun, GapPairRun) give their
 * populations: null for the model's default (rkf45_simd); the *ScalarTest subclasses run the same
 * comparisons with the scalar rkf45. Test classes run one after another in one JVM.
 */
final class TestIntegrator {

    static volatile String integrator;

    private TestIntegrator() {
    }

    static Population apply(Population population) {
        if (integrator != null) {
            population.setOption("integrator", integrator);
        }
        return population;
    }
}
