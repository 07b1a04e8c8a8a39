package org.syncytium.plugins.multisynapse;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;

/**
 * {@code iaf_psc_exp_multisynapse}: leaky integrate-and-fire neuron with an exponentially decaying
 * synaptic current per receptor (a spike of weight w pA on receptor k raises current k by w),
 * integrated exactly on the time grid as NEST 3.10's model of the same name.
 */
@Component(service = NeuronModel.class)
public final class IafPscExpMultisynapseModel extends MultisynapseModel {

    static final String NAME = "iaf_psc_exp_multisynapse";

    public IafPscExpMultisynapseModel() {
        super(NAME, false);
    }

    @Override
    public String description() {
        return "leaky integrate-and-fire, one exponential PSC per receptor (tau_syn list), exact integration";
    }

    @Override
    public Population createPopulation(int size) {
        return new ExpMultisynapsePopulation(this, size);
    }
}
