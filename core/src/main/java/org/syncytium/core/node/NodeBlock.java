package org.syncytium.core.node;

import java.util.List;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.record.Recording;

/**
 * The nodes of one {@code create} call: ids {@code firstId .. firstId + size - 1}, one model. A
 * neuron block's neurons have consecutive global neuron indices from {@link #neuronOffset()}; its
 * {@link Population} holds only the neurons this process owns, [{@link #ownedFrom()},
 * {@link #ownedTo()}) of the block, as population indices 0 .. ownedCount − 1 (a process that owns
 * none keeps a one-neuron stand-in that is never updated, so population-wide options and
 * recordables still have a home). A device or recorder block owns one plugin object per node, with
 * consecutive kernel-wide device or recorder indices from {@link #deviceOffset()}.
 */
public final class NodeBlock {
    private final NodeKind kind;
    private final Extension model;
    private final long firstId;
    private final int size;
    private final Population population;
    private final int populationIndex;
    private final int neuronOffset;
    private final List<Stimulus> stimuli;
    private final List<Recording> recordings;
    private final int deviceOffset;
    private final int ownedFrom;
    private final int ownedTo;

    private NodeBlock(NodeKind kind, Extension model, long firstId, int size, Population population,
            int populationIndex, int neuronOffset, List<Stimulus> stimuli, List<Recording> recordings,
            int deviceOffset, int ownedFrom, int ownedTo) {
        this.kind = kind;
        this.model = model;
        this.firstId = firstId;
        this.size = size;
        this.population = population;
        this.populationIndex = populationIndex;
        this.neuronOffset = neuronOffset;
        this.stimuli = stimuli;
        this.recordings = recordings;
        this.deviceOffset = deviceOffset;
        this.ownedFrom = ownedFrom;
        this.ownedTo = ownedTo;
    }

    static NodeBlock neurons(NeuronModel model, long firstId, int size, Population population, int populationIndex,
            int neuronOffset, int ownedFrom, int ownedTo) {
        return new NodeBlock(NodeKind.NEURON, model, firstId, size, population, populationIndex, neuronOffset,
                List.of(), List.of(), -1, ownedFrom, ownedTo);
    }

    static NodeBlock stimuli(StimulusDevice model, long firstId, List<Stimulus> stimuli, int deviceOffset) {
        return new NodeBlock(NodeKind.STIMULUS, model, firstId, stimuli.size(), null, -1, -1, List.copyOf(stimuli),
                List.of(), deviceOffset, 0, stimuli.size());
    }

    static NodeBlock recorders(Recorder model, long firstId, List<Recording> recordings, int recorderOffset) {
        return new NodeBlock(NodeKind.RECORDER, model, firstId, recordings.size(), null, -1, -1, List.of(),
                List.copyOf(recordings), recorderOffset, 0, recordings.size());
    }

    public NodeKind kind() {
        return kind;
    }

    /** The extension that made the nodes. */
    public Extension model() {
        return model;
    }

    /** The model's name, e.g. {@code "hh_psc_alpha_gap"}. */
    public String modelName() {
        return model.name();
    }

    public long firstId() {
        return firstId;
    }

    /** Last node id, inclusive. */
    public long lastId() {
        return firstId + size - 1;
    }

    public int size() {
        return size;
    }

    /** True if {@code id} belongs to this block. */
    public boolean contains(long id) {
        return id >= firstId && id < firstId + size;
    }

    /** Position of node {@code id} in this block. */
    public int local(long id) {
        return (int) (id - firstId);
    }

    /**
     * The population of the neurons this process owns (neuron blocks only): population index
     * {@code i} is block position {@code ownedFrom() + i}.
     */
    public Population population() {
        return population;
    }

    /** First block position this process owns (every position for devices and recorders). */
    public int ownedFrom() {
        return ownedFrom;
    }

    /** End (exclusive) of the block positions this process owns. */
    public int ownedTo() {
        return ownedTo;
    }

    /** Number of neurons this process owns and updates. */
    public int ownedCount() {
        return ownedTo - ownedFrom;
    }

    /** True if this process owns block position {@code position}. */
    public boolean owns(int position) {
        return position >= ownedFrom && position < ownedTo;
    }

    /** Index among the kernel's populations, in creation order (neuron blocks only). */
    public int populationIndex() {
        return populationIndex;
    }

    /** Global neuron index of the first neuron (neuron blocks only). */
    public int neuronOffset() {
        return neuronOffset;
    }

    /** The devices (stimulus blocks only). */
    public List<Stimulus> stimuli() {
        return stimuli;
    }

    /** The recordings (recorder blocks only). */
    public List<Recording> recordings() {
        return recordings;
    }

    /** Kernel-wide index of the first device or recorder of the block. */
    public int deviceOffset() {
        return deviceOffset;
    }

    /** {@code "nodes 1..500"} or {@code "node 501"}, for messages. */
    public String idRange() {
        return size == 1 ? "node " + firstId : "nodes " + firstId + ".." + lastId();
    }
}
