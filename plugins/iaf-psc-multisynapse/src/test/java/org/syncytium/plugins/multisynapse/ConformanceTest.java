package org.syncytium.plugins.multisynapse;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.syncytium.testkit.NeuronModelConformance;

/** The test kit's checks every neuron model passes. */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> exp() {
        return NeuronModelConformance.of(new IafPscExpMultisynapseModel()).tests();
    }

    @TestFactory
    Stream<DynamicTest> alpha() {
        return NeuronModelConformance.of(new IafPscAlphaMultisynapseModel()).tests();
    }
}
