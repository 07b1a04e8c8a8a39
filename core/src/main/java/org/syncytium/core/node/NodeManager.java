package org.syncytium.core.node;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.device.DeviceClock;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.record.Recording;
import org.syncytium.api.record.RecordingContext;
import org.syncytium.core.plan.Ownership;
import org.syncytium.core.registry.ExtensionRegistry;
import org.syncytium.core.util.LongList;

/**
 * All nodes of one simulator: ids from 1, consecutive over every {@code create} call (neurons,
 * devices and recorders alike). Neurons additionally get global neuron indices 0, 1, ... in
 * creation order, so per-neuron kernel arrays (ring buffers, gap tables) are plain arrays; since
 * both numberings grow together, ordering by neuron index is ordering by node id.
 */
@Singleton
public final class NodeManager {
    private final ExtensionRegistry registry;
    private final List<NodeBlock> blocks = new ArrayList<>();
    private final List<NodeBlock> populations = new ArrayList<>();
    private final List<NodeBlock> deviceBlocks = new ArrayList<>();
    private final List<NodeBlock> recorderBlocks = new ArrayList<>();
    private final LongList neuronIds = new LongList();
    private long nextId = 1;
    private int deviceCount;
    private int recorderCount;
    private int revision;
    private final Communicator communicator;
    /** The kernel's clock, handed to each new device (null until the kernel sets it). */
    private DeviceClock clock;
    /** The kernel's current settings for a recorder of a node id, handed to each new recorder (null: none). */
    private LongFunction<RecordingContext> recordingContexts;
    private final int rank;
    private final int ranks;

    /**
     * @param communicator over several processes, each allocates only the neurons it owns (the
     *                     contiguous part {@link Ownership} gives it of every create call); ids,
     *                     sizes and ownership stay known everywhere
     */
    @Inject
    public NodeManager(ExtensionRegistry registry, Communicator communicator) {
        this.registry = registry;
        this.communicator = communicator;
        this.rank = communicator.rank();
        this.ranks = communicator.size();
    }

    /** The clock every device and population created from now on is attached to ({@link Stimulus#attach}). */
    public void useClock(DeviceClock deviceClock) {
        this.clock = deviceClock;
    }

    /** What every recorder created from now on is attached to ({@link Recording#attach}), by its node id. */
    public void useRecordingContexts(LongFunction<RecordingContext> contexts) {
        this.recordingContexts = contexts;
    }

    /** This process's rank. */
    public int rank() {
        return rank;
    }

    /** Number of processes. */
    public int ranks() {
        return ranks;
    }

    /**
     * Values of {@code name} for block positions [{@code from}, {@code to}): this process reads the
     * neurons it owns; over several processes the others' parts arrive by one collective exchange
     * (every process makes the same calls, as with NEST's GetStatus in a script every rank runs),
     * so every process answers with the values of all neurons.
     */
    double[] values(NodeBlock block, String name, int from, int to) {
        double[] values = new double[to - from];
        int ownFrom = Math.max(from, block.ownedFrom());
        int ownTo = Math.min(to, block.ownedTo());
        if (ranks == 1) {
            for (int i = from; i < to; i++) {
                values[i - from] = block.population().get(name, i - block.ownedFrom());
            }
            return values;
        }
        int[] counts = rankCounts(block, from, to);
        double[] send = new double[Math.max(0, ownTo - ownFrom)];
        for (int i = ownFrom; i < ownTo; i++) {
            send[i - ownFrom] = block.population().get(name, i - block.ownedFrom());
        }
        // ranks own contiguous ascending parts, so rank order is position order
        communicator.exchange(send, values, counts, true);
        return values;
    }

    /** How many of block positions [{@code from}, {@code to}) each rank owns, in rank order. */
    private int[] rankCounts(NodeBlock block, int from, int to) {
        int[] counts = new int[ranks];
        for (int r = 0; r < ranks; r++) {
            int a = Math.max(from, Ownership.from(block.size(), r, ranks));
            int b = Math.min(to, Ownership.to(block.size(), r, ranks));
            counts[r] = Math.max(0, b - a);
        }
        return counts;
    }

    /**
     * The names each neuron of block positions [{@code from}, {@code to}) can record, sorted as PyNEST
     * shows them: its population's per-neuron list in a single process; over several processes, where
     * a process holds only the neurons it owns, the model's list for every neuron.
     */
    List<List<String>> recordables(NodeBlock block, int from, int to) {
        List<List<String>> names = new ArrayList<>();
        for (int i = from; i < to; i++) {
            List<String> own = ranks == 1 ? block.population().recordables(i - block.ownedFrom())
                    : ((NeuronModel) block.model()).recordables();
            names.add(own.stream().sorted().toList());
        }
        return names;
    }

    /**
     * The list values of {@code name} (a model's {@code REAL_LIST} entry) for block positions
     * [{@code from}, {@code to}), one array per neuron; over several processes gathered as
     * {@link #values}: first each neuron's length, then the elements.
     */
    List<double[]> lists(NodeBlock block, String name, int from, int to) {
        int ownFrom = Math.max(from, block.ownedFrom());
        int ownTo = Math.min(to, block.ownedTo());
        List<double[]> own = new ArrayList<>();
        for (int i = ownFrom; i < ownTo; i++) {
            own.add(block.population().getList(name, i - block.ownedFrom()));
        }
        if (ranks == 1) {
            return own;
        }
        int[] counts = rankCounts(block, from, to);
        double[] sendLengths = new double[own.size()];
        int total = 0;
        for (int k = 0; k < own.size(); k++) {
            sendLengths[k] = own.get(k).length;
            total += own.get(k).length;
        }
        double[] lengths = new double[to - from];
        communicator.exchange(sendLengths, lengths, counts, true);
        double[] send = new double[total];
        int at = 0;
        for (double[] list : own) {
            System.arraycopy(list, 0, send, at, list.length);
            at += list.length;
        }
        int[] elementCounts = new int[ranks];
        int position = 0;
        for (int r = 0; r < ranks; r++) {
            for (int k = 0; k < counts[r]; k++) {
                elementCounts[r] += (int) lengths[position++];
            }
        }
        double[] elements = new double[Arrays.stream(elementCounts).sum()];
        communicator.exchange(send, elements, elementCounts, true);
        List<double[]> all = new ArrayList<>();
        at = 0;
        for (double length : lengths) {
            all.add(Arrays.copyOfRange(elements, at, at + (int) length));
            at += (int) length;
        }
        return all;
    }

    /**
     * Creates {@code n} nodes of the model called {@code model} (a neuron model, stimulus device or
     * recorder, looked up in that order).
     *
     * @throws UnknownNameException listing the nearest installed model
     */
    public NodeBlock create(String model, int n) {
        if (n < 1) {
            throw new BadPropertyException("create", "n", n, "must be at least 1");
        }
        Optional<NeuronModel> neuron = registry.find(NeuronModel.class, model);
        NodeBlock block;
        if (neuron.isPresent()) {
            // this process allocates only the neurons it owns; one that owns none keeps a stand-in
            int from = Ownership.from(n, rank, ranks);
            int to = Ownership.to(n, rank, ranks);
            int allocate = Math.max(1, to - from);
            Population population = neuron.get().createPopulation(allocate);
            if (population.size() != allocate) {
                throw new KernelException("neuron model \"" + model + "\" made " + population.size()
                        + " neurons instead of " + allocate);
            }
            if (clock != null) {
                population.attach(clock);
            }
            block = NodeBlock.neurons(neuron.get(), nextId, n, population, populations.size(), neuronIds.size(), from,
                    to);
            populations.add(block);
            for (int i = 0; i < n; i++) {
                neuronIds.add(nextId + i);
            }
        } else {
            Optional<StimulusDevice> device = registry.find(StimulusDevice.class, model);
            Optional<Recorder> recorder = registry.find(Recorder.class, model);
            if (device.isPresent()) {
                List<Stimulus> made = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Stimulus stimulus = device.get().create();
                    if (clock != null) {
                        stimulus.attach(clock);
                    }
                    made.add(stimulus);
                }
                block = NodeBlock.stimuli(device.get(), nextId, made, deviceCount);
                deviceBlocks.add(block);
                deviceCount += n;
            } else if (recorder.isPresent()) {
                List<Recording> made = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Recording recording = recorder.get().create();
                    if (recordingContexts != null) {
                        recording.attach(recordingContexts.apply(nextId + i));
                    }
                    made.add(recording);
                }
                block = NodeBlock.recorders(recorder.get(), nextId, made, recorderCount);
                recorderBlocks.add(block);
                recorderCount += n;
            } else {
                throw new UnknownNameException("model", model, allModelNames());
            }
        }
        blocks.add(block);
        nextId += n;
        revision++;
        return block;
    }

    private List<String> allModelNames() {
        List<String> names = new ArrayList<>(registry.names(NeuronModel.class));
        names.addAll(registry.names(StimulusDevice.class));
        names.addAll(registry.names(Recorder.class));
        return names;
    }

    /**
     * Takes back the last {@code create} (its parameters could not be set), so a failed create
     * changes nothing.
     */
    public void undoCreate(NodeBlock block) {
        if (blocks.isEmpty() || blocks.get(blocks.size() - 1) != block) {
            throw new IllegalStateException("only the last create can be undone");
        }
        blocks.remove(blocks.size() - 1);
        switch (block.kind()) {
            case NEURON -> {
                populations.remove(populations.size() - 1);
                neuronIds.truncate(block.neuronOffset());
            }
            case STIMULUS -> {
                deviceBlocks.remove(deviceBlocks.size() - 1);
                deviceCount -= block.size();
            }
            case RECORDER -> {
                recorderBlocks.remove(recorderBlocks.size() - 1);
                recorderCount -= block.size();
            }
        }
        nextId -= block.size();
        revision++;
    }

    /** The block holding node {@code id}, or null if there is no such node. */
    public NodeBlock blockOf(long id) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            NodeBlock block = blocks.get(mid);
            if (id < block.firstId()) {
                hi = mid - 1;
            } else if (id > block.lastId()) {
                lo = mid + 1;
            } else {
                return block;
            }
        }
        return null;
    }

    /**
     * The block holding node {@code id}.
     *
     * @throws KernelException naming the id and the valid range
     */
    public NodeBlock requireBlock(long id) {
        NodeBlock block = blockOf(id);
        if (block == null) {
            throw new KernelException("node " + id + " does not exist (nodes are 1.." + (nextId - 1) + ")");
        }
        return block;
    }

    /**
     * Throws if a model that existing nodes need has been uninstalled.
     *
     * @throws KernelException e.g. {@code neuron model "hh_psc_alpha_gap" is no longer installed; nodes 1..500 need it}
     */
    public void checkInstalled() {
        for (NodeBlock block : blocks) {
            Class<? extends Extension> point = switch (block.kind()) {
                case NEURON -> NeuronModel.class;
                case STIMULUS -> StimulusDevice.class;
                case RECORDER -> Recorder.class;
            };
            if (!registry.isInstalled(point, block.modelName())) {
                throw new KernelException(block.kind().what() + " \"" + block.modelName()
                        + "\" is no longer installed; " + block.idRange() + " need" + (block.size() == 1 ? "s" : "")
                        + " it");
            }
        }
    }

    /** Number of nodes ({@code network_size}). */
    public long size() {
        return nextId - 1;
    }

    /** Number of neurons over all populations. */
    public int neuronCount() {
        return neuronIds.size();
    }

    /** Node id of global neuron {@code index}. */
    public long neuronId(int index) {
        return neuronIds.get(index);
    }

    /** The neuron blocks in creation order (population index order). */
    public List<NodeBlock> populations() {
        return populations;
    }

    /** The stimulus-device blocks in creation order. */
    public List<NodeBlock> deviceBlocks() {
        return deviceBlocks;
    }

    /** The recorder blocks in creation order. */
    public List<NodeBlock> recorderBlocks() {
        return recorderBlocks;
    }

    /** Number of stimulus devices. */
    public int deviceCount() {
        return deviceCount;
    }

    /** Number of recorders. */
    public int recorderCount() {
        return recorderCount;
    }

    /** Changes whenever nodes are created, so prepared run state knows when to grow. */
    public int revision() {
        return revision;
    }
}
