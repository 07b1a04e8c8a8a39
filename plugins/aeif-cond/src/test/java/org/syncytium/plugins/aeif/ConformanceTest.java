package org.syncytium.plugins.aeif;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.syncytium.testkit.NeuronModelConformance;

/** The test kit's checks every neuron model passes. */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> alphaMultisynapse() {
        // spike input in nS: 100 nS every half millisecond would hold V at E_rev (every sub-step a spike)
        return NeuronModelConformance.of(new AeifCondAlphaMultisynapseModel()).drive(600.0, 2.0).tests();
    }

    @TestFactory
    Stream<DynamicTest> betaMultisynapse() {
        return NeuronModelConformance.of(new AeifCondBetaMultisynapseModel()).drive(600.0, 2.0).tests();
    }

    @TestFactory
    Stream<DynamicTest> alpha() {
        return NeuronModelConformance.of(new AeifCondAlphaModel()).tests();
    }

    @TestFactory
    Stream<DynamicTest> exp() {
        return NeuronModelConformance.of(new AeifCondExpModel()).tests();
    }
}
