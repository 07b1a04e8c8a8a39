package org.syncytium.core.connect;

import org.syncytium.api.device.StimulusDevice;
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
 * neuron carries spikes, device → neuron stimulates, neuron → spike recorder records spikes,
 * multimeter → neuron samples state, and gap junctions join two gap-capable neurons.
 */
final class StagedConnections {
    static final int NEURON_SPIKE = 0;
    static final int DEVICE = 1;
    static final int SPIKE_RECORDING = 2;
    static final int SAMPLING = 3;
    static final int GAP = 4;

    final IntList codes;
    final IntList sources;
    final IntList targets;
    final LongList targetIds;
    final DoubleList weights;
    final IntList delays;

    StagedConnections(int capacity) {
        codes = new IntList(capacity);
        sources = new IntList(capacity);
        targets = new IntList(capacity);
        targetIds = new LongList(capacity);
        weights = new DoubleList(capacity);
        delays = new IntList(capacity);
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
            double weight, int delaySteps) {
        int code;
        int from;
        int to;
        if (kind == SynapseKind.GAP) {
            if (!gapCapable(sourceBlock)) {
                throw new IllegalConnectionException("The source node does not support gap junction output"
                        + describe(sourceBlock, source) + ".");
            }
            if (!gapCapable(targetBlock)) {
                throw new IllegalConnectionException("The target node or synapse model does not support gap junction"
                        + " input" + describe(targetBlock, target) + ".");
            }
            code = GAP;
            from = neuronIndex(sourceBlock, source);
            to = neuronIndex(targetBlock, target);
        } else if (sourceBlock.kind() == NodeKind.NEURON && targetBlock.kind() == NodeKind.NEURON) {
            code = NEURON_SPIKE;
            from = neuronIndex(sourceBlock, source);
            to = neuronIndex(targetBlock, target);
        } else if (sourceBlock.kind() == NodeKind.STIMULUS && targetBlock.kind() == NodeKind.NEURON) {
            code = DEVICE;
            from = sourceBlock.deviceOffset() + sourceBlock.local(source);
            to = neuronIndex(targetBlock, target);
        } else if (sourceBlock.kind() == NodeKind.NEURON && recorderKind(targetBlock) == RecordedKind.SPIKES) {
            code = SPIKE_RECORDING;
            from = neuronIndex(sourceBlock, source);
            to = targetBlock.deviceOffset() + targetBlock.local(target);
        } else if (recorderKind(sourceBlock) == RecordedKind.STATE && targetBlock.kind() == NodeKind.NEURON) {
            code = SAMPLING;
            from = sourceBlock.deviceOffset() + sourceBlock.local(source);
            to = neuronIndex(targetBlock, target);
        } else {
            throw new IllegalConnectionException(illegal(sourceBlock, source, targetBlock, target));
        }
        codes.add(code);
        sources.add(from);
        targets.add(to);
        targetIds.add(target);
        weights.add(weight);
        delays.add(delaySteps);
    }

    private static boolean gapCapable(NodeBlock block) {
        return block.kind() == NodeKind.NEURON && ((NeuronModel) block.model()).supportsGapJunctions();
    }

    private static int neuronIndex(NodeBlock block, long id) {
        return block.neuronOffset() + block.local(id);
    }

    private static RecordedKind recorderKind(NodeBlock block) {
        return block.kind() == NodeKind.RECORDER ? ((Recorder) block.model()).kind() : null;
    }

    private static String describe(NodeBlock block, long id) {
        return " (node " + id + ", " + block.modelName() + ")";
    }

    private static String illegal(NodeBlock sourceBlock, long source, NodeBlock targetBlock, long target) {
        String s = "node " + source + " (" + sourceBlock.modelName() + ")";
        String t = "node " + target + " (" + targetBlock.modelName() + ")";
        if (targetBlock.kind() == NodeKind.STIMULUS) {
            return "cannot connect " + s + " to " + t + ": a stimulus device " + "cannot be the target of a connection";
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
            return "cannot connect " + s + " to " + t + ": a spike recorder records neurons only";
        }
        if (recorderKind(sourceBlock) == RecordedKind.STATE) {
            return "cannot connect " + s + " to " + t + ": a state recorder samples neurons only";
        }
        if (sourceBlock.kind() == NodeKind.STIMULUS) {
            return "cannot connect " + s + " to " + t + ": a " + ((StimulusDevice) sourceBlock.model()).kind()
                    .name().toLowerCase() + " device stimulates neurons only";
        }
        return "cannot connect " + s + " to " + t;
    }
}
