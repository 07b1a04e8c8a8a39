package org.syncytium.plugins.hh;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * exp and log over arrays of doubles with the Vector API, deterministic: built only from IEEE
 * operations (+, −, ×, ÷, fused multiply-add, bit moves), each of which gives the same result in the
 * interpreter, C1 and C2, so the result of a lane does not depend on what the JIT did. The Vector API's
 * own {@code EXP}/{@code LOG} do: compiled by C2 they call SVML-style intrinsics, interpreted or
 * compiled by C1 they call {@link Math#exp}, and the two differ in the last place for a few per cent of
 * arguments, which made results depend on when the JIT reached the code.
 *
 * <ul>
 * <li>{@link #exp}: x = k·ln2 + r with fdlibm's two-part ln2 (|r| ≤ ½ln2), e^r by a minimax polynomial
 *     of degree 11 in Horner form with fused multiply-adds, times 2^k by exponent arithmetic. Within
 *     1 ulp of {@link StrictMath#exp} in the tests (as Math.exp, StrictMath.exp and glibc's exp are of the
 *     exact value), about 2.5× faster than fdlibm's rational form, which needs a division.
 *     {@link HhDynamics#twinExp} is the same computation for one double.</li>
 * <li>{@link #log}: x = 2^e·m, log m = 2 atanh((m−1)/(m+1)) as a short series, within a few ulp of
 *     {@link StrictMath#log}; only the step-size control uses it ({@link HhDynamics#seriesLog}).</li>
 * </ul>
 * Arrays rather than vector arguments: a vector passed to a method the JIT does not inline is boxed.
 */
final class VectorMath {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private static final double SAFE_ARGUMENT = VectorMathConstants.SAFE_ARGUMENT;
    private static final double O_THRESHOLD = VectorMathConstants.O_THRESHOLD;
    private static final double U_THRESHOLD = VectorMathConstants.U_THRESHOLD;
    private static final double LN2_HI = VectorMathConstants.LN2_HI;
    private static final double LN2_LO = VectorMathConstants.LN2_LO;
    private static final double INV_LN2 = VectorMathConstants.INV_LN2;
    private static final double TWO_M1000 = VectorMathConstants.TWO_M1000;
    private static final double MAGIC = VectorMathConstants.MAGIC;
    private static final long MAGIC_BITS = VectorMathConstants.MAGIC_BITS;

    private static final double SQRT2 = 1.41421356237309504880;
    private static final double LN2 = 0.693147180559945309417;

    private VectorMath() {
    }

    /**
     * {@code out[i] = exp(in[i])} for {@code i} in [0, length), length a multiple of the vector length
     * (see the class comment). Written out inside the loop: as a method of its own taking a vector it
     * would be too large for C2 to inline, and the vector would be boxed at every call.
     */
    static void exp(double[] in, double[] out, int length) {
        exp(in, out, 0, length);
    }

    /** {@code out[i] = exp(in[i])} for {@code i} in [offset, offset + length): see {@link #exp(double[], double[], int)}. */
    static void exp(double[] in, double[] out, int offset, int length) {
        exp(in, out, offset, length, false);
    }

    /**
     * {@code out[i] = exp(in[i])} for {@code i} in [offset, offset + length), as
     * {@link #exp(double[], double[], int, int)}; {@code inRange} promises that every argument has
     * |x| &lt; {@link VectorMathConstants#SAFE_ARGUMENT}, so each vector takes the normal-range path
     * without testing its lanes (the same bits: that path is the one the test would choose). The
     * integrator knows this from V once for all eight rate arguments of a vector of lanes.
     */
    static void exp(double[] in, double[] out, int offset, int length, boolean inRange) {
        final double[] c = VectorMathConstants.POLYNOMIAL;
        for (int i = offset; i < offset + length; i += S.length()) {
            final DoubleVector x = DoubleVector.fromArray(S, in, i);
            // k = round(x/ln2) by adding and subtracting 1.5·2^52 (a conversion is not vectorised by every JDK);
            // kMagic = k + 1.5·2^52 exactly, its bits are those of 1.5·2^52 plus k
            final DoubleVector kMagic = x.mul(INV_LN2).add(MAGIC);
            final DoubleVector k = kMagic.sub(MAGIC);
            // x − k·LN2_HI as one fused multiply-add: the product is exact, so the single rounding is the same
            final DoubleVector r = k.lanewise(VectorOperators.FMA, -LN2_HI, x).sub(k.mul(LN2_LO));
            DoubleVector p = DoubleVector.broadcast(S, c[11]);
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[10]));
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[9]));
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[8]));
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[7]));
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[6]));
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[5]));
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[4]));
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[3]));
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[2]));
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[1]));
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[0]));
            if (inRange || x.abs().compare(VectorOperators.LT, SAFE_ARGUMENT).allTrue()) {
                // every lane in the normal range (the integrator's case): 2^k by adding k to the exponent,
                // the same bits as the full path below, whose blends all leave such lanes unchanged. The
                // bits of kMagic shifted left by 52 are k·2^52 (those of 1.5·2^52 end in 52 zeros).
                p.reinterpretAsLongs().add(kMagic.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52))
                        .reinterpretAsDoubles().intoArray(out, i);
                continue;
            }
            // 2^k by adding k to the exponent; below k = −1021 add k + 1000 and multiply by 2^−1000
            final VectorMask<Double> deep = k.compare(VectorOperators.LT, -1021.0);
            final LongVector shift = k.add(DoubleVector.zero(S).blend(1000.0, deep)).add(MAGIC).reinterpretAsLongs()
                    .sub(MAGIC_BITS).lanewise(VectorOperators.LSHL, 52);
            p.reinterpretAsLongs().add(shift).reinterpretAsDoubles()
                    .mul(DoubleVector.broadcast(S, 1.0).blend(TWO_M1000, deep))
                    .blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, O_THRESHOLD))
                    .blend(0.0, x.compare(VectorOperators.LT, U_THRESHOLD))
                    .blend(x.add(x), x.compare(VectorOperators.NE, x))
                    .intoArray(out, i);
        }
    }

    /**
     * {@code out[i] = log(in[i])} for positive normal or infinite arguments: x = 2^e·m with m in
     * [√½, √2), log m = 2 atanh(s), s = (m − 1)/(m + 1) (see the class comment).
     */
    static void log(double[] in, double[] out, int length) {
        log(in, out, 0, length);
    }

    /** As {@link #log(double[], double[], int)} for {@code [offset, offset + length)}. */
    static void log(double[] in, double[] out, int offset, int length) {
        for (int i = offset; i < offset + length; i += S.length()) {
            final DoubleVector x = DoubleVector.fromArray(S, in, i);
            final LongVector bits = x.reinterpretAsLongs();
            // the biased exponent (0..2047) as a double: its bits added to those of 1.5·2^52, minus 1.5·2^52
            final DoubleVector exponent = bits.lanewise(VectorOperators.LSHR, 52).add(MAGIC_BITS).reinterpretAsDoubles()
                    .sub(MAGIC).sub(1023.0);
            DoubleVector m = bits.and(0x000fffffffffffffL).or(0x3ff0000000000000L).reinterpretAsDoubles();
            final VectorMask<Double> high = m.compare(VectorOperators.GT, SQRT2);
            m = m.blend(m.mul(0.5), high);
            final DoubleVector e = exponent.blend(exponent.add(1.0), high);
            final DoubleVector s = m.sub(1.0).div(m.add(1.0));
            final DoubleVector z = s.mul(s);
            // 2 (s + s^3/3 + ... + s^23/23): |s| < 0.1716, so the next term is below 1e-19 relative
            DoubleVector series = DoubleVector.broadcast(S, 1.0 / 23);
            series = series.mul(z).add(1.0 / 21);
            series = series.mul(z).add(1.0 / 19);
            series = series.mul(z).add(1.0 / 17);
            series = series.mul(z).add(1.0 / 15);
            series = series.mul(z).add(1.0 / 13);
            series = series.mul(z).add(1.0 / 11);
            series = series.mul(z).add(1.0 / 9);
            series = series.mul(z).add(1.0 / 7);
            series = series.mul(z).add(1.0 / 5);
            series = series.mul(z).add(1.0 / 3);
            final DoubleVector logM = s.mul(z).mul(series).add(s).mul(2.0);
            e.mul(LN2).add(logM).intoArray(out, i);
        }
    }
}
