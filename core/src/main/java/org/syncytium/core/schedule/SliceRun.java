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
import org.syncytium.core.phase.TrialUpdate;
import org.syncytium.core.phase.WaveformExchange;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.plan.UpdateSplit;

/**
 * The phases of one plan in slice order, and the {@link CouplingSlice} a solver drives:
 * {@link #trialPass} is trial update, convergence and waveform exchange (the flag rides on it),
 * {@link #exchange} is the gap pull, {@link #finalPass} is final update, device emission, spike
 * exchange, routing, recording and, at a slice end, the constant waveform exchange and pull. Made
 * once per plan, so a slice allocates nothing.
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

    SliceRun(RunPlan plan, WorkerPool pool, RingBuffers rings, SpikeTable spikes, Communicator communicator,
            SliceClock clock, PhaseTimes times, Consumer<String> warnings, SplitPolicy split) {
        this.plan = plan;
        this.clock = clock;
        this.times = times;
        this.warnings = warnings;
        this.delivery = new InputDelivery(plan, pool, rings, clock);
        // one split for trial and final passes: they integrate the same neurons over the same slice
        UpdateSplit ranges = new UpdateSplit(plan.partition(), split);
        this.trial = new TrialUpdate(plan, pool, ranges);
        this.convergence = new Convergence(trial);
        this.waveforms = new WaveformExchange(plan, communicator);
        this.pull = new GapPull(plan, pool);
        this.update = new FinalUpdate(plan, pool, ranges);
        this.devices = new DeviceEmission(plan, clock);
        this.spikeExchange = new SpikeExchange(plan, communicator);
        this.routing = new SpikeRouting(plan, spikeExchange, rings, spikes);
        this.sampling = new SampleRecording(plan, clock);
    }

    RunPlan plan() {
        return plan;
    }

    /** Starts a (part of a) slice at origin T updating slice-local steps [first, end). */
    void begin(long originStep, int first, int end) {
        clock.set(originStep, first, end);
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

    /** Neuron-passes the trial passes integrated since the last call; resets the count. */
    long takeTrialNeuronPasses() {
        return trial.takeIntegrated();
    }

    /** Neuron-passes the trial passes skipped since the last call; resets the count. */
    long takeSkippedNeuronPasses() {
        return trial.takeSkipped();
    }

    /** Moves the slice's buffered input into the populations' slice arrays. */
    void deliverInput() {
        long start = System.nanoTime();
        delivery.run();
        times.addDeliver(System.nanoTime() - start);
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
        int first = clock.first();
        int end = clock.end();
        // trial passes always cover the whole slice
        clock.set(clock.origin(), 0, plan.sliceSteps());
        long start = System.nanoTime();
        try {
            times.addWorkerWait(trial.run(tolerance, skipBound, trialPasses == 0));
            trialPasses++;
        } finally {
            clock.set(clock.origin(), first, end);
            times.addTrial(System.nanoTime() - start);
        }
        long exchanged = System.nanoTime();
        boolean converged = waveforms.trial(convergence.local());
        times.addCommunicate(System.nanoTime() - exchanged);
        return converged;
    }

    @Override
    public void exchange() {
        long start = System.nanoTime();
        pull.full();
        times.addExchange(System.nanoTime() - start);
    }

    @Override
    public void finalPass() {
        finalPasses++;
        if (finalPasses > 1) {
            throw new IllegalStateException("finalPass called twice in one slice");
        }
        long start = System.nanoTime();
        times.addWorkerWait(update.run());
        long updated = System.nanoTime();
        times.addUpdate(updated - start);
        devices.run();
        long emitted = System.nanoTime();
        spikeExchange.run();
        long exchanged = System.nanoTime();
        routing.run(clock.origin());
        sampling.run();
        long routed = System.nanoTime();
        times.addRoute(emitted - updated + routed - exchanged);
        times.addCommunicate(exchanged - emitted);
        if (clock.end() == plan.sliceSteps() && plan.timing().gapCoupled()) {
            waveforms.constant();
            long sent = System.nanoTime();
            times.addCommunicate(sent - routed);
            pull.constant();
            times.addExchange(System.nanoTime() - sent);
        }
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
