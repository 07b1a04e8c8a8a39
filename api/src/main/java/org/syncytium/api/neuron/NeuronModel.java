package org.syncytium.api.neuron;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.syncytium.api.plugin.Extension;

/**
 * A neuron model such as {@code hh_psc_alpha_gap}, supplied by a plugin as an OSGi service.
 * {@link #parameters()} lists every per-neuron parameter and settable state variable (type
 * {@code REAL}, NEST names and units) plus population-wide options (type {@code STRING}, e.g.
 * {@code integrator}).
 */
@ConsumerType
public interface NeuronModel extends Extension {

    /** Names a multimeter may record, e.g. {@code V_m}, {@code I_syn_ex}. */
    List<String> recordables();

    /** True if neurons of this model send and receive gap-junction waveforms. */
    boolean supportsGapJunctions();

    /**
     * Makes {@code size} neurons in their default state, with default parameters.
     *
     * @param size number of neurons, {@code >= 1}
     */
    Population createPopulation(int size);
}
