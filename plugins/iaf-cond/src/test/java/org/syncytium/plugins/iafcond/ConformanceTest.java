package org.syncytium.plugins.iafcond;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.syncytium.testkit.NeuronModelConformance;

/** The test kit's checks every neuron model passes. */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> delta() {
        return NeuronModelConformance.of(new IafCondAlphaModel()).tests();
    }

    @TestFactory
    Stream<DynamicTest> beta() {
        return NeuronModelConformance.of(new IafCondBetaModel()).tests();
    }

    @TestFactory
    Stream<DynamicTest> exp() {
        return NeuronModelConformance.of(new IafCondExpModel()).tests();
    }

    @TestFactory
    Stream<DynamicTest> sfaRr() {
        return NeuronModelConformance.of(new IafCondExpSfaRrModel()).tests();
    }
}
