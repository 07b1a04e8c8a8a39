package org.syncytium.plugins.hh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The cost of one deterministic exp (and log) lane of rkf45_simd, called as Rkf45Simd calls them: exp
 * over the eight rate-function rows of one vector of neurons, log over one row. {@code exp} is
 * VectorMath.exp as shipped, {@code expFullRange} the formula before the fast path and the degree-11
 * polynomial (every correction applied to every lane, degree-13 Taylor polynomial), kept here as the
 * baseline. Score = ns per call (eight rows of one vector for
 * exp, one row for log; a vector is 8 lanes with AVX-512). In hh's package because
 * VectorMath is package-private (the benchmarks run from the class path, not as bundles).
 *
 * <pre>
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java --add-modules jdk.incubator.vector \
 *     -cp "benchmarks/target/classes:$(cat benchmarks/cp.txt)" org.openjdk.jmh.Main VectorMathBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class VectorMathBenchmark {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    static final int ROWS = 8;
    /** Row sets cycled through, so that the loads are not of one hot line. */
    static final int SETS = 64;

    /** The eight exp arguments of the rate functions at membrane potentials between −80 and 40 mV. */
    @State(Scope.Thread)
    public static class Arguments {
        double[][] in = new double[SETS][ROWS * S.length()];
        double[][] ratios = new double[SETS][S.length()];
        double[] out = new double[ROWS * S.length()];
        int next;

        @Setup
        public void setUp() {
            SplittableRandom random = new SplittableRandom(17);
            int n = S.length();
            for (int set = 0; set < SETS; set++) {
                for (int lane = 0; lane < n; lane++) {
                    double v = -80 + 120 * random.nextDouble();
                    double[] x = {-(v - 75.5) / 13.5, v / 42.248, v / 24.186, -(51.25 + v) / 5.2, -(v + 44.0) / 2.3,
                        (v + 44.0) / 34.0, -(v - 95.0) / 11.8, v / 22.222};
                    for (int row = 0; row < ROWS; row++) {
                        in[set][row * n + lane] = x[row];
                    }
                    ratios[set][lane] = Math.exp(-20 + 25 * random.nextDouble());
                }
            }
        }

        double[] nextRows() {
            next = (next + 1) & (SETS - 1);
            return in[next];
        }
    }

    @Benchmark
    public double[] exp(Arguments a) {
        VectorMath.exp(a.nextRows(), a.out, a.out.length);
        return a.out;
    }

    @Benchmark
    public double[] expFullRange(Arguments a) {
        fullRangeExp(a.nextRows(), a.out, a.out.length);
        return a.out;
    }

    @Benchmark
    public double[] log(Arguments a) {
        a.next = (a.next + 1) & (SETS - 1);
        VectorMath.log(a.ratios[a.next], a.out, S.length());
        return a.out;
    }

    /** 1/j!, j = 0..13: the baseline's polynomial. */
    private static final double[] TAYLOR = new double[14];

    static {
        double factorial = 1;
        for (int j = 0; j < TAYLOR.length; j++) {
            factorial *= Math.max(j, 1);
            TAYLOR[j] = 1 / factorial;
        }
    }

    /**
     * VectorMath.exp before this round (degree-13 Taylor polynomial, every correction applied to every
     * lane): the baseline.
     */
    static void fullRangeExp(double[] in, double[] out, int length) {
        final double[] c = TAYLOR;
        for (int i = 0; i < length; i += S.length()) {
            final DoubleVector x = DoubleVector.fromArray(S, in, i);
            final DoubleVector k = x.mul(VectorMathConstants.INV_LN2).add(VectorMathConstants.MAGIC).sub(VectorMathConstants.MAGIC);
            final DoubleVector r = x.sub(k.mul(VectorMathConstants.LN2_HI)).sub(k.mul(VectorMathConstants.LN2_LO));
            DoubleVector p = DoubleVector.broadcast(S, c[13]);
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[12]));
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(S, c[11]));
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
            final VectorMask<Double> deep = k.compare(VectorOperators.LT, -1021.0);
            final LongVector shift = k.add(DoubleVector.zero(S).blend(1000.0, deep)).add(VectorMathConstants.MAGIC)
                    .reinterpretAsLongs().sub(VectorMathConstants.MAGIC_BITS).lanewise(VectorOperators.LSHL, 52);
            p.reinterpretAsLongs().add(shift).reinterpretAsDoubles()
                    .mul(DoubleVector.broadcast(S, 1.0).blend(VectorMathConstants.TWO_M1000, deep))
                    .blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, VectorMathConstants.O_THRESHOLD))
                    .blend(0.0, x.compare(VectorOperators.LT, VectorMathConstants.U_THRESHOLD))
                    .blend(x.add(x), x.compare(VectorOperators.NE, x))
                    .intoArray(out, i);
        }
    }
}
