package org.syncytium.plugins.poisson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.random.RandomStream;

class PoissonAllocationTest {

    /** Counts spikes into a preallocated array: allocates nothing itself. */
    private static final class CountingOutput implements StimulusOutput {
        final RandomStream[] streams = new RandomStream[500];
        long spikes;

        CountingOutput() {
            for (int t = 0; t < streams.length; t++) {
                SplittableRandom random = new SplittableRandom(t);
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
            spikes += multiplicity;
        }

        @Override
        public void spikes(int target, int l, int multiplicity, double weightFactor) {
            throw new AssertionError("a poisson_generator sends unweighted spikes");
        }

        @Override
        public void current(int target, int l, double amplitude) {
        }
    }

    @Test
    void emitAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        PoissonStimulus device = (PoissonStimulus) new PoissonGenerator().create();
        device.set("rate", 500.0);
        device.prepare(0.05);
        CountingOutput out = new CountingOutput();
        for (int slice = 0; slice < 200; slice++) { // warm up (class loading, JIT)
            device.emit(slice * 20L, 0, 20, out);
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int slice = 200; slice < 700; slice++) {
            device.emit(slice * 20L, 0, 20, out);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        // 500 slices x 20 steps x 500 targets = 5e6 draws; allow for the measuring itself
        assertTrue(allocated < 4096, allocated + " bytes allocated for 5e6 draws");
        assertTrue(out.spikes > 100_000, "spikes were emitted");
    }
}
