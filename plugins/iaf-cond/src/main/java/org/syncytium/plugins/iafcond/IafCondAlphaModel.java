package org.syncytium.plugins.iafcond;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;

/**
 * {@code iaf_cond_alpha}: NEST's leaky integrate-and-fire neuron with alpha-shaped conductances (a
 * spike of weight w nS raises dg by w·e/τ, so g peaks at w), integrated per step by GSL's RKF45
 * (absolute tolerance 1e-3, relative 0, the step size carried over); V_m is held at V_reset for
 * t_ref after a spike.
 */
@Component(service = NeuronModel.class)
public final class IafCondAlphaModel implements NeuronModel {

    static final String NAME = "iaf_cond_alpha";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "conductance-based leaky integrate-and-fire, alpha conductances, GSL RKF45";
    }

    @Override
    public ParameterSchema parameters() {
        return CondParameters.SCHEMA;
    }

    @Override
    public List<String> recordables() {
        return CondParameters.RECORDABLES;
    }

    @Override
    public boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public Population createPopulation(int size) {
        return new CondPopulation(this, size, true);
    }
}
