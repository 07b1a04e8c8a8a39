package org.syncytium.core.plan;

/**
 * What a worker's range of one population costs in the split's clock (wall or thread CPU time),
 * learnt from measured passes:
 * {@code ns = perUnit · units + perNeuron · neurons + extra} (extra for worker 0 only), where units
 * are the model's per-neuron pass costs summed over the range ({@link
 * org.syncytium.api.neuron.Population#passCost(int)}, e.g. integration attempts), neurons the
 * range's size (pulls, deliveries, per-neuron set-up), and extra what the driving thread does
 * besides its neurons (the devices' emission, handing on samples). A least-squares fit over every
 * worker of every measured pass, older passes weighing less ({@link #FORGET} per measurement), so
 * that the fit follows the network's state. Three numbers per population, no allocation.
 */
final class CostModel {
    /** Weight of the fit so far at each new measurement: a memory of about 50 measurements. */
    static final double FORGET = 0.98;
    /** Measurements before the fit is used. */
    static final int READY = 6;

    /** The normal equations' matrix (symmetric: 00, 01, 02, 11, 12, 22) and right-hand side. */
    private final double[] m = new double[6];
    private final double[] r = new double[3];
    private int measured;
    private double perUnit;
    private double perNeuron;
    private double extra;
    private boolean ready;

    /**
     * One measurement over {@code passes} passes: worker w's ranges held {@code units[w]} units of
     * cost and {@code neurons[w]} neurons in all, and took {@code nanos[w]} ns.
     */
    void observe(long[] units, long[] neurons, long[] nanos, int passes) {
        for (int k = 0; k < m.length; k++) {
            m[k] *= FORGET;
        }
        for (int k = 0; k < r.length; k++) {
            r[k] *= FORGET;
        }
        for (int w = 0; w < units.length; w++) {
            double x0 = units[w];
            double x1 = neurons[w];
            double x2 = w == 0 ? passes : 0.0;
            double y = nanos[w];
            m[0] += x0 * x0;
            m[1] += x0 * x1;
            m[2] += x0 * x2;
            m[3] += x1 * x1;
            m[4] += x1 * x2;
            m[5] += x2 * x2;
            r[0] += x0 * y;
            r[1] += x1 * y;
            r[2] += x2 * y;
        }
        measured++;
        fit();
    }

    /** True once enough passes were measured and the fit gives a positive cost per unit. */
    boolean ready() {
        return ready;
    }

    /** ns per unit of the model's pass cost. */
    double perUnit() {
        return perUnit;
    }

    /** ns per neuron, besides its units (never negative). */
    double perNeuron() {
        return perNeuron;
    }

    /** ns worker 0 spends per pass besides its neurons (may be negative). */
    double extra() {
        return extra;
    }

    private void fit() {
        ready = false;
        if (measured < READY) {
            return;
        }
        // scaled to unit diagonal so that the determinant tests are relative
        double s0 = Math.sqrt(m[0]);
        double s1 = Math.sqrt(m[3]);
        double s2 = Math.sqrt(m[5]);
        if (!(s0 > 0.0) || !(s1 > 0.0) || !(s2 > 0.0)) {
            return;
        }
        double a01 = m[1] / (s0 * s1);
        double a02 = m[2] / (s0 * s2);
        double a12 = m[4] / (s1 * s2);
        double b0 = r[0] / s0;
        double b1 = r[1] / s1;
        double b2 = r[2] / s2;
        double det = 1.0 + 2.0 * a01 * a02 * a12 - a01 * a01 - a02 * a02 - a12 * a12;
        if (det > 1e-12) {
            // the inverse of [[1, a01, a02], [a01, 1, a12], [a02, a12, 1]] by its adjugate
            double c00 = 1.0 - a12 * a12;
            double c01 = a02 * a12 - a01;
            double c02 = a01 * a12 - a02;
            double c11 = 1.0 - a02 * a02;
            double c12 = a01 * a02 - a12;
            double c22 = 1.0 - a01 * a01;
            double t0 = (c00 * b0 + c01 * b1 + c02 * b2) / det;
            double t1 = (c01 * b0 + c11 * b1 + c12 * b2) / det;
            double t2 = (c02 * b0 + c12 * b1 + c22 * b2) / det;
            if (t0 > 0.0 && t1 >= 0.0) {
                perUnit = t0 / s0;
                perNeuron = t1 / s1;
                extra = t2 / s2;
                ready = true;
                return;
            }
        }
        // no separate cost per neuron: units and worker 0's extra only
        double det2 = 1.0 - a02 * a02;
        if (det2 > 1e-12) {
            double t0 = (b0 - a02 * b2) / det2;
            double t2 = (b2 - a02 * b0) / det2;
            if (t0 > 0.0) {
                perUnit = t0 / s0;
                perNeuron = 0.0;
                extra = t2 / s2;
                ready = true;
            }
        }
    }
}
