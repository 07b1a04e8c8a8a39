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

    /**
     * NESTML's random_poisson(mean): a Poisson number of mean {@code mean} ≥ 0 from the same uniforms,
     * by multiplying uniforms below a mean of 30 and by Hörmann's transformed rejection (PTRS, 1993)
     * above.
     */
    protected final double randomPoisson(double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new KernelException("random_poisson(" + mean + "): the mean must be a finite number >= 0");
        }
        if (mean < 30) {
            double limit = Math.exp(-mean);
            double product = nextUniform();
            int k = 0;
            while (product > limit) {
                product *= nextUniform();
                k++;
            }
            return k;
        }
        double slam = Math.sqrt(mean);
        double loglam = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = nextUniform() - 0.5;
            double v = nextUniform();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || us < 0.013 && v > us) {
                continue;
            }
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logFactorial(k)) {
                return k;
            }
        }
    }

    /** ln(k!) for a whole k >= 0: exact sums up to 20, Stirling's series above (error below 1e-15 relative). */
    private static double logFactorial(double k) {
        if (k < 21) {
            double sum = 0;
            for (int j = 2; j <= k; j++) {
                sum += Math.log(j);
            }
            return sum;
        }
        double n = k + 1;
        return (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * n) - 1 / (360 * n * n * n)
                + 1 / (1260 * n * n * n * n * n);
    }

    /** NESTML's print/println: to standard output at once, as NEST's std::cout lines. */
    protected static void printOut(String text) {
        System.out.print(text);
        System.out.flush();
    }

    /** A number as C++'s std::cout writes a double by default: six significant digits, %g's rules. */
    protected static String cppNumber(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        String sci = String.format(java.util.Locale.ROOT, "%.5e", v);
        int exponent = Integer.parseInt(sci.substring(sci.indexOf('e') + 1));
        if (exponent < -4 || exponent >= 6) {
            String mantissa = stripZeros(sci.substring(0, sci.indexOf('e')));
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        return stripZeros(String.format(java.util.Locale.ROOT, "%." + (5 - exponent) + "f", v));
    }

    private static String stripZeros(String fixed) {
        if (fixed.indexOf('.') < 0) {
            return fixed;
        }
        String s = fixed.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
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
