package org.syncytium.plugins.nestml.runtime;

import org.syncytium.api.error.KernelException;

/**
 * What generated neuron and synapse classes both call: NESTML's predefined functions that are not in
 * {@link Math}, its random numbers and its time values. The subclass says where uniform numbers come
 * from.
 */
public abstract class GeneratedCode {

    /** NESTML's {@code resolution()} and {@code timestep()}, ms: the step of a neuron, the interval a synapse's update block advances. */
    protected double h;
    /** NESTML's {@code t} outside equations, ms: the start of a neuron's step, the event a synapse handles. */
    protected double time;

    /** The next uniform number in [0, 1) of the stream the generated code draws from. */
    protected abstract double nextUniform();

    /** NESTML's steps(t): the number of steps of {@link #h} in {@code ms}. */
    protected final double steps(double ms) {
        return Math.round(ms / h);
    }

    /** NESTML's random_uniform(lo, hi). */
    protected final double randomUniform(double lo, double hi) {
        return lo + (hi - lo) * nextUniform();
    }

    /** NESTML's random_normal(mean, std), by Box-Muller from two uniforms. */
    protected final double randomNormal(double mean, double std) {
        double u1 = nextUniform();
        double u2 = nextUniform();
        if (u1 < 1e-300) {
            u1 = 1e-300;
        }
        return mean + std * Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    protected static double clip(double x, double lo, double hi) {
        return x < lo ? lo : (x > hi ? hi : x);
    }

    protected static double sign(double x) {
        return Math.signum(x);
    }

    protected static double erf(double x) {
        return Erf.erf(x);
    }

    protected static double erfc(double x) {
        return Erf.erfc(x);
    }

    /**
     * The element index {@code index} of a NESTML vector of {@code length} elements; {@code where} is
     * "file:line: name" for the message when the index is not an integer inside the vector.
     */
    protected static int element(double index, int length, String where) {
        int k = (int) index;
        if (k != index || k < 0 || k >= length) {
            throw new KernelException(where + "[" + (index == k ? String.valueOf(k) : String.valueOf(index))
                    + "]: index outside the vector's " + length + " element" + (length == 1 ? "" : "s")
                    + (length == 0 ? "" : " (0 to " + (length - 1) + ")"));
        }
        return k;
    }

    /** A new vector of {@code size} elements, each {@code value} (a NESTML declaration {@code x[N] real = value}). */
    protected static double[] filled(int size, double value, String where) {
        if (size < 0) {
            throw new KernelException(where + ": the vector's size is " + size + ", must be >= 0");
        }
        double[] v = new double[size];
        java.util.Arrays.fill(v, value);
        return v;
    }
}
