package org.syncytium.plugins.poisson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

class PoissonTableTest {

    @Test
    void tableIsCommonsMathsCdfAndInversionIsExact() {
        for (double lambda : new double[] {0.025, 0.5, 3.0, 40.0, 1500.0}) {
            PoissonTable table = PoissonTable.of(lambda);
            PoissonDistribution cdf = PoissonTable.distribution(lambda);
            for (int k = 0; k < table.size() - 1; k++) {
                assertEquals(cdf.cumulativeProbability(k), table.cdf(k), 0.0, "cdf(" + k + ") for " + lambda);
                // Exactly at the boundaries: u just below cdf(k) gives k, u = cdf(k) gives k + 1.
                double c = table.cdf(k);
                if (k == 0 || Math.nextDown(c) >= table.cdf(k - 1)) {
                    assertEquals(k, table.sample(Math.nextDown(c)));
                }
                if (table.cdf(k + 1) > c) {
                    assertEquals(k + 1, table.sample(c));
                }
            }
            assertEquals(1.0, table.cdf(table.size() - 1));
            SplittableRandom random = new SplittableRandom(17);
            for (int i = 0; i < 10_000; i++) {
                double u = random.nextDouble();
                int k = table.sample(u);
                assertTrue(u < cdf.cumulativeProbability(k) || k == table.size() - 1, "u below cdf(k)");
                assertTrue(k == 0 || u >= cdf.cumulativeProbability(k - 1), "u at or above cdf(k-1)");
            }
        }
    }

    @Test
    void tableCoversTheTailBeyondDoublePrecision() {
        PoissonTable table = PoissonTable.of(0.025);
        // P(N >= 8) ≈ 0.025^8 / 8! ≈ 4e-18 < 1e-17; P(N >= 7) ≈ 1e-15 is still listed.
        assertEquals(8, table.size());
        assertEquals(0.9753099120283326, table.cdf(0), 1e-16);
        assertEquals(7, table.sample(Math.nextDown(1.0)));
    }

    @Test
    void zeroMeanAlwaysDrawsZero() {
        PoissonTable table = PoissonTable.of(0.0);
        assertEquals(0, table.sample(0.0));
        assertEquals(0, table.sample(Math.nextDown(1.0)));
    }
}
