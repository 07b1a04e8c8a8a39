package org.syncytium.plugins.staticsynapse;

import org.syncytium.support.synapse.SynSpecValues;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.synapse.SynapseKind;
import org.syncytium.api.synapse.SynapseModel;

/**
 * {@code static_synapse}: a spike connection with a fixed {@code weight} in pA (any finite real;
 * negative is inhibitory, default 1.0) and a {@code delay} in ms (finite, &gt; 0, default 1.0; the
 * kernel additionally requires at least one resolution step and rounds it to steps). NEST's
 * {@code static_synapse_hpc} ({@link Hpc}) is the same model under its own name (NEST's variant
 * differs in memory layout only).
 */
@Component(service = SynapseModel.class)
public class StaticSynapse implements SynapseModel {

    /** The model's NEST name. */
    public static final String NAME = "static_synapse";

    private final String name;

    public StaticSynapse() {
        this(NAME);
    }

    StaticSynapse(String name) {
        this.name = name;
    }

    /** {@code static_synapse_hpc}: the same model under the name NEST's HPC benchmark uses; not the default. */
    @Component(service = SynapseModel.class)
    public static final class Hpc extends StaticSynapse {
        public Hpc() {
            super(NAME + "_hpc");
        }
    }

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.real("weight", 1.0, "pA", "amplitude of the postsynaptic current per spike"),
            ParameterSpec.real("delay", 1.0, "ms", "transmission delay"));

    @Override
    public final String name() {
        return name;
    }

    @Override
    public String description() {
        return "spike synapse with fixed weight and delay";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    @Override
    public SynapseKind kind() {
        return SynapseKind.SPIKE;
    }

    @Override
    public boolean hasDelay() {
        return true;
    }

    @Override
    public boolean requiresSymmetric() {
        return false;
    }

    @Override
    public final void validate(String key, Object value) {
        PARAMETERS.require(name, key);
        if (key.equals("delay")) {
            SynSpecValues.check(name, key, value, d -> d > 0 && d < Double.POSITIVE_INFINITY, "must be > 0 ms");
        } else {
            SynSpecValues.check(name, key, value, Double::isFinite, "must be a finite number");
        }
    }

    /** NEST's default: {@code connect} without {@code synapse_model} makes static synapses. */
    @Override
    public boolean isDefault() {
        return name.equals(NAME);
    }
}
