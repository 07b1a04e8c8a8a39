package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * VectorMath.exp equals its scalar twin bit for bit and is within 1 ulp of StrictMath.exp; VectorMath.log
 * equals its twin and is within a few ulp of StrictMath.log.
 */
class VectorMathTest {

    private static final int LANES = VectorSupport.lanes();

    private static double[] arguments(int count, SplittableRandom random, double from, double to) {
        double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = from + (to - from) * random.nextDouble();
        }
        return x;
    }

    @Test
    void expIsItsTwinBitForBitAndWithinOneUlp() {
        SplittableRandom random = new SplittableRandom(3);
        double worst = 0;
        double[][] ranges = {{-1, 1}, {-0.5, 0.5}, {-50, 50}, {-750, 750}, {-1e-7, 1e-7}, {-1e-9, 1e-9}, {700, 720}, {-760, -700}};
        for (double[] range : ranges) {
            // repeated so that the loop is also compiled by C2: results must not change with the JIT
            for (int round = 0; round < 30; round++) {
                double[] x = arguments(64 * LANES, random, range[0], range[1]);
                double[] y = new double[x.length];
                VectorMath.exp(x, y, x.length);
                for (int i = 0; i < x.length; i++) {
                    assertEquals(Double.doubleToRawLongBits(HhDynamics.twinExp(x[i])), Double.doubleToRawLongBits(y[i]),
                            "exp(" + x[i] + ")");
                    double exact = StrictMath.exp(x[i]);
                    if (exact > Double.MIN_NORMAL && exact < Double.MAX_VALUE) {
                        worst = Math.max(worst, Math.abs(y[i] - exact) / Math.ulp(exact));
                    }
                }
            }
        }
        double[] special = new double[8 * LANES];
        double[] values = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 709.782712893384,
            709.79, -745.1332191019411, -745.14, -708.5, -1000, 1000, 1.0, -1.0, 0.34657359027997264, 0.5 * Math.log(2) * 3,
            -0.34657359027997264, 1.0397207708399179, Double.MIN_VALUE, -Double.MIN_VALUE, 3.725290298461914e-9};
        for (int i = 0; i < special.length; i++) {
            special[i] = values[i % values.length];
        }
        double[] y = new double[special.length];
        VectorMath.exp(special, y, special.length);
        for (int i = 0; i < special.length; i++) {
            assertEquals(Double.doubleToRawLongBits(HhDynamics.twinExp(special[i])), Double.doubleToRawLongBits(y[i]),
                    "exp(" + special[i] + ")");
            double exact = StrictMath.exp(special[i]);
            if (Double.isNaN(exact) || Double.isInfinite(exact) || exact == 0.0 || exact == 1.0) {
                assertEquals(exact, y[i], 0.0, "exp(" + special[i] + ")");
            } else {
                assertTrue(Math.abs(y[i] - exact) <= Math.ulp(exact), "exp(" + special[i] + ") = " + y[i] + ", not " + exact);
            }
        }
        Report.line("VectorMath.exp vs StrictMath.exp: worst %.2f ulp (normal results)", worst);
        assertTrue(worst <= 2.0, "worst " + worst + " ulp");
    }

    @Test
    void logIsWithinAFewUlp() {
        SplittableRandom random = new SplittableRandom(5);
        double worst = 0;
        for (int round = 0; round < 30; round++) {
            double[] x = new double[64 * LANES];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.exp(-700 + 1400 * random.nextDouble()) * (round == 0 && i == 0 ? 0 : 1) + (i == 0 ? Double.MIN_NORMAL : 0);
            }
            double[] y = new double[x.length];
            VectorMath.log(x, y, x.length);
            for (int i = 0; i < x.length; i++) {
                assertEquals(Double.doubleToRawLongBits(HhDynamics.seriesLog(x[i])), Double.doubleToRawLongBits(y[i]));
                double expected = StrictMath.log(x[i]);
                worst = Math.max(worst, Math.abs(y[i] - expected) / Math.ulp(expected));
            }
        }
        Report.line("VectorMath.log vs StrictMath.log: worst %.1f ulp", worst);
        assertTrue(worst <= 4, "worst " + worst + " ulp");
    }
}
