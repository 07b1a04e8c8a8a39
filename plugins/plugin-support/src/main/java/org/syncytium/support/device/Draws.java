package org.syncytium.support.device;

import org.syncytium.api.random.RandomStream;

/**
 * Random draws stimulus devices share, from a stream the kernel hands them (per target, so a train
 * does not depend on threads). No allocation.
 */
public final class Draws {

    private Draws() {
    }

    /** A standard normal draw: Box–Muller from two uniforms of {@code stream}. */
    public static double standardNormal(RandomStream stream) {
        double u1 = 1.0 - stream.nextDouble(); // in (0, 1]: the logarithm stays finite
        double u2 = stream.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** The largest mean drawn by one inversion; e^-500 is still a normal double. */
    private static final double INVERSION_MEAN = 500.0;

    /**
     * A Poisson count of the given mean (≥ 0) by inversion: the smallest k whose cumulative
     * probability exceeds a uniform. A mean above 500 is drawn as a sum of Poisson counts of means
     * up to 500 (a sum of independent Poisson counts is one of the summed mean), so e^−mean never
     * underflows. The search takes about mean + 1 steps: meant for the small means of one step.
     */
    public static int poisson(RandomStream stream, double mean) {
        long k = 0;
        double left = mean;
        while (left > INVERSION_MEAN) {
            k += inversion(stream, INVERSION_MEAN);
            left -= INVERSION_MEAN;
        }
        return (int) Math.min(k + inversion(stream, left), Integer.MAX_VALUE); // a multiplicity is an int
    }

    private static long inversion(RandomStream stream, double mean) {
        if (mean <= 0.0) {
            return 0;
        }
        double u = stream.nextDouble();
        double p = Math.exp(-mean);
        double cumulative = p;
        long k = 0;
        // p underflows only far in the tail; stop there rather than loop on zeros
        while (u >= cumulative && p > 0.0) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }
}
