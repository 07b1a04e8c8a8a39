package org.syncytium.plugins.hh;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.syncytium.api.neuron.Population;

/**
 * Two {@code hh_psc_alpha_gap} neurons coupled by a symmetric gap junction, advanced slice by slice
 * the way NEST's kernel does (reference 2.3): deliver the partners' end-of-slice constants, iterate
 * trial passes with a Jacobi exchange of the waveforms until converged or {@code maxIterations},
 * then the final pass. With {@code wfr = false} only final passes run (NEST's use_wfr=False with
 * D = 1). This is the model-side half of what the kernel's solvers do.
 */
final class GapPairRun {

    final Population population;
    final TestSlice io;
    /** Trial passes used in each slice. */
    final List<Integer> iterations = new ArrayList<>();
    private final double conductance;
    private final int steps;

    GapPairRun(double h, int sliceSteps, int order, double conductance, double iE1, int totalSteps) {
        this(h, sliceSteps, order, conductance, totalSteps,
                p -> p.set(0, new String[] {"I_e"}, new double[] {iE1}));
    }

    GapPairRun(double h, int sliceSteps, int order, double conductance, int totalSteps, Consumer<Population> setup) {
        this.population = TestIntegrator.apply(new HhPscAlphaGapModel().createPopulation(2));
        setup.accept(population);
        population.prepare(new TestRunContext(h, sliceSteps, order, true));
        this.io = new TestSlice(population, sliceSteps, order, totalSteps);
        this.conductance = conductance;
        this.steps = totalSteps;
    }

    /** Runs all slices; {@code wfr = false} skips the trial passes. */
    GapPairRun run(boolean wfr, double tolerance, int maxIterations) {
        int d = io.steps;
        for (int slice = 0; (long) slice * d < steps; slice++) {
            io.origin = (long) slice * d;
            if (slice > 0) {
                exchange(); // what the previous final pass published: V at its end, held constant
            }
            if (wfr) {
                int n = 0;
                boolean converged = false;
                while (n < maxIterations && !converged) {
                    converged = population.trialUpdate(0, 2, io, tolerance);
                    n++;
                    exchange();
                }
                iterations.add(n);
            }
            io.end = (int) Math.min(d, steps - io.origin);
            population.update(0, 2, io);
        }
        return this;
    }

    /** Jacobi exchange: S_i = g, C_i = g · c_j of the partner j = 1 − i. */
    private void exchange() {
        int block = io.steps * io.width;
        for (int i = 0; i < 2; i++) {
            int j = 1 - i;
            io.gapS[i] = conductance;
            for (int x = 0; x < block; x++) {
                io.gapIn[i * block + x] = conductance * io.gapOut[j * block + x];
            }
        }
    }

    /** V of neuron {@code i} at time k·h. */
    double v(int i, int k) {
        return io.traced(i, 0, k);
    }

    /** Histogram of trial passes per slice: index = passes. */
    int[] iterationHistogram() {
        int[] histogram = new int[32];
        iterations.forEach(n -> histogram[n]++);
        return histogram;
    }
}
