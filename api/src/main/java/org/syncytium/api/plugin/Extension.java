package org.syncytium.api.plugin;

import org.osgi.annotation.versioning.ConsumerType;
import org.syncytium.api.param.ParameterSchema;

/**
 * What every extension (neuron model, synapse model, connection rule, stimulus device, recorder,
 * coupling solver) tells the kernel and the user about itself. Extensions are OSGi services; the
 * kernel finds them by {@link #name()}.
 */
@ConsumerType
public interface Extension {

    /** The NEST name users type, e.g. {@code "hh_psc_alpha_gap"}, {@code "fixed_indegree"}. */
    String name();

    /** One line for {@code syncytium models}. */
    String description();

    /** Parameters with types, units and defaults; empty if there are none. */
    ParameterSchema parameters();
}
