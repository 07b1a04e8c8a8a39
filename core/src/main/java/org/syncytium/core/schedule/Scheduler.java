package org.syncytium.core.schedule;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.syncytium.api.ProgressListener;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.record.Recording;
import org.syncytium.core.connect.ConnectionManager;
import org.syncytium.core.connect.GapTable;
import org.syncytium.core.delivery.DeviceOutput;
import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.delivery.RingBuffers;
import org.syncytium.core.delivery.WorkerSliceIO;
import org.syncytium.core.gap.GapExchange;
import org.syncytium.core.node.NodeBlock;
import org.syncytium.core.node.NodeManager;
import org.syncytium.core.record.KernelRecordingContext;
import org.syncytium.core.record.Sampling;
import org.syncytium.core.record.SpikeRecorders;
import org.syncytium.core.settings.KernelSettings;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.settings.SettingsView;
import org.syncytium.core.util.LongList;

/**
 * The slice loop. Time advances in slices of D = min_delay steps; each slice: deliver buffered
 * input, let the coupling solver run trial passes and exchanges (if gap junctions exist), one final
 * pass (populations in parallel, then devices, spike routing and recording), advance the clock.
 * A run may end inside a slice; the next call finishes that slice with a final pass over the rest
 * (no new trial passes), so simulate(a) then simulate(b) equals simulate(a + b). Everything that
 * depends on settings and network (D, K, buffers, partitions) is prepared at slice boundaries only,
 * so solvers can be swapped between calls without losing pending spikes.
 */
@Singleton
public final class Scheduler implements AutoCloseable {
    private static final String V_M = "V_m";

    private final KernelSettings settings;
    private final NodeManager nodes;
    private final ConnectionManager connections;
    private final RingBuffers rings;
    private final WorkerPool pool;
    private final SolverStatistics statistics;
    private final MachineOptions machine;
    private final SliceRunner runner;

    private long clock;
    private long sliceOrigin;
    private int sliceDone;
    private RunLayout layout;
    /** What the layout was built from: nodes, connections, settings, workers, multimeter settings. */
    private List<Object> layoutKey;
    private String failure;
    private ProgressListener listener;
    private final ProgressListener console = new ConsoleProgress(System.out);
    /** Settings as the solver reads them during a run, resolved once per simulate call. */
    private SettingsView runSettings;

    @Inject
    public Scheduler(KernelSettings settings, NodeManager nodes, ConnectionManager connections, RingBuffers rings,
            WorkerPool pool, SolverStatistics statistics, PhaseTimes times, MachineOptions machine) {
        this.settings = settings;
        this.nodes = nodes;
        this.connections = connections;
        this.rings = rings;
        this.pool = pool;
        this.statistics = statistics;
        this.machine = machine;
        this.runner = new SliceRunner(pool, rings, connections.spikes(), machine.warnings(), times);
    }

    /** Where progress goes while {@code print_time} is on; null prints NEST's line to standard output. */
    public void setProgressListener(ProgressListener progress) {
        this.listener = progress;
    }

    /** Simulated time in steps. */
    public long clockSteps() {
        return clock;
    }

    /**
     * Advances the network by {@code ms}.
     *
     * @throws BadPropertyException if {@code ms} is negative or not a multiple of the resolution
     * @throws KernelException      if a needed plugin is gone, or an earlier run failed
     */
    public void simulate(double ms) {
        if (failure != null) {
            throw new KernelException("the simulation cannot continue: it stopped with an error earlier (" + failure
                    + "); create a new simulator");
        }
        double h = settings.resolution();
        if (!(ms >= 0) || Double.isInfinite(ms)) {
            throw new BadPropertyException("simulate", "t", ms, "must be a non-negative number of ms");
        }
        long steps = Math.round(ms / h);
        if (Math.abs(steps * h - ms) > 1e-9 * Math.max(1.0, ms)) {
            throw new BadPropertyException("simulate", "t", ms, "must be a multiple of the resolution " + h + " ms");
        }
        nodes.checkInstalled();
        connections.checkInstalled();
        settings.pinSolver();
        requireSolver();
        // a run that resumes inside a slice finishes it with the old layout; changes made since
        // (solver swap, new nodes or connections) take effect at the next slice boundary
        boolean prepared = false;
        if (sliceDone == 0 && steps > 0) {
            prepare();
            prepared = true;
        }
        openRecordings(h);
        runSettings = settings.snapshot(true, true);
        boolean printTime = settings.printTime();
        ProgressListener progress = listener != null ? listener : console;
        long end = clock + steps;
        long wallStart = System.nanoTime();
        long startClock = clock;
        try {
            while (clock < end) {
                if (sliceDone == 0 && !prepared) {
                    prepare();
                    prepared = true;
                }
                runSlice(end);
                if (printTime) {
                    double simulated = (clock - startClock) * h;
                    double wall = (System.nanoTime() - wallStart) * 1e-6;
                    progress.progress(clock * h, end * h, wall > 0 ? simulated / wall : 0);
                }
            }
        } catch (RuntimeException e) {
            failure = e.getMessage();
            throw e;
        } finally {
            for (NodeBlock block : nodes.recorderBlocks()) {
                block.recordings().forEach(Recording::flush);
            }
        }
    }

    private void runSlice(long end) {
        int d = layout.sliceSteps;
        int until = (int) Math.min(d, end - sliceOrigin);
        if (sliceDone == 0) {
            runner.begin(sliceOrigin, 0, until);
            runner.deliverInput();
            if (layout.gapCoupled) {
                int iterations = layout.solver.advance(runner, runSettings);
                if (runner.finalPasses() != 1) {
                    throw new KernelException("coupling solver \"" + layout.solverName
                            + "\" must end every slice with exactly one final pass");
                }
                statistics.record(iterations, runner.warned());
            } else {
                runner.finalPass();
            }
        } else {
            runner.begin(sliceOrigin, sliceDone, until);
            runner.finalPass();
        }
        clock = sliceOrigin + until;
        if (until == d) {
            sliceOrigin += d;
            sliceDone = 0;
        } else {
            sliceDone = until;
        }
    }

    private Optional<CouplingSolver> requireSolver() {
        int gaps = connections.gaps().size();
        if (gaps == 0) {
            return Optional.empty();
        }
        Optional<CouplingSolver> solver = settings.solver();
        if (solver.isEmpty()) {
            String name = settings.solverName();
            throw new KernelException(name.isEmpty() ? "no coupling solver is installed; " + gaps
                    + " gap-junction connections need one"
                    : "coupling solver \"" + name + "\" is no longer installed; " + gaps
                            + " gap-junction connections need it");
        }
        return solver;
    }

    private void openRecordings(double h) {
        for (NodeBlock block : nodes.recorderBlocks()) {
            for (int k = 0; k < block.size(); k++) {
                block.recordings().get(k).open(new KernelRecordingContext(h, block.firstId() + k, settings.dataPath(),
                        settings.dataPrefix()));
            }
        }
    }

    /** min_delay in steps for the current network and settings. */
    public int minDelaySteps() {
        return DelayExtrema.min(connections.minDelaySteps(), communicationSteps(), settings.resolution());
    }

    /** max_delay in steps for the current network and settings. */
    public int maxDelaySteps() {
        return DelayExtrema.max(connections.maxDelaySteps(), communicationSteps(), settings.resolution());
    }

    private int communicationSteps() {
        if (connections.gaps().size() == 0) {
            return -1;
        }
        return settings.solver().map(s -> DelayExtrema.steps(s.communicationInterval(view()), settings.resolution()))
                .orElse(-1);
    }

    private SettingsView view() {
        return settings.view(nodes.size() > 0, connections.count() > 0);
    }

    /**
     * Prepares a run at a slice boundary: rebuilds the layout if the network or the settings
     * changed since the last run, and in any case lets populations and devices recompute what
     * depends on their parameters (NEST's pre-run hook runs at every Simulate too).
     */
    private void prepare() {
        List<Object> sampling = new ArrayList<>();
        for (NodeBlock block : nodes.recorderBlocks()) {
            for (Recording recording : block.recordings()) {
                sampling.add(recording.interval());
                sampling.add(recording.recordFrom());
            }
        }
        List<Object> key = List.of(nodes.revision(), connections.count(), settings.values(),
                workerThreads(), sampling);
        if (layout != null && key.equals(layoutKey)) {
            for (int p = 0; p < layout.populations.length; p++) {
                layout.populations[p].prepare(new KernelRunContext(layout.resolution, layout.sliceSteps, layout.order,
                        layout.gapPopulation[p]));
            }
            for (Stimulus stimulus : layout.stimuli) {
                stimulus.prepare(layout.resolution);
            }
            return;
        }
        rebuild();
        layoutKey = key;
    }

    /**
     * The threads a run uses: one per virtual process, at most one per core (the virtual processes
     * fix the results; the threads only the speed). Kernel status reports it as local_num_threads.
     */
    public int workerThreads() {
        return Math.max(1, Math.min(machine.cores(), settings.virtualProcesses()));
    }

    /** Builds the run layout for the current network and settings. */
    private void rebuild() {
        double h = settings.resolution();
        RunLayout old = layout;
        RunLayout run = new RunLayout();
        GapTable gaps = connections.gaps();
        int n = nodes.neuronCount();
        run.resolution = h;
        run.gapCoupled = gaps.size() > 0;
        int comm = -1;
        if (run.gapCoupled) {
            run.solver = requireSolver().orElseThrow();
            run.solverName = run.solver.name();
            run.order = run.solver.interpolationOrder(view());
            if (run.order != 0 && run.order != 1 && run.order != 3) {
                throw new KernelException("coupling solver \"" + run.solverName + "\" asks for interpolation order "
                        + run.order + "; allowed are 0, 1 and 3");
            }
            comm = DelayExtrema.steps(run.solver.communicationInterval(view()), h);
        }
        int d = DelayExtrema.min(connections.minDelaySteps(), comm, h);
        run.sliceSteps = d;
        run.workers = workerThreads();
        pool.resize(run.workers);
        connections.spikes().compile(n);
        gaps.compile(n);
        connections.devices().compile(nodes.deviceCount());
        rings.resize(n, Math.max(connections.maxDelaySteps(), 1) + d, sliceOrigin);

        run.neuronIds = new long[n];
        run.populationOf = new int[n];
        run.localOf = new int[n];
        List<NodeBlock> blocks = nodes.populations();
        int pops = blocks.size();
        run.populations = new Population[pops];
        run.offsets = new int[pops];
        run.buffers = new PopulationBuffers[pops];
        run.gapPopulation = new boolean[pops];
        run.from = new int[pops][run.workers];
        run.to = new int[pops][run.workers];
        for (int p = 0; p < pops; p++) {
            NodeBlock block = blocks.get(p);
            int size = block.size();
            int offset = block.neuronOffset();
            run.populations[p] = block.population();
            run.offsets[p] = offset;
            for (int i = 0; i < size; i++) {
                run.neuronIds[offset + i] = block.firstId() + i;
                run.populationOf[offset + i] = p;
                run.localOf[offset + i] = i;
                run.gapPopulation[p] |= run.gapCoupled && gaps.touches(offset + i);
            }
            boolean gapArrays = ((NeuronModel) block.model()).supportsGapJunctions();
            PopulationBuffers previous = old != null && p < old.buffers.length ? old.buffers[p] : null;
            run.buffers[p] = previous != null && previous.fits(size, d, run.order, gapArrays) ? previous
                    : new PopulationBuffers(size, d, run.order, gapArrays);
            for (int w = 0; w < run.workers; w++) {
                // contiguous, fixed ranges: worker w owns the same neurons in every phase
                run.from[p][w] = (int) ((long) size * w / run.workers);
                run.to[p][w] = (int) ((long) size * (w + 1) / run.workers);
            }
        }
        run.spikeBuffers = new LongList[run.workers];
        for (int w = 0; w < run.workers; w++) {
            run.spikeBuffers[w] = new LongList(256);
        }
        run.sampling = new Sampling(connections.links(), nodes.recorderBlocks(), run.populationOf, blocks,
                run.neuronIds, d, h);
        run.io = new WorkerSliceIO[pops][run.workers];
        for (int p = 0; p < pops; p++) {
            for (int w = 0; w < run.workers; w++) {
                run.io[p][w] = new WorkerSliceIO(run.buffers[p], runner.clock(), run.spikeBuffers[w], run.sampling,
                        run.populations[p], p, run.offsets[p]);
            }
        }
        prepareDevices(run, old);
        List<Recording> recordings = new ArrayList<>();
        nodes.recorderBlocks().forEach(block -> recordings.addAll(block.recordings()));
        run.spikeRecorders = new SpikeRecorders(connections.links(), n, recordings);
        run.exchange = new GapExchange(gaps, run.buffers, run.populationOf, run.localOf);
        for (int p = 0; p < pops; p++) {
            run.populations[p].prepare(new KernelRunContext(h, d, run.order, run.gapPopulation[p]));
        }
        for (Stimulus stimulus : run.stimuli) {
            stimulus.prepare(h);
        }
        runner.use(run);
        layout = run;
        if (run.gapCoupled && clock > 0) {
            republish(run, blocks);
            runner.exchangeNow();
        }
    }

    private void prepareDevices(RunLayout run, RunLayout old) {
        long seed = settings.rngSeed();
        List<Stimulus> stimuli = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (NodeBlock block : nodes.deviceBlocks()) {
            for (int k = 0; k < block.size(); k++) {
                stimuli.add(block.stimuli().get(k));
                ids.add(block.firstId() + k);
            }
        }
        run.stimuli = stimuli.toArray(Stimulus[]::new);
        run.outputs = new DeviceOutput[run.stimuli.length];
        run.outputSeed = seed;
        boolean carry = old != null && old.outputSeed == seed;
        for (int dev = 0; dev < run.outputs.length; dev++) {
            DeviceOutput previous = carry && dev < old.outputs.length ? old.outputs[dev] : null;
            run.outputs[dev] = new DeviceOutput(connections.devices(), dev, ids.get(dev), seed, rings, runner.clock())
                    .carryOver(previous);
        }
    }

    /**
     * After re-preparing mid-simulation, populations whose waveform arrays are new publish their
     * current V_m as the constant extrapolation (what their last final pass would have published).
     */
    private void republish(RunLayout run, List<NodeBlock> blocks) {
        int k1 = run.order + 1;
        for (int p = 0; p < run.populations.length; p++) {
            PopulationBuffers buffers = run.buffers[p];
            if (!run.gapPopulation[p] || buffers.published()) {
                continue;
            }
            boolean hasVm = blocks.get(p).model().parameters().contains(V_M);
            double[] out = buffers.gapOut();
            Arrays.fill(out, 0.0);
            for (int i = 0; i < buffers.size(); i++) {
                double v = hasVm ? run.populations[p].get(V_M, i) : 0.0;
                for (int l = 0; l < run.sliceSteps; l++) {
                    out[(i * run.sliceSteps + l) * k1] = v;
                }
            }
            buffers.setPublished(true);
        }
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        pool.close();
    }
}
