package org.syncytium.plugins.multisynapse;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;

/**
 * {@code iaf_psc_alpha_multisynapse}: leaky integrate-and-fire neuron with an alpha-shaped synaptic
 * current per receptor (a spike of weight w pA on receptor k makes current k peak at w pA after
 * tau_syn[k]), integrated exactly on the time grid as NEST 3.10's model of the same name, with its
 * lower bound {@code V_min} of the membrane potential.
 */
@Component(service = NeuronModel.class)
public final class IafPscAlphaMultisynapseModel extends MultisynapseModel {

    static final String NAME = "iaf_psc_alpha_multisynapse";

    public IafPscAlphaMultisynapseModel() {
        super(NAME, true);
    }

    @Override
    public String description() {
        return "leaky integrate-and-fire, one alpha-shaped PSC per receptor (tau_syn list), exact integration";
    }

    @Override
    public Population createPopulation(int size) {
        return new AlphaMultisynapsePopulation(this, size);
    }
}
