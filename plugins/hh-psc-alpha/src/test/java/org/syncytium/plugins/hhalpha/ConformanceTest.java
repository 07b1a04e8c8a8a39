package org.syncytium.plugins.hhalpha;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.syncytium.testkit.NeuronModelConformance;

/** The test kit's checks every neuron model passes. */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> conformance() {
        return NeuronModelConformance.of(new HhPscAlphaModel()).tests();
    }
}
