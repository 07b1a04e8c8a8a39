package org.syncytium.core.schedule;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.syncytium.api.ProgressListener;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.core.MachineOptions;
import org.syncytium.core.connect.ConnectionManager;
import org.syncytium.core.delivery.RingBuffers;
import org.syncytium.core.delivery.SliceClock;
import org.syncytium.core.node.NodeManager;
import org.syncytium.core.plan.DelayExtrema;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.plan.RunPlanner;
import org.syncytium.core.record.Recorders;
import org.syncytium.core.plasticity.PlasticDelivery;
import org.syncytium.core.settings.DelayBounds;
import org.syncytium.core.settings.KernelSettings;
import org.syncytium.core.settings.SettingsView;

/**
 * The slice loop. Time advances in slices of D = min_delay steps; each slice: deliver buffered
 * input, let the coupling solver run trial passes and exchanges (if gap junctions exist), one final
 * pass, advance the clock. A run may end inside a slice; the next call finishes that slice with a
 * final pass over the rest (no new trial passes), so simulate(a) then simulate(b) equals
 * simulate(a + b). The plan is (re)built only at slice boundaries, so solvers can be swapped
 * between calls without losing pending spikes.
 */
@Singleton
public final class SliceLoop implements AutoCloseable {
    private final KernelSettings settings;
    private final NodeManager nodes;
    private final ConnectionManager connections;
    private final RingBuffers rings;
    private final WorkerPool pool;
    private final SolverStatistics statistics;
    private final PhaseTimes times;
    private final MachineOptions machine;
    private final Communicator communicator;
    private final RunPlanner planner;
    private final Recorders recorders;
    private final SliceClock clock = new SliceClock();

    private long now;
    /** Spikes of this process's neurons in the latest simulate call. */
    private long localSpikes;
    private long sliceOrigin;
    private int sliceDone;
    private SliceRun run;
    private String failure;
    private ProgressListener listener;
    private final ProgressListener console = new ConsoleProgress(System.out);
    /** Settings as the solver reads them during a run, resolved once per simulate call. */
    private SettingsView runSettings;

    @Inject
    public SliceLoop(KernelSettings settings, NodeManager nodes, ConnectionManager connections, RingBuffers rings,
            WorkerPool pool, SolverStatistics statistics, PhaseTimes times, MachineOptions machine,
            Communicator communicator, RunPlanner planner, Recorders recorders) {
        this.settings = settings;
        this.nodes = nodes;
        this.connections = connections;
        this.rings = rings;
        this.pool = pool;
        this.statistics = statistics;
        this.times = times;
        this.machine = machine;
        this.communicator = communicator;
        this.planner = planner;
        this.recorders = recorders;
    }

    /** Where progress goes while {@code print_time} is on; null prints NEST's line to standard output. */
    public void setProgressListener(ProgressListener progress) {
        this.listener = progress;
    }

    /** Simulated time in steps. */
    public long clockSteps() {
        return now;
    }

    /**
     * Spikes this process's neurons emitted during the latest {@link #simulate} call that advanced
     * time (NEST's {@code local_spike_counter}, which NEST counts per Run; a Run of 0 ms keeps it).
     */
    public long localSpikeCounter() {
        return localSpikes;
    }

    /**
     * The threads a run uses: one per virtual process of this process, at most one per core (the
     * virtual processes fix the results; the threads only the speed). Kernel status reports it as
     * local_num_threads.
     */
    public int workerThreads() {
        return planner.workers();
    }

    /** num_connections over all processes (every process counts every connect call alike). */
    public long connectionCount() {
        return connections.globalCount();
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
        // a run that resumes inside a slice finishes it with the old plan; changes made since
        // (solver swap, new nodes or connections) take effect at the next slice boundary
        boolean prepared = false;
        if (sliceDone == 0 && steps > 0) {
            prepare();
            prepared = true;
        }
        recorders.open(h);
        if (steps > 0 && run != null) {
            // the last run's last slice passes plastic and weight-recorded connections now, as in NEST
            // (after the recorders opened: a weight recorder records these passes)
            run.routeHeldSpikes();
        }
        runSettings = settings.snapshot(true, true);
        boolean printTime = settings.printTime();
        ProgressListener progress = listener != null ? listener : console;
        long end = now + steps;
        if (steps > 0) {
            localSpikes = 0; // NEST restarts the count only for a run that advances time
        }
        long wallStart = System.nanoTime();
        long startClock = now;
        try {
            while (now < end) {
                if (sliceDone == 0 && !prepared) {
                    prepare();
                    prepared = true;
                }
                runSlice(end);
                localSpikes += run.takeEmittedSpikes();
                if (printTime && communicator.rank() == 0) {
                    double simulated = (now - startClock) * h;
                    double wall = (System.nanoTime() - wallStart) * 1e-6;
                    progress.progress(now * h, end * h, wall > 0 ? simulated / wall : 0);
                }
            }
        } catch (RuntimeException e) {
            failure = e.getMessage();
            throw e;
        } finally {
            if (run != null) {
                run.drain();
                localSpikes += run.takeEmittedSpikes();
            }
            recorders.flush();
        }
    }

    private void runSlice(long end) {
        int d = run.plan().sliceSteps();
        int until = (int) Math.min(d, end - sliceOrigin);
        run.endsRun(sliceOrigin + until == end);
        if (sliceDone == 0) {
            run.begin(sliceOrigin, 0, until);
            run.deliverInput();
            if (run.plan().timing().gapCoupled()) {
                int iterations = run.plan().timing().solver().advance(run, runSettings);
                if (run.finalPasses() != 1) {
                    throw new KernelException("coupling solver \"" + run.plan().timing().solverName()
                            + "\" must end every slice with exactly one final pass");
                }
                statistics.record(iterations, run.warned());
                statistics.recordNeuronPasses(run.takeTrialNeuronPasses(), run.takeSkippedNeuronPasses());
            } else {
                run.finalPass();
            }
        } else {
            run.begin(sliceOrigin, sliceDone, until);
            run.finalPass();
        }
        now = sliceOrigin + until;
        if (until == d) {
            sliceOrigin += d;
            sliceDone = 0;
        } else {
            sliceDone = until;
        }
    }

    private void requireSolver() {
        int gaps = connections.gaps().size();
        if (gaps == 0 || settings.solver().isPresent()) {
            return;
        }
        String name = settings.solverName();
        throw new KernelException(name.isEmpty() ? "no coupling solver is installed; " + gaps
                + " gap-junction connections need one"
                : "coupling solver \"" + name + "\" is no longer installed; " + gaps
                        + " gap-junction connections need it");
    }

    /** Plans the run at a slice boundary (a new plan if anything it depends on changed). */
    private void prepare() {
        if (run != null) {
            run.drain(); // what the old plan deferred goes first
        }
        pool.resize(planner.workers());
        connections.plasticDelivery().reseed(settings.rngSeed()); // also where the plan stays
        if (!planner.prepare(sliceOrigin, clock) && run != null) {
            return;
        }
        RunPlan plan = planner.current();
        PlasticDelivery plastic = connections.plasticDelivery();
        plastic.plan(settings.stepsToMsNow(), plan.sliceSteps());
        run = new SliceRun(plan, pool, rings, connections.spikes(), plastic, communicator, clock, times,
                machine.warnings(), machine.split());
        if (plan.timing().gapCoupled() && now > 0) {
            planner.republish();
            run.exchangeNow();
        } else if (plan.timing().gapCoupled()) {
            run.startWithoutGapInput();
        }
    }

    /** min_delay in steps for the current network and settings (this process's view). */
    public int minDelaySteps() {
        return settings.delayBounds().map(DelayBounds::minSteps).orElseGet(() ->
                DelayExtrema.min(connections.minDelaySteps(), communicationSteps(), settings.resolution()));
    }

    /** max_delay in steps for the current network and settings (this process's view). */
    public int maxDelaySteps() {
        return settings.delayBounds().map(DelayBounds::maxSteps).orElseGet(() ->
                DelayExtrema.max(connections.maxDelaySteps(), communicationSteps(), settings.resolution()));
    }

    private int communicationSteps() {
        if (connections.gaps().size() == 0) {
            return -1;
        }
        SettingsView view = settings.view(nodes.size() > 0, connections.count() > 0);
        return settings.solver().map(s -> DelayExtrema.steps(s.communicationInterval(view), settings.resolution()))
                .orElse(-1);
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        pool.close();
    }
}
