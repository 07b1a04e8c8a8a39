package org.syncytium.plugins.hh;

import java.util.Locale;

/** Prints measured deviations from NEST's data so that the build log documents them. */
final class Report {

    private Report() {
    }

    static void line(String format, Object... args) {
        String integrator = TestIntegrator.integrator == null ? "" : "(" + TestIntegrator.integrator + ") ";
        System.out.println("[hh_psc_alpha_gap validation] " + integrator + String.format(Locale.ROOT, format, args));
    }
}
