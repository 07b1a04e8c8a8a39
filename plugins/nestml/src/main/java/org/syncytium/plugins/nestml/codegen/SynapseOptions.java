package org.syncytium.plugins.nestml.codegen;

import java.util.List;
import java.util.Map;

/**
 * NESTML's code generator options for synapse models: {@code synapse_models} (names that are synapse
 * models whatever their ending), {@code weight_variable} and
 * {@code delay_variable} (model name to variable name) and the postsynaptic ports named in
 * {@code neuron_synapse_pairs} ({@code post_ports}). Without them, a synapse's weight is its variable
 * decorated {@code @nest::weight}, else {@code w}; its delay variable the one decorated
 * {@code @nest::delay}, else none; and its spike ports whose names start with {@code post} are
 * postsynaptic.
 */
public record SynapseOptions(Map<String, String> weightVariables, Map<String, String> delayVariables, List<String> postPorts,
        List<String> synapseModels) {

    /** No options. */
    public static final SynapseOptions NONE = new SynapseOptions(Map.of(), Map.of(), List.of(), List.of());

    /**
     * True if {@code model} is a synapse model: NESTML's rule, its name before any {@code _with_} ends in
     * {@code synapse}, or the option {@code synapse_models} lists it.
     */
    public boolean isSynapse(String model) {
        String base = model.split("_with_")[0].replaceAll("_+$", "");
        return base.endsWith("synapse") || synapseModels.contains(model);
    }

    /** The weight variable the options name for {@code model}, or null. */
    String weightVariable(String model) {
        return weightVariables.get(model);
    }

    /** The delay variable of {@code model}, or null. */
    String delayVariable(String model) {
        return delayVariables.get(model);
    }

    /** True if spike port {@code port} receives the postsynaptic neuron's spikes. */
    boolean isPostPort(String port) {
        return postPorts.isEmpty() ? port.startsWith("post") : postPorts.contains(port);
    }
}
