package org.syncytium.plugins.izhikevich;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.syncytium.testkit.NeuronModelConformance;

/** The test kit's checks every neuron model passes. */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> izhikevich() {
        return NeuronModelConformance.of(new IzhikevichModel()).tests();
    }
}
