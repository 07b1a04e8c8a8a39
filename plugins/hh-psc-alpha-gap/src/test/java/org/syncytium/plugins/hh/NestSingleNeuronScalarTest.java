package org.syncytium.plugins.hh;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link NestSingleNeuronTest} with the scalar reference integrator rkf45 (the class itself runs the default, rkf45_simd). */
class NestSingleNeuronScalarTest extends NestSingleNeuronTest {

    @BeforeAll
    static void scalar() {
        TestIntegrator.integrator = "rkf45";
    }

    @AfterAll
    static void back() {
        TestIntegrator.integrator = null;
    }
}
