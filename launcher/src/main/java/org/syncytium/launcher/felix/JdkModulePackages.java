package org.syncytium.launcher.felix;

import java.util.Optional;

/**
 * JDK packages outside {@code java.*} that bundles may import from the system bundle, added to
 * {@code org.osgi.framework.system.packages.extra} when this JVM has them: today the incubating
 * Vector API ({@code jdk.incubator.vector}, present when java was started with
 * {@code --add-modules jdk.incubator.vector}, as {@code ./syncytium} does), which hh_psc_alpha_gap's
 * {@code rkf45_simd} integrator imports optionally. Without it that import stays unwired and the
 * plugin falls back to its scalar integrator.
 */
public final class JdkModulePackages {

    static final String VECTOR_MODULE = "jdk.incubator.vector";
    static final String VECTOR_PACKAGE = "jdk.incubator.vector";

    private JdkModulePackages() {
    }

    /** {@code ",jdk.incubator.vector"} if the boot layer has the module, else "". */
    public static String extraClause() {
        Optional<Module> vector = ModuleLayer.boot().findModule(VECTOR_MODULE);
        return vector.isPresent() ? "," + VECTOR_PACKAGE : "";
    }
}
