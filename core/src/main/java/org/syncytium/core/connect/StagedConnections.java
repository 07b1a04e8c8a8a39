package org.syncytium.core.connect;

import java.util.List;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.error.IllegalConnectionException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.record.RecordedKind;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.synapse.SynapseKind;
import org.syncytium.core.node.NodeBlock;
import org.syncytium.core.node.NodeKind;
import org.syncytium.core.util.DoubleList;
import org.syncytium.core.util.IntList;
import org.syncytium.core.util.LongList;

/**
 * The connections of one connect call, classified and checked before any is stored, so that a call
 * that fails half-way changes nothing. The endpoint kinds decide what a connection means: neuron →
 * neuron carries spikes, device → neuron stimulates, neuron → spike recorder records spikes, a
 * spike-emitting device → spike recorder records the device's own trains, multimeter → neuron
 * samples state, and gap junctions join two gap-capable neurons.
 */
final class StagedConnections {
    static final int NEURON_SPIKE = 0;
    static final int DEVICE = 1;
    static final int SPIKE_RECORDING = 2;
    static final int SAMPLING = 3;
    static final int GAP = 4;
    static final int DEVICE_RECORDING = 5;

    final IntList codes;
    final IntList sources;
    final IntList targets;
    final LongList targetIds;
    final DoubleList weights;
    final IntList delays;
    final IntList receptors;

    StagedConnections(int capacity) {
        codes = new IntList(capacity);
        sources = new IntList(capacity);
        targets = new IntList(capacity);
        targetIds = new LongList(capacity);
        weights = new DoubleList(capacity);
        delays = new IntList(capacity);
        receptors = new IntList(capacity);
    }

    int size() {
        return codes.size();
    }

    /**
     * Classifies and stages one connection.
     *
     * @throws IllegalConnectionException naming the node and model that cannot take part
     */
    void add(NodeBlock sourceBlock, long source, NodeBlock targetBlock, long target, SynapseKind kind,
            double weight, int delaySteps, int receptor) {
        int code = classify(sourceBlock, source, targetBlock, target, kind);
        checkReceptor(code, sourceBlock, targetBlock, target, receptor);
        codes.add(code);
        sources.add(sourceIndex(code, sourceBlock, source));
        targets.add(targetIndex(code, targetBlock, target));
        targetIds.add(target);
        weights.add(weight);
        delays.add(delaySteps);
        receptors.add(receptor);
    }

    /**
     * Checks that a connection of kind {@code code} may deliver to {@code receptor}, as NEST's
     * {@code handles_test_event}: spikes into a model with R receptors use 1 to R, into any other
     * model 0; currents, gap junctions and recorder links use 0.
     *
     * @throws IllegalConnectionException naming the receptor type, the target and what it accepts
     */
    static void checkReceptor(int code, NodeBlock sourceBlock, NodeBlock targetBlock, long target, int receptor) {
        boolean spikes = code == NEURON_SPIKE || (code == DEVICE && emitsSpikes(sourceBlock));
        if (!spikes) {
            if (receptor != 0) {
                throw new IllegalConnectionException("receptor type " + receptor + " is not available here"
                        + describe(targetBlock, target) + ": only spike connections into neurons choose a receptor;"
                        + " use receptor_type 0");
            }
            return;
        }
        NeuronModel model = (NeuronModel) targetBlock.model();
        if (model.countsSpikes()) {
            if (receptor != 0 && receptor != 1) {
                throw new IllegalConnectionException("receptor type " + receptor + " is not available in node " + target
                        + " (" + targetBlock.modelName() + "): it takes spikes on 0 (repeated) and 1 (not repeated)");
            }
            return;
        }
        boolean numbered = model.spikeReceptors() > 0;
        // the neuron's own count (a model may number its receptors per neuron); the
        // process that owns the neuron checks it, the others know only the population's neurons they own
        int position = targetBlock.local(target);
        int count = !numbered ? 0 : targetBlock.owns(position)
                ? targetBlock.population().spikeReceptors(position - targetBlock.ownedFrom()) : Integer.MAX_VALUE;
        if (numbered ? receptor < 1 || receptor > count : receptor != 0) {
            throw new IllegalConnectionException("receptor type " + receptor + " is not available in node " + target
                    + " (" + targetBlock.modelName() + "): " + (!numbered ? "its model has one receptor, 0"
                    : count == 0 ? "it has no receptors (its receptor list is empty)"
                    : (count == model.spikeReceptors() && !model.receptorTypes().isEmpty()
                            ? "its model's receptor types are " + names(model) : "its receptor types are 1 to " + count)
                    + (receptor == 0 ? " (NEST's models with several receptors have no receptor 0)" : "")));
        }
    }

    private static String names(NeuronModel model) {
        StringBuilder text = new StringBuilder();
        model.receptorTypes().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
                .forEach(e -> text.append(text.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue()));
        return text.length() == 0 ? "1 to " + model.spikeReceptors() : text.toString();
    }

    /**
     * What a connection from {@code source} to {@code target} means ({@link #NEURON_SPIKE}, ...). It
     * depends on the two nodes' blocks and the synapse kind only, so every pair of one connect call
     * between two blocks has the same.
     *
     * @throws IllegalConnectionException naming the node and model that cannot take part
     */
    static int classify(NodeBlock sourceBlock, long source, NodeBlock targetBlock, long target, SynapseKind kind) {
        if (kind == SynapseKind.GAP) {
            if (!gapCapable(sourceBlock)) {
                throw new IllegalConnectionException("The source node does not support gap junction output"
                        + describe(sourceBlock, source) + ".");
            }
            if (!gapCapable(targetBlock)) {
                throw new IllegalConnectionException("The target node or synapse model does not support gap junction"
                        + " input" + describe(targetBlock, target) + ".");
            }
            return GAP;
        }
        if (sourceBlock.kind() == NodeKind.NEURON && targetBlock.kind() == NodeKind.NEURON) {
            return NEURON_SPIKE;
        }
        if (sourceBlock.kind() == NodeKind.STIMULUS && targetBlock.kind() == NodeKind.NEURON) {
            return DEVICE;
        }
        if (sourceBlock.kind() == NodeKind.NEURON && recorderKind(targetBlock) == RecordedKind.SPIKES) {
            return SPIKE_RECORDING;
        }
        if (emitsSpikes(sourceBlock) && recorderKind(targetBlock) == RecordedKind.SPIKES) {
            return DEVICE_RECORDING;
        }
        if (recorderKind(sourceBlock) == RecordedKind.STATE && (targetBlock.kind() == NodeKind.NEURON
                || targetBlock.kind() == NodeKind.STIMULUS && !recordables(targetBlock).isEmpty())) {
            return SAMPLING;
        }
        throw new IllegalConnectionException(illegal(sourceBlock, source, targetBlock, target));
    }

    /** The source's index in the table of {@code code}: a neuron index, or a device's for devices and recorders. */
    static int sourceIndex(int code, NodeBlock block, long source) {
        return code == DEVICE || code == SAMPLING || code == DEVICE_RECORDING ? block.deviceOffset() + block.local(source)
                : neuronIndex(block, source);
    }

    /**
     * The target's index in the table of {@code code}: a neuron index, or a recorder's; a multimeter's
     * device target as −1 − its device index (the sample links hold both kinds of node).
     */
    static int targetIndex(int code, NodeBlock block, long target) {
        if (code == SAMPLING && block.kind() == NodeKind.STIMULUS) {
            return sampledDevice(block.deviceOffset() + block.local(target));
        }
        return code == SPIKE_RECORDING || code == DEVICE_RECORDING ? block.deviceOffset() + block.local(target)
                : neuronIndex(block, target);
    }

    /** A sample link's target index for device {@code device} (kernel-wide device index): −1 − device. */
    public static int sampledDevice(int device) {
        return -1 - device;
    }

    /** What a multimeter may record from the devices of {@code block} (none: it cannot connect). */
    public static List<String> recordables(NodeBlock block) {
        return ((StimulusDevice) block.model()).recordables();
    }

    private static boolean emitsSpikes(NodeBlock block) {
        return block.kind() == NodeKind.STIMULUS && ((StimulusDevice) block.model()).kind() == StimulusKind.SPIKES;
    }

    private static boolean gapCapable(NodeBlock block) {
        return block.kind() == NodeKind.NEURON && ((NeuronModel) block.model()).supportsGapJunctions();
    }

    private static int neuronIndex(NodeBlock block, long id) {
        return block.neuronOffset() + block.local(id);
    }

    static RecordedKind recorderKind(NodeBlock block) {
        return block.kind() == NodeKind.RECORDER ? ((Recorder) block.model()).kind() : null;
    }

    private static String describe(NodeBlock block, long id) {
        return " (node " + id + ", " + block.modelName() + ")";
    }

    private static String illegal(NodeBlock sourceBlock, long source, NodeBlock targetBlock, long target) {
        String s = "node " + source + " (" + sourceBlock.modelName() + ")";
        String t = "node " + target + " (" + targetBlock.modelName() + ")";
        if (targetBlock.kind() == NodeKind.STIMULUS) {
            return "cannot connect " + s + " to " + t + ": a stimulus device cannot be the target of a connection"
                    + (recorderKind(sourceBlock) == RecordedKind.STATE ? " (" + targetBlock.modelName()
                            + " has no recordables a state recorder could sample)" : "");
        }
        if (recorderKind(sourceBlock) == RecordedKind.SPIKES) {
            return "cannot connect " + s + " to " + t + ": a spike recorder cannot be the source of a connection;"
                    + " connect neurons to it";
        }
        if (recorderKind(targetBlock) == RecordedKind.STATE) {
            return "cannot connect " + s + " to " + t + ": a state recorder cannot be the target of a connection;"
                    + " connect it to the neurons it should sample";
        }
        if (recorderKind(targetBlock) == RecordedKind.SPIKES) {
            return "cannot connect " + s + " to " + t + ": a spike recorder records spikes of neurons and of spike"
                    + " generators; " + sourceBlock.modelName() + " sends none";
        }
        if (recorderKind(sourceBlock) == RecordedKind.STATE) {
            return "cannot connect " + s + " to " + t + ": a state recorder samples neurons and devices with recordables only";
        }
        if (recorderKind(sourceBlock) == RecordedKind.WEIGHTS || recorderKind(targetBlock) == RecordedKind.WEIGHTS) {
            return "cannot connect " + s + " to " + t + ": a weight recorder takes no connections; name it as the"
                    + " weight_recorder of a synapse model (CopyModel or SetDefaults) whose connections it should record";
        }
        if (sourceBlock.kind() == NodeKind.STIMULUS) {
            return "cannot connect " + s + " to " + t + ": a " + ((StimulusDevice) sourceBlock.model()).kind()
                    .name().toLowerCase() + " device stimulates neurons only";
        }
        return "cannot connect " + s + " to " + t;
    }
}
