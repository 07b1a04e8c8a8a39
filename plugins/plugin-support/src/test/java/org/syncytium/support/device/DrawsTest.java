package org.syncytium.support.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.syncytium.testkit.FakeRandomStream;

class DrawsTest {

    @Test
    void poissonCountsHaveTheMeanAndTheProbabilityOfZero() {
        for (double mean : new double[] {0.02, 0.3, 4.0, 1234.5}) {
            FakeRandomStream stream = new FakeRandomStream(42);
            int n = mean > 100 ? 4000 : 200_000;
            long sum = 0;
            long squares = 0;
            int zeros = 0;
            for (int k = 0; k < n; k++) {
                int c = Draws.poisson(stream, mean);
                sum += c;
                squares += (long) c * c;
                zeros += c == 0 ? 1 : 0;
            }
            double m = (double) sum / n;
            double variance = (double) squares / n - m * m;
            assertEquals(mean, m, 5 * Math.sqrt(mean / n), "mean " + mean);
            assertEquals(mean, variance, 0.05 * mean + 5 * Math.sqrt(2.0 / n) * mean, "variance " + mean);
            double p0 = Math.exp(-mean);
            assertEquals(p0, (double) zeros / n, 5 * Math.sqrt(p0 * (1 - p0) / n), "P(0) at " + mean);
        }
        assertEquals(0, Draws.poisson(new FakeRandomStream(1), 0.0));
    }

    @Test
    void normalDrawsAreStandard() {
        FakeRandomStream stream = new FakeRandomStream(7);
        int n = 200_000;
        double sum = 0;
        double squares = 0;
        for (int k = 0; k < n; k++) {
            double x = Draws.standardNormal(stream);
            sum += x;
            squares += x * x;
        }
        assertEquals(0.0, sum / n, 5 / Math.sqrt(n));
        assertEquals(1.0, squares / n, 5 * Math.sqrt(2.0 / n));
    }
}
