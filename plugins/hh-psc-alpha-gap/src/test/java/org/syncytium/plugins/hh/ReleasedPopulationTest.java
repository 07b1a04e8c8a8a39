package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pass leaves nothing of its population behind: the thread's workspace (a ThreadLocal that lives
 * as long as the thread, e.g. the caller of simulate, worker 0) must not keep the last population or
 * its slice buffers reachable once the simulator that owned them is closed and dropped. Before, the
 * vectorised lanes kept both until the next pass on the same thread replaced them, so a closed
 * simulator's whole network stayed on the heap.
 */
class ReleasedPopulationTest {

    private static final int N = 19;
    private static final int STEPS = 20;
    private static final String[] HELD = {"the population", "the slice", "the population's last V", "the spike input (excitatory)",
        "the spike input (inhibitory)", "the current input", "the gap conductances", "the gap coefficients in",
        "the gap coefficients out"};

    @BeforeAll
    static void lanesEvenIfNotYetCompiled() {
        SimdWarmup.assumeHot();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rkf45_simd", "rkf45", "dormand_prince"})
    void aPopulationIsCollectableAfterItsPasses(String integrator) {
        WeakReference<?>[] held = passesOnThisThread(integrator);
        for (int attempt = 0; attempt < 20 && Arrays.stream(held).anyMatch(r -> r.get() != null); attempt++) {
            System.gc();
        }
        for (int k = 0; k < held.length; k++) {
            assertTrue(held[k].get() == null, integrator + ": still reachable after the passes: " + HELD[k]);
        }
    }

    /** A trial and a final pass of a gap-coupled population on the calling thread; weak references to it and its slice. */
    private static WeakReference<?>[] passesOnThisThread(String integrator) {
        HhPopulation population = new HhPopulation(new HhPscAlphaGapModel(), N);
        population.setOption("integrator", integrator);
        for (int i = 0; i < N; i++) {
            population.set(i, new String[] {"I_e"}, new double[] {200.0 + 10.0 * i});
        }
        population.prepare(new TestRunContext(0.05, STEPS, 3, true));
        TestSlice slice = new TestSlice(population, STEPS, 3, 0);
        population.trialUpdate(0, N, slice, 1e-4);
        population.update(0, N, slice);
        Object[] objects = {population, slice, population.lastV(), slice.spikeEx, slice.spikeIn, slice.current,
            slice.gapS, slice.gapIn, slice.gapOut};
        return Arrays.stream(objects).map(WeakReference::new).toArray(WeakReference<?>[]::new);
    }
}
