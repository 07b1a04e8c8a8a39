package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * VectorMath.exp equals its scalar twin bit for bit and is within 1 ulp of StrictMath.exp; VectorMath.log
 * equals its twin and is within a few ulp of StrictMath.log. exp's fast path for vectors whose lanes are
 * all in the normal range gives the same bits as the full-range formula it short-cuts, kept here.
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

    /**
     * VectorMath.exp and twinExp as they were before the fast path (overflow, underflow, NaN and
     * deep-subnormal corrections applied to every lane): the new ones must give these bits for every input.
     */
    private static void fullRangeExp(double[] in, double[] out, int length) {
        final VectorSpecies<Double> s = DoubleVector.SPECIES_PREFERRED;
        final double[] c = VectorMathConstants.POLYNOMIAL;
        for (int i = 0; i < length; i += s.length()) {
            final DoubleVector x = DoubleVector.fromArray(s, in, i);
            final DoubleVector k = x.mul(VectorMathConstants.INV_LN2).add(VectorMathConstants.MAGIC).sub(VectorMathConstants.MAGIC);
            final DoubleVector r = x.sub(k.mul(VectorMathConstants.LN2_HI)).sub(k.mul(VectorMathConstants.LN2_LO));
            DoubleVector p = DoubleVector.broadcast(s, c[c.length - 1]);
            for (int j = c.length - 2; j >= 0; j--) {
                p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(s, c[j]));
            }
            final VectorMask<Double> deep = k.compare(VectorOperators.LT, -1021.0);
            final LongVector shift = k.add(DoubleVector.zero(s).blend(1000.0, deep)).add(VectorMathConstants.MAGIC)
                    .reinterpretAsLongs().sub(VectorMathConstants.MAGIC_BITS).lanewise(VectorOperators.LSHL, 52);
            p.reinterpretAsLongs().add(shift).reinterpretAsDoubles()
                    .mul(DoubleVector.broadcast(s, 1.0).blend(VectorMathConstants.TWO_M1000, deep))
                    .blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, VectorMathConstants.O_THRESHOLD))
                    .blend(0.0, x.compare(VectorOperators.LT, VectorMathConstants.U_THRESHOLD))
                    .blend(x.add(x), x.compare(VectorOperators.NE, x))
                    .intoArray(out, i);
        }
    }

    /** An argument drawn to reach every path: normal, near the thresholds, beyond them, special, any bits. */
    private static double edgeArgument(SplittableRandom random) {
        switch (random.nextInt(8)) {
            case 0:
                return -800 + 1600 * random.nextDouble();
            case 1:
                return (random.nextBoolean() ? 1 : -1) * (690 + 60 * random.nextDouble());
            case 2:
                return (random.nextBoolean() ? 1 : -1) * Math.nextAfter(VectorMathConstants.SAFE_ARGUMENT, random.nextInt(3) - 1.0);
            case 3:
                return -745.2 + 37.5 * random.nextDouble(); // subnormal and deep-subnormal results
            case 4:
                double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
                    Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, VectorMathConstants.O_THRESHOLD,
                    Math.nextUp(VectorMathConstants.O_THRESHOLD), VectorMathConstants.U_THRESHOLD,
                    Math.nextDown(VectorMathConstants.U_THRESHOLD), -1021.5 * Math.log(2), -1022 * Math.log(2)};
                return special[random.nextInt(special.length)];
            case 5:
                return Double.longBitsToDouble(random.nextLong()); // any bits, NaN payloads included
            default:
                return -40 + 80 * random.nextDouble(); // the integrator's arguments: every lane on the fast path
        }
    }

    @Test
    void fastPathGivesTheFullRangeBits() {
        SplittableRandom random = new SplittableRandom(11);
        int fast = 0;
        // repeated so that both loops are also compiled by C2
        for (int round = 0; round < 200; round++) {
            double[] x = new double[64 * LANES];
            for (int v = 0; v < x.length; v += LANES) {
                // whole vectors in the normal range (the fast path), or with edge arguments among normal ones
                boolean mixed = random.nextInt(3) == 0;
                for (int lane = 0; lane < LANES; lane++) {
                    x[v + lane] = mixed && random.nextInt(LANES) == 0 ? edgeArgument(random) : -60 + 120 * random.nextDouble();
                }
            }
            double[] expected = new double[x.length];
            double[] y = new double[x.length];
            fullRangeExp(x, expected, x.length);
            VectorMath.exp(x, y, x.length);
            for (int i = 0; i < x.length; i++) {
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(y[i]), "exp(" + x[i] + ")");
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(HhDynamics.twinExp(x[i])),
                        "twinExp(" + x[i] + ")");
                fast += Math.abs(x[i]) < VectorMathConstants.SAFE_ARGUMENT ? 1 : 0;
            }
        }
        for (int round = 0; round < 50; round++) {
            double[] x = new double[64 * LANES];
            for (int i = 0; i < x.length; i++) {
                x[i] = edgeArgument(random);
            }
            double[] expected = new double[x.length];
            double[] y = new double[x.length];
            fullRangeExp(x, expected, x.length);
            VectorMath.exp(x, y, x.length);
            for (int i = 0; i < x.length; i++) {
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(y[i]), "exp(" + x[i] + ")");
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(HhDynamics.twinExp(x[i])),
                        "twinExp(" + x[i] + ")");
            }
        }
        assertTrue(fast > 0);
    }

    @Test
    void theInRangePromiseGivesTheTestedBits() {
        SplittableRandom random = new SplittableRandom(5);
        double bound = Math.nextDown(VectorMathConstants.SAFE_ARGUMENT);
        // repeated so that the loop is also compiled by C2
        for (int round = 0; round < 200; round++) {
            double[] x = arguments(64 * LANES, random, -bound, bound);
            x[random.nextInt(x.length)] = random.nextBoolean() ? bound : -bound;
            double[] tested = new double[x.length];
            double[] promised = new double[x.length];
            VectorMath.exp(x, tested, 0, x.length, false);
            VectorMath.exp(x, promised, 0, x.length, true);
            for (int i = 0; i < x.length; i++) {
                assertEquals(Double.doubleToRawLongBits(tested[i]), Double.doubleToRawLongBits(promised[i]), "exp(" + x[i] + ")");
            }
        }
    }

    @Test
    void voltagesBelowTheBoundGiveRateArgumentsInTheNormalRange() {
        // the eight arguments as Rkf45Simd.rhs forms them, at the bound and just inside it
        for (double v : new double[] {HhDynamics.V_EXP_NORMAL, -HhDynamics.V_EXP_NORMAL,
                Math.nextDown(HhDynamics.V_EXP_NORMAL), -Math.nextDown(HhDynamics.V_EXP_NORMAL), 0.0}) {
            double[] x = {(v - 75.5) * HhDynamics.NEG_INV_13_5, v * HhDynamics.NEG_INV_42_248, v * HhDynamics.NEG_INV_24_186,
                (51.25 + v) * HhDynamics.NEG_INV_5_2, (v + 44.0) * HhDynamics.NEG_INV_2_3, (v + 44.0) * HhDynamics.NEG_INV_34,
                (v - 95.0) * HhDynamics.NEG_INV_11_8, v * HhDynamics.NEG_INV_22_222};
            for (double argument : x) {
                assertTrue(Math.abs(argument) < VectorMathConstants.SAFE_ARGUMENT, "V = " + v + " mV gives exp(" + argument + ")");
            }
        }
    }

    @Test
    void expOfAWindowTouchesOnlyTheWindow() {
        SplittableRandom random = new SplittableRandom(11);
        double[] x = arguments(6 * LANES, random, -30.0, 30.0);
        double[] all = new double[x.length];
        VectorMath.exp(x, all, x.length);
        double[] window = new double[x.length];
        java.util.Arrays.fill(window, -1.0);
        VectorMath.exp(x, window, 2 * LANES, 3 * LANES);
        for (int i = 0; i < x.length; i++) {
            boolean inside = i >= 2 * LANES && i < 5 * LANES;
            assertEquals(inside ? all[i] : -1.0, window[i], "element " + i);
        }
    }
}
