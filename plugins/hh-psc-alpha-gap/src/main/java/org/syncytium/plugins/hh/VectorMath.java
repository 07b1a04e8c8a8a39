package org.syncytium.plugins.hh;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * exp and log over arrays of doubles with the Vector API, deterministic: built only from IEEE
 * operations (+, −, ×, ÷, conversions, bit moves), so the result of a lane is the same whatever the
 * JIT does. The Vector API's own {@code EXP}/{@code LOG} are not: compiled by C2 they call SVML-style
 * intrinsics, interpreted or compiled by C1 they call {@link Math#exp}, and the two differ in the last
 * place for a few per cent of arguments, which made results depend on when the JIT got to the code.
 *
 * <ul>
 * <li>{@link #exp} is fdlibm's {@code __ieee754_exp} operation for operation, i.e. bit for bit
 *     {@link StrictMath#exp} (error &lt; 1 ulp).</li>
 * <li>{@link #log} is a short series (x = 2^e·m, log m = 2 atanh((m−1)/(m+1))), within a few ulp of
 *     {@link StrictMath#log}; only the step-size control uses it.</li>
 * </ul>
 * Arrays rather than vector arguments: a vector passed to a method the JIT does not inline is boxed.
 */
final class VectorMath {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    // fdlibm e_exp.c constants
    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double U_THRESHOLD = -7.45133219101941108420e+02;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;
    private static final double TWO_M1000 = 9.33263618503218878990e-302;
    // fdlibm compares the high word of |x|; as doubles: hx > 0x3fd62e42, hx < 0x3FF0A2B2, hx < 0x3e300000
    private static final double HALF_LN2_BOUND = Double.longBitsToDouble(0x3fd62e43_00000000L);
    private static final double THREE_HALVES_LN2_BOUND = Double.longBitsToDouble(0x3ff0a2b2_00000000L);
    private static final double TINY_BOUND = Double.longBitsToDouble(0x3e300000_00000000L);

    /** 1.5·2^52: adding and subtracting it rounds to an integer; its bits plus n are n + 1.5·2^52. */
    private static final double MAGIC = 6755399441055744.0;
    private static final long MAGIC_BITS = Double.doubleToRawLongBits(MAGIC);

    private static final double SQRT2 = 1.41421356237309504880;
    private static final double LN2 = 0.693147180559945309417;

    private VectorMath() {
    }

    /**
     * {@code out[i] = exp(in[i])} for {@code i} in [0, length), length a multiple of the vector length:
     * fdlibm's {@code __ieee754_exp} on every lane. Written out inside the loop: as a method of its own
     * taking a vector it is too large for C2 to inline, and the vector would be boxed at every call.
     */
    static void exp(double[] in, double[] out, int length) {
        for (int i = 0; i < length; i += S.length()) {
            final DoubleVector x = DoubleVector.fromArray(S, in, i);
            final DoubleVector ax = x.abs();
            final VectorMask<Double> negative = x.compare(VectorOperators.LT, 0.0);
            // argument reduction x = k ln2 + r: |x| < 1.5 ln2 → k = ±1; larger → k = (int)(x/ln2 ± 1/2)
            final DoubleVector kNear = DoubleVector.broadcast(S, 1.0).blend(-1.0, negative);
            // (int) truncation without a conversion (not compiled to vector code by every JDK): round to
            // an integer by adding and subtracting 1.5·2^52, then step back towards zero where that went past
            final DoubleVector z = x.mul(INV_LN2).add(DoubleVector.broadcast(S, 0.5).blend(-0.5, negative));
            final DoubleVector rounded = z.add(MAGIC).sub(MAGIC);
            final DoubleVector kFar = rounded
                    .sub(DoubleVector.zero(S).blend(1.0, rounded.compare(VectorOperators.GT, z).and(z.compare(VectorOperators.GT, 0.0))))
                    .add(DoubleVector.zero(S).blend(1.0, rounded.compare(VectorOperators.LT, z).and(z.compare(VectorOperators.LT, 0.0))));
            final VectorMask<Double> near = ax.compare(VectorOperators.LT, THREE_HALVES_LN2_BOUND);
            final DoubleVector k = kFar.blend(kNear, near);
            // hi = x − k·ln2_hi (exact), lo = k·ln2_lo; for k = ±1 fdlibm writes x ∓ ln2_hi and ±ln2_lo
            final DoubleVector hiNear = x.sub(DoubleVector.broadcast(S, LN2_HI).blend(-LN2_HI, negative));
            final DoubleVector loNear = DoubleVector.broadcast(S, LN2_LO).blend(-LN2_LO, negative);
            final DoubleVector hi = x.sub(k.mul(LN2_HI)).blend(hiNear, near);
            final DoubleVector lo = k.mul(LN2_LO).blend(loNear, near);
            final VectorMask<Double> reduced = ax.compare(VectorOperators.GE, HALF_LN2_BOUND);
            final DoubleVector r = x.blend(hi.sub(lo), reduced);

            final DoubleVector t = r.mul(r);
            final DoubleVector c = r.sub(t.mul(t.mul(t.mul(t.mul(t.mul(P5).add(P4)).add(P3)).add(P2)).add(P1)));
            final DoubleVector one = DoubleVector.broadcast(S, 1.0);
            final DoubleVector rc = r.mul(c);
            final DoubleVector unscaled = one.sub(rc.div(c.sub(2.0)).sub(r));                                  // k == 0
            final DoubleVector y = one.sub(lo.sub(rc.div(DoubleVector.broadcast(S, 2.0).sub(c))).sub(hi)); // k != 0, × 2^k
            // 2^k by adding k to the exponent; below k = −1021 add k + 1000 and multiply by 2^−1000
            final VectorMask<Double> deep = k.compare(VectorOperators.LT, -1021.0);
            // the integer k from the low bits of k + 1.5·2^52 (exact for |k| < 2^51)
            final LongVector shift = k.add(DoubleVector.zero(S).blend(1000.0, deep)).add(MAGIC).reinterpretAsLongs()
                    .sub(MAGIC_BITS).lanewise(VectorOperators.LSHL, 52);
            final DoubleVector scaled = y.reinterpretAsLongs().add(shift).reinterpretAsDoubles()
                    .mul(one.blend(TWO_M1000, deep));

            DoubleVector result = scaled.blend(unscaled, ax.compare(VectorOperators.LT, HALF_LN2_BOUND));
            result = result.blend(one.add(x), ax.compare(VectorOperators.LT, TINY_BOUND));
            result = result.blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, O_THRESHOLD));
            result = result.blend(0.0, x.compare(VectorOperators.LT, U_THRESHOLD));
            result.blend(x.add(x), x.compare(VectorOperators.NE, x)).intoArray(out, i);
        }
    }

    /**
     * {@code out[i] = log(in[i])} for positive normal or infinite arguments: x = 2^e·m with m in
     * [√½, √2), log m = 2 atanh(s), s = (m − 1)/(m + 1) (see the class comment).
     */
    static void log(double[] in, double[] out, int length) {
        for (int i = 0; i < length; i += S.length()) {
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
