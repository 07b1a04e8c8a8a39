package org.syncytium.plugins.hh;

import java.util.Map;
import java.util.TreeMap;

import org.syncytium.api.neuron.Population;

/**
 * One unconnected neuron driven slice by slice with final passes only, as the kernel does without
 * gap junctions; spike and current input are given by step number k (taking effect at time k·h).
 */
final class SingleNeuronRun {

    final Population population;
    final TestSlice io;
    private final int steps;
    private final Map<Integer, Double> excitatory = new TreeMap<>();
    private final Map<Integer, Double> inhibitory = new TreeMap<>();

    SingleNeuronRun(double h, int sliceSteps, int totalSteps, String[] names, double[] values) {
        population = TestIntegrator.apply(new HhPscAlphaGapModel().createPopulation(1));
        population.set(0, names, values);
        population.prepare(new TestRunContext(h, sliceSteps, 3, false));
        io = new TestSlice(population, sliceSteps, 3, totalSteps);
        steps = totalSteps;
    }

    /** A spike of {@code weight} pA whose dI jump happens at the end of step k (time k·h = t_spike + delay). */
    SingleNeuronRun spikeArriving(int k, double weight) {
        (weight > 0 ? excitatory : inhibitory).merge(k, weight, Double::sum);
        return this;
    }

    SingleNeuronRun run() {
        int d = io.steps;
        for (long origin = 0; origin < steps; origin += d) {
            io.origin = origin;
            io.clearInput();
            for (int l = 0; l < d; l++) {
                int k = (int) (origin + l + 1);
                io.spikeEx[l] = excitatory.getOrDefault(k, 0.0);
                io.spikeIn[l] = inhibitory.getOrDefault(k, 0.0);
            }
            io.end = (int) Math.min(d, steps - origin);
            population.update(0, 1, io);
        }
        return this;
    }

    /** Recordable {@code name} at time k·h. */
    double at(String name, int k) {
        return io.traced(0, population.recordableIndex(name), k);
    }

    /** Spike times as step numbers k (time k·h). */
    long[] spikeSteps() {
        return io.spikeSteps(0);
    }
}
