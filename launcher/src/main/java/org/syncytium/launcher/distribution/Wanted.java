package org.syncytium.launcher.distribution;

/**
 * One extension a distribution must contain, as bundles declare it in
 * {@code Provide-Capability: org.syncytium.extension;point=...;name=...}.
 *
 * @param point {@code neuron_model}, {@code synapse_model}, {@code connection_rule},
 *              {@code stimulus_device}, {@code recorder} or {@code coupling_solver}
 * @param name  the NEST name, e.g. {@code hh_psc_alpha_gap}
 * @param why   where the need comes from, for messages (e.g. {@code "examples/x.yaml:31"})
 */
public record Wanted(String point, String name, String why) {

    /** The capability namespace plugin bundles declare their extensions in. */
    public static final String NAMESPACE = "org.syncytium.extension";

    /** Point {@code "model"}: a neuron model, stimulus device or recorder (what {@code create} takes). */
    public static final String MODEL = "model";
    /** Point {@code "extension"}: whatever point provides the name. */
    public static final String ANY = "extension";

    /** The OSGi filter that finds a provider. */
    String filter() {
        return switch (point) {
            case MODEL -> "(&(name=" + name + ")(|(point=neuron_model)(point=stimulus_device)(point=recorder)))";
            case ANY -> "(name=" + name + ")";
            default -> "(&(point=" + point + ")(name=" + name + "))";
        };
    }

    /** e.g. {@code neuron model hh_psc_alpha_gap}. */
    String describe() {
        return point.replace('_', ' ') + " " + name;
    }
}
