package org.syncytium.core.connect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

import org.syncytium.api.Connections;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.synapse.SynapseKind;
import org.syncytium.core.node.NodeBlock;
import org.syncytium.core.node.NodeKind;
import org.syncytium.core.node.NodeManager;
import org.syncytium.core.util.DoubleList;
import org.syncytium.core.util.LongList;

/**
 * Lists existing connections for {@code getConnections} (PyNEST's GetConnections) from the
 * connection tables without changing them (connections made since the last compile included).
 * Over several processes it is collective (every process calls it, as every rank runs the same
 * script) and every process answers with all connections.
 * The tables keep no synapse model per connection (16 bytes per spike connection are the budget):
 * a connection is named by the model of its kind that made connections, e.g. {@code static_synapse}
 * or {@code gap_junction}; if several models of one kind were used, their names joined by "|".
 */
final class ConnectionListing {

    /**
     * One listed connection; {@code targetKey} orders the rows of one source: the target, or 0 for a
     * recorder's links, which NEST lists in the order they were made (a multimeter's targets).
     */
    private record Row(long source, long target, double weight, double delay, String model, int receptor,
            long targetKey, long order) {
    }

    private final NodeManager nodes;
    /** The ids asked for, sorted (binary search, no boxing per row); null for all. */
    private final long[] sources;
    private final long[] targets;
    private final String synapseModel;
    /** A delay in steps as ms (the kernel's exact conversion through tics). */
    private final LongToDoubleFunction ms;
    private final List<Row> rows = new ArrayList<>();

    private ConnectionListing(NodeManager nodes, long[] sources, long[] targets, String synapseModel,
            LongToDoubleFunction ms) {
        this.nodes = nodes;
        this.sources = sources == null ? null : sorted(sources);
        this.targets = targets == null ? null : sorted(targets);
        this.synapseModel = synapseModel;
        this.ms = ms;
    }

    static Connections list(NodeManager nodes, Map<String, Long> synapseUse, Map<String, SynapseKind> synapseKinds,
            SpikeTable spikes, DeviceTable devices, GapTable gaps, RecorderLinks links, long[] sources,
            long[] targets, String synapseModel, LongToDoubleFunction ms, Communicator communicator) {
        ConnectionListing listing = new ConnectionListing(nodes, sources, targets, synapseModel, ms);
        if (listing.sourcesOnlyRecorders()) {
            // the connection tables hold no recorder's connections: list its links without walking them
            // (a script reading a multimeter's targets in a network of millions of connections)
            listing.addLinks(links, modelOf(SynapseKind.SPIKE, synapseUse, synapseKinds));
            return listing.result();
        }
        String spikeModel = modelOf(SynapseKind.SPIKE, synapseUse, synapseKinds);
        String gapModel = modelOf(SynapseKind.GAP, synapseUse, synapseKinds);
        // connections into neurons: each process holds its own targets' (rows of one (source,
        // target) pair live on one process, in creation order), so over several processes they are
        // gathered, rank by rank, before sorting; recorder links are held everywhere alike
        LongList keys = new LongList();
        DoubleList values = new DoubleList();
        // the filters are tested before anything else of a row is read or converted, and a source the
        // listing does not want skips its whole row of the spike table
        RowSink into = (source, target, weight, delaySteps, gap, receptor) -> {
            if (listing.wantsSource(source) && listing.wantsTarget(target)) {
                keys.add(source);
                keys.add(target);
                keys.add(gap ? -1 : receptor);
                values.add(weight);
                values.add(gap ? Double.NaN : ms.applyAsDouble(delaySteps));
            }
        };
        if (listing.wantsModel(spikeModel)) {
            spikes.forEach(s -> listing.wantsSource(nodes.neuronId(s)),
                    (s, t, w, d, r) -> into.row(nodes.neuronId(s), nodes.neuronId(t), w, d, false, r));
            for (int k = 0; k < devices.size(); k++) {
                into.row(deviceId(nodes.deviceBlocks(), devices.createdDevice(k)), devices.createdTargetId(k),
                        devices.createdWeight(k), devices.createdDelay(k), false, devices.createdReceptor(k));
            }
        }
        if (listing.wantsModel(gapModel)) {
            gaps.forEach((p, t, g) -> into.row(nodes.neuronId(p), nodes.neuronId(t), g, 0, true, 0));
        }
        long[] allKeys = keys.toArray();
        double[] allValues = values.toArray();
        if (communicator.size() > 1) {
            int[] counts = new int[communicator.size()];
            allKeys = communicator.allGather(allKeys, allKeys.length, counts).clone();
            int total = 0;
            for (int r = 0; r < counts.length; r++) {
                counts[r] = counts[r] / 3 * 2;
                total += counts[r];
            }
            double[] received = new double[total];
            communicator.exchange(allValues, received, counts, true);
            allValues = received;
        }
        for (int r = 0; r < allKeys.length / 3; r++) {
            boolean gap = allKeys[3 * r + 2] == -1;
            listing.add(allKeys[3 * r], allKeys[3 * r + 1], allValues[2 * r], allValues[2 * r + 1],
                    gap ? gapModel : spikeModel, gap ? 0 : (int) allKeys[3 * r + 2], allKeys[3 * r + 1]);
        }
        listing.addLinks(links, spikeModel);
        return listing.result();
    }

    /** Recorder links: neurons into spike recorders, and multimeters' links in the order they were made. */
    private void addLinks(RecorderLinks links, String spikeModel) {
        int spikeLinks = links.spikeLinks();
        for (int k = 0; k < spikeLinks; k++) {
            long target = deviceId(nodes.recorderBlocks(), links.spikeRecorder(k));
            add(nodes.neuronId(links.spikeNeuron(k)), target, links.weight(k), ms.applyAsDouble(links.delaySteps(k)), spikeModel, 0,
                    target);
        }
        // NEST numbers the multimeters of one neuron 1, 2, ... in the order they were connected (the
        // neuron's data loggers), and lists that number as the connection's receptor
        Map<Integer, Integer> loggers = new HashMap<>();
        for (int k = 0; k < links.sampleLinks(); k++) {
            int sampled = links.sampleNeuron(k);
            int receptor = loggers.merge(sampled, 1, Integer::sum);
            long target = sampled >= 0 ? nodes.neuronId(sampled) : deviceId(nodes.deviceBlocks(), -1 - sampled);
            add(deviceId(nodes.recorderBlocks(), links.sampleRecorder(k)), target,
                    links.weight(spikeLinks + k), ms.applyAsDouble(links.delaySteps(spikeLinks + k)), spikeModel, receptor, 0);
        }
    }

    /** True if a source filter is given and names only recorders (or no node at all). */
    private boolean sourcesOnlyRecorders() {
        if (sources == null) {
            return false;
        }
        for (long id : sources) {
            NodeBlock block = nodes.blockOf(id);
            if (block != null && block.kind() != NodeKind.RECORDER) {
                return false;
            }
        }
        return true;
    }

    private interface RowSink {
        void row(long source, long target, double weight, long delaySteps, boolean gap, int receptor);
    }

    private boolean wantsSource(long source) {
        return sources == null || Arrays.binarySearch(sources, source) >= 0;
    }

    private boolean wantsTarget(long target) {
        return targets == null || Arrays.binarySearch(targets, target) >= 0;
    }

    /** Whether a connection named {@code model} (names joined by "|") passes the synapse-model filter. */
    private boolean wantsModel(String model) {
        return synapseModel == null || Arrays.asList(model.split("\\|")).contains(synapseModel);
    }

    private void add(long source, long target, double weight, double delay, String model, int receptor, long targetKey) {
        if (wantsSource(source) && wantsTarget(target) && wantsModel(model)) {
            rows.add(new Row(source, target, weight, delay, model, receptor, targetKey, rows.size()));
        }
    }

    private Connections result() {
        rows.sort(Comparator.comparingLong(Row::source).thenComparingLong(Row::targetKey).thenComparingLong(Row::order));
        int n = rows.size();
        long[] s = new long[n];
        long[] t = new long[n];
        double[] w = new double[n];
        double[] d = new double[n];
        String[] m = new String[n];
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            s[i] = row.source();
            t[i] = row.target();
            w[i] = row.weight();
            d[i] = row.delay();
            m[i] = row.model();
            r[i] = row.receptor();
        }
        return new Connections(s, t, w, d, m, r);
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

    private static long[] sorted(long[] ids) {
        long[] copy = ids.clone();
        Arrays.sort(copy);
        return copy;
    }
}
