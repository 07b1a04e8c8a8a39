package org.syncytium.plugins.traub;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;

/**
 * {@code hh_cond_beta_gap_traub}: NEST's Hodgkin-Huxley neuron after Traub and Miles (1991) with
 * beta-shaped synaptic conductances and gap junctions. Spike weights are conductances in nS (the
 * peak of the beta function); a negative weight is inhibitory. See docs/models/hh_cond_beta_gap_traub.md.
 */
@Component(service = NeuronModel.class)
public final class TraubModel implements NeuronModel {

    /** Public no-arg constructor for Declarative Services and class-path use. */
    public TraubModel() {
    }

    @Override
    public String name() {
        return TraubParameters.MODEL;
    }

    @Override
    public String description() {
        return "Traub Hodgkin-Huxley neuron, beta-shaped conductances (weights in nS), gap junctions (NEST)";
    }

    @Override
    public ParameterSchema parameters() {
        return TraubParameters.SCHEMA;
    }

    @Override
    public List<String> recordables() {
        return List.of("V_m", "g_ex", "g_in", "Act_m", "Inact_h", "Act_n");
    }

    @Override
    public boolean supportsGapJunctions() {
        return true;
    }

    @Override
    public Population createPopulation(int size) {
        return new TraubPopulation(this, size);
    }
}
