package org.syncytium.plugins.poisson;

import java.util.Arrays;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * The cumulative distribution of Poisson(λ) as a table {@code cdf[k] = P(N ≤ k)}, so that a count
 * is drawn exactly from one uniform u in [0, 1) as the smallest k with u &lt; cdf[k], without
 * allocation. The table ends where the upper tail P(N &gt; k) falls below {@value #TAIL}, far below
 * the 2^-53 spacing of the uniforms, so truncation changes no draw; its last entry is set to 1.
 */
final class PoissonTable {

    /** Tail probability below which the table ends. */
    static final double TAIL = 1e-17;
    /** Convergence tolerance of Commons Math's incomplete gamma series (its default is 1e-12). */
    static final double EPSILON = 1e-15;
    /** Iteration limit of the incomplete gamma evaluation. */
    static final int MAX_ITERATIONS = 100_000;
    /** Largest mean per step for which a table is built (about 8 MB). */
    static final double MAX_MEAN = 1e6;

    private static final PoissonTable ZERO = new PoissonTable(new double[] {1.0});

    private final double[] cdf;

    private PoissonTable(double[] cdf) {
        this.cdf = cdf;
    }

    /** The table for mean {@code lambda} ≥ 0 (λ = 0 always draws 0). */
    static PoissonTable of(double lambda) {
        if (!(lambda > 0)) {
            return ZERO;
        }
        PoissonDistribution poisson = distribution(lambda);
        double[] table = new double[(int) Math.min(Integer.MAX_VALUE - 8, lambda + 10 * Math.sqrt(lambda) + 32)];
        int k = 0;
        while (true) {
            if (k == table.length) {
                table = Arrays.copyOf(table, 2 * table.length);
            }
            table[k] = poisson.cumulativeProbability(k);
            // P(N > k) = P(k + 1, λ), the regularized lower incomplete gamma: accurate where 1 - cdf is not.
            double tail = Gamma.regularizedGammaP(k + 1.0, lambda, EPSILON, MAX_ITERATIONS);
            if (tail < TAIL) {
                break;
            }
            k++;
        }
        table = Arrays.copyOf(table, k + 1);
        table[k] = 1.0;
        return new PoissonTable(table);
    }

    /** Commons Math's Poisson distribution with the tolerances the table uses (no sampler needed). */
    static PoissonDistribution distribution(double lambda) {
        return new PoissonDistribution(null, lambda, EPSILON, MAX_ITERATIONS);
    }

    /** The count for uniform {@code u} in [0, 1): the smallest k with {@code u < cdf[k]}. */
    int sample(double u) {
        double[] c = cdf;
        if (u < c[0]) {
            return 0;
        }
        int lo = 1;
        int hi = c.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (u < c[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Number of table entries (largest drawable count + 1). */
    int size() {
        return cdf.length;
    }

    /** {@code P(N ≤ k)} as stored. */
    double cdf(int k) {
        return cdf[k];
    }
}
