package org.syncytium.plugins.aeif;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;

/**
 * {@code aeif_cond_exp}: NEST's adaptive exponential integrate-and-fire neuron with exponentially decaying
 * conductances (a spike of weight w nS raises g by w), GSL RKF45 with NEST's step control.
 */
@Component(service = NeuronModel.class)
public final class AeifCondExpModel extends AeifModel {

    public AeifCondExpModel() {
        super("aeif_cond_exp", "adaptive exponential integrate-and-fire, exp conductances, GSL RKF45", false);
    }
}
