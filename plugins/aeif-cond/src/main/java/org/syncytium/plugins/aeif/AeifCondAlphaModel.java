package org.syncytium.plugins.aeif;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;

/**
 * {@code aeif_cond_alpha}: NEST's adaptive exponential integrate-and-fire neuron with alpha-shaped
 * conductances (a spike of weight w nS raises dg by w·e/τ, so g peaks at w), GSL RKF45 with NEST's
 * step control.
 */
@Component(service = NeuronModel.class)
public final class AeifCondAlphaModel extends AeifModel {

    public AeifCondAlphaModel() {
        super("aeif_cond_alpha", "adaptive exponential integrate-and-fire, alpha conductances, GSL RKF45", true);
    }
}
