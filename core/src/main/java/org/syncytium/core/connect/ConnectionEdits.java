package org.syncytium.core.connect;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.NotImplementedException;
import org.syncytium.core.node.NodeBlock;
import org.syncytium.core.node.NodeKind;
import org.syncytium.core.node.NodeManager;
import org.syncytium.core.plasticity.PlasticStore;
import org.syncytium.core.settings.DelayBounds;

/**
 * Changes to connections that exist: their weight or delay, as PyNEST's {@code SynapseCollection.set},
 * or their removal, as PyNEST's {@code Disconnect}.
 * A connection is named as {@code GetConnections} lists it: source and target node ids, whether it is
 * a gap junction, and its occurrence among the connections of that kind between the two nodes
 * (0-based, creation order). Every entry is located and checked before any changes, so a refused
 * call changes nothing. A recorder's connections take new values too, as in NEST, where they change
 * nothing that is recorded.
 */
final class ConnectionEdits {
    static final String WEIGHT = "weight";
    static final String DELAY = "delay";
    private static final String OWNER = "connection";

    private enum Table { SPIKES, GAPS, DEVICES, LINKS }

    private final NodeManager nodes;
    private final SpikeTable spikes;
    private final GapTable gaps;
    private final DeviceTable devices;
    private final RecorderLinks links;
    private final PlasticStore plastic;
    /** How many connections the last {@link #remove} took, by synapse model name index. */
    private final java.util.Map<Integer, Long> removedByName = new java.util.LinkedHashMap<>();

    ConnectionEdits(NodeManager nodes, SpikeTable spikes, PlasticStore plastic, GapTable gaps, DeviceTable devices,
            RecorderLinks links) {
        this.nodes = nodes;
        this.spikes = spikes;
        this.plastic = plastic;
        this.gaps = gaps;
        this.devices = devices;
        this.links = links;
    }

    /**
     * Sets {@code key} ({@code weight} in pA, nS for gap junctions; {@code delay} in ms; or a value of
     * a plastic connection's model, which checks it with the connection's other values) of each named
     * connection to {@code values[k]}.
     *
     * @param bounds      min_delay and max_delay set before connecting, null if none
     * @param skipMissing true over several processes, where another process holds the connections of
     *                    the targets it owns; false in one process, where a missing connection is an error
     * @return the largest and smallest new delay in steps ({@code {max, min}}), or null for weights
     */
    int[] set(long[] sources, long[] targets, int[] occurrences, boolean[] gap, String key, double[] values,
            double resolution, DelayBounds bounds, boolean skipMissing) {
        int n = sources.length;
        if (targets.length != n || occurrences.length != n || gap.length != n || values.length != n) {
            throw new IllegalArgumentException("connection columns differ in length");
        }
        boolean weight = key.equals(WEIGHT);
        if (!weight && !key.equals(DELAY)) {
            setPlastic(sources, targets, occurrences, gap, key, values, skipMissing);
            return null;
        }
        int[] steps = new int[n];
        for (int k = 0; k < n; k++) {
            String which = "connection " + sources[k] + " -> " + targets[k];
            if (weight && !Double.isFinite(values[k])) {
                throw new BadPropertyException(OWNER + " " + sources[k] + " -> " + targets[k], WEIGHT, values[k],
                        "must be a finite number");
            }
            if (!weight && gap[k]) {
                throw new BadPropertyException("gap_junction", DELAY, values[k],
                        "is not allowed: gap_junction connection has no delay (" + which + ")");
            }
            if (!weight) {
                steps[k] = SynapseValues.steps(OWNER + " " + sources[k] + " -> " + targets[k], values[k], resolution,
                        bounds);
            }
        }
        Located at = locate(sources, targets, occurrences, gap, skipMissing);
        if (weight) {
            for (int k = 0; k < n; k++) {
                int p = at.where[k] >= 0 && at.table[k] == Table.SPIKES ? spikes.plastic(at.where[k]) : -1;
                if (p >= 0) {
                    plastic.model(p).check(values[k], plastic.values(p), plastic.offset(p));
                }
            }
        }
        int max = Integer.MIN_VALUE;
        int min = Integer.MAX_VALUE;
        for (int k = 0; k < n; k++) {
            int where = at.where[k];
            if (where < 0) {
                continue;
            }
            switch (at.table[k]) {
                case SPIKES -> {
                    if (weight) {
                        spikes.setWeight(where, values[k]);
                    } else {
                        spikes.setDelay(where, steps[k]);
                    }
                }
                case GAPS -> gaps.setConductance(where, values[k]);
                case LINKS -> {
                    if (weight) {
                        links.setWeight(where, values[k]);
                    } else {
                        links.setDelay(where, steps[k]);
                    }
                }
                default -> {
                    if (weight) {
                        devices.setWeight(where, values[k]);
                    } else {
                        devices.setDelay(where, steps[k]);
                    }
                }
            }
            max = Math.max(max, steps[k]);
            min = Math.min(min, steps[k]);
        }
        return weight || min == Integer.MAX_VALUE ? null : new int[] {max, min};
    }

    /** Sets a plastic model's value {@code key} of each named connection: all are checked, then all set. */
    private void setPlastic(long[] sources, long[] targets, int[] occurrences, boolean[] gap, String key,
            double[] values, boolean skipMissing) {
        Located at = locate(sources, targets, occurrences, gap, skipMissing);
        int n = sources.length;
        int[] index = new int[n];
        for (int k = 0; k < n; k++) {
            int p = at.where[k] >= 0 && at.table[k] == Table.SPIKES ? spikes.plastic(at.where[k]) : -1;
            index[k] = -1;
            if (at.where[k] < 0 && skipMissing) {
                continue;
            }
            int i = p < 0 ? -1 : plastic.model(p).state().indexOf(key);
            if (i < 0) {
                boolean common = p >= 0 && plastic.model(p).commonParameters().contains(key);
                throw new BadPropertyException(OWNER + " " + sources[k] + " -> " + targets[k], key, values[k],
                        "cannot be changed: " + (p < 0 ? "the connection keeps weight and delay only"
                                : common ? "it is common to all " + plastic.model(p).name() + " connections (set it"
                                        + " with SetDefaults or CopyModel before connecting)"
                                : plastic.model(p).name() + " has weight, delay and " + plastic.model(p).state()));
            }
            double[] copy = java.util.Arrays.copyOfRange(plastic.values(p), plastic.offset(p),
                    plastic.offset(p) + PlasticStore.stride(plastic.model(p)));
            plastic.model(p).validate(key, values[k]);
            copy[i] = values[k];
            plastic.model(p).check(spikes.weight(at.where[k]), copy, 0);
            index[k] = i;
        }
        for (int k = 0; k < n; k++) {
            if (index[k] >= 0) {
                int p = spikes.plastic(at.where[k]);
                plastic.values(p)[plastic.offset(p) + index[k]] = values[k];
            }
        }
    }

    /**
     * Removes each named connection (PyNEST's {@code Disconnect}); all are located before any is
     * removed. Gap junctions are refused: their waveform coupling is kept in symmetric pairs.
     *
     * @param skipMissing as for {@link #set}
     * @return how many connections this process removed
     */
    int remove(long[] sources, long[] targets, int[] occurrences, boolean[] gap, boolean skipMissing) {
        if (targets.length != sources.length || occurrences.length != sources.length || gap.length != sources.length) {
            throw new IllegalArgumentException("connection columns differ in length");
        }
        for (int k = 0; k < gap.length; k++) {
            if (gap[k]) {
                throw new NotImplementedException("disconnecting gap junctions is not supported (connection "
                        + sources[k] + " -> " + targets[k] + "); build the network without them");
            }
        }
        Located at = locate(sources, targets, occurrences, gap, skipMissing);
        boolean[] spikeDrop = new boolean[spikes.size()];
        boolean[] deviceDrop = new boolean[devices.size()];
        boolean[] linkDrop = new boolean[links.size()];
        int removed = 0;
        for (int k = 0; k < sources.length; k++) {
            int where = at.where[k];
            if (where < 0) {
                continue;
            }
            boolean[] drop = switch (at.table[k]) {
                case SPIKES -> spikeDrop;
                case LINKS -> linkDrop;
                default -> deviceDrop;
            };
            if (drop[where]) {
                throw new KernelException("connection " + sources[k] + " -> " + targets[k] + " is named twice");
            }
            drop[where] = true;
            removed++;
            int name = switch (at.table[k]) {
                case SPIKES -> spikes.name(where);
                case LINKS -> links.name(where);
                default -> devices.createdName(where);
            };
            removedByName.merge(name, 1L, Long::sum);
        }
        spikes.remove(spikeDrop);
        devices.remove(deviceDrop);
        links.remove(linkDrop);
        return removed;
    }

    /** How many connections the last {@link #remove} took, by synapse model name index (the connection manager's list). */
    java.util.Map<Integer, Long> removedByName() {
        return removedByName;
    }

    /** Where each named connection is: its table and its index there (-1 if this process lacks it). */
    private record Located(Table[] table, int[] where) {
    }

    private Located locate(long[] sources, long[] targets, int[] occurrences, boolean[] gap, boolean skipMissing) {
        int n = sources.length;
        spikes.compile(nodes.neuronCount());
        gaps.compile(nodes.neuronCount());
        devices.compile(nodes.deviceCount());
        Table[] table = new Table[n];
        int[] where = new int[n];
        RecorderLinks.Index linkIndex = null; // built at the first recorder connection named
        for (int k = 0; k < n; k++) {
            String which = "connection " + sources[k] + " -> " + targets[k];
            NodeBlock source = nodes.requireBlock(sources[k]);
            NodeBlock target = nodes.requireBlock(targets[k]);
            if (gap[k]) {
                table[k] = Table.GAPS;
                where[k] = gaps.locate(neuron(source, sources[k]), neuron(target, targets[k]), occurrences[k]);
            } else if (source.kind() == NodeKind.NEURON && target.kind() == NodeKind.NEURON) {
                table[k] = Table.SPIKES;
                where[k] = spikes.locate(neuron(source, sources[k]), neuron(target, targets[k]), occurrences[k]);
            } else if (source.kind() == NodeKind.STIMULUS) {
                table[k] = Table.DEVICES;
                where[k] = devices.locate(source.deviceOffset() + source.local(sources[k]), targets[k], occurrences[k]);
            } else if (target.kind() == NodeKind.RECORDER && source.kind() == NodeKind.NEURON) {
                table[k] = Table.LINKS;
                linkIndex = linkIndex != null ? linkIndex : links.index();
                where[k] = linkIndex.locate(true, neuron(source, sources[k]), recorder(target, targets[k]), occurrences[k]);
            } else if (source.kind() == NodeKind.RECORDER && target.kind() == NodeKind.NEURON) {
                table[k] = Table.LINKS;
                linkIndex = linkIndex != null ? linkIndex : links.index();
                where[k] = linkIndex.locate(false, recorder(source, sources[k]), neuron(target, targets[k]), occurrences[k]);
            } else if (source.kind() == NodeKind.RECORDER && target.kind() == NodeKind.STIMULUS) {
                table[k] = Table.LINKS; // a multimeter sampling a device
                linkIndex = linkIndex != null ? linkIndex : links.index();
                where[k] = linkIndex.locate(false, recorder(source, sources[k]),
                        StagedConnections.sampledDevice(recorder(target, targets[k])), occurrences[k]);
            } else {
                where[k] = -1; // no other kind of connection exists
                continue;
            }
            if (where[k] < 0 && !skipMissing) {
                throw new KernelException("no " + (gap[k] ? "gap junction " : "") + which
                        + (occurrences[k] > 0 ? " (number " + (occurrences[k] + 1) + " between them)" : "")
                        + "; list connections with GetConnections");
            }
        }
        return new Located(table, where);
    }

    /** The kernel-wide recorder (or device) index of node {@code id} (as the links store it). */
    private static int recorder(NodeBlock block, long id) {
        return block.deviceOffset() + block.local(id);
    }

    private static int neuron(NodeBlock block, long id) {
        if (block.kind() != NodeKind.NEURON) {
            throw new BadPropertyException(OWNER, "source", id, "is not a neuron (" + block.modelName() + ")");
        }
        return block.neuronOffset() + block.local(id);
    }
}
