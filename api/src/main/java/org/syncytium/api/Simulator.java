package org.syncytium.api;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.syncytium.api.param.RandomParameter;

/**
 * One simulation kernel, used like PyNEST: {@code setKernelStatus}, {@code create},
 * {@code connect}, {@code simulate}. Kernel settings keep NEST's names and units:
 * {@code resolution} (ms), {@code rng_seed}, {@code total_num_virtual_procs},
 * {@code local_num_threads}, {@code print_time}, {@code use_wfr}, the coupling solver's settings
 * ({@code wfr_comm_interval} ms, {@code wfr_tol} mV, {@code wfr_max_iterations},
 * {@code wfr_interpolation_order}), and {@code coupling_solver} to swap solvers by name.
 * {@code min_delay} and {@code max_delay} (ms) report the delay extrema of the connections; set
 * together before any connection exists they fix them, as in NEST. Read-only entries include
 * {@code biological_time} (ms), {@code num_connections} and the solver's iteration statistics. Not
 * thread-safe: one thread drives a simulator; it runs its own worker threads.
 */
@ProviderType
public interface Simulator extends AutoCloseable {

    /** Changes kernel settings; validated together, nothing changes if one is bad. */
    void setKernelStatus(Map<String, ?> settings);

    /** All kernel settings and read-only entries. */
    Map<String, Object> getKernelStatus();

    /** One kernel entry; throws {@code UnknownNameException} with a suggestion if there is none. */
    Object getKernelStatus(String name);

    /** Creates {@code n} nodes of a neuron, device or recorder model with default parameters. */
    NodeCollection create(String model, int n);

    /**
     * Creates {@code n} nodes and sets parameters as {@link NodeCollection#set(Map)} does.
     *
     * @throws org.syncytium.api.error.UnknownNameException for a model that is not installed
     */
    NodeCollection create(String model, int n, Map<String, ?> parameters);

    /**
     * Connects as PyNEST's {@code Connect(pre, post, conn_spec, syn_spec)}. {@code connSpec} holds
     * {@code rule} (default {@code all_to_all}) and the rule's keys; {@code synSpec} holds
     * {@code synapse_model} (default {@code static_synapse}) and its parameters ({@code weight},
     * {@code delay}), each a scalar, a per-connection array or a random parameter.
     */
    void connect(NodeCollection pre, NodeCollection post, Map<String, ?> connSpec, Map<String, ?> synSpec);

    /**
     * Connects explicit node-id arrays pairwise ({@code sources[k] -> targets[k]}), as PyNEST's
     * {@code Connect} with arrays and {@code one_to_one}; {@code connSpec} may add
     * {@code make_symmetric}.
     */
    void connect(long[] sources, long[] targets, Map<String, ?> connSpec, Map<String, ?> synSpec);

    /**
     * The existing connections whose source is among {@code sources}, whose target is among
     * {@code targets} and whose synapse model is {@code synapseModel}, as PyNEST's
     * {@code GetConnections(source, target, synapse_model)}; a null argument does not filter.
     * Ordered by source; a neuron's or device's connections by target (those of one pair in creation
     * order), a recorder's in the order they were made, as NEST lists a multimeter's targets.
     *
     * @since 1.2
     */
    Connections getConnections(long[] sources, long[] targets, String synapseModel);

    /**
     * Changes {@code weight} (pA; nS for gap junctions) or {@code delay} (ms) of existing connections,
     * as PyNEST's {@code SynapseCollection.set}. Connection k runs from {@code sources[k]} to
     * {@code targets[k]}; {@code gap[k]} says whether it is a gap junction, and
     * {@code occurrences[k]} which of the connections of that kind between the two nodes it is
     * (0-based, in creation order, as {@link #getConnections} lists them). Every entry is checked
     * before anything changes. Recorder connections carry no weight or delay (they are accepted and stay
     * as they are); gap junctions have no delay.
     *
     * @throws org.syncytium.api.error.BadPropertyException for a key other than weight or delay, a
     *         non-finite weight or a delay that is not a positive multiple of the resolution
     * @throws org.syncytium.api.error.KernelException naming a connection that does not exist
     * @since 1.3
     */
    void setConnections(long[] sources, long[] targets, int[] occurrences, boolean[] gap, String key, double[] values);

    /**
     * Removes existing connections, as PyNEST's {@code Disconnect} and
     * {@code SynapseCollection.disconnect}; connection k is named as in {@link #setConnections}. All
     * are found before any is removed. {@code min_delay} and {@code max_delay} stay as they were (as
     * in NEST); the next {@code simulate} lays out the run anew.
     *
     * @throws org.syncytium.api.error.KernelException naming a connection that does not exist, or one
     *         named twice
     * @throws org.syncytium.api.error.NotImplementedException for gap junctions, and over several processes
     * @since 1.5
     */
    void disconnect(long[] sources, long[] targets, int[] occurrences, boolean[] gap);

    /**
     * One value of {@code parameter} that belongs to no node or connection, as PyNEST's
     * {@code Parameter.GetValue()}: drawn from the kernel's own stream for such values, which follows
     * {@code rng_seed}, starts again when a different seed is set, and continues from call to call.
     *
     * @return the value, in the unit of the parameter's arguments
     * @throws org.syncytium.api.error.BadPropertyException for arguments a distribution does not accept
     * @throws org.syncytium.api.error.KernelException if a {@code redraw} found no value within its bounds
     * @since 1.6
     */
    double drawValue(RandomParameter parameter);

    /**
     * Checks {@code parameters} of a neuron, device or recorder model as
     * {@code create(model, 1, parameters)} would, and creates nothing: PyNEST's {@code SetDefaults}
     * refuses a bad default when it is set, not at the next {@code Create}. Since 1.9 also of a synapse
     * model, as a {@code connect} with them as {@code syn_spec} would check them (a plastic model's values
     * together with the weight), connecting nothing.
     *
     * @throws org.syncytium.api.error.BadPropertyException for a value the model or the kernel refuses
     * @throws org.syncytium.api.error.UnknownNameException for an unknown model or parameter
     * @throws IllegalArgumentException for a random parameter (a default holds one value)
     * @since 1.6
     */
    void checkParameters(String model, Map<String, ?> parameters);

    /**
     * Makes {@code name} a synapse model of its own that stands for {@code existing} (an installed
     * synapse model or a copy made here) with {@code defaults} over the existing one's, as PyNEST's
     * {@code CopyModel} does for synapse models: {@code connect} takes the name as {@code synapse_model}
     * (the call's own {@code syn_spec} entries over the copy's defaults), and connections made under it
     * keep it: {@link #getConnections} lists them with that name and filters by it. The defaults are
     * checked as {@link #checkParameters} checks a synapse model's.
     *
     * @param defaults parameters as {@code syn_spec} takes them ({@code weight} pA, {@code delay} ms, a
     *                 model's own); one value each, no random parameter
     * @throws org.syncytium.api.error.UnknownNameException if {@code existing} is no synapse model
     * @throws org.syncytium.api.error.KernelException if a model named {@code name} exists already
     * @throws org.syncytium.api.error.BadPropertyException for a default the model refuses
     * @throws IllegalArgumentException for a random parameter
     * @since 1.10
     */
    void copySynapseModel(String existing, String name, Map<String, ?> defaults);

    /**
     * How many connections exist that were made under synapse model name {@code synapseModel}, over every
     * process, as PyNEST's {@code GetDefaults(model)["num_connections"]}: a copy's connections count
     * under the copy's name only; disconnected ones no longer count. 0 for a name no connection used.
     *
     * @since 1.10
     */
    long connectionCount(String synapseModel);

    /**
     * Places {@code nodes} in space (NEST's {@code Create(..., positions=...)}): node k of the
     * collection at {@code coordinates[k * dimensions ...]}, in a layer whose box starts at
     * {@code lowerLeft} and spans {@code extent}; with {@code edgeWrap} the box is a torus, and
     * displacements between its nodes take the shorter way round. Positions are read by spatial
     * parameters ({@link RandomParameter#distance}, {@link RandomParameter#position}) and masks.
     *
     * @param coordinates {@code nodes.size() * dimensions} numbers, in the unit the user chose (NEST: mm)
     * @param dimensions  2 or 3
     * @throws org.syncytium.api.error.BadPropertyException for another number of dimensions or
     *         coordinates, an extent that is not positive, or nodes placed already
     * @since 1.7
     */
    void setPositions(NodeCollection nodes, double[] coordinates, int dimensions, double[] lowerLeft, double[] extent,
            boolean edgeWrap);

    /**
     * True if {@code point} lies inside {@code mask}, a mask as {@code conn_spec}'s {@code mask} takes
     * it (PyNEST's {@code Mask.Inside}): one of {@code circular}, {@code rectangular}, {@code elliptical},
     * {@code doughnut} (2 dimensions), {@code spherical}, {@code box}, {@code ellipsoidal} (3), with
     * its parameters as a map, and an optional {@code anchor}; or a combination
     * {@code {"union" | "intersection" | "minus": [mask, mask]}}.
     *
     * @throws org.syncytium.api.error.BadPropertyException naming what is wrong with the mask
     * @since 1.7
     */
    boolean insideMask(Map<String, ?> mask, double[] point);

    /**
     * The value of {@code parameter} at each node of {@code nodes} (PyNEST's {@code Parameter.apply(nodes)}):
     * {@code position} values read the node's own position; drawn parts come from the kernel's stream
     * for values of no node or connection, as {@link #drawValue}.
     *
     * @throws org.syncytium.api.error.KernelException if a node has no position or a value needs a pair
     * @since 1.7
     */
    double[] evaluate(RandomParameter parameter, NodeCollection nodes);

    /**
     * The value of {@code parameter} for the pair of node {@code source} and each point of {@code targets}
     * ({@code dimensions} coordinates per point): PyNEST's {@code Parameter.apply(source, positions)},
     * for {@code distance} and {@code target_pos} values, measured in the source's layer.
     *
     * @throws org.syncytium.api.error.KernelException if the source has no position or the points
     *         another number of coordinates
     * @since 1.7
     */
    double[] evaluate(RandomParameter parameter, long source, double[] targets, int dimensions);

    /** Advances the network by {@code ms}; may be called repeatedly and continues where it stopped. */
    void simulate(double ms);

    /** Where progress goes while {@code print_time} is true; null for none. */
    void setProgressListener(ProgressListener listener);

    /** Closes recorder files and stops worker threads. */
    @Override
    void close();
}
