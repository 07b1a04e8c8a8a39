package org.syncytium.plugins.hh;

/**
 * The constants of VectorMath's exp, in a class that does not need the Vector API, so that the
 * scalar twin (HhDynamics.twinExp) can use them on a JVM without it.
 */
final class VectorMathConstants {

    /**
     * Below this |x| the result is normal, k = round(x/ln2) lies in [−1010, 1010] and none of the
     * overflow, underflow, NaN or deep-subnormal corrections changes it: exp skips them (same bits).
     */
    static final double SAFE_ARGUMENT = 700.0;
    static final double O_THRESHOLD = 7.09782712893383973096e+02;
    static final double U_THRESHOLD = -7.45133219101941108420e+02;
    /** fdlibm's ln2 split: LN2_HI has 32 trailing zero bits, so k·LN2_HI is exact for |k| < 2^20. */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    static final double INV_LN2 = 1.44269504088896338700e+00;
    static final double TWO_M1000 = 9.33263618503218878990e-302;
    /** 1.5·2^52: adding and subtracting it rounds to an integer; its bits plus n are n + 1.5·2^52. */
    static final double MAGIC = 6755399441055744.0;
    static final long MAGIC_BITS = Double.doubleToRawLongBits(MAGIC);
    /** 1/j! for j = 0..13: the Taylor polynomial of e^r, |r| ≤ ½ln2 (remainder below 5e-18, 0.05 ulp). */
    static final double[] TAYLOR = taylor();

    private VectorMathConstants() {
    }

    private static double[] taylor() {
        double[] c = new double[14];
        double factorial = 1;
        for (int j = 0; j < c.length; j++) {
            factorial *= Math.max(j, 1);
            c[j] = 1.0 / factorial;
        }
        return c;
    }
}
