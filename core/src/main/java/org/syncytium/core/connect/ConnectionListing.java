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
import org.syncytium.api.synapse.PlasticSynapse;
import org.syncytium.core.node.NodeBlock;
import org.syncytium.core.node.NodeKind;
import org.syncytium.core.node.NodeManager;
import org.syncytium.core.plasticity.PlasticStore;
import org.syncytium.core.util.DoubleList;
import org.syncytium.core.util.LongList;

/**
 * Lists existing connections for {@code getConnections} (PyNEST's GetConnections) from the
 * connection tables without changing them (connections made since the last compile included).
 * Over several processes it is collective (every process calls it, as every rank runs the same
 * script) and every process answers with all connections.
 * Each connection is named by the synapse model name it was made under (a copy's own name; the tables
 * keep a name per connection only where they hold more than one); a plastic connection lists its
 * model's values.
 */
final class ConnectionListing {

    /**
     * One listed connection; {@code targetKey} orders the rows of one source: the target, or 0 for a
     * recorder's links, which NEST lists in the order they were made (a multimeter's targets).
     */
    private record Row(long source, long target, double weight, double delay, String model, int receptor,
            long targetKey, long order, double[] values, int occurrence) {
    }

    private final NodeManager nodes;
    /** The ids asked for, sorted (binary search, no boxing per row); null for all. */
    private final long[] sources;
    private final long[] targets;
    /** A delay in steps as ms (the kernel's exact conversion through tics). */
    private final LongToDoubleFunction ms;
    private final List<Row> rows = new ArrayList<>();
    /** The plastic models' value names (the listing's extra columns), in the order of the models. */
    private final List<String> valueNames = new ArrayList<>();
    /** Synapse model names that are copies, in the order they were made (NEST numbers them after the installed models). */
    private final List<String> copyNames;

    private ConnectionListing(NodeManager nodes, long[] sources, long[] targets, LongToDoubleFunction ms,
            List<String> copyNames) {
        this.copyNames = copyNames;
        this.nodes = nodes;
        this.sources = sources == null ? null : sorted(sources);
        this.targets = targets == null ? null : sorted(targets);
        this.ms = ms;
    }

    /**
     * @param names         every synapse model name connections were made under, indexed as the tables keep them
     * @param copyNames     the names that are copies of installed models, in the order they were made
     * @param plasticModels the plastic synapse models that made connections (the same on every process,
     *                      which runs every connect call)
     */
    static Connections list(NodeManager nodes, List<String> names, List<String> copyNames, SpikeTable spikes,
            PlasticStore plastic, List<PlasticSynapse> plasticModels, DeviceTable devices, GapTable gaps,
            RecorderLinks links, long[] sources, long[] targets, String synapseModel, LongToDoubleFunction ms,
            Communicator communicator) {
        ConnectionListing listing = new ConnectionListing(nodes, sources, targets, ms, copyNames);
        // the model filter as a name index: one int comparison per row; a name no connection was made
        // under lists nothing (on every process alike, so the collective gather below is skipped by all)
        int wantedName = synapseModel == null ? -1 : names.indexOf(synapseModel);
        if (synapseModel != null && wantedName < 0) {
            return listing.result();
        }
        // a model filter can list part of a pair's connections: count each one's number in its pair
        // here, before the filter, in creation order (the order of each table's walk)
        Map<Long, Integer> seen = synapseModel == null ? null : new HashMap<>();
        if (listing.sourcesOnlyRecorders()) {
            // the connection tables hold no recorder's connections: list its links without walking them
            // (a script reading a multimeter's targets in a network of millions of connections)
            listing.addLinks(links, names, wantedName, seen);
            return listing.result();
        }
        for (PlasticSynapse model : plasticModels) {
            for (String name : model.state()) {
                if (!listing.valueNames.contains(name)) {
                    listing.valueNames.add(name);
                }
            }
        }
        int width = listing.valueNames.size();
        // connections into neurons: each process holds its own targets' (rows of one (source,
        // target) pair live on one process, in creation order), so over several processes they are
        // gathered, rank by rank, before sorting; recorder links are held everywhere alike. Per row:
        // keys source, target, receptor (-1: gap junction), synapse model name index, occurrence;
        // values weight, delay and the plastic values (NaN where the model has none)
        LongList keys = new LongList();
        DoubleList values = new DoubleList();
        // the filters are tested before anything else of a row is read or converted, and a source the
        // listing does not want skips its whole row of the spike table
        RowSink into = (source, target, weight, delaySteps, gap, receptor, p, name) -> {
            if (listing.wantsSource(source) && listing.wantsTarget(target)) {
                int occurrence = -1;
                if (seen != null && !gap) {
                    // node ids, not neuron indices: a pair key that no two pairs share
                    occurrence = seen.merge(source << 32 | target, 1, Integer::sum) - 1;
                }
                if (wantedName >= 0 && name != wantedName) {
                    return;
                }
                keys.add(source);
                keys.add(target);
                keys.add(gap ? -1 : receptor);
                keys.add(name);
                keys.add(occurrence);
                values.add(weight);
                values.add(gap ? Double.NaN : ms.applyAsDouble(delaySteps));
                for (String value : listing.valueNames) {
                    values.add(p < 0 ? Double.NaN : plastic.value(p, value));
                }
            }
        };
        if (wantedName < 0 || spikes.mayHoldName(wantedName)) {
            spikes.forEach(s -> listing.wantsSource(nodes.neuronId(s)),
                    (s, t, w, d, r, p, name) -> into.row(nodes.neuronId(s), nodes.neuronId(t), w, d, false, r, p, name));
        }
        for (int k = 0; k < devices.size(); k++) {
            into.row(deviceId(nodes.deviceBlocks(), devices.createdDevice(k)), devices.createdTargetId(k),
                    devices.createdWeight(k), devices.createdDelay(k), false, devices.createdReceptor(k), -1,
                    devices.createdName(k));
        }
        if (wantedName < 0 || gaps.mayHoldName(wantedName)) {
            gaps.forEach((p, t, g, name) -> into.row(nodes.neuronId(p), nodes.neuronId(t), g, 0, true, 0, -1, name));
        }
        long[] allKeys = keys.toArray();
        double[] allValues = values.toArray();
        int stride = 2 + width;
        if (communicator.size() > 1) {
            int[] counts = new int[communicator.size()];
            allKeys = communicator.allGather(allKeys, allKeys.length, counts).clone();
            int total = 0;
            for (int r = 0; r < counts.length; r++) {
                counts[r] = counts[r] / 5 * stride;
                total += counts[r];
            }
            double[] received = new double[total];
            communicator.exchange(allValues, received, counts, true);
            allValues = received;
        }
        for (int r = 0; r < allKeys.length / 5; r++) {
            boolean gap = allKeys[5 * r + 2] == -1;
            double[] rowValues = width == 0 ? null : java.util.Arrays.copyOfRange(allValues, stride * r + 2,
                    stride * r + stride);
            listing.add(allKeys[5 * r], allKeys[5 * r + 1], allValues[stride * r], allValues[stride * r + 1],
                    names.get((int) allKeys[5 * r + 3]), gap ? 0 : (int) allKeys[5 * r + 2], allKeys[5 * r + 1],
                    rowValues, (int) allKeys[5 * r + 4]);
        }
        listing.addLinks(links, names, wantedName, seen);
        return listing.result();
    }

    /** Recorder links: neurons into spike recorders, and multimeters' links in the order they were made. */
    private void addLinks(RecorderLinks links, List<String> names, int wantedName, Map<Long, Integer> seen) {
        int spikeLinks = links.spikeLinks();
        for (int k = 0; k < spikeLinks; k++) {
            long source = nodes.neuronId(links.spikeNeuron(k));
            long target = deviceId(nodes.recorderBlocks(), links.spikeRecorder(k));
            int occurrence = seen == null ? -1 : seen.merge(source << 32 | target, 1, Integer::sum) - 1;
            if (wantedName < 0 || links.name(k) == wantedName) {
                add(source, target, links.weight(k), ms.applyAsDouble(links.delaySteps(k)), names.get(links.name(k)), 0,
                        target, null, occurrence);
            }
        }
        // NEST numbers the multimeters of one neuron 1, 2, ... in the order they were connected (the
        // neuron's data loggers), and lists that number as the connection's receptor
        Map<Integer, Integer> loggers = new HashMap<>();
        for (int k = 0; k < links.sampleLinks(); k++) {
            int sampled = links.sampleNeuron(k);
            int receptor = loggers.merge(sampled, 1, Integer::sum);
            long target = sampled >= 0 ? nodes.neuronId(sampled) : deviceId(nodes.deviceBlocks(), -1 - sampled);
            int name = links.name(spikeLinks + k);
            if (wantedName < 0 || name == wantedName) {
                add(deviceId(nodes.recorderBlocks(), links.sampleRecorder(k)), target, links.weight(spikeLinks + k),
                        ms.applyAsDouble(links.delaySteps(spikeLinks + k)), names.get(name), receptor, 0, null, -1);
            }
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
        void row(long source, long target, double weight, long delaySteps, boolean gap, int receptor, int plastic,
                int name);
    }

    private boolean wantsSource(long source) {
        return sources == null || Arrays.binarySearch(sources, source) >= 0;
    }

    private boolean wantsTarget(long target) {
        return targets == null || Arrays.binarySearch(targets, target) >= 0;
    }

    /** @param values the plastic values in the order of {@link #valueNames}, null for a static connection */
    private void add(long source, long target, double weight, double delay, String model, int receptor, long targetKey,
            double[] values, int occurrence) {
        if (wantsSource(source) && wantsTarget(target)) { // the model filter acted on the name index already
            rows.add(new Row(source, target, weight, delay, model, receptor, targetKey, rows.size(), values,
                    occurrence));
        }
    }

    private Connections result() {
        // NEST lists connections grouped by synapse model (by its model number: the installed models,
        // here by name, then the copies in the order they were made), each group by source, then
        // target, then creation
        Comparator<Row> byModel = Comparator.comparingInt((Row row) -> copyNames.indexOf(row.model()))
                .thenComparing(Row::model);
        rows.sort(byModel.thenComparingLong(Row::source).thenComparingLong(Row::targetKey).thenComparingLong(Row::order));
        int n = rows.size();
        long[] s = new long[n];
        long[] t = new long[n];
        double[] w = new double[n];
        double[] d = new double[n];
        String[] m = new String[n];
        int[] r = new int[n];
        int[] o = new int[n];
        Map<String, double[]> columns = new java.util.LinkedHashMap<>();
        for (String name : valueNames) {
            double[] column = new double[n];
            java.util.Arrays.fill(column, Double.NaN);
            columns.put(name, column);
        }
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            s[i] = row.source();
            t[i] = row.target();
            w[i] = row.weight();
            d[i] = row.delay();
            m[i] = row.model();
            r[i] = row.receptor();
            o[i] = row.occurrence();
            if (row.values() != null) {
                for (int j = 0; j < valueNames.size(); j++) {
                    columns.get(valueNames.get(j))[i] = row.values()[j];
                }
            }
        }
        return new Connections(s, t, w, d, m, r, columns, o);
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

    private static long[] sorted(long[] ids) {
        long[] copy = ids.clone();
        Arrays.sort(copy);
        return copy;
    }
}
