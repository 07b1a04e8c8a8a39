package org.syncytium.plugins.hh;

/**
 * Whether {@code rkf45_simd} can run here: the incubating Vector API ({@code jdk.incubator.vector})
 * must be resolvable by this bundle (the JVM started with {@code --add-modules jdk.incubator.vector}
 * and, under OSGi, the package exported by the system bundle) and vectors must hold at least two
 * doubles. Otherwise {@code rkf45_simd} runs its scalar twin (same results bit for bit, slower) and
 * says so once on standard error.
 */
final class VectorSupport {

    private static final String PROBLEM = probe();
    private static volatile boolean told;

    private VectorSupport() {
    }

    /** True if the vectorised lanes can be used. */
    static boolean available() {
        if (PROBLEM == null) {
            return true;
        }
        if (!told) {
            told = true;
            System.err.println("syncytium: hh_psc_alpha_gap: " + PROBLEM
                    + "; integrator rkf45_simd runs its scalar twin instead (the same results, slower)");
        }
        return false;
    }

    /** Why the vectorised lanes cannot be used, or null. */
    static String problem() {
        return PROBLEM;
    }

    /** Number of doubles per vector, or 0 without the Vector API. */
    static int lanes() {
        return PROBLEM == null ? Rkf45Simd.SPECIES.length() : 0;
    }

    private static String probe() {
        try {
            Class.forName("jdk.incubator.vector.DoubleVector", false, VectorSupport.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return "the Vector API (module jdk.incubator.vector) is not available; start java with "
                    + "--add-modules jdk.incubator.vector (./syncytium does)";
        }
        try {
            int lanes = Rkf45Simd.SPECIES.length();
            if (lanes < 2) {
                return "the Vector API holds only " + lanes + " double per vector on this machine";
            }
            return null;
        } catch (LinkageError | RuntimeException e) {
            return "the Vector API could not be initialised (" + e + ")";
        }
    }
}
