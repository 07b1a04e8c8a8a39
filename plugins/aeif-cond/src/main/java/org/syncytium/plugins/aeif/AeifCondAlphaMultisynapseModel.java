package org.syncytium.plugins.aeif;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;

/**
 * {@code aeif_cond_alpha_multisynapse}: NEST's adaptive exponential integrate-and-fire neuron with an
 * alpha-shaped conductance per receptor (reversal potential {@code E_rev}, time constant
 * {@code tau_syn}; a spike of weight w nS makes the conductance peak at w), integrated by GSL's RKF45
 * as NEST 3.10 does.
 */
@Component(service = NeuronModel.class)
public final class AeifCondAlphaMultisynapseModel extends AeifMultisynapseModel {

    public AeifCondAlphaMultisynapseModel() {
        super("aeif_cond_alpha_multisynapse", "adaptive exponential integrate-and-fire, an alpha conductance per receptor",
                false);
    }
}
