package org.syncytium.core.plan;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.record.Recording;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.connect.ConnectionManager;
import org.syncytium.core.connect.GapTable;
import org.syncytium.core.connect.RecorderLinks;
import org.syncytium.core.delivery.DeviceOutput;
import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.delivery.RingBuffers;
import org.syncytium.core.delivery.SliceClock;
import org.syncytium.core.delivery.WorkerSliceIO;
import org.syncytium.core.gap.GapExchange;
import org.syncytium.core.node.NodeBlock;
import org.syncytium.core.node.NodeManager;
import org.syncytium.core.record.SampleExchange;
import org.syncytium.core.record.Sampling;
import org.syncytium.core.record.SpikeRecorders;
import org.syncytium.core.settings.DelayBounds;
import org.syncytium.core.settings.KernelSettings;
import org.syncytium.core.settings.SettingsView;
import org.syncytium.core.util.LongList;

/**
 * Builds the {@link RunPlan} at a slice boundary when what it depends on changed (nodes, connect
 * calls, settings, threads, recorder settings), and otherwise only lets populations and devices
 * recompute what depends on their parameters (NEST's pre-run hook runs at every Simulate too).
 * Over several processes the planner also agrees with the others on the global facts: that they
 * run the same network and seed, min_delay, and whether any neuron is gap-coupled. Every process
 * plans at the same slice boundaries, so these collectives line up.
 */
@Singleton
public final class RunPlanner {
    private final KernelSettings settings;
    private final NodeManager nodes;
    private final ConnectionManager connections;
    private final RingBuffers rings;
    private final MachineOptions machine;
    private final Communicator communicator;

    private RunPlan plan;
    /** What the plan was built from. */
    private List<Object> key;

    @Inject
    public RunPlanner(KernelSettings settings, NodeManager nodes, ConnectionManager connections, RingBuffers rings,
            MachineOptions machine, Communicator communicator) {
        this.settings = settings;
        this.nodes = nodes;
        this.connections = connections;
        this.rings = rings;
        this.machine = machine;
        this.communicator = communicator;
    }

    /** The current plan; null before the first run. */
    public RunPlan current() {
        return plan;
    }

    /** Worker threads of this process: local_num_threads, at most the machine's cores. */
    public int workers() {
        return Math.max(1, Math.min(machine.cores(), settings.localThreads()));
    }

    /**
     * The plan for a run starting at step {@code originStep}; a new one if anything it depends on
     * changed.
     *
     * @return true if a new plan was built
     */
    public boolean prepare(long originStep, SliceClock clock) {
        List<Object> sampling = new ArrayList<>();
        for (NodeBlock block : nodes.recorderBlocks()) {
            for (Recording recording : block.recordings()) {
                sampling.add(recording.interval());
                sampling.add(recording.offset());
                sampling.add(recording.recordFrom());
            }
        }
        // connect calls, not connection counts: over several processes the calls are the same
        // everywhere while each process holds only its own targets' connections
        List<Object> now = List.of(nodes.revision(), connections.calls(), connections.count(), settings.values(),
                workers(), sampling, connections.edits(), settings.delayBounds());
        if (plan != null && now.equals(key) || plan != null && communicator.size() > 1 && sameGlobal(now)) {
            RunPlan run = plan;
            List<NodeBlock> blocks = nodes.populations();
            for (int p = 0; p < run.populationCount(); p++) {
                run.neurons().populations()[p].prepare(new KernelRunContext(run.timing().resolution(),
                        run.sliceSteps(), run.timing().order(), run.neurons().gapPopulation()[p], settings.rngSeed(),
                        firstOwnedId(blocks.get(p))));
            }
            for (Stimulus stimulus : run.stimuli()) {
                stimulus.prepare(run.timing().resolution(), settings.ticsPerMs());
            }
            return false;
        }
        plan = build(originStep, clock);
        key = now;
        return true;
    }

    /** Which neuron indices belong to a model that counts spikes (a parrot); null if none does. */
    private static boolean[] countingNeurons(List<NodeBlock> blocks, int n) {
        boolean[] counting = null;
        for (NodeBlock block : blocks) {
            if (((NeuronModel) block.model()).countsSpikes()) {
                if (counting == null) {
                    counting = new boolean[n];
                }
                Arrays.fill(counting, block.neuronOffset(), block.neuronOffset() + block.size(), true);
            }
        }
        return counting;
    }

    /** Over several processes the local connection count may differ; everything else must not. */
    private boolean sameGlobal(List<Object> now) {
        return key != null && now.get(0).equals(key.get(0)) && now.get(1).equals(key.get(1))
                && now.subList(3, now.size()).equals(key.subList(3, key.size()));
    }

    private RunPlan build(long originStep, SliceClock clock) {
        RunPlan old = plan;
        double h = settings.resolution();
        int ranks = communicator.size();
        int rank = communicator.rank();
        if (ranks > 1) {
            agree();
        }
        GapTable gaps = connections.gaps();
        boolean gapCoupled = ranks > 1 ? communicator.allMax(gaps.size()) > 0 : gaps.size() > 0;
        CouplingSolver solver = null;
        int order = 0;
        int comm = -1;
        SettingsView view = settings.view(nodes.size() > 0, connections.count() > 0);
        if (gapCoupled) {
            solver = settings.solver().orElseThrow(() -> new KernelException("coupling solver \""
                    + settings.solverName() + "\" is not installed; gap-junction connections need it"));
            order = solver.interpolationOrder(view);
            if (order != 0 && order != 1 && order != 3) {
                throw new KernelException("coupling solver \"" + solver.name() + "\" asks for interpolation order "
                        + order + "; allowed are 0, 1 and 3");
            }
            comm = DelayExtrema.steps(solver.communicationInterval(view), h);
        }
        Optional<DelayBounds> bounds = settings.delayBounds();
        if (bounds.isPresent() && comm >= 0 && (comm < bounds.get().minSteps() || comm > bounds.get().maxSteps())) {
            // NEST refuses such gap junctions when they are made: their exchange interval acts as their delay
            throw new KernelException("gap junctions exchange every " + settings.stepsToMs(comm) + " ms (coupling"
                    + " solver \"" + solver.name() + "\"), outside min_delay " + settings.stepsToMs(bounds.get().minSteps())
                    + " ms to max_delay " + settings.stepsToMs(bounds.get().maxSteps()) + " ms set before connecting");
        }
        int d = bounds.isPresent() ? bounds.get().minSteps() : DelayExtrema.min(connections.minDelaySteps(), comm, h);
        if (ranks > 1) {
            d = (int) -communicator.allMax(-d);
        }
        Timing timing = new Timing(h, d, order, gapCoupled, solver);
        int n = nodes.neuronCount();
        int workers = workers();
        connections.spikes().compile(n);
        gaps.compile(n);
        connections.devices().compile(nodes.deviceCount());

        List<NodeBlock> blocks = nodes.populations();
        int pops = blocks.size();
        int[] firstOwned = new int[pops];
        int[] ringOffsets = new int[pops];
        int[] rowOf = ranks > 1 ? new int[n] : null;
        if (rowOf != null) {
            Arrays.fill(rowOf, -1);
        }
        int columns = 0;
        for (int p = 0; p < pops; p++) {
            NodeBlock block = blocks.get(p);
            firstOwned[p] = block.neuronOffset() + block.ownedFrom();
            ringOffsets[p] = columns;
            for (int i = 0; i < block.ownedCount() && rowOf != null; i++) {
                rowOf[firstOwned[p] + i] = columns + i;
            }
            columns += block.ownedCount();
        }
        int receptors = 0;
        for (NodeBlock block : blocks) {
            receptors = Math.max(receptors, receptorPlanes(block));
        }
        // ring columns exist only for the neurons this process owns
        rings.resize(columns, rowOf, Math.max(connections.maxDelaySteps(), 1) + d, originStep, receptors);
        rings.countSpikes(countingNeurons(blocks, n));

        long[] neuronIds = new long[n];
        int[] populationOf = new int[n];
        int[] localOf = new int[n];
        Population[] populations = new Population[pops];
        int[] offsets = new int[pops];
        int[] sizes = new int[pops];
        boolean[] gapPopulation = new boolean[pops];
        PopulationBuffers[] buffers = new PopulationBuffers[pops];
        for (int p = 0; p < pops; p++) {
            NodeBlock block = blocks.get(p);
            int size = block.size();
            int offset = block.neuronOffset();
            populations[p] = block.population();
            offsets[p] = offset;
            sizes[p] = size;
            boolean gapArrays = ((NeuronModel) block.model()).supportsGapJunctions();
            for (int i = 0; i < size; i++) {
                neuronIds[offset + i] = block.firstId() + i;
                populationOf[offset + i] = p;
                localOf[offset + i] = i;
            }
            // over several processes every process exchanges every gap-capable population, since
            // partners of its neurons may live elsewhere
            // a population takes part if any of its neurons has a gap junction on any process (its
            // mirrored connections make it a target where it is owned)
            boolean touched = gapCoupled && gapArrays && touchesGap(gaps, offset, size);
            gapPopulation[p] = ranks > 1 ? communicator.allMax(touched ? 1 : 0) > 0 : touched;
            // slice arrays for the owned neurons only
            int owned = block.ownedCount();
            PopulationBuffers previous = old != null && p < old.buffers().length ? old.buffers()[p] : null;
            int ports = receptorPlanes(block);
            boolean summed = ports > 0 && ((NeuronModel) block.model()).sumsReceptorSigns();
            boolean sideBySide = summed && ((NeuronModel) block.model()).readsReceptorsSideBySide();
            buffers[p] = previous != null && previous.fits(owned, d, order, gapArrays, ports, summed, sideBySide)
                    ? previous : new PopulationBuffers(owned, d, order, gapArrays, ports, summed, sideBySide);
        }
        NeuronIndex index = new NeuronIndex(neuronIds, populationOf, localOf, populations, offsets, gapPopulation,
                firstOwned, ringOffsets);
        Partition partition = Partition.of(rank, ranks, workers, sizes);
        LongList[] spikeBuffers = new LongList[workers];
        for (int w = 0; w < workers; w++) {
            spikeBuffers[w] = new LongList(256);
        }
        RecorderLinks links = connections.links();
        Sampling sampling = new Sampling(links, nodes.recorderBlocks(), populationOf, blocks, neuronIds,
                nodes.deviceBlocks(), d, h);
        SampleExchange sampleExchange = ranks > 1 && links.sampleLinks() > 0
                ? new SampleExchange(sampling, communicator, populationOf, localOf, sizes) : null;
        WorkerSliceIO[][] io = new WorkerSliceIO[pops][workers];
        for (int p = 0; p < pops; p++) {
            for (int w = 0; w < workers; w++) {
                io[p][w] = new WorkerSliceIO(buffers[p], clock, spikeBuffers[w], sampling, populations[p], p,
                        firstOwned[p]);
            }
        }
        List<Recording> recordings = new ArrayList<>();
        nodes.recorderBlocks().forEach(block -> recordings.addAll(block.recordings()));
        // spikes of every process reach every process; rank 0 alone records them, so its
        // recorders see exactly what a single process's see
        SpikeRecorders spikeRecorders = new SpikeRecorders(rank == 0 ? links : new RecorderLinks(), n, recordings,
                connections.weightsRecorded() ? communicator : null);
        WaveformSlots slots = ranks > 1 && gapCoupled
                ? new WaveformSlots(sizes, offsets, gapPopulation, ranks, rank, d * (order + 1)) : null;
        GapExchange exchange = new GapExchange(gaps, buffers, populationOf, localOf, slots, workers);
        long seed = settings.rngSeed();
        Stimulus[] stimuli = stimuli();
        DeviceOutput[] outputs = outputs(stimuli.length, seed, old, clock, recordings, sampling);
        long global = connections.globalCount();
        for (int p = 0; p < pops; p++) {
            populations[p].prepare(new KernelRunContext(h, d, order, gapPopulation[p], seed, firstOwnedId(blocks.get(p))));
        }
        for (Stimulus stimulus : stimuli) {
            stimulus.prepare(h, settings.ticsPerMs());
        }
        return new RunPlan(timing, partition, index, buffers, io, spikeBuffers, stimuli, outputs, seed,
                spikeRecorders, sampling, sampleExchange, exchange, slots, global);
    }

    /** Node id of the population's index 0: the first neuron of the block this process owns. */
    private static long firstOwnedId(NodeBlock block) {
        return block.firstId() + block.ownedFrom();
    }

    private static boolean touchesGap(GapTable gaps, int offset, int size) {
        for (int i = 0; i < size; i++) {
            if (gaps.touches(offset + i)) {
                return true;
            }
        }
        return false;
    }

    private Stimulus[] stimuli() {
        List<Stimulus> stimuli = new ArrayList<>();
        for (NodeBlock block : nodes.deviceBlocks()) {
            stimuli.addAll(block.stimuli());
        }
        return stimuli.toArray(Stimulus[]::new);
    }

    /** Device outputs; connections that existed before keep their streams' state if the seed is the same. */
    private DeviceOutput[] outputs(int count, long seed, RunPlan old, SliceClock clock, List<Recording> recordings,
            Sampling sampling) {
        DeviceOutput[] outputs = new DeviceOutput[count];
        boolean carry = old != null && old.outputSeed() == seed;
        int dev = 0;
        for (NodeBlock block : nodes.deviceBlocks()) {
            for (int k = 0; k < block.size(); k++, dev++) {
                DeviceOutput previous = carry && dev < old.outputs().length ? old.outputs()[dev] : null;
                outputs[dev] = new DeviceOutput(connections.devices(), dev, block.firstId() + k, seed, rings, clock,
                        recordings, sampling)
                        .carryOver(previous);
            }
        }
        return outputs;
    }

    /**
     * Every process must run the same network with the same seed and settings; a mismatch (e.g.
     * ranks started with different scenario files or seeds) stops every process with one line.
     */
    private void agree() {
        // where and how loudly a process writes may differ (only rank 0 records); the physics may not
        java.util.Map<String, Object> physics = new java.util.TreeMap<>(settings.values());
        physics.keySet().removeAll(java.util.Set.of("data_path", "data_prefix", "print_time"));
        long[] mine = {settings.rngSeed(), nodes.size(), connections.calls(), physics.toString().hashCode()};
        int[] counts = new int[communicator.size()];
        long[] all = communicator.allGather(mine, mine.length, counts).clone();
        String[] what = {"rng_seed", "network_size", "the number of connect calls", "the kernel settings"};
        for (int r = 1; r < communicator.size(); r++) {
            for (int k = 0; k < mine.length; k++) {
                if (all[r * mine.length + k] != all[k]) {
                    String values = k == 3 ? "" : " (" + all[r * mine.length + k] + " vs " + all[k] + ")";
                    throw new KernelException("process " + r + " disagrees with process 0 on " + what[k] + values
                            + ": every process must run the same scenario with the same seed");
                }
            }
        }
    }

    /**
     * After re-planning mid-simulation, gap populations whose waveform arrays are new publish their
     * neurons' current voltage as the constant extrapolation (what their last final pass would
     * have published).
     */
    public void republish() {
        RunPlan run = plan;
        int d = run.sliceSteps();
        int k1 = run.timing().order() + 1;
        for (int p = 0; p < run.populationCount(); p++) {
            PopulationBuffers buffers = run.buffers()[p];
            if (!run.neurons().gapPopulation()[p] || buffers.published()) {
                continue;
            }
            Population population = run.neurons().populations()[p];
            double[] out = buffers.gapOut();
            Arrays.fill(out, 0.0);
            for (int i = 0; i < buffers.size(); i++) {
                double v = population.gapVoltage(i);
                for (int l = 0; l < d; l++) {
                    out[(i * d + l) * k1] = v;
                }
            }
            buffers.setPublished(true);
        }
    }

    /**
     * Receptor planes a population's input needs: 0 for a model with one receptor, else the largest
     * count of its owned neurons (a model may number its receptors per neuron), at least 1.
     */
    private static int receptorPlanes(NodeBlock block) {
        if (((NeuronModel) block.model()).spikeReceptors() == 0) {
            return 0;
        }
        Population population = block.population();
        int planes = 1;
        for (int i = 0; i < block.ownedCount(); i++) {
            planes = Math.max(planes, population.spikeReceptors(i));
        }
        return planes;
    }
}
