package org.syncytium.core.gap;

import org.syncytium.core.connect.GapTable;

/**
 * Picks the {@link GapSum}: vectorised where the incubating Vector API ({@code jdk.incubator.vector})
 * can be loaded and holds at least two doubles per vector (the JVM started with
 * {@code --add-modules jdk.incubator.vector}, as {@code ./syncytium} and the test runs do, and under
 * OSGi the package exported by the system bundle, which core imports optionally); otherwise the
 * scalar blocked sum. Both give the same bits, so the choice is silent: hh_psc_alpha_gap already
 * says once when the Vector API is missing.
 */
final class GapSums {
    private static final boolean VECTOR = probe();

    private GapSums() {
    }

    /** True if {@link #create} returns the vectorised sum. */
    static boolean vectorised() {
        return VECTOR;
    }

    /**
     * @param sources      where partners' waveforms are read, by population
     * @param populationOf population of each neuron index
     * @param rowOf        waveform row of each neuron index in its source array
     * @param single       the one source array of every partner, or null if there are several
     *                     (populations of one process); saves a look-up per partner
     */
    static GapSum create(GapTable gaps, double[][] sources, int[] populationOf, int[] rowOf, double[] single) {
        return VECTOR ? new VectorGapSum(gaps, sources, populationOf, rowOf, single)
                : new ScalarGapSum(gaps, sources, populationOf, rowOf);
    }

    /** The scalar twin, used until the vector sum is compiled ({@link GapWarmup}). */
    static GapSum scalar(GapTable gaps, double[][] sources, int[] populationOf, int[] rowOf) {
        return new ScalarGapSum(gaps, sources, populationOf, rowOf);
    }

    private static boolean probe() {
        try {
            Class.forName("jdk.incubator.vector.DoubleVector", false, GapSums.class.getClassLoader());
            return VectorGapSum.SPECIES.length() >= 2;
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            return false;
        }
    }
}
