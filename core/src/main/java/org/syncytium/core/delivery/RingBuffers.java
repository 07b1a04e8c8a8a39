package org.syncytium.core.delivery;

import jakarta.inject.Singleton;
import java.util.Arrays;

import org.syncytium.api.error.KernelException;

/**
 * Pending input of every neuron by absolute step, one ring per receptor (excitatory: weight > 0,
 * inhibitory: weight ≤ 0, current), laid out slot-major: {@code ring[(step % length) * neurons + n]}, so
 * that the spikes of one slice, which mostly share a few delays, land in a few compact rows.
 * A spike stamped S over a delay of d steps is added at step S + d − 1 (NEST adds it after
 * integrating that step). The length max_delay + D covers every step a slice can write to, since
 * delays are at least D; before a slice starts at T, steps [T, T + D) are moved into the
 * populations' slice arrays and cleared. Only the neurons this process owns have a column; over
 * several processes, {@code rowOf} maps a kernel-wide neuron index to its column. Input on receptor
 * types 1 to R of models with several receptors is kept as events per step instead
 * ({@link ReceptorInput}), which exist only while such a model is in use.
 */
@Singleton
public final class RingBuffers {
    private double[] excitatory = new double[0];
    private double[] inhibitory = new double[0];
    private double[] current = new double[0];
    /** Input on receptor types 1 to R, as events per step. */
    private final ReceptorInput receptorInput = new ReceptorInput();
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

    /**
     * As {@link #resize(int, int[], int, long)}, with input on receptor types 1 to R kept while
     * {@code receptors} (the largest R of any model) is above 0.
     */
    public void resize(int newNeurons, int[] rowOf, int newLength, long originStep, int receptors) {
        this.rowOf = rowOf;
        if (newNeurons != neurons || newLength != length || receptors > 0 != receptorInput.active()) {
            receptorInput.resize(newNeurons, newLength, originStep, receptors > 0);
        }
        if (newNeurons != neurons || newLength != length) {
            excitatory = relayout(excitatory, newNeurons, newLength, originStep);
            inhibitory = relayout(inhibitory, newNeurons, newLength, originStep);
            current = relayout(current, newNeurons, newLength, originStep);
        }
        neurons = newNeurons;
        length = newLength;
    }

    private double[] relayout(double[] old, int newNeurons, int newLength, long originStep) {
        long cells = (long) newNeurons * newLength;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new KernelException("the spike input of " + newNeurons + " neurons over " + newLength
                    + " steps needs " + cells + " values, more than one array holds; use shorter delays or more processes");
        }
        double[] fresh = new double[(int) cells];
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
        excitatory[(int) (step % length) * neurons + column(n)] += count;
    }

    /** Adds {@code weight} pA to neuron {@code n}'s excitatory (w > 0) or inhibitory input at {@code step}. */
    public void addSpike(int n, long step, double weight) {
        addToColumn(column(n), step, weight);
    }

    private void addToColumn(int column, long step, double weight) {
        int at = (int) (step % length) * neurons + column;
        if (weight > 0) {
            excitatory[at] += weight;
        } else {
            inhibitory[at] += weight;
        }
    }

    /**
     * Adds {@code weight} to neuron {@code n}'s input at {@code step} on receptor type {@code receptor}
     * (0: {@link #addSpike(int, long, double)}; 1 to R: an event of that receptor, whose sign
     * decides its slice array at delivery).
     */
    public void addSpike(int n, long step, double weight, int receptor) {
        if (receptor == 0) {
            addSpike(n, step, weight);
            return;
        }
        receptorInput.add(0, column(n), step, weight, receptor);
    }

    /** The column of neuron index {@code n} (-1 where another process owns it). */
    public int column(int n) {
        return rowOf == null ? n : rowOf[n];
    }

    /** True while input on receptors 1 to R is kept (some model has several receptors). */
    public boolean hasReceptorInput() {
        return receptorInput.active();
    }

    /**
     * Splits the columns into {@code shares} runs for routing lanes ({@code bounds[s]} to
     * {@code bounds[s + 1]}, {@code shares + 1} entries), and makes room for that many lanes: lanes
     * that add only to their own run's columns ({@link #addSpikeToColumn}) may add at once.
     */
    public void routingShares(int shares, int[] bounds) {
        receptorInput.lanes(shares);
        receptorInput.bounds(neurons, shares, bounds);
    }

    /**
     * {@link #addSpike(int, long, double, int)} by column, for routing lane {@code lane}; lanes adding
     * at once must add to disjoint runs of {@link #routingShares}.
     */
    public void addSpikeToColumn(int lane, int column, long step, double weight, int receptor) {
        if (receptor == 0) {
            addToColumn(column, step, weight);
        } else {
            receptorInput.add(lane, column, step, weight, receptor);
        }
    }

    /** Adds a current of {@code amplitude} pA to neuron {@code n}'s current input at {@code step}. */
    public void addCurrent(int n, long step, double amplitude) {
        current[(int) (step % length) * neurons + column(n)] += amplitude;
    }

    /**
     * Readies the receptor input of the slice [T, T + D) for {@link #deliver} (nothing to do without
     * models with several receptors): once per slice, from one thread, after every spike and device
     * that lands in the slice was routed and before any block of it is delivered.
     */
    public void prepare(long originStep, int sliceSteps) {
        receptorInput.prepare(originStep, sliceSteps);
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
            receptorInput.deliver(buffers, offset, from, to, originStep);
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
}
