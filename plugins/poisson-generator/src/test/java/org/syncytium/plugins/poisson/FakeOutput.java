package org.syncytium.plugins.poisson;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.random.RandomStream;

/** Records what a device emits; one seeded stream per target, as the kernel hands out. */
final class FakeOutput implements StimulusOutput {

    /** One emission: target, slice origin + local step, multiplicity. */
    record Emission(int target, long step, int multiplicity) {
    }

    final List<Emission> emissions = new ArrayList<>();
    private final RandomStream[] streams;
    long originStep;

    FakeOutput(int targets, long seed) {
        streams = new RandomStream[targets];
        for (int t = 0; t < targets; t++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + t);
            streams[t] = new RandomStream() {
                @Override
                public double nextDouble() {
                    return random.nextDouble();
                }

                @Override
                public long nextLong() {
                    return random.nextLong();
                }

                @Override
                public int nextInt(int bound) {
                    return random.nextInt(bound);
                }
            };
        }
    }

    /** Runs {@code slices} slices of {@code d} steps from step 0, as the kernel does. */
    void run(PoissonStimulus device, int slices, int d) {
        for (int s = 0; s < slices; s++) {
            originStep = (long) s * d;
            device.emit(originStep, 0, d, this);
        }
    }

    @Override
    public int targetCount() {
        return streams.length;
    }

    @Override
    public RandomStream stream(int target) {
        return streams[target];
    }

    @Override
    public void spikes(int target, int l, int multiplicity) {
        emissions.add(new Emission(target, originStep + l, multiplicity));
    }

    @Override
    public void spikes(int target, int l, int multiplicity, double weightFactor) {
        throw new AssertionError("a poisson_generator sends unweighted spikes");
    }

    @Override
    public void current(int target, int l, double amplitude) {
        throw new AssertionError("a spike generator emits no current");
    }
}
