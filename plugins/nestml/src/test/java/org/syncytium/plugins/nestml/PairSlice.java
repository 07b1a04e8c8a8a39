package org.syncytium.plugins.nestml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;

/**
 * The kernel's side for a small population in tests: input arrays, gap exchange between neuron 0 and
 * 1 (Jacobi, as NEST), spikes as global steps, V_m traced after every step. Runs slices with or without
 * waveform relaxation like the kernel's wfr and stepwise solvers.
 */
final class PairSlice implements SliceIO {

    final Population population;
    final int size;
    final int steps;
    final int width;
    long origin;
    int end;
    final double[] spikeEx;
    final double[] spikeIn;
    final double[] current;
    /** Spike input of receptor types 1 to R (index r − 1), for models with several receptors. */
    final double[][] receptorEx;
    final double[][] receptorIn;
    final double[] gapS;
    final double[] gapIn;
    final double[] gapOut;
    final List<long[]> spikes = new ArrayList<>();
    final List<Integer> iterations = new ArrayList<>();
    final double[][] v;
    private final int vIndex;

    PairSlice(Population population, double h, int steps, int order, boolean gap, int totalSteps) {
        this.population = population;
        this.size = population.size();
        this.steps = steps;
        this.width = order + 1;
        this.end = steps;
        spikeEx = new double[size * steps];
        spikeIn = new double[size * steps];
        current = new double[size * steps];
        int receptors = population.model().spikeReceptors();
        receptorEx = new double[receptors][size * steps];
        receptorIn = new double[receptors][size * steps];
        gapS = new double[size];
        gapIn = new double[size * steps * width];
        gapOut = new double[size * steps * width];
        v = new double[size][totalSteps + 1];
        vIndex = population.recordableIndex("V_m");
        population.prepare(new RunContext() {
            @Override
            public double resolution() {
                return h;
            }

            @Override
            public int sliceSteps() {
                return steps;
            }

            @Override
            public int interpolationOrder() {
                return order;
            }

            @Override
            public boolean gapCoupled() {
                return gap;
            }
        });
    }

    /** Runs {@code total} steps; gap conductance g between neurons 0 and 1 (0: none). */
    PairSlice run(int total, double g, boolean wfr, double tolerance, int maxIterations) {
        for (int slice = 0; (long) slice * steps < total; slice++) {
            origin = (long) slice * steps;
            if (slice > 0 && g > 0) {
                exchange(g);
            }
            if (wfr && g > 0) {
                int n = 0;
                boolean converged = false;
                while (n < maxIterations && !converged) {
                    converged = population.trialUpdate(0, size, this, tolerance);
                    n++;
                    exchange(g);
                }
                iterations.add(n);
            }
            end = (int) Math.min(steps, total - origin);
            population.update(0, size, this);
            Arrays.fill(spikeEx, 0.0);
            Arrays.fill(spikeIn, 0.0);
        }
        return this;
    }

    /** Runs {@code total} steps without gap junctions, with one spike of weight w1 after step s1 and w2 after s2. */
    PairSlice runWithInput(int total, int s1, double w1, int s2, double w2) {
        for (int slice = 0; (long) slice * steps < total; slice++) {
            origin = (long) slice * steps;
            end = (int) Math.min(steps, total - origin);
            put(s1, w1);
            put(s2, w2);
            population.update(0, size, this);
            Arrays.fill(spikeEx, 0.0);
            Arrays.fill(spikeIn, 0.0);
        }
        return this;
    }

    /** Runs {@code total} steps with one spike of weight {@code w} into every neuron on {@code receptor} at step {@code at}. */
    PairSlice runWithReceptorInput(int total, int at, double w, int receptor) {
        for (int slice = 0; (long) slice * steps < total; slice++) {
            origin = (long) slice * steps;
            end = (int) Math.min(steps, total - origin);
            long l = at - origin;
            if (l >= 0 && l < steps) {
                for (int i = 0; i < size; i++) {
                    int slot = i * steps + (int) l;
                    double[][] to = w > 0 ? receptorEx : receptorIn;
                    if (receptor == 0) {
                        (w > 0 ? spikeEx : spikeIn)[slot] += w;
                    } else {
                        to[receptor - 1][slot] += w;
                    }
                }
            }
            population.update(0, size, this);
            Arrays.fill(spikeEx, 0.0);
            Arrays.fill(spikeIn, 0.0);
            for (int r = 0; r < receptorEx.length; r++) {
                Arrays.fill(receptorEx[r], 0.0);
                Arrays.fill(receptorIn[r], 0.0);
            }
        }
        return this;
    }

    private void put(int step, double w) {
        long l = step - origin;
        if (l >= 0 && l < steps) {
            if (w > 0) {
                spikeEx[(int) l] += w;
            } else {
                spikeIn[(int) l] += w;
            }
        }
    }

    private void exchange(double g) {
        int block = steps * width;
        for (int i = 0; i < 2; i++) {
            int j = 1 - i;
            gapS[i] = g;
            for (int x = 0; x < block; x++) {
                gapIn[i * block + x] = g * gapOut[j * block + x];
            }
        }
    }

    long[] spikeSteps(int i) {
        return spikes.stream().filter(x -> x[0] == i).mapToLong(x -> x[1]).toArray();
    }

    @Override
    public long originStep() {
        return origin;
    }

    @Override
    public int firstStep() {
        return 0;
    }

    @Override
    public int endStep() {
        return end;
    }

    @Override
    public double[] spikeExcitatory() {
        return spikeEx;
    }

    @Override
    public double[] spikeInhibitory() {
        return spikeIn;
    }

    @Override
    public double[] spikeExcitatory(int receptor) {
        return receptor == 0 ? spikeEx : receptorEx[receptor - 1];
    }

    @Override
    public double[] spikeInhibitory(int receptor) {
        return receptor == 0 ? spikeIn : receptorIn[receptor - 1];
    }

    @Override
    public double[] currentInput() {
        return current;
    }

    @Override
    public double[] gapConductance() {
        return gapS;
    }

    @Override
    public double[] gapCoefficientsIn() {
        return gapIn;
    }

    @Override
    public double[] gapCoefficientsOut() {
        return gapOut;
    }

    @Override
    public void spike(int i, int l) {
        spikes.add(new long[] {i, origin + l + 1});
    }

    @Override
    public boolean isSampled(int i) {
        return true;
    }

    @Override
    public void sample(int i, int l) {
        int s = (int) (origin + l + 1);
        if (vIndex >= 0 && s < v[i].length) {
            v[i][s] = population.recordable(vIndex, i);
        }
    }
}
