package org.syncytium.api.neuron;

import java.util.List;
import java.util.Map;

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

    /**
     * The model's spike receptor types by name, as NEST's {@code receptor_types}: each name maps to
     * a receptor number from 1 to {@link #spikeReceptors()}; several names may share one number
     * (NESTML pairs an excitatory and an inhibitory port on one receptor). Empty (the default) for
     * a model with one receptor, which takes spikes on receptor 0 only, split by the sign of the
     * weight ({@link SliceIO#spikeExcitatory()}, {@link SliceIO#spikeInhibitory()}).
     *
     * @since 1.6
     */
    default Map<String, Integer> receptorTypes() {
        return Map.of();
    }

    /**
     * Number R of spike receptors: 0 for a model with one receptor (connections use
     * {@code receptor_type} 0), otherwise connections use receptor types 1 to R and receptor 0 is
     * refused, as NEST's multi-receptor models do. The default is the largest number in
     * {@link #receptorTypes()}.
     *
     * @since 1.6
     */
    default int spikeReceptors() {
        int r = 0;
        for (int number : receptorTypes().values()) {
            r = Math.max(r, number);
        }
        return r;
    }

    /**
     * True for a model with numbered receptors that takes each receptor's spikes as one sum of both
     * signs, as NEST's {@code *_multisynapse} models do (one buffer per receptor): the kernel then
     * delivers all of receptor r's weights in {@link SliceIO#spikeExcitatory(int)}, and
     * {@link SliceIO#spikeInhibitory(int)} stays 0 (the model need not read it), which spares it
     * filling a second array per receptor. False (the default): split by the sign of the weight.
     *
     * @since 1.10
     */
    default boolean sumsReceptorSigns() {
        return false;
    }

    /**
     * True for a model that {@linkplain #sumsReceptorSigns() sums receptor signs} and reads the spike
     * input of all its receptors from one array, {@link SliceIO#spikeReceptors()}, a neuron's
     * receptors side by side at each step: the kernel then fills that array instead of one per
     * receptor, and a loop over a neuron's receptors at one step reads consecutive values (which the
     * JIT vectorises). {@link SliceIO#spikeExcitatory(int)} then has no arrays for receptors 1 to R.
     * False (the default): one array per receptor.
     *
     * @since 1.11
     */
    default boolean readsReceptorsSideBySide() {
        return false;
    }

    /**
     * True for a model that counts incoming spikes rather than weighing them, as NEST's
     * {@code parrot_neuron}: the kernel then delivers each spike as its multiplicity (1 for a neuron's
     * spike, the count for a device's) to {@link SliceIO#spikeExcitatory()}, whatever the connection's
     * weight. False (the default) for every model that integrates its input.
     *
     * <p>Since 1.8 such a model takes spikes on receptor types 0 and 1; those on receptor 1 are not
     * counted (NEST's {@code parrot_neuron}: its port 1 lets plastic connections end on a parrot, whose
     * spike history they read, without the parrot repeating their spikes).
     *
     * @since 1.7
     */
    default boolean countsSpikes() {
        return false;
    }

    /** True if neurons of this model send and receive gap-junction waveforms. */
    boolean supportsGapJunctions();

    /**
     * Makes {@code size} neurons in their default state, with default parameters.
     *
     * @param size number of neurons, {@code >= 1}
     */
    Population createPopulation(int size);
}
