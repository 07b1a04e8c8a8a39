package org.syncytium.plugins.parrot;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;

/**
 * {@code parrot_neuron}: sends a spike for every spike that arrives, in the step it arrives (so one
 * connection delay later than its source), whatever the connection's weight, as NEST's. Used to
 * record or share what a generator sends each target (a Poisson train through parrots to several
 * neurons). It has no parameters and no state to record. Spikes on receptor 0 are repeated; those on
 * receptor 1 are not (NEST's port 1: a plastic connection ending there updates from the parrot's own
 * spikes without making it fire).
 */
@Component(service = NeuronModel.class)
public final class ParrotModel implements NeuronModel {

    static final String NAME = "parrot_neuron";

    /** Public no-arg constructor for Declarative Services and class-path use. */
    public ParrotModel() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "repeats every incoming spike, whatever its weight";
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of();
    }

    @Override
    public List<String> recordables() {
        return List.of();
    }

    @Override
    public boolean countsSpikes() {
        return true;
    }

    @Override
    public boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public Population createPopulation(int size) {
        return new ParrotPopulation(this, size);
    }
}
