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
    /**
     * e^r ≈ Σ c_j r^j, j = 0..11, on |r| ≤ ½ln2: the polynomial of least maximum relative error with
     * c_0 = c_1 = 1 (Remez exchange in 80-digit arithmetic, benchmarks/scripts/exp_minimax.py), the others
     * rounded to the nearest double.
     * Relative error with these doubles below 1.3e-17 (0.1 ulp); the degree-13 Taylor polynomial it
     * replaces reached 5e-18 with two more fused multiply-adds.
     */
    static final double[] POLYNOMIAL = {
        1.0, 1.0, 0.5000000000000011, 0.16666666666666413, 0.04166666666653063, 0.008333333333493911,
        0.0013888888943489578, 0.0001984126950743188, 2.4801493260571337e-05, 2.7557585925178396e-06,
        2.7630185658464534e-07, 2.500010227294032e-08,
    };

    private VectorMathConstants() {
    }
}
