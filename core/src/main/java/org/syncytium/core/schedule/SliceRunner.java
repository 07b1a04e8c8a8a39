package org.syncytium.core.schedule;

import java.util.Arrays;
import java.util.function.Consumer;
import org.syncytium.api.coupling.CouplingSlice;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.core.connect.SpikeTable;
import org.syncytium.core.delivery.RingBuffers;
import org.syncytium.core.delivery.SliceClock;
import org.syncytium.core.util.LongList;

/**
 * Runs the phases of one slice on the worker pool, and is the {@link CouplingSlice} a solver drives:
 * trial passes and exchanges over gap-coupled populations, then exactly one final pass. The tasks
 * are made once, so a slice allocates nothing.
 */
final class SliceRunner implements CouplingSlice {
    private final WorkerPool pool;
    private final RingBuffers rings;
    private final SpikeTable spikes;
    private final PhaseTimes times;
    private final Consumer<String> warnings;
    private final SliceClock clock = new SliceClock();
    private final LongList sorted = new LongList(1024);
    private boolean[] converged = new boolean[1];

    private RunLayout layout;
    private double tolerance;
    private int finalPasses;
    private boolean warned;

    private final WorkerTask deliverTask = this::deliver;
    private final WorkerTask trialTask = this::trial;
    private final WorkerTask exchangeTask = this::exchangeShare;
    private final WorkerTask updateTask = this::update;
    private final WorkerTask constantExchangeTask = this::constantExchangeShare;

    SliceRunner(WorkerPool pool, RingBuffers rings, SpikeTable spikes, Consumer<String> warnings, PhaseTimes times) {
        this.times = times;
        this.pool = pool;
        this.rings = rings;
        this.spikes = spikes;
        this.warnings = warnings;
    }

    SliceClock clock() {
        return clock;
    }

    void use(RunLayout prepared) {
        this.layout = prepared;
        if (converged.length < prepared.workers) {
            converged = new boolean[prepared.workers];
        }
    }

    /** Starts a (part of a) slice at origin T updating slice-local steps [first, end). */
    void begin(long originStep, int first, int end) {
        clock.set(originStep, first, end);
        finalPasses = 0;
        warned = false;
    }

    int finalPasses() {
        return finalPasses;
    }

    boolean warned() {
        return warned;
    }

    /** Moves the slice's buffered input from the rings into the populations' slice arrays. */
    void deliverInput() {
        long start = System.nanoTime();
        pool.run(deliverTask);
        times.addDeliver(System.nanoTime() - start);
    }

    /** Runs the exchange of the currently published waveforms (also used after re-preparing). */
    void exchangeNow() {
        pool.run(exchangeTask);
    }

    @Override
    public double startMs() {
        return clock.origin() * layout.resolution;
    }

    @Override
    public double endMs() {
        return (clock.origin() + layout.sliceSteps) * layout.resolution;
    }

    @Override
    public boolean gapCoupled() {
        return layout.gapCoupled;
    }

    @Override
    public boolean trialPass(double tol) {
        this.tolerance = tol;
        int first = clock.first();
        int end = clock.end();
        // trial passes always cover the whole slice
        clock.set(clock.origin(), 0, layout.sliceSteps);
        long start = System.nanoTime();
        try {
            pool.run(trialTask);
        } finally {
            clock.set(clock.origin(), first, end);
            times.addTrial(System.nanoTime() - start);
        }
        boolean all = true;
        for (int w = 0; w < layout.workers; w++) {
            all &= converged[w];
        }
        return all;
    }

    @Override
    public void exchange() {
        long start = System.nanoTime();
        pool.run(exchangeTask);
        times.addExchange(System.nanoTime() - start);
    }

    @Override
    public void finalPass() {
        finalPasses++;
        if (finalPasses > 1) {
            throw new IllegalStateException("finalPass called twice in one slice");
        }
        long start = System.nanoTime();
        pool.run(updateTask);
        long updated = System.nanoTime();
        times.addUpdate(updated - start);
        long origin = clock.origin();
        int first = clock.first();
        int end = clock.end();
        for (int d = 0; d < layout.stimuli.length; d++) {
            layout.stimuli[d].emit(origin, first, end, layout.outputs[d]);
        }
        routeSpikes(origin);
        layout.sampling.flush(origin, first, end);
        long routed = System.nanoTime();
        times.addRoute(routed - updated);
        if (end == layout.sliceSteps && layout.gapCoupled) {
            pool.run(constantExchangeTask);
            times.addExchange(System.nanoTime() - routed);
            for (int p = 0; p < layout.buffers.length; p++) {
                if (layout.gapPopulation[p]) {
                    layout.buffers[p].setPublished(true);
                }
            }
        }
    }

    /** Sorted by (stamp, node id), so delivery adds and recorders see spikes in one fixed order. */
    private void routeSpikes(long origin) {
        sorted.clear();
        for (LongList buffer : layout.spikeBuffers) {
            for (int k = 0; k < buffer.size(); k++) {
                sorted.add(buffer.get(k));
            }
            buffer.clear();
        }
        int n = sorted.size();
        long[] keys = sorted.raw();
        Arrays.sort(keys, 0, n);
        for (int s = 0; s < n; s++) {
            int l = (int) (keys[s] >>> 32);
            int neuron = (int) keys[s];
            long stamp = origin + l + 1;
            int end = spikes.rowStart(neuron + 1);
            for (int k = spikes.rowStart(neuron); k < end; k++) {
                rings.addSpike(spikes.target(k), stamp + spikes.delay(k) - 1, spikes.weight(k));
            }
            layout.spikeRecorders.spike(neuron, layout.neuronIds[neuron], stamp);
        }
    }

    @Override
    public void warn(String message) {
        if (warned) {
            return;
        }
        warned = true;
        warnings.accept("WARNING: " + layout.solverName + ": " + message + " at interval "
                + TimeText.ms(startMs()) + "-" + TimeText.ms(endMs()) + " ms");
    }

    private void deliver(int w) {
        RunLayout run = layout;
        for (int p = 0; p < run.populations.length; p++) {
            rings.deliver(run.buffers[p], run.offsets[p], run.from[p][w], run.to[p][w], clock.origin());
        }
    }

    private void trial(int w) {
        RunLayout run = layout;
        boolean ok = true;
        for (int p = 0; p < run.populations.length; p++) {
            if (run.gapPopulation[p] && run.from[p][w] < run.to[p][w]) {
                // no short-circuit: every range must run its pass
                try {
                    ok = run.populations[p].trialUpdate(run.from[p][w], run.to[p][w], run.io[p][w], tolerance) && ok;
                } catch (NumericalInstabilityException e) {
                    throw withNodeId(e, run, p);
                }
            }
        }
        converged[w] = ok;
    }

    private void exchangeShare(int w) {
        RunLayout run = layout;
        for (int p = 0; p < run.populations.length; p++) {
            if (run.gapPopulation[p]) {
                run.exchange.exchange(p, run.offsets[p], run.from[p][w], run.to[p][w]);
            }
        }
    }

    private void constantExchangeShare(int w) {
        RunLayout run = layout;
        for (int p = 0; p < run.populations.length; p++) {
            if (run.gapPopulation[p]) {
                run.exchange.exchangeConstant(p, run.offsets[p], run.from[p][w], run.to[p][w]);
            }
        }
    }

    private void update(int w) {
        RunLayout run = layout;
        for (int p = 0; p < run.populations.length; p++) {
            if (run.from[p][w] < run.to[p][w]) {
                try {
                    run.populations[p].update(run.from[p][w], run.to[p][w], run.io[p][w]);
                } catch (NumericalInstabilityException e) {
                    throw withNodeId(e, run, p);
                }
            }
        }
    }

    /** Users know nodes by id, models only by their index in the population. */
    private static NumericalInstabilityException withNodeId(NumericalInstabilityException e, RunLayout run, int p) {
        if (e.neuronIndex() < 0) {
            return e;
        }
        long id = run.neuronIds[run.offsets[p] + e.neuronIndex()];
        return new NumericalInstabilityException("node " + id + " (" + run.populations[p].model().name() + "): "
                + e.getMessage());
    }
}
