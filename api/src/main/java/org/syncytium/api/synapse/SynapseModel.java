package org.syncytium.api.synapse;

import org.osgi.annotation.versioning.ConsumerType;
import org.syncytium.api.plugin.Extension;

/**
 * A synapse model such as {@code static_synapse} or {@code gap_junction}: what its connections carry
 * and which {@code syn_spec} parameters are allowed. {@link #parameters()} lists them with units
 * ({@code weight} in pA for current synapses or nS for gap junctions, {@code delay} in ms).
 * The kernel stores connections in compact arrays; the model decides what is legal.
 */
@ConsumerType
public interface SynapseModel extends Extension {

    /** Spike or gap junction. */
    SynapseKind kind();

    /** True if connections have a delay ({@code delay} ≥ resolution, rounded to steps). */
    boolean hasDelay();

    /**
     * True if connections must come in mirrored pairs with equal parameters ({@code make_symmetric},
     * or a rule that is symmetric by itself).
     */
    boolean requiresSymmetric();

    /**
     * Checks one {@code syn_spec} entry (other than {@code synapse_model}) before any connection is
     * made; e.g. {@code gap_junction} rejects {@code delay}.
     *
     * @throws org.syncytium.api.error.BadPropertyException if the entry is not allowed
     */
    void validate(String name, Object value);

    /**
     * True if this is the model {@code connect} uses when {@code syn_spec} names none (NEST's
     * {@code static_synapse}). The kernel names no model itself: it takes the installed model that
     * declares this (the first by name if several do).
     *
     * @since 1.1
     */
    default boolean isDefault() {
        return false;
    }

    /**
     * Other names of {@link #parameters()}, alias to parameter: a NESTML synapse model's weight
     * variable ({@code w}) beside {@code weight}, as NESTML's NEST target offers both. Front ends
     * accept an alias wherever they accept its parameter (not both in one request) and list both.
     *
     * @since 1.6
     */
    default java.util.Map<String, String> parameterAliases() {
        return java.util.Map.of();
    }
}
