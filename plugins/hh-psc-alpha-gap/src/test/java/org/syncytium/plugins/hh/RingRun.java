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
    private int changeSlice = -1;
    private String[] changeNames;
    private double[] changeValues;
    /** Threads that share each trial pass through NeuronQueues (0: ranges, as {@code splits} says). */
    private int sharingThreads;
    /** 0: every trial pass covers all neurons; 1: passes after the first list a subset; 2: the same subset, run by run. */
    private int listing;
    private final TestRunContext context;

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
        context = new TestRunContext(0.05, sliceSteps, order, g > 0);
        population.prepare(context);
        io = new TestSlice(population, sliceSteps, order, totalSteps);
    }

    /**
     * Gives every neuron the same I_e, so that all constant parameters are the same (as in the seed
     * network; the constructor draws I_e per neuron), and prepares again.
     */
    RingRun uniformDrive(double iE) {
        for (int i = 0; i < n; i++) {
            population.set(i, new String[] {"I_e"}, new double[] {iE});
        }
        population.prepare(context);
        return this;
    }

    /** Switches the integrator option before slice {@code slice} (as between two simulate calls). */
    RingRun swapAt(int slice, String integrator) {
        swapSlice = slice;
        swapTo = integrator;
        return this;
    }

    /**
     * Trial passes shared by {@code threads} threads through NeuronQueues over one shuffled order of
     * the neurons (a new shuffle each pass), as the kernel's shared passes hand them out.
     */
    RingRun sharedPasses(int threads) {
        sharingThreads = threads;
        return this;
    }

    /** Sets {@code names} to {@code values} on every neuron before slice {@code slice} (SetStatus between simulate calls). */
    RingRun changeAt(int slice, String[] names, double[] values) {
        changeSlice = slice;
        changeNames = names;
        changeValues = values;
        return this;
    }

    /**
     * Trial passes after a slice's first integrate only the neurons i with (i + pass) % 3 != 0, as
     * WFR work skipping would: through {@code trialUpdate(int[], ...)} ({@code byRuns} false) or by
     * calling the range method on each run of consecutive listed neurons (the api's default).
     */
    RingRun listedPasses(boolean byRuns) {
        listing = byRuns ? 2 : 1;
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
            if (slice == changeSlice) {
                for (int i = 0; i < n; i++) {
                    population.set(i, changeNames, changeValues);
                }
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
                    if (sharingThreads > 0) {
                        converged = sharedPass(new SplittableRandom(seed * 31 + slice * 17L + passes));
                        passes++;
                        exchange();
                        continue;
                    }
                    int from = 0;
                    for (int to : ranges()) {
                        if (listing == 0 || passes == 0) {
                            converged &= population.trialUpdate(from, to, io, 1e-4);
                        } else {
                            converged &= listedPass(from, to, passes);
                        }
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

    private boolean listedPass(int from, int to, int pass) {
        int[] listed = new int[to - from];
        int count = 0;
        for (int i = from; i < to; i++) {
            if ((i + pass) % 3 != 0) {
                listed[count++] = i;
            }
        }
        if (listing == 1) {
            return population.trialUpdate(listed, 0, count, io, 1e-4);
        }
        boolean converged = true;
        int k = 0;
        while (k < count) {
            int first = listed[k++];
            int last = first;
            while (k < count && listed[k] == last + 1) {
                last = listed[k++];
            }
            converged &= population.trialUpdate(first, last + 1, io, 1e-4);
        }
        return converged;
    }

    private boolean sharedPass(SplittableRandom shuffle) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sharingThreads);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < sharingThreads; t++) {
                results.add(pool.submit(() -> population.trialUpdate(() -> {
                    int k = taken.getAndIncrement();
                    return k < n ? order[k] : -1;
                }, io, 1e-4)));
            }
            boolean converged = true;
            for (java.util.concurrent.Future<Boolean> result : results) {
                converged &= result.get();
            }
            return converged;
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
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
