package org.syncytium.plugins.nestml;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.testkit.FakeRunContext;
import org.syncytium.testkit.FakeSliceIO;
import org.syncytium.testkit.NeuronModelConformance;

/**
 * The test kit's checks every neuron model passes, for each shipped NESTML example. Each model's
 * generated class is warmed up first: a freshly loaded class is still being compiled by the JIT, and a
 * deoptimisation in that phase reallocates a few hundred bytes once, which is not steady state.
 */
class ConformanceTest {

    private static NeuronModel warm(NeuronModel model) {
        Population p = model.createPopulation(16);
        for (int i = 0; i < 16; i++) {
            p.set(i, new String[] {"I_e"}, new double[] {600.0});
        }
        p.prepare(new FakeRunContext(0.1, 10, 0, false));
        FakeSliceIO io = new FakeSliceIO(16, 10, 0, 16 * 10 * 2000);
        for (int i = 0; i < 16; i += 3) {
            io.sample(i, true);
        }
        for (int s = 0; s < 2000; s++) {
            io.nextSlice();
            p.update(0, 16, io);
            if (s % 100 == 99) {
                io.clearOutput();
            }
        }
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
    Stream<DynamicTest> izhikevich() {
        return NeuronModelConformance.of(warm(Models.example("izhikevich"))).tests();
    }
}
