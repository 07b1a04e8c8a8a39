package org.syncytium.api.neuron;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The neurons of one {@code create} call, as structure-of-arrays state owned by the model plugin.
 * The kernel calls the update methods from several threads at once on disjoint neuron ranges
 * {@code [from, to)}; an update must not allocate and must touch only those neurons.
 */
@ConsumerType
public interface Population {

    /** The model that made this population. */
    NeuronModel model();

    /** Number of neurons. */
    int size();

    /**
     * A parameter or state variable of neuron {@code i}, in the unit listed by the model.
     *
     * @throws org.syncytium.api.error.UnknownNameException for an unknown name
     */
    double get(String name, int i);

    /**
     * Checks new values for neuron {@code i} together (rules may involve several parameters)
     * without changing anything.
     *
     * @throws org.syncytium.api.error.BadPropertyException naming model, parameter, value and rule
     * @throws org.syncytium.api.error.UnknownNameException for an unknown name, with a suggestion
     */
    void validate(int i, String[] names, double[] values);

    /** Validates as {@link #validate} and then sets all values for neuron {@code i}, or none. */
    void set(int i, String[] names, double[] values);

    /**
     * A list-valued parameter or state variable of neuron {@code i} (a {@code REAL_LIST} entry of the
     * model's schema, e.g. a NESTML vector {@code x[N]}), as a copy in the unit listed by the model.
     * The default refuses: models without list entries need not implement it.
     *
     * @throws org.syncytium.api.error.BadPropertyException if {@code name} is not a list entry
     * @since api.neuron 1.9
     */
    default double[] getList(String name, int i) {
        throw new org.syncytium.api.error.BadPropertyException(model().name(), name, null, "is not a list");
    }

    /**
     * Checks scalar and list values for neuron {@code i} together without changing anything: a list
     * may have to match a size that a scalar in the same call changes. The default takes scalars only.
     *
     * @param listNames names of {@code REAL_LIST} entries
     * @param lists     their new values, one array per name, in the unit listed by the model
     * @since api.neuron 1.9
     */
    default void validate(int i, String[] names, double[] values, String[] listNames, double[][] lists) {
        if (listNames.length > 0) {
            throw new org.syncytium.api.error.BadPropertyException(model().name(), listNames[0], null,
                    "is not a list entry of this model");
        }
        validate(i, names, values);
    }

    /**
     * Validates as {@link #validate(int, String[], double[], String[], double[][])} and then sets all
     * values for neuron {@code i}, or none.
     *
     * @since api.neuron 1.9
     */
    default void set(int i, String[] names, double[] values, String[] listNames, double[][] lists) {
        validate(i, names, values, listNames, lists);
        set(i, names, values);
    }

    /**
     * The kernel's clock (resolution, tics per ms, current step), handed to the population when the
     * kernel makes it, for models that place times on the grid as they are set, as NEST's
     * {@code spike_train_injector} does. The default ignores it.
     *
     * @since api.neuron 1.10
     */
    default void attach(org.syncytium.api.device.DeviceClock clock) {
    }

    /** A population-wide option such as {@code integrator}. */
    String option(String name);

    /** Sets a population-wide option, validated; throws {@code BadPropertyException} if not allowed. */
    void setOption(String name, String value);

    /**
     * Number of spike receptors of neuron {@code i}: connections onto it use receptor types 1 to this
     * number. For models whose count is set per neuron, as NEST's {@code *_multisynapse} models (the
     * length of their {@code tau_syn} list), it may differ from {@link NeuronModel#spikeReceptors()},
     * which then only says that the model has numbered receptors (it is &gt; 0). The default is the
     * model's count.
     *
     * @since api.neuron 1.10
     */
    default int spikeReceptors(int i) {
        return model().spikeReceptors();
    }

    /**
     * The kernel is about to store a spike connection onto receptor {@code receptor} of neuron
     * {@code i}, checked against {@link #spikeReceptors(int)} (NEST's {@code handles_test_event}). A
     * model whose receptor count is set per neuron notes it: as NEST's, it refuses to change the
     * count of a neuron that has connections. Called from one thread at a time. The default does
     * nothing.
     *
     * @since api.neuron 1.10
     */
    default void receptorConnected(int i, int receptor) {
    }

    /**
     * The names neuron {@code i} can record, for its status (NEST's per-node {@code recordables}): the
     * model's list, or for models whose receptors are numbered per neuron one name per receptor more.
     * The default is {@link NeuronModel#recordables()}.
     *
     * @since api.neuron 1.10
     */
    default java.util.List<String> recordables(int i) {
        return model().recordables();
    }

    /**
     * Index of a recordable, or -1 if it is not one: of a name in {@link NeuronModel#recordables()}, or
     * since 1.10 of a name the population adds for its own neurons (NEST's {@code *_multisynapse}
     * models record {@code I_syn_1} to {@code I_syn_n} for n receptors).
     */
    int recordableIndex(String name);

    /** Current value of recordable {@code index} of neuron {@code i}. */
    double recordable(int index, int i);

    /** Precomputes what depends on the run's timing (propagators, refractory steps, buffers). */
    void prepare(RunContext context);

    /**
     * The real update of neurons {@code [from, to)} over steps {@code [firstStep, endStep)} of the
     * slice: integrates, consumes spike and current input, detects spikes, samples, and publishes the
     * constant-extrapolation waveform if gap-coupled.
     *
     * @throws org.syncytium.api.error.NumericalInstabilityException if a state becomes non-finite
     */
    void update(int from, int to, SliceIO io);

    /**
     * A trial pass for waveform relaxation over the whole slice: integrates neurons {@code [from, to)}
     * with the current gap input, reads spike input without consuming it, emits no spikes and samples
     * nothing, publishes the waveform polynomials, and restores the state it started from (the
     * adaptive step size may carry over, as in NEST).
     *
     * @param tolerance wfr_tol in mV
     * @return true if no neuron's V at the end of any step moved by more than {@code tolerance}
     *         since the previous trial pass of this slice (always false for the first pass)
     */
    boolean trialUpdate(int from, int to, SliceIO io, double tolerance);

    /**
     * A trial pass as {@link #trialUpdate(int, int, SliceIO, double)} for the listed neurons only,
     * {@code neurons[start]}, ..., {@code neurons[end - 1]} (ascending, all inside the range the
     * kernel gave this thread). The others are skipped: their state, their published waveform and
     * their previous-pass voltages stay as they were. The kernel uses it when the coupling solver
     * skips neurons whose gap input has not changed (WFR work skipping), so a model that integrates
     * several neurons at once (SIMD lanes) can fill its lanes from the list. The default runs
     * {@link #trialUpdate(int, int, SliceIO, double)} over each run of consecutive indices.
     *
     * @param tolerance wfr_tol in mV
     * @return true if no listed neuron's V at the end of any step moved by more than {@code tolerance}
     *         since its previous trial pass of this slice
     * @since 1.2
     */
    default boolean trialUpdate(int[] neurons, int start, int end, SliceIO io, double tolerance) {
        boolean converged = true;
        int k = start;
        while (k < end) {
            int first = neurons[k];
            int last = first;
            k++;
            while (k < end && neurons[k] == last + 1) {
                last++;
                k++;
            }
            // no short-circuit: every run must do its pass
            converged = trialUpdate(first, last + 1, io, tolerance) && converged;
        }
        return converged;
    }

    /**
     * True if {@link #trialUpdate(NeuronQueue, SliceIO, double)} takes neurons one at a time at no
     * extra cost (a model that refills SIMD lanes neuron by neuron, or a scalar loop): then the kernel
     * lets the worker threads share each trial pass through a {@link NeuronQueue} instead of giving
     * each a fixed range, so that none waits for another at the pass's end. The default, false,
     * keeps fixed ranges, which suits a model that works best on a whole range at once.
     *
     * @since 1.4
     */
    default boolean sharesTrialPasses() {
        return false;
    }

    /**
     * A trial pass as {@link #trialUpdate(int, int, SliceIO, double)} for the neurons the queue hands
     * out, taken until it returns -1. Several threads run it at once on the same population and
     * slice, each with its own queue over the same pass; each neuron goes to exactly one of them,
     * so a neuron's result must not depend on which thread or lane integrates it, nor on what else
     * that thread integrates. The default integrates each neuron on its own through
     * {@link #trialUpdate(int, int, SliceIO, double)}.
     *
     * @param tolerance wfr_tol in mV
     * @return true if no neuron this call integrated moved by more than {@code tolerance} at the end of
     *         any step since its previous trial pass of this slice
     * @since 1.4
     */
    default boolean trialUpdate(NeuronQueue queue, SliceIO io, double tolerance) {
        boolean converged = true;
        for (int i = queue.next(); i >= 0; i = queue.next()) {
            // no short-circuit: every neuron must do its pass
            converged = trialUpdate(i, i + 1, io, tolerance) && converged;
        }
        return converged;
    }

    /**
     * What neuron {@code i}'s last update or trial pass cost, in any unit the model keeps the same
     * for all its neurons (for example integration attempts), or 0 if it does not know. The kernel
     * hands the costliest neurons of a shared pass first ({@link NeuronQueue}), so that the pass ends
     * on cheap ones. Read between passes only.
     *
     * @since 1.4
     */
    default int passCost(int i) {
        return 0;
    }

    /**
     * The membrane potential in mV neuron {@code i} publishes to its gap-junction partners as the
     * constant extrapolation when the kernel has to re-publish (after re-planning a run mid-way).
     * The default reads state variable {@code V_m} if the model lists it, else 0.
     *
     * @since 1.1
     */
    default double gapVoltage(int i) {
        return model().parameters().contains("V_m") ? get("V_m", i) : 0.0;
    }
}
