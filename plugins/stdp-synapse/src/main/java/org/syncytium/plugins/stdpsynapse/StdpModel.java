package org.syncytium.plugins.stdpsynapse;

import org.syncytium.api.synapse.PlasticSynapse;
import org.syncytium.api.synapse.SynapseKind;
import org.syncytium.support.synapse.SynSpecValues;

/**
 * What the STDP models of this bundle share: spike connections with a delay, not symmetric, one
 * hidden value (the last presynaptic spike's time), and the checks of their values.
 */
abstract class StdpModel implements PlasticSynapse {

    @Override
    public final SynapseKind kind() {
        return SynapseKind.SPIKE;
    }

    @Override
    public final boolean hasDelay() {
        return true;
    }

    @Override
    public final boolean requiresSymmetric() {
        return false;
    }

    @Override
    public final int hiddenState() {
        return 1;
    }

    @Override
    public final void validate(String name, Object value) {
        parameters().require(name(), name);
        switch (name) {
            case "delay" -> SynSpecValues.check(name(), name, value, d -> d > 0 && d < Double.POSITIVE_INFINITY,
                    "must be > 0 ms");
            case "tau_plus" -> SynSpecValues.check(name(), name, value, t -> t > 0 && t < Double.POSITIVE_INFINITY,
                    "must be > 0 ms");
            case "Kplus" -> SynSpecValues.check(name(), name, value,
                    k -> (k >= 0 || !kPlusNonNegative()) && Double.isFinite(k),
                    kPlusNonNegative() ? "must be non-negative (Kplus must be non-negative.)" : "must be a finite number");
            default -> SynSpecValues.check(name(), name, value, Double::isFinite, "must be a finite number");
        }
    }

    /** True if the model refuses a negative presynaptic trace (NEST's stdp_synapse does, its _hom variant not). */
    abstract boolean kPlusNonNegative();
}
