package org.syncytium.core.kernel;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.ProgressListener;
import org.syncytium.api.Simulator;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.core.connect.ConnectionManager;
import org.syncytium.core.node.KernelNodeCollection;
import org.syncytium.core.node.NodeBlock;
import org.syncytium.core.node.NodeManager;
import org.syncytium.core.node.NodeParameters;
import org.syncytium.core.random.LooseValues;
import org.syncytium.core.record.CurrentRecordingContext;
import org.syncytium.core.record.Recorders;
import org.syncytium.core.registry.ExtensionRegistry;
import org.syncytium.core.schedule.PhaseTimes;
import org.syncytium.core.schedule.SliceLoop;
import org.syncytium.core.schedule.SolverStatistics;
import org.syncytium.core.settings.KernelKeys;
import org.syncytium.core.settings.KernelSettings;
import org.syncytium.core.spatial.Mask;
import org.syncytium.core.spatial.NodePositions;
import org.syncytium.core.spatial.Place;
import org.syncytium.core.util.ProcessMemory;

/**
 * The {@link Simulator} users drive, a thin front over the kernel's parts (settings, nodes,
 * connections, scheduler), which Guice composes: one injector per simulator.
 */
public final class KernelSimulator implements Simulator {
    private final KernelSettings settings;
    private final NodeManager nodes;
    private final NodeParameters parameters;
    private final ConnectionManager connections;
    private final SliceLoop scheduler;
    private final SolverStatistics statistics;
    private final PhaseTimes times;
    private final Recorders recorders;
    private final Communicator communicator;
    private final ExtensionRegistry registry;
    private final NodePositions positions;
    private final Stopwatches stopwatches = new Stopwatches();
    private final LooseValues looseValues = new LooseValues();
    private boolean closed;

    @Inject
    public KernelSimulator(KernelSettings settings, NodeManager nodes, NodeParameters parameters,
            ConnectionManager connections, SliceLoop scheduler, SolverStatistics statistics, PhaseTimes times,
            Recorders recorders, Communicator communicator, ExtensionRegistry registry, NodePositions positions) {
        this.positions = positions;
        this.settings = settings;
        this.nodes = nodes;
        this.parameters = parameters;
        this.connections = connections;
        this.scheduler = scheduler;
        this.statistics = statistics;
        this.times = times;
        this.recorders = recorders;
        this.communicator = communicator;
        this.registry = registry;
        nodes.useClock(new KernelDeviceClock(settings, scheduler));
        nodes.useRecordingContexts(id -> new CurrentRecordingContext(settings, nodes, id));
    }

    @Override
    public void setKernelStatus(Map<String, ?> changes) {
        checkOpen();
        // time already simulated counts like existing nodes: the clock is kept in steps of h
        settings.apply(changes, nodes.size() > 0 || scheduler.clockSteps() > 0, connections.count() > 0);
    }

    @Override
    public Map<String, Object> getKernelStatus() {
        Map<String, Object> status = new LinkedHashMap<>(settings.values());
        double h = settings.resolution();
        // total_num_virtual_procs is the partition the results depend on; local_num_threads the
        // threads that actually run it (min(VPs, cores)): 8 VPs on 2 cores report 8 and 2
        status.put(KernelKeys.LOCAL_THREADS, (long) scheduler.workerThreads());
        status.put(KernelKeys.BIOLOGICAL_TIME, scheduler.clockSteps() * h);
        status.put(KernelKeys.NUM_CONNECTIONS, scheduler.connectionCount());
        status.put(KernelKeys.MIN_DELAY, settings.stepsToMs(scheduler.minDelaySteps()));
        status.put(KernelKeys.MAX_DELAY, settings.stepsToMs(scheduler.maxDelaySteps()));
        status.put(KernelKeys.NETWORK_SIZE, nodes.size());
        double tics = settings.ticsPerMs();
        status.put(KernelKeys.MS_PER_TIC, 1.0 / tics);
        status.put(KernelKeys.TICS_PER_STEP, Math.round(h * tics));
        status.put(KernelKeys.RNG_TYPES, List.of(KernelKeys.XOSHIRO256_PLUS_PLUS));
        status.put(KernelKeys.NUM_PROCESSES, (long) communicator.size());
        status.put(KernelKeys.MPI_RANK, (long) communicator.rank());
        status.put(KernelKeys.LOCAL_SPIKE_COUNTER, scheduler.localSpikeCounter());
        status.put(KernelKeys.MEMORY_SIZE, ProcessMemory.virtualKilobytes());
        // an iterating solver names its statistics (NEST's wfr_iterations_mean, ...)
        for (CouplingSolver solver : registry.installed(CouplingSolver.class)) {
            String prefix = solver.statisticsPrefix();
            if (!prefix.isEmpty()) {
                status.put(prefix + KernelKeys.ITERATIONS_MEAN, statistics.mean());
                status.put(prefix + KernelKeys.ITERATIONS_MAX, (long) statistics.max());
                status.put(prefix + KernelKeys.ITERATIONS_HISTOGRAM, statistics.histogram());
                status.put(prefix + KernelKeys.MAX_ITERATIONS_REACHED, statistics.limitReached());
                status.put(prefix + KernelKeys.TRIAL_NEURON_PASSES, statistics.trialNeuronPasses());
                status.put(prefix + KernelKeys.SKIPPED_NEURON_PASSES, statistics.skippedNeuronPasses());
            }
        }
        status.putAll(stopwatches.seconds());
        status.putAll(times.seconds());
        return status;
    }

    @Override
    public Object getKernelStatus(String name) {
        Map<String, Object> status = getKernelStatus();
        if (!status.containsKey(name)) {
            throw new UnknownNameException("kernel setting", name, status.keySet());
        }
        return status.get(name);
    }

    @Override
    public NodeCollection create(String model, int n) {
        return create(model, n, Map.of());
    }

    @Override
    public NodeCollection create(String model, int n, Map<String, ?> params) {
        long start = System.nanoTime();
        try {
            return createNodes(model, n, params);
        } finally {
            stopwatches.addCreate(System.nanoTime() - start);
        }
    }

    private NodeCollection createNodes(String model, int n, Map<String, ?> params) {
        checkOpen();
        nodes.checkInstalled();
        NodeBlock block = nodes.create(model, n);
        KernelNodeCollection collection = new KernelNodeCollection(nodes, parameters, block, 0, n);
        if (!params.isEmpty()) {
            try {
                collection.set(params);
            } catch (RuntimeException e) {
                nodes.undoCreate(block);
                throw e;
            }
        }
        return collection;
    }

    @Override
    public void connect(NodeCollection pre, NodeCollection post, Map<String, ?> connSpec, Map<String, ?> synSpec) {
        checkOpen();
        nodes.checkInstalled();
        connections.checkInstalled();
        long start = System.nanoTime();
        try {
            connections.connect(own(pre), own(post), connSpec, synSpec);
        } finally {
            stopwatches.addConnect(System.nanoTime() - start);
        }
    }

    @Override
    public void connect(long[] sources, long[] targets, Map<String, ?> connSpec, Map<String, ?> synSpec) {
        checkOpen();
        nodes.checkInstalled();
        connections.checkInstalled();
        long start = System.nanoTime();
        try {
            connections.connect(sources, targets, connSpec, synSpec);
        } finally {
            stopwatches.addConnect(System.nanoTime() - start);
        }
    }

    private KernelNodeCollection own(NodeCollection collection) {
        if (collection instanceof KernelNodeCollection kernel && kernel.belongsTo(nodes)) {
            return kernel;
        }
        throw new KernelException("node collection " + collection + " was not created by this simulator");
    }

    @Override
    public org.syncytium.api.Connections getConnections(long[] sources, long[] targets, String synapseModel) {
        checkOpen();
        return connections.list(sources, targets, synapseModel);
    }

    @Override
    public void setConnections(long[] sources, long[] targets, int[] occurrences, boolean[] gap, String key,
            double[] values) {
        checkOpen();
        connections.set(sources, targets, occurrences, gap, key, values);
    }

    @Override
    public void disconnect(long[] sources, long[] targets, int[] occurrences, boolean[] gap) {
        checkOpen();
        connections.disconnect(sources, targets, occurrences, gap);
    }

    @Override
    public void checkParameters(String model, Map<String, ?> params) {
        checkOpen();
        nodes.checkInstalled();
        refuseRandom(model, params);
        if (connections.isSynapseModel(model)) {
            connections.checkSynapseDefaults(model, params);
            return;
        }
        // a scratch node, set as Create sets one and removed again whatever happened
        NodeBlock block = nodes.create(model, 1);
        try {
            new KernelNodeCollection(nodes, parameters, block, 0, 1).set(params);
        } finally {
            parameters.forgetKernelValues(block);
            nodes.undoCreate(block);
        }
    }

    @Override
    public void copySynapseModel(String existing, String name, Map<String, ?> defaults) {
        checkOpen();
        refuseRandom(name, defaults);
        connections.copySynapseModel(existing, name, defaults);
    }

    @Override
    public long connectionCount(String synapseModel) {
        checkOpen();
        return connections.count(synapseModel);
    }

    private static void refuseRandom(String model, Map<String, ?> params) {
        for (Map.Entry<String, ?> entry : params.entrySet()) {
            if (entry.getValue() instanceof RandomParameter) {
                throw new IllegalArgumentException(model + "." + entry.getKey() + ": a default holds one value, not a "
                        + "random parameter");
            }
        }
    }

    @Override
    public void setPositions(NodeCollection collection, double[] coordinates, int dimensions, double[] lowerLeft,
            double[] extent, boolean edgeWrap) {
        checkOpen();
        KernelNodeCollection own = own(collection);
        if (own.size() == 0) {
            throw new BadPropertyException("positions", "nodes", collection, "must not be empty");
        }
        positions.place(own.id(0), own.size(), coordinates, dimensions, lowerLeft, extent, edgeWrap);
    }

    @Override
    public boolean insideMask(Map<String, ?> mask, double[] point) {
        Mask parsed = Mask.parse(mask);
        if (point.length != parsed.dimensions()) {
            throw new BadPropertyException("mask", "point", point.length + " coordinates", "must have as many as the "
                    + "mask (" + parsed.dimensions() + ")");
        }
        return parsed.contains(point);
    }

    @Override
    public double[] evaluate(RandomParameter parameter, NodeCollection nodes) {
        checkOpen();
        KernelNodeCollection own = own(nodes);
        Place place = positions.place();
        return looseValues.next(parameter, settings.rngSeed(), place, k -> place.atNode(own.id(k)), own.size());
    }

    @Override
    public double[] evaluate(RandomParameter parameter, long source, double[] targets, int dimensions) {
        checkOpen();
        if (dimensions < 1 || targets.length % dimensions != 0) {
            throw new BadPropertyException("Parameter.apply", "positions", targets.length + " numbers",
                    "must hold " + dimensions + " coordinates per point");
        }
        Place place = positions.place();
        return looseValues.next(parameter, settings.rngSeed(), place,
                k -> place.atPoint(source, java.util.Arrays.copyOfRange(targets, k * dimensions, (k + 1) * dimensions)),
                targets.length / dimensions);
    }

    @Override
    public double drawValue(RandomParameter parameter) {
        checkOpen();
        return looseValues.next(parameter, settings.rngSeed());
    }

    @Override
    public void simulate(double ms) {
        checkOpen();
        long start = System.nanoTime();
        try {
            scheduler.simulate(ms);
        } finally {
            stopwatches.setSimulate(System.nanoTime() - start);
        }
    }

    @Override
    public void setProgressListener(ProgressListener listener) {
        scheduler.setProgressListener(listener);
    }

    /** Closes every recording (completing its files) and stops the worker threads; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        scheduler.close();
        recorders.close();
    }

    private void checkOpen() {
        if (closed) {
            throw new KernelException("the simulator is closed");
        }
    }
}
