package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** VectorMath.exp is fdlibm's exp bit for bit (StrictMath.exp); VectorMath.log is within a few ulp. */
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
    void expIsStrictMathExpBitForBit() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] ranges = {{-1, 1}, {-0.5, 0.5}, {-50, 50}, {-750, 750}, {-1e-7, 1e-7}, {-1e-9, 1e-9}, {700, 720}, {-760, -700}};
        for (double[] range : ranges) {
            // repeated so that the loop is also compiled by C2: results must not change with the JIT
            for (int round = 0; round < 30; round++) {
                double[] x = arguments(64 * LANES, random, range[0], range[1]);
                double[] y = new double[x.length];
                VectorMath.exp(x, y, x.length);
                for (int i = 0; i < x.length; i++) {
                    assertEquals(Double.doubleToRawLongBits(StrictMath.exp(x[i])), Double.doubleToRawLongBits(y[i]),
                            "exp(" + x[i] + ")");
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
            assertEquals(Double.doubleToRawLongBits(StrictMath.exp(special[i])), Double.doubleToRawLongBits(y[i]),
                    "exp(" + special[i] + ")");
        }
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
                double expected = StrictMath.log(x[i]);
                worst = Math.max(worst, Math.abs(y[i] - expected) / Math.ulp(expected));
            }
        }
        Report.line("VectorMath.log vs StrictMath.log: worst %.1f ulp", worst);
        assertTrue(worst <= 4, "worst " + worst + " ulp");
    }
}
