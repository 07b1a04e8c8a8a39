package org.syncytium.plugins.traub;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code hh_cond_exp_traub}: NEST's Hodgkin-Huxley neuron after Traub and Miles (1991) with
 * exponentially decaying synaptic conductances (a spike of weight w nS raises g_ex by w, or g_in by
 * |w| if w &lt; 0), no gap junctions. See docs/models/hh_cond_exp_traub.md.
 */
@Component(service = NeuronModel.class)
public final class ExpTraubModel implements NeuronModel {

    static final String NAME = "hh_cond_exp_traub";

    /** Parameters, then the named state, in NEST's order; the column indices are in ExpTraubPopulation. */
    static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.real("g_Na", 20000.0, "nS", "sodium peak conductance"),
            ParameterSpec.real("g_K", 6000.0, "nS", "potassium peak conductance"),
            ParameterSpec.real("g_L", 10.0, "nS", "leak conductance"),
            ParameterSpec.real("C_m", 200.0, "pF", "membrane capacitance"),
            ParameterSpec.real("E_Na", 50.0, "mV", "sodium reversal potential"),
            ParameterSpec.real("E_K", -90.0, "mV", "potassium reversal potential"),
            ParameterSpec.real("E_L", -60.0, "mV", "leak reversal potential"),
            ParameterSpec.real("V_T", -63.0, "mV", "voltage offset of the rate functions; spikes at V_T + 30 mV"),
            ParameterSpec.real("E_ex", 0.0, "mV", "excitatory reversal potential"),
            ParameterSpec.real("E_in", -80.0, "mV", "inhibitory reversal potential"),
            ParameterSpec.real("tau_syn_ex", 5.0, "ms", "decay time of the excitatory conductance"),
            ParameterSpec.real("tau_syn_in", 10.0, "ms", "decay time of the inhibitory conductance"),
            ParameterSpec.real("t_ref", 2.0, "ms", "refractory period: no spike is detected for round(t_ref/h) steps"),
            ParameterSpec.real("I_e", 0.0, "pA", "constant external input current"),
            ParameterSpec.real("V_m", -60.0, "mV", "membrane potential (state; setting it leaves the gating variables unchanged)"),
            ParameterSpec.real("Act_m", Rates.initialM(-60.0), "", "sodium activation m (state)"),
            ParameterSpec.real("Inact_h", Rates.initialH(-60.0), "", "sodium inactivation h (state)"),
            ParameterSpec.real("Act_n", Rates.initialN(-60.0), "", "potassium activation n (state)"),
            ParameterSpec.real("g_ex", 0.0, "nS", "excitatory conductance (state)"),
            ParameterSpec.real("g_in", 0.0, "nS", "inhibitory conductance (state)"));

    /** Public no-arg constructor for Declarative Services and class-path use. */
    public ExpTraubModel() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Traub Hodgkin-Huxley neuron, exponential conductances (weights in nS), GSL RKF45";
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public List<String> recordables() {
        return List.of("V_m", "g_ex", "g_in", "Act_m", "Inact_h", "Act_n");
    }

    @Override
    public boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public Population createPopulation(int size) {
        return new ExpTraubPopulation(this, size);
    }
}
