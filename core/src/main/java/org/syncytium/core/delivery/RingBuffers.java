package org.syncytium.core.delivery;

import jakarta.inject.Singleton;
import java.util.Arrays;

import org.syncytium.api.error.KernelException;

/**
 * Pending input of every neuron by absolute step, one ring per receptor (excitatory: weight > 0,
 * inhibitory: weight ≤ 0, current; and for models with several receptor types, an excitatory and an
 * inhibitory ring of receptor types 1 to R side by side, which exist only while such a model is in
 * use), laid out slot-major: {@code ring[(step % length) * neurons + n]}, so
 * that the spikes of one slice, which mostly share a few delays, land in a few compact rows.
 * A spike stamped S over a delay of d steps is added at step S + d − 1 (NEST adds it after
 * integrating that step). The length max_delay + D covers every step a slice can write to, since
 * delays are at least D; before a slice starts at T, steps [T, T + D) are moved into the
 * populations' slice arrays and cleared. Only the neurons this process owns have a column; over
 * several processes, {@code rowOf} maps a kernel-wide neuron index to its column.
 */
@Singleton
public final class RingBuffers {
    private double[] excitatory = new double[0];
    private double[] inhibitory = new double[0];
    private double[] current = new double[0];
    /**
     * Rings of receptor types 1 to R, a neuron's R receptors side by side:
     * {@code [((step % length) * neurons + n) * R + r − 1]} (one neuron's slice input is then a few
     * compact runs, as NEST keeps each neuron's buffers together); empty while no model has several.
     */
    private double[] receptorExcitatory = new double[0];
    private double[] receptorInhibitory = new double[0];
    private int receptors;
    /** R of the inhibitory receptor ring: 0 while every model with receptors sums their signs. */
    private int inhibitoryReceptors;
    /** Neurons (by index) whose model sums each receptor's signs; null while there are none. */
    private boolean[] summing;
    private int neurons;
    private int length = 1;
    /** Column of each neuron index, -1 where another process owns it; null: the neuron index itself. */
    private int[] rowOf;
    /** Neurons (by index) whose model counts spikes instead of weighing them; null while there are none. */
    private boolean[] counting;

    /** Ring length in steps. */
    public int length() {
        return length;
    }

    /**
     * Resizes for {@code newNeurons} neurons and {@code newLength} steps, keeping what is pending for
     * steps [T, T + min(old, new length)) of the neurons that already existed (nothing is pending at
     * later steps, because the length never drops below the largest delay).
     */
    public void resize(int newNeurons, int newLength, long originStep) {
        resize(newNeurons, null, newLength, originStep, 0);
    }

    /**
     * As {@link #resize(int, int, long)} for {@code columns} owned neurons, with {@code rowOf}
     * giving each neuron index's column (-1: owned elsewhere) or null when every neuron is owned
     * here. New populations append columns, so what is pending for existing ones keeps its place.
     */
    public void resize(int newNeurons, int[] rowOf, int newLength, long originStep) {
        resize(newNeurons, rowOf, newLength, originStep, 0);
    }

    /** As {@link #resize(int, int[], int, long)} with rings for receptor types 1 to {@code receptors}. */
    public void resize(int newNeurons, int[] rowOf, int newLength, long originStep, int receptors) {
        resize(newNeurons, rowOf, newLength, originStep, receptors, true);
    }

    /**
     * As {@link #resize(int, int[], int, long, int)}; without {@code splitSigns} (every model with
     * receptors sums their signs) there is no inhibitory receptor ring.
     */
    public void resize(int newNeurons, int[] rowOf, int newLength, long originStep, int receptors,
            boolean splitSigns) {
        this.rowOf = rowOf;
        boolean resized = newNeurons != neurons || newLength != length;
        int inhibitoryPlanes = splitSigns ? receptors : 0;
        if (resized || receptors != this.receptors) {
            receptorExcitatory = relayout(receptorExcitatory, this.receptors, newNeurons, newLength, receptors,
                    originStep);
        }
        if (resized || inhibitoryPlanes != inhibitoryReceptors) {
            receptorInhibitory = relayout(receptorInhibitory, inhibitoryReceptors, newNeurons, newLength,
                    inhibitoryPlanes, originStep);
        }
        inhibitoryReceptors = inhibitoryPlanes;
        if (resized) {
            excitatory = relayout(excitatory, newNeurons, newLength, originStep);
            inhibitory = relayout(inhibitory, newNeurons, newLength, originStep);
            current = relayout(current, newNeurons, newLength, originStep);
        }
        neurons = newNeurons;
        length = newLength;
        this.receptors = receptors;
    }

    /**
     * A receptor ring of {@code oldReceptors} per neuron for the new sizes, keeping what is pending as
     * {@link #relayout(double[], int, int, long)}.
     */
    private double[] relayout(double[] old, int oldReceptors, int newNeurons, int newLength, int newReceptors,
            long originStep) {
        long cells = (long) newNeurons * newLength * newReceptors;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new KernelException("the receptor input of " + newNeurons + " neurons over "
                    + newLength + " steps with " + newReceptors + " receptors each needs " + cells
                    + " values, more than one array holds; use fewer receptors per neuron or more processes");
        }
        double[] fresh = new double[(int) cells];
        int keep = Math.min(length, newLength);
        int kept = Math.min(oldReceptors, newReceptors);
        for (int s = 0; s < keep && kept > 0; s++) {
            long step = originStep + s;
            int from = (int) (step % length) * neurons;
            int to = (int) (step % newLength) * newNeurons;
            for (int n = 0; n < neurons; n++) {
                System.arraycopy(old, (from + n) * oldReceptors, fresh, (to + n) * newReceptors, kept);
            }
        }
        return fresh;
    }

    private double[] relayout(double[] old, int newNeurons, int newLength, long originStep) {
        double[] fresh = new double[newNeurons * newLength];
        int keep = Math.min(length, newLength);
        for (int s = 0; s < keep; s++) {
            long step = originStep + s;
            int from = (int) (step % length) * neurons;
            int to = (int) (step % newLength) * newNeurons;
            System.arraycopy(old, from, fresh, to, neurons);
        }
        return fresh;
    }

    /**
     * Marks the neurons (by index) whose model counts spikes ({@code NeuronModel.countsSpikes}); null
     * when none does. Routing then adds counts for them ({@link #addCount}).
     */
    public void countSpikes(boolean[] byNeuron) {
        counting = byNeuron;
    }

    /**
     * Marks the neurons (by index) whose model sums each receptor's signs
     * ({@code NeuronModel.sumsReceptorSigns}); null when none does. Their receptor input of either
     * sign goes to the excitatory ring.
     */
    public void sumSigns(boolean[] byNeuron) {
        summing = byNeuron;
    }

    /** True once any neuron counts spikes (routing takes its counting loop only then). */
    public boolean anyCounting() {
        return counting != null;
    }

    /** True if neuron {@code n}'s model counts spikes (only valid while {@link #anyCounting()}). */
    public boolean counts(int n) {
        return counting[n];
    }

    /** Adds {@code count} spikes to neuron {@code n}'s (counting) excitatory input at {@code step}. */
    public void addCount(int n, long step, int count) {
        excitatory[(int) (step % length) * neurons + (rowOf == null ? n : rowOf[n])] += count;
    }

    /** Adds {@code weight} pA to neuron {@code n}'s excitatory (w > 0) or inhibitory input at {@code step}. */
    public void addSpike(int n, long step, double weight) {
        int at = (int) (step % length) * neurons + (rowOf == null ? n : rowOf[n]);
        if (weight > 0) {
            excitatory[at] += weight;
        } else {
            inhibitory[at] += weight;
        }
    }

    /**
     * Adds {@code weight} to neuron {@code n}'s input at {@code step} on receptor type {@code receptor}
     * (0: {@link #addSpike(int, long, double)}; 1 to R: that receptor's excitatory or inhibitory ring).
     */
    public void addSpike(int n, long step, double weight, int receptor) {
        if (receptor == 0) {
            addSpike(n, step, weight);
            return;
        }
        int cell = (int) (step % length) * neurons + (rowOf == null ? n : rowOf[n]);
        if (weight > 0 || (summing != null && summing[n])) {
            receptorExcitatory[cell * receptors + receptor - 1] += weight;
        } else {
            receptorInhibitory[cell * inhibitoryReceptors + receptor - 1] += weight;
        }
    }

    /** Adds a current of {@code amplitude} pA to neuron {@code n}'s current input at {@code step}. */
    public void addCurrent(int n, long step, double amplitude) {
        current[(int) (step % length) * neurons + (rowOf == null ? n : rowOf[n])] += amplitude;
    }

    /**
     * Moves steps [T, T + D) of neurons {@code [from, to)} of a population (column
     * {@code offset + i}) into its slice arrays {@code [i * D + l]} and clears them in the ring.
     */
    public void deliver(PopulationBuffers buffers, int offset, int from, int to, long originStep) {
        int d = buffers.sliceSteps();
        double[] ex = buffers.excitatory();
        double[] in = buffers.inhibitory();
        double[] cur = buffers.current();
        if (buffers.receptors() > 0) {
            moveReceptors(receptorExcitatory, receptors, buffers.receptorExcitatory(), d, offset, from, to, originStep);
            if (!buffers.summedSigns()) {
                moveReceptors(receptorInhibitory, inhibitoryReceptors, buffers.receptorInhibitory(), d, offset, from,
                        to, originStep);
            }
        }
        if (d == 1) {
            // one-step slices (gap junctions without WFR: every step): one row, copied and cleared as
            // blocks, which the JIT turns into wide moves (the loop below it does element by element)
            int at = (int) (originStep % length) * neurons + offset + from;
            int count = to - from;
            System.arraycopy(excitatory, at, ex, from, count);
            System.arraycopy(inhibitory, at, in, from, count);
            System.arraycopy(current, at, cur, from, count);
            Arrays.fill(excitatory, at, at + count, 0.0);
            Arrays.fill(inhibitory, at, at + count, 0.0);
            Arrays.fill(current, at, at + count, 0.0);
            return;
        }
        for (int l = 0; l < d; l++) {
            int row = (int) ((originStep + l) % length) * neurons + offset;
            for (int i = from; i < to; i++) {
                int at = row + i;
                ex[i * d + l] = excitatory[at];
                in[i * d + l] = inhibitory[at];
                cur[i * d + l] = current[at];
                excitatory[at] = 0;
                inhibitory[at] = 0;
                current[at] = 0;
            }
        }
    }

    /**
     * Moves steps [T, T + D) of neurons [from, to) of one sign's receptor rings into the slice arrays
     * of receptors 1 to {@code slices.length} and clears them (a population's neurons have no input
     * on receptors past its own count).
     */
    private void moveReceptors(double[] ring, int stride, double[][] slices, int d, int offset, int from, int to,
            long originStep) {
        int planes = slices.length;
        for (int l = 0; l < d; l++) {
            int row = (int) ((originStep + l) % length) * neurons + offset;
            for (int i = from; i < to; i++) {
                int at = (row + i) * stride;
                for (int r = 0; r < planes; r++) {
                    slices[r][i * d + l] = ring[at + r];
                }
                Arrays.fill(ring, at, at + planes, 0.0);
            }
        }
    }
}
