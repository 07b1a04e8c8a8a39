package org.syncytium.plugins.iafcond;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;

/**
 * {@code iaf_cond_beta}: NEST's leaky integrate-and-fire neuron with beta-shaped conductances (dg
 * decays with tau_decay, g with tau_rise; a spike of weight w nS raises dg by w times NEST's beta
 * normalisation, so g peaks at w), integrated per step by GSL's RKF45 (absolute tolerance 1e-3,
 * relative 0, the step size carried over); V_m is held at V_reset for t_ref after a spike.
 */
@Component(service = NeuronModel.class)
public final class IafCondBetaModel extends CondModel {

    static final String NAME = "iaf_cond_beta";

    public IafCondBetaModel() {
        super(NAME, "conductance-based leaky integrate-and-fire, beta conductances, GSL RKF45", CondKind.BETA);
    }
}
