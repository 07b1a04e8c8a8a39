package org.syncytium.launcher.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BundleProblemsTest {

    @Test
    void missingPackageWithRange() {
        String felix = "Unable to resolve org.syncytium.core [12](R 12.0): missing requirement [org.syncytium.core [12](R 12.0)]"
                + " osgi.wiring.package; (&(osgi.wiring.package=com.google.inject)(version>=1.4.0)(!(version>=2.0.0)))"
                + " Unresolved requirements: [[org.syncytium.core [12](R 12.0)] osgi.wiring.package;"
                + " (&(osgi.wiring.package=com.google.inject)(version>=1.4.0)(!(version>=2.0.0)))]";
        assertEquals("missing package com.google.inject (version >= 1.4.0, version < 2.0.0)", BundleProblems.reason(felix));
    }

    @Test
    void causedByNamesTheDependency() {
        String felix = "Unable to resolve a [3](R 3.0): missing requirement [a [3](R 3.0)] osgi.wiring.package;"
                + " (osgi.wiring.package=b) [caused by: Unable to resolve b.bundle [4](R 4.0): missing requirement"
                + " [b.bundle [4](R 4.0)] osgi.wiring.package; (osgi.wiring.package=c.pkg)]";
        assertEquals("missing package c.pkg (needed by b.bundle, which it depends on)", BundleProblems.reason(felix));
    }

    @Test
    void unknownMessageKeepsFirstLine() {
        assertEquals("something odd", BundleProblems.reason("something odd\nmore"));
    }
}
