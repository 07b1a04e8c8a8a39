package org.syncytium.plugins.aeif;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;

/**
 * {@code aeif_cond_beta_multisynapse}: NEST's adaptive exponential integrate-and-fire neuron with a
 * beta-shaped conductance per receptor (reversal potential {@code E_rev}, rise and decay times
 * {@code tau_rise}, {@code tau_decay}; a spike of weight w nS makes the conductance peak at w),
 * integrated by GSL's RKF45 as NEST 3.10 does.
 */
@Component(service = NeuronModel.class)
public final class AeifCondBetaMultisynapseModel extends AeifMultisynapseModel {

    public AeifCondBetaMultisynapseModel() {
        super("aeif_cond_beta_multisynapse", "adaptive exponential integrate-and-fire, a beta conductance per receptor",
                true);
    }
}
