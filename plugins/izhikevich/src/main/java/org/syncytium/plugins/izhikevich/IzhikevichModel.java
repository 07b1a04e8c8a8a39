package org.syncytium.plugins.izhikevich;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code izhikevich}: Izhikevich's simple spiking neuron as NEST 3.10 has it. Units are the model's
 * own (v and u in mV, time in ms, currents added to dv/dt as they are); spikes move v by their weight
 * (mV), current devices add their amplitude to I for the next step.
 */
@Component(service = NeuronModel.class)
public final class IzhikevichModel implements NeuronModel {

    static final String NAME = "izhikevich";

    static final int A = 0;
    static final int B = 1;
    static final int C = 2;
    static final int D = 3;
    static final int I_E = 4;
    static final int V_TH = 5;
    static final int V_MIN = 6;
    static final int CONSISTENT = 7;
    static final int V_M = 8;
    static final int U_M = 9;

    static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.real("a", 0.02, "", "time scale of the recovery variable u, 1/ms"),
            ParameterSpec.real("b", 0.2, "", "sensitivity of u to the subthreshold v"),
            ParameterSpec.real("c", -65.0, "mV", "after-spike reset value of v"),
            ParameterSpec.real("d", 8.0, "mV", "after-spike increment of u"),
            ParameterSpec.real("I_e", 0.0, "pA", "constant input current (added to dv/dt as it is)"),
            ParameterSpec.real("V_th", 30.0, "mV", "spike cut-off: v >= V_th resets"),
            ParameterSpec.real("V_min", -Double.MAX_VALUE, "mV", "lower bound of v"),
            ParameterSpec.bool("consistent_integration", true,
                    "true: forward Euler from the step's start values (NEST's default); false: the published two"
                            + " half steps of v (meant for h = 1 ms)"),
            ParameterSpec.real("V_m", -65.0, "mV", "membrane potential v (state)"),
            ParameterSpec.real("U_m", -13.0, "mV", "recovery variable u (state; NEST starts it at b times V_m's default)"));

    static final List<String> RECORDABLES = List.of("V_m", "U_m");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Izhikevich (2003) simple spiking neuron, NEST's Euler step";
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public List<String> recordables() {
        return RECORDABLES;
    }

    @Override
    public boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public Population createPopulation(int size) {
        return new IzhikevichPopulation(this, size);
    }
}
