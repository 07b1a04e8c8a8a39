package org.syncytium.plugins.iafcond;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;

/**
 * {@code iaf_cond_exp}: NEST's leaky integrate-and-fire neuron with exponentially decaying
 * conductances (a spike of weight w nS raises g by w), integrated per step by GSL's RKF45
 * (absolute tolerance 1e-3, relative 0, the step size carried over); V_m is held at V_reset for
 * t_ref after a spike.
 */
@Component(service = NeuronModel.class)
public final class IafCondExpModel extends CondModel {

    static final String NAME = "iaf_cond_exp";

    public IafCondExpModel() {
        super(NAME, "conductance-based leaky integrate-and-fire, exp conductances, GSL RKF45", CondKind.EXP);
    }
}
