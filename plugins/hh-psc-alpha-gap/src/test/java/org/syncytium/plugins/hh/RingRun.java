package org.syncytium.plugins.hh;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.syncytium.api.neuron.Population;

/**
 * A small gap-coupled network for comparing integrators: n neurons on a ring, each coupled to its
 * neighbours at distance 1 and 5 (conductance g), Poisson-like excitatory and inhibitory spike input
 * from a fixed seed, V_m drawn in [−80, −40] mV, waveform relaxation with a Jacobi exchange as the
 * kernel does, final passes split into the given neuron ranges (as worker threads would).
 */
final class RingRun {

    final Population population;
    final TestSlice io;
    final List<Integer> iterations = new ArrayList<>();
    private final int n;
    private final double g;
    private final int steps;
    private final long seed;
    private final int[] splits;
    private int swapSlice = -1;
    private String swapTo;

    RingRun(int n, double g, int order, int sliceSteps, int totalSteps, long seed, String integrator, int... splits) {
        this.n = n;
        this.g = g;
        this.steps = totalSteps;
        this.seed = seed;
        this.splits = splits;
        population = new HhPscAlphaGapModel().createPopulation(n);
        if (integrator.equals("simd_twin")) {
            population.setOption("integrator", "rkf45");
            ((HhPopulation) population).useScalarTwinOfSimd();
        } else {
            population.setOption("integrator", integrator);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            population.set(i, new String[] {"V_m", "I_e"}, new double[] {-80 + 40 * random.nextDouble(), 20 * random.nextDouble()});
        }
        population.prepare(new TestRunContext(0.05, sliceSteps, order, g > 0));
        io = new TestSlice(population, sliceSteps, order, totalSteps);
    }

    /** Switches the integrator option before slice {@code slice} (as between two simulate calls). */
    RingRun swapAt(int slice, String integrator) {
        swapSlice = slice;
        swapTo = integrator;
        return this;
    }

    RingRun run(boolean wfr) {
        int d = io.steps;
        SplittableRandom input = new SplittableRandom(seed + 1);
        for (int slice = 0; (long) slice * d < steps; slice++) {
            io.origin = (long) slice * d;
            if (slice == swapSlice) {
                population.setOption("integrator", swapTo);
            }
            io.clearInput();
            for (int x = 0; x < n * d; x++) {
                if (input.nextDouble() < 0.025) {
                    io.spikeEx[x] = 300.0;
                }
                if (input.nextDouble() < 0.01) {
                    io.spikeIn[x] = -50.0 * (1 + input.nextInt(3));
                }
            }
            if (slice > 0 && g > 0) {
                exchange();
            }
            if (wfr && g > 0) {
                int passes = 0;
                boolean converged = false;
                while (passes < 15 && !converged) {
                    converged = true;
                    int from = 0;
                    for (int to : ranges()) {
                        converged &= population.trialUpdate(from, to, io, 1e-4);
                        from = to;
                    }
                    passes++;
                    exchange();
                }
                iterations.add(passes);
            }
            io.end = (int) Math.min(d, steps - io.origin);
            int from = 0;
            for (int to : ranges()) {
                population.update(from, to, io);
                from = to;
            }
        }
        return this;
    }

    private int[] ranges() {
        int[] ends = new int[splits.length + 1];
        System.arraycopy(splits, 0, ends, 0, splits.length);
        ends[splits.length] = n;
        return ends;
    }

    private void exchange() {
        int block = io.steps * io.width;
        java.util.Arrays.fill(io.gapIn, 0.0);
        for (int i = 0; i < n; i++) {
            int[] partners = {(i + 1) % n, (i + n - 1) % n, (i + 5) % n, (i + n - 5) % n};
            io.gapS[i] = 0;
            for (int j : partners) {
                io.gapS[i] += g;
                for (int x = 0; x < block; x++) {
                    io.gapIn[i * block + x] += g * io.gapOut[j * block + x];
                }
            }
        }
    }

    double v(int i, int k) {
        return io.traced(i, 0, k);
    }

    /** All spikes as (neuron, step) sorted. */
    List<String> spikes() {
        return io.spikes.stream().sorted((a, b) -> a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[0], b[0]))
                .map(s -> s[0] + "@" + s[1]).toList();
    }
}
