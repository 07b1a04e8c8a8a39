package org.syncytium.support.neuron;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.param.ParameterSpec;

/**
 * The parameters NEST's current-based leaky integrate-and-fire models share, with NEST 3.10's names,
 * units and defaults, in one order: {@code C_m} (pF), {@code tau_m} (ms), {@code t_ref} (ms),
 * {@code E_L}, {@code V_reset}, {@code V_th} (mV) and {@code I_e} (pA). A model adds its own.
 */
public final class LifSpecs {

    private LifSpecs() {
    }

    /** The shared parameters, as a new list the caller may extend. */
    public static List<ParameterSpec> membrane() {
        return new ArrayList<>(List.of(
                ParameterSpec.real("C_m", 250.0, "pF", "membrane capacitance"),
                ParameterSpec.real("tau_m", 10.0, "ms", "membrane time constant"),
                ParameterSpec.real("t_ref", 2.0, "ms", "absolute refractory period"),
                ParameterSpec.real("E_L", -70.0, "mV", "resting potential"),
                ParameterSpec.real("V_reset", -70.0, "mV", "reset potential"),
                ParameterSpec.real("V_th", -55.0, "mV", "spike threshold"),
                ParameterSpec.real("I_e", 0.0, "pA", "constant input current")));
    }
}
