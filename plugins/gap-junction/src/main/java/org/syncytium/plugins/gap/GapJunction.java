package org.syncytium.plugins.gap;

import org.syncytium.support.synapse.SynSpecValues;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.synapse.SynapseKind;
import org.syncytium.api.synapse.SynapseModel;

/**
 * {@code gap_junction}: an electrical coupling with conductance {@code weight} in nS (default 1.0,
 * unbounded, negative allowed as in NEST). It has no delay: the coupling is solved within each
 * slice by the coupling solver. Connections must come in mirrored pairs ({@code one_to_one} with
 * {@code make_symmetric: true}, or {@code all_to_all} within one collection); the kernel enforces it.
 */
@Component(service = SynapseModel.class)
public final class GapJunction implements SynapseModel {

    /** The model's NEST name. */
    public static final String NAME = "gap_junction";

    /** NEST's message for any attempt to give a gap junction a delay. */
    public static final String NO_DELAY = "gap_junction connection has no delay";

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.real("weight", 1.0, "nS", "gap-junction conductance g_ij"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "electrical synapse: conductance without delay, in symmetric pairs";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    @Override
    public SynapseKind kind() {
        return SynapseKind.GAP;
    }

    @Override
    public boolean hasDelay() {
        return false;
    }

    @Override
    public boolean requiresSymmetric() {
        return true;
    }

    @Override
    public void validate(String name, Object value) {
        // Checked before the schema lookup so that "delay" gets NEST's own message, not "unknown".
        if (name.equals("delay")) {
            throw new BadPropertyException(NAME, name, value, "is not allowed: " + NO_DELAY);
        }
        PARAMETERS.require(NAME, name);
        SynSpecValues.check(NAME, name, value, Double::isFinite, "must be a finite number");
    }
}
