package org.syncytium.benchmarks.kernel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * What a 512-bit load that crosses a cache line costs this machine, in the access pattern of the WFR
 * gap sum (core's VectorGapSum): 500 rows of 80 doubles, each target adding g · row of its 60 random
 * partners, the rows read at a start offset of 0 to 7 doubles. A Java array's data starts 16 bytes
 * after an 8-byte-aligned object, so one of the eight offsets puts every row on 64-byte lines and the
 * other seven split each of its ten loads over two lines. Which one is aligned depends on where the
 * array landed; with {@code -XX:ObjectAlignmentInBytes=64} it is offset 6 in every run. A probe of
 * the machine, not of the kernel's code: a gap sum that read the rows on their lines was faster alone
 * and made the seed run slower (docs/performance.md, "What was tried", the line-aligned gap sum).
 *
 * <pre>
 * java --add-modules jdk.incubator.vector [-XX:ObjectAlignmentInBytes=64] \
 *     -cp benchmarks/target/classes org.syncytium.benchmarks.kernel.SplitLoadProbe
 * </pre>
 */
public final class SplitLoadProbe {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int ROWS = 500;
    private static final int STRIDE = 80;
    private static final int PARTNERS = 60;

    private SplitLoadProbe() {
    }

    public static void main(String[] args) {
        Random random = new Random(1);
        double[] rows = new double[ROWS * STRIDE + 8];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = random.nextDouble();
        }
        int[] partner = new int[ROWS * PARTNERS];
        double[] g = new double[ROWS * PARTNERS];
        for (int k = 0; k < partner.length; k++) {
            partner[k] = random.nextInt(ROWS);
            g[k] = random.nextDouble();
        }
        double[] sums = new double[ROWS * STRIDE];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int vectors = STRIDE / SPECIES.length();
        System.out.printf("java %s, %d-bit vectors; CPU ns per partner row (%d loads) at row offsets 0..7%n",
                Runtime.version(), SPECIES.vectorBitSize(), vectors);
        for (int round = 0; round < 6; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (int offset = 0; offset < 8; offset++) {
                long before = threads.getCurrentThreadCpuTime();
                for (int rep = 0; rep < 200; rep++) {
                    sum(rows, offset, partner, g, sums);
                }
                long spent = threads.getCurrentThreadCpuTime() - before;
                line.append(String.format(" %d: %.2f", offset, spent / 200.0 / (ROWS * PARTNERS)));
            }
            System.out.println(line);
        }
    }

    /** Every target's sum over its partners, one vector of the row at a time (ten accumulators). */
    private static void sum(double[] rows, int offset, int[] partner, double[] g, double[] sums) {
        int l = SPECIES.length();
        for (int t = 0; t < ROWS; t++) {
            for (int m = 0; m + 2 * l <= STRIDE; m += 2 * l) {
                DoubleVector a = DoubleVector.zero(SPECIES);
                DoubleVector b = a;
                for (int k = t * PARTNERS; k < (t + 1) * PARTNERS; k++) {
                    int at = offset + partner[k] * STRIDE + m;
                    DoubleVector w = DoubleVector.broadcast(SPECIES, g[k]);
                    a = a.add(w.mul(DoubleVector.fromArray(SPECIES, rows, at)));
                    b = b.add(w.mul(DoubleVector.fromArray(SPECIES, rows, at + l)));
                }
                a.intoArray(sums, t * STRIDE + m);
                b.intoArray(sums, t * STRIDE + m + l);
            }
        }
    }
}
