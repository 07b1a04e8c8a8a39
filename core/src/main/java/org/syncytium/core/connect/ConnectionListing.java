package org.syncytium.core.connect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.syncytium.api.Connections;
import org.syncytium.api.synapse.SynapseKind;
import org.syncytium.core.node.NodeBlock;
import org.syncytium.core.node.NodeManager;

/**
 * Lists existing connections for {@code getConnections} (PyNEST's GetConnections) from the
 * connection tables without changing them (connections made since the last compile included).
 * The tables keep no synapse model per connection (16 bytes per spike connection are the budget):
 * a connection is named by the model of its kind that made connections, e.g. {@code static_synapse}
 * or {@code gap_junction}; if several models of one kind were used, their names joined by "|".
 */
final class ConnectionListing {

    private record Row(long source, long target, double weight, double delay, String model, long order) {
    }

    private final NodeManager nodes;
    private final Set<Long> sources;
    private final Set<Long> targets;
    private final String synapseModel;
    private final double h;
    private final List<Row> rows = new ArrayList<>();

    private ConnectionListing(NodeManager nodes, long[] sources, long[] targets, String synapseModel, double h) {
        this.nodes = nodes;
        this.sources = sources == null ? null : set(sources);
        this.targets = targets == null ? null : set(targets);
        this.synapseModel = synapseModel;
        this.h = h;
    }

    static Connections list(NodeManager nodes, Map<String, Long> synapseUse, Map<String, SynapseKind> synapseKinds,
            SpikeTable spikes, DeviceTable devices, GapTable gaps, RecorderLinks links, long[] sources,
            long[] targets, String synapseModel, double h) {
        ConnectionListing listing = new ConnectionListing(nodes, sources, targets, synapseModel, h);
        String spikeModel = modelOf(SynapseKind.SPIKE, synapseUse, synapseKinds);
        String gapModel = modelOf(SynapseKind.GAP, synapseUse, synapseKinds);
        spikes.forEach((s, t, w, d) -> listing.add(nodes.neuronId(s), nodes.neuronId(t), w, d * h, spikeModel));
        for (int k = 0; k < devices.size(); k++) {
            listing.add(deviceId(nodes.deviceBlocks(), devices.createdDevice(k)), devices.createdTargetId(k),
                    devices.createdWeight(k), devices.createdDelay(k) * h, spikeModel);
        }
        gaps.forEach((p, t, g) -> listing.add(nodes.neuronId(p), nodes.neuronId(t), g, Double.NaN, gapModel));
        for (int k = 0; k < links.spikeLinks(); k++) {
            listing.add(nodes.neuronId(links.spikeNeuron(k)), deviceId(nodes.recorderBlocks(), links.spikeRecorder(k)),
                    Double.NaN, Double.NaN, spikeModel);
        }
        for (int k = 0; k < links.sampleLinks(); k++) {
            listing.add(deviceId(nodes.recorderBlocks(), links.sampleRecorder(k)), nodes.neuronId(links.sampleNeuron(k)),
                    Double.NaN, Double.NaN, spikeModel);
        }
        return listing.result();
    }

    private void add(long source, long target, double weight, double delay, String model) {
        if ((sources == null || sources.contains(source)) && (targets == null || targets.contains(target))
                && (synapseModel == null || Arrays.asList(model.split("\\|")).contains(synapseModel))) {
            rows.add(new Row(source, target, weight, delay, model, rows.size()));
        }
    }

    private Connections result() {
        rows.sort(Comparator.comparingLong(Row::source).thenComparingLong(Row::target).thenComparingLong(Row::order));
        int n = rows.size();
        long[] s = new long[n];
        long[] t = new long[n];
        double[] w = new double[n];
        double[] d = new double[n];
        String[] m = new String[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            s[i] = row.source();
            t[i] = row.target();
            w[i] = row.weight();
            d[i] = row.delay();
            m[i] = row.model();
        }
        return new Connections(s, t, w, d, m);
    }

    /** Node id of the device or recorder with kernel-wide index {@code index} among {@code blocks}. */
    private static long deviceId(List<NodeBlock> blocks, int index) {
        for (NodeBlock block : blocks) {
            if (index >= block.deviceOffset() && index < block.deviceOffset() + block.size()) {
                return block.firstId() + (index - block.deviceOffset());
            }
        }
        throw new IllegalStateException("no device or recorder with index " + index);
    }

    /**
     * The models of {@code kind} that made connections, joined by "|" (every listed connection of
     * that kind was made by one of them, so the list is never empty where it is used).
     */
    private static String modelOf(SynapseKind kind, Map<String, Long> synapseUse,
            Map<String, SynapseKind> synapseKinds) {
        List<String> used = new ArrayList<>();
        for (Map.Entry<String, Long> use : synapseUse.entrySet()) {
            if (use.getValue() > 0 && synapseKinds.get(use.getKey()) == kind) {
                used.add(use.getKey());
            }
        }
        return String.join("|", used);
    }

    private static Set<Long> set(long[] ids) {
        Set<Long> set = new HashSet<>();
        for (long id : ids) {
            set.add(id);
        }
        return set;
    }
}
