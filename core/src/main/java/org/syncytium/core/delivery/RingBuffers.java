package org.syncytium.core.delivery;

import jakarta.inject.Singleton;

/**
 * Pending input of every neuron by absolute step, one ring per receptor (excitatory: weight > 0,
 * inhibitory: weight ≤ 0, current), laid out neuron-major: {@code ring[n * length + step % length]}.
 * A spike stamped S over a delay of d steps is added at step S + d − 1 (NEST adds it after
 * integrating that step). The length max_delay + D covers every step a slice can write to, since
 * delays are at least D; before a slice starts at T, steps [T, T + D) are moved into the
 * populations' slice arrays and cleared.
 */
@Singleton
public final class RingBuffers {
    private double[] excitatory = new double[0];
    private double[] inhibitory = new double[0];
    private double[] current = new double[0];
    private int neurons;
    private int length = 1;

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
        if (newNeurons == neurons && newLength == length) {
            return;
        }
        excitatory = relayout(excitatory, newNeurons, newLength, originStep);
        inhibitory = relayout(inhibitory, newNeurons, newLength, originStep);
        current = relayout(current, newNeurons, newLength, originStep);
        neurons = newNeurons;
        length = newLength;
    }

    private double[] relayout(double[] old, int newNeurons, int newLength, long originStep) {
        double[] fresh = new double[newNeurons * newLength];
        int keep = Math.min(length, newLength);
        for (int n = 0; n < neurons; n++) {
            for (int s = 0; s < keep; s++) {
                long step = originStep + s;
                fresh[n * newLength + (int) (step % newLength)] = old[n * length + (int) (step % length)];
            }
        }
        return fresh;
    }

    /** Adds {@code weight} pA to neuron {@code n}'s excitatory (w > 0) or inhibitory input at {@code step}. */
    public void addSpike(int n, long step, double weight) {
        int at = n * length + (int) (step % length);
        if (weight > 0) {
            excitatory[at] += weight;
        } else {
            inhibitory[at] += weight;
        }
    }

    /** Adds a current of {@code amplitude} pA to neuron {@code n}'s current input at {@code step}. */
    public void addCurrent(int n, long step, double amplitude) {
        current[n * length + (int) (step % length)] += amplitude;
    }

    /**
     * Moves steps [T, T + D) of neurons {@code [from, to)} of a population (global index
     * {@code offset + i}) into its slice arrays {@code [i * D + l]} and clears them in the ring.
     */
    public void deliver(PopulationBuffers buffers, int offset, int from, int to, long originStep) {
        int d = buffers.sliceSteps();
        double[] ex = buffers.excitatory();
        double[] in = buffers.inhibitory();
        double[] cur = buffers.current();
        int slot0 = (int) (originStep % length);
        for (int i = from; i < to; i++) {
            int base = (offset + i) * length;
            int slot = slot0;
            for (int l = 0; l < d; l++) {
                int at = base + slot;
                ex[i * d + l] = excitatory[at];
                in[i * d + l] = inhibitory[at];
                cur[i * d + l] = current[at];
                excitatory[at] = 0;
                inhibitory[at] = 0;
                current[at] = 0;
                if (++slot == length) {
                    slot = 0;
                }
            }
        }
    }
}
