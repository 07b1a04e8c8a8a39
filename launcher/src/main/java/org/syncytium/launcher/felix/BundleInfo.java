package org.syncytium.launcher.felix;

import org.osgi.framework.Bundle;

/**
 * What {@code syncytium bundles} shows of one bundle.
 *
 * @param id           framework bundle id
 * @param symbolicName Bundle-SymbolicName ({@code "?"} for a jar without one)
 * @param version      Bundle-Version
 * @param state        INSTALLED, RESOLVED, STARTING, STOPPING, ACTIVE or UNINSTALLED
 * @param location     where it was installed from
 */
public record BundleInfo(long id, String symbolicName, String version, String state, String location) {

    /** A snapshot of {@code bundle}. */
    public static BundleInfo of(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return new BundleInfo(bundle.getBundleId(), name == null ? "?" : name,
                bundle.getVersion().toString(), stateName(bundle.getState()), bundle.getLocation());
    }

    /** True when the bundle runs (or is a fragment attached to a host, which never becomes ACTIVE). */
    public boolean active() {
        return "ACTIVE".equals(state);
    }

    /** OSGi's state constant as a word. */
    public static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "UNKNOWN(" + state + ")";
        };
    }
}
