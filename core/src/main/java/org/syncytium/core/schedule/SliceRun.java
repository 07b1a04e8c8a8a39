package org.syncytium.core.schedule;

import java.util.function.Consumer;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.coupling.CouplingSlice;
import org.syncytium.core.SplitPolicy;
import org.syncytium.core.connect.SpikeTable;
import org.syncytium.core.delivery.RingBuffers;
import org.syncytium.core.delivery.SliceClock;
import org.syncytium.core.phase.Convergence;
import org.syncytium.core.phase.DeviceEmission;
import org.syncytium.core.phase.FinalUpdate;
import org.syncytium.core.phase.GapPull;
import org.syncytium.core.phase.InputDelivery;
import org.syncytium.core.phase.SampleRecording;
import org.syncytium.core.phase.SpikeExchange;
import org.syncytium.core.phase.SpikeRouting;
import org.syncytium.core.plasticity.PlasticDelivery;
import org.syncytium.core.phase.TrialUpdate;
import org.syncytium.core.phase.WaveformExchange;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.plan.UpdateSplit;

/**
 * The phases of one plan in slice order, and the {@link CouplingSlice} a solver drives:
 * {@link #trialPass} is trial update, convergence and waveform exchange (the flag rides on it),
 * {@link #exchange} is the gap pull, {@link #finalPass} is final update, device emission, spike
 * exchange, routing, recording and, at a slice end, the constant waveform exchange and pull. Made
 * once per plan, so a slice allocates nothing. In a slice without trial passes the devices emit,
 * and the last slice's samples are handed on, inside the final pass's round by the first worker
 * done with its neurons ({@link #driverWork()}).
 *
 * <p>Pulls do not cost pool rounds of their own: {@link #exchange} only notes that the pull is
 * owed, and the next trial or final pass runs it first, each worker for the neurons it then
 * integrates; the constant pull after a final pass runs with the next slice's input delivery. So a
 * WFR iteration is one pool round (one barrier) and a slice's final part two (final pass,
 * delivery), against two and four before. The waveforms are double-buffered so that a pass may
 * write while a slower worker still pulls ({@code PopulationBuffers}); after each pass that wrote
 * them they are published ({@code GapExchange.publishAll}). Results are bit for bit the same: each
 * neuron's input is the same sum in the same order, only computed at another moment and maybe
 * by another worker.
 */
final class SliceRun implements CouplingSlice {
    private final RunPlan plan;
    private final SliceClock clock;
    private final PhaseTimes times;
    private final Consumer<String> warnings;
    private final InputDelivery delivery;
    private final TrialUpdate trial;
    private final Convergence convergence;
    private final WaveformExchange waveforms;
    private final GapPull pull;
    private final FinalUpdate update;
    private final DeviceEmission devices;
    private final SpikeExchange spikeExchange;
    private final SpikeRouting routing;
    private final SampleRecording sampling;
    private int finalPasses;
    private int trialPasses;
    private boolean warned;
    /** The current slice ends the run (see {@link #endsRun}). */
    private boolean endsRun;
    /** The full pull of the last trial pass is owed to the next pass. */
    private boolean pullOwed;
    /** The constant pull of the last final pass is owed to the next input delivery. */
    private boolean constantOwed;
    /** The slice's input delivery is owed to its first pass (see {@link #deliverInput()}). */
    private boolean deliveryOwed;
    /** What the driver does inside a final pass without trial passes before: emission, last slice's samples. */
    private final Runnable driverWork = this::driverWork;

    SliceRun(RunPlan plan, WorkerPool pool, RingBuffers rings, SpikeTable spikes, PlasticDelivery plastic,
            Communicator communicator,
            SliceClock clock, PhaseTimes times, Consumer<String> warnings, SplitPolicy split) {
        this.plan = plan;
        this.clock = clock;
        this.times = times;
        this.warnings = warnings;
        this.pull = new GapPull(plan, pool);
        this.delivery = new InputDelivery(plan, pool, rings, clock, pull);
        // one split for trial and final passes: they integrate the same neurons over the same slice
        UpdateSplit ranges = new UpdateSplit(plan.partition(), split, plan.sliceSteps() == 1,
                plan.neurons().populations());
        this.trial = new TrialUpdate(plan, pool, ranges, pull);
        this.convergence = new Convergence(trial);
        this.waveforms = new WaveformExchange(plan, communicator);
        this.devices = new DeviceEmission(plan, clock);
        this.update = new FinalUpdate(plan, pool, ranges, pull, delivery);
        this.spikeExchange = new SpikeExchange(plan, communicator);
        this.routing = new SpikeRouting(plan, spikeExchange, rings, spikes, plastic, pool);
        this.sampling = new SampleRecording(plan, clock);
    }

    RunPlan plan() {
        return plan;
    }

    /** Whether the coming slice (or piece of one) is the last of the run: its spikes pass plastic connections at the next run. */
    void endsRun(boolean last) {
        endsRun = last;
    }

    /** Lets the spikes held at the end of the last run pass their plastic connections. */
    void routeHeldSpikes() {
        routing.routeHeld();
    }

    /** Starts a (part of a) slice at origin T updating slice-local steps [first, end). */
    void begin(long originStep, int first, int end) {
        clock.set(originStep, first, end);
        // only process 0 opens the recordings (it records), so only it may ask their windows
        plan.sampling().beginSlice(originStep, plan.partition().rank() == 0);
        finalPasses = 0;
        trialPasses = 0;
        warned = false;
    }

    int finalPasses() {
        return finalPasses;
    }

    boolean warned() {
        return warned;
    }

    /** Spikes this process's neurons emitted since the last call; resets the count. */
    long takeEmittedSpikes() {
        return spikeExchange.takeEmitted();
    }

    /** Neuron-passes the trial passes integrated since the last call; resets the count. */
    long takeTrialNeuronPasses() {
        return trial.takeIntegrated();
    }

    /** Neuron-passes the trial passes skipped since the last call; resets the count. */
    long takeSkippedNeuronPasses() {
        return trial.takeSkipped();
    }

    /**
     * Owes the move of the slice's buffered input into the populations' slice arrays (with the
     * constant pull, if owed) to the slice's first pass: a trial pass first runs it in a pool round
     * of its own, a final pass in its own round, each worker for the neurons it then updates. So a
     * slice without trial passes (the stepwise solver's, or one without gap junctions) is one pool
     * round, one barrier.
     */
    void deliverInput() {
        deliveryOwed = true;
    }

    /** Runs an owed delivery in a pool round of its own (before a trial pass). */
    private void deliverOwed() {
        if (!deliveryOwed) {
            return;
        }
        deliveryOwed = false;
        long start = System.nanoTime();
        delivery.run(constantOwed);
        long pulling = constantOwed ? delivery.pullTime() : 0;
        constantOwed = false;
        long total = System.nanoTime() - start;
        times.addExchange(pulling);
        times.addDeliver(total - pulling);
    }

    /**
     * A gap-coupled run that starts at time 0: its first slice's input delivery pulls the constant
     * input like every later one, over no connections until the first publication (zero gap input,
     * {@link org.syncytium.core.gap.GapExchange#pullNothingUntilPublished()}), so that the code of
     * later slices has taken the same branches as the first.
     */
    void startWithoutGapInput() {
        plan.exchange().pullNothingUntilPublished();
        constantOwed = true;
    }

    /** Exchanges and pulls the currently published waveforms (after re-planning mid-run). */
    void exchangeNow() {
        waveforms.trial(true);
        pull.full();
    }

    @Override
    public double startMs() {
        return clock.origin() * plan.timing().resolution();
    }

    @Override
    public double endMs() {
        return (clock.origin() + plan.sliceSteps()) * plan.timing().resolution();
    }

    @Override
    public boolean gapCoupled() {
        return plan.timing().gapCoupled();
    }

    @Override
    public boolean trialPass(double tolerance) {
        return trialPass(tolerance, 0.0);
    }

    @Override
    public boolean trialPass(double tolerance, double skipBound) {
        if (!(skipBound >= 0.0)) {
            throw new IllegalArgumentException("skip bound must be >= 0 mV, was " + skipBound);
        }
        deliverOwed();
        int first = clock.first();
        int end = clock.end();
        // trial passes always cover the whole slice
        clock.set(clock.origin(), 0, plan.sliceSteps());
        long start = System.nanoTime();
        long pulling = 0;
        try {
            boolean owed = pullOwed;
            pullOwed = false;
            times.addWorkerWait(trial.run(tolerance, skipBound, trialPasses == 0, owed));
            trialPasses++;
            pulling = owed ? trial.pullTime() : 0;
        } finally {
            clock.set(clock.origin(), first, end);
            times.addExchange(pulling);
            times.addTrial(System.nanoTime() - start - pulling);
        }
        plan.exchange().publishAll();
        long exchanged = System.nanoTime();
        boolean converged = waveforms.trial(convergence.local());
        times.addCommunicate(System.nanoTime() - exchanged);
        return converged;
    }

    /** Owes the pull to the next pass, which runs it in its own pool round (see the class comment). */
    @Override
    public void exchange() {
        pullOwed = true;
    }

    @Override
    public void finalPass() {
        finalPasses++;
        if (finalPasses > 1) {
            throw new IllegalStateException("finalPass called twice in one slice");
        }
        boolean sliceEnd = clock.end() == plan.sliceSteps() && plan.timing().gapCoupled();
        boolean owed = pullOwed;
        pullOwed = false;
        boolean deliver = deliveryOwed;
        boolean constant = deliver && constantOwed;
        deliveryOwed = false;
        if (deliver) {
            constantOwed = false;
        }
        long start = System.nanoTime();
        // the devices emit inside the round only where no trial pass came first (the input delivery,
        // which must precede nothing of theirs, rides on the same round); the first worker done takes it
        boolean inside = deliver;
        times.addWorkerWait(update.run(deliver, constant, owed, sliceEnd, inside ? driverWork : null));
        long updated = System.nanoTime();
        long pulling = owed || sliceEnd ? update.pullTime() : 0;
        long delivering = deliver ? delivery.deliverTime() : 0;
        long constantPulling = constant ? delivery.pullTime() : 0;
        long emitting = update.driverTime();
        times.addExchange(pulling + constantPulling);
        times.addDeliver(delivering);
        times.addUpdate(updated - start - pulling - delivering - constantPulling - emitting);
        if (!inside) {
            devices.run();
            emitting += System.nanoTime() - updated;
        }
        long emitted = System.nanoTime();
        spikeExchange.run();
        long exchanged = System.nanoTime();
        routing.run(clock.origin(), endsRun);
        if (inside && sampling.deferrable()) {
            sampling.defer();
        } else {
            sampling.run();
        }
        long routed = System.nanoTime();
        times.addRoute(emitting + routed - exchanged);
        times.addCommunicate(exchanged - emitted);
        if (sliceEnd) {
            plan.exchange().publishAll();
            waveforms.constant();
            times.addCommunicate(System.nanoTime() - routed);
            pull.markConstantPublished();
            constantOwed = true;
        }
    }

    /**
     * The driver's work inside a final pass without trial passes before it (run by the first worker
     * done with its neurons, see {@link FinalUpdate}): the devices emit this
     * slice (landing at least D steps ahead, never in the ring rows delivered in this round; spike
     * routing still follows, after the round) and the last slice's samples are handed on (the pass
     * samples into the other tables).
     */
    private void driverWork() {
        sampling.runDeferred();
        devices.run();
    }

    /** Hands on what is still deferred (samples): at the end of a simulate call and before re-planning. */
    void drain() {
        sampling.runDeferred();
    }

    @Override
    public void warn(String message) {
        if (warned) {
            return;
        }
        warned = true;
        warnings.accept("WARNING: " + plan.timing().solverName() + ": " + message + " at interval "
                + TimeText.ms(startMs()) + "-" + TimeText.ms(endMs()) + " ms");
    }
}
