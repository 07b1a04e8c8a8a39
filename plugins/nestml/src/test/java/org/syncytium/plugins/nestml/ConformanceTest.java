package org.syncytium.plugins.nestml;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.testkit.NeuronModelConformance;

/**
 * The test kit's checks every neuron model passes, for each shipped NESTML example. Each model's
 * generated class is warmed up first by an unchecked run of the suite: a freshly loaded class is still
 * being compiled by the JIT, and a recompilation in that phase allocated about 1.2 KB once (seen only
 * in the first slices, never in steady state), which the allocation check would otherwise catch.
 */
class ConformanceTest {

    /** Runs the suite once unchecked (the JIT compiles the paths it drives), so the real run sees steady state. */
    static NeuronModel warm(NeuronModel model) {
        NeuronModelConformance.of(model).tests().forEach(test -> {
            try {
                test.getExecutable().execute();
            } catch (Throwable e) {
                // the real run below reports it
            }
        });
        return model;
    }

    @TestFactory
    Stream<DynamicTest> hhPscAlphaGap() {
        return NeuronModelConformance.of(warm(Models.example("hh_psc_alpha_gap"))).tests();
    }

    @TestFactory
    Stream<DynamicTest> iafPscAlpha() {
        return NeuronModelConformance.of(warm(Models.example("iaf_psc_alpha"))).tests();
    }

    @TestFactory
    Stream<DynamicTest> pscExpReceptors() {
        return NeuronModelConformance.of(warm(Models.example("psc_exp_receptors"))).tests();
    }

    @TestFactory
    Stream<DynamicTest> izhikevich() {
        return NeuronModelConformance.of(warm(Models.example("izhikevich"))).tests();
    }
}
