package org.syncytium.plugins.traub;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.syncytium.testkit.NeuronModelConformance;

/** The test kit's checks; the drive is in pA of current and nS of conductance jumps. */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> conformance() {
        return NeuronModelConformance.of(new TraubModel()).drive(300.0, 2.0).tests();
    }

    @TestFactory
    Stream<DynamicTest> exp() {
        return NeuronModelConformance.of(new ExpTraubModel()).drive(300.0, 2.0).tests();
    }
}
