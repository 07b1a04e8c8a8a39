package org.syncytium.plugins.nestml.runtime;

import java.util.List;

/**
 * What the kernel and users see of a compiled NESTML synapse model.
 *
 * @param modelName   the name connections use ({@code synapse_model})
 * @param line        line of {@code model NAME:} in the file
 * @param file        source file, for messages
 * @param visible     the per-connection values users set and list, in storage order
 * @param common      the parameters declared {@code @homogeneous}, common to the model's connections (stored after those)
 * @param weight      the variable that is NEST's {@code weight}, with its unit
 * @param delay       the variable that reads the connection's delay (ms), or null
 * @param constraints the declarations' constraints {@code [[...]]}, in file order
 * @param postsynaptic true if the model handles its target's spikes
 * @param postTraces  how many state variables only the postsynaptic handler assigns (NESTML's traces kept in the neuron)
 * @param description one line for listings
 */
public record SynapseLayout(String modelName, int line, String file, List<Value> visible, List<Value> common, Value weight,
        String delay,
        List<Constraint> constraints, boolean postsynaptic, int postTraces, String description) {

    /**
     * One variable.
     *
     * @param name        as in the file
     * @param unit        unit text as declared, empty for real, integer and boolean
     * @param description the comment at the end of the declaration's line, or what it is
     */
    public record Value(String name, String unit, String description) {
    }

    /**
     * A constraint of a declaration.
     *
     * @param variable the declared variable
     * @param text     "file:line: [[expression]]"
     */
    public record Constraint(String variable, String text) {
    }
}
