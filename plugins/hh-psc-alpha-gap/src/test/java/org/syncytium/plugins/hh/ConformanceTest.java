package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.testkit.NeuronModelConformance;

/**
 * The test kit's checks every neuron model passes, for both RKF45 paths. rkf45_simd allocates while
 * its vector code still runs in the interpreter or C1 (the Vector API boxes vectors there), so the
 * kit's short warm-up does not fit it: its steady state is checked below after C2 has compiled it.
 */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> conformanceScalar() {
        return NeuronModelConformance.of(withIntegrator("rkf45")).tests();
    }

    @TestFactory
    Stream<DynamicTest> conformanceSimd() {
        SimdWarmup.assumeHot();
        return NeuronModelConformance.of(new HhPscAlphaGapModel()).tests()
                .filter(test -> !test.getDisplayName().endsWith("update allocates nothing"));
    }

    @Test
    void simdUpdateAllocatesNothingOnceCompiled() {
        SimdWarmup.assumeHot();
        Population p = new HhPscAlphaGapModel().createPopulation(64);
        p.prepare(new TestRunContext(0.05, 20, 3, true));
        TestSlice io = new TestSlice(p, 20, 3, 0);
        for (int i = 0; i < 64; i++) {
            // gap and spike input, but no spike: TestSlice records spikes in a list, which allocates
            io.gapS[i] = 0.5;
            for (int l = 0; l < 20; l++) {
                io.gapIn[(i * 20 + l) * 4] = 0.5 * -60.0;
            }
            io.spikeIn[i * 20 + i % 20] = -50.0;
        }
        // C2 compiles the lanes after some thousands of passes (up to a minute on a busy machine); then
        // three rounds in a row must allocate nothing (a single round may see a recompilation's deopt)
        StringBuilder seen = new StringBuilder();
        int clean = 0;
        for (int round = 0; round < 600 && clean < 3; round++) {
            long before = allocated();
            for (int s = 0; s < 20; s++) {
                p.trialUpdate(0, 64, io, 1e-4);
                p.update(0, 64, io);
            }
            long bytes = allocated() - before;
            long idle = allocated();
            bytes -= allocated() - idle; // what measuring itself allocates
            clean = bytes == 0 ? clean + 1 : 0;
            if (round % 50 == 49) {
                seen.append(' ').append(bytes);
            }
        }
        assertEquals(3, clean, "rounds of 20 trial + 20 final passes of 64 neurons without allocation; bytes every 50th round:" + seen);
        assertEquals(0, io.spikes.size(), "the input was meant to cause no spike");
    }

    private static long allocated() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /** The model with another integrator option on every population it creates. */
    private static NeuronModel withIntegrator(String integrator) {
        NeuronModel model = new HhPscAlphaGapModel();
        return new NeuronModel() {
            @Override
            public String name() {
                return model.name();
            }

            @Override
            public String description() {
                return model.description();
            }

            @Override
            public ParameterSchema parameters() {
                return model.parameters();
            }

            @Override
            public List<String> recordables() {
                return model.recordables();
            }

            @Override
            public boolean supportsGapJunctions() {
                return model.supportsGapJunctions();
            }

            @Override
            public Population createPopulation(int size) {
                Population p = model.createPopulation(size);
                p.setOption("integrator", integrator);
                return p;
            }
        };
    }
}
