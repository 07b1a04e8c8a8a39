package org.syncytium.core.phase;

import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.api.neuron.Population;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.plan.UpdateSplit;
import org.syncytium.core.schedule.WorkerPool;
import org.syncytium.core.schedule.WorkerTask;

/**
 * A waveform-relaxation trial pass: every gap-coupled neuron this process owns integrates the whole
 * slice against its partners' last waveforms, writes its own (published once every worker is
 * done) and returns to its slice-start state. If the exchange of the pass before is still owed,
 * each worker first pulls the gap input of the very neurons it then integrates ({@link GapPull}),
 * so a WFR iteration takes one pool round instead of two. Each worker leaves its own convergence flag for {@link Convergence}. The ranges come from
 * the {@link UpdateSplit}, which moves them between passes by the cost each worker measured. A
 * population that {@linkplain Population#sharesTrialPasses() takes neurons one at a time} is not
 * split into ranges at all: the workers share its pass ({@link SharedTrialPass}), each pulling the
 * neurons it takes, and such a pass charges no cost to the split (the final pass still measures
 * its own); the system property {@code syncytium.trial.shared=false} turns sharing off for
 * comparisons. With a
 * skip bound ({@link TrialSkip}) a pass after the first of a slice integrates only the neurons whose
 * gap input changed by more than the bound; the others keep their published waveform and count as
 * converged.
 */
public final class TrialUpdate {
    /**
     * System property {@code syncytium.trial.shared=false}: fixed ranges even where a population could
     * share (for comparisons; read per plan, so {@code bench --alternate} can switch it run by run).
     */
    private final boolean share = !"false".equals(System.getProperty("syncytium.trial.shared"));
    private final RunPlan plan;
    private final WorkerPool pool;
    private final UpdateSplit split;
    private final GapPull pull;
    private final boolean[] converged;
    /** Per worker: wall time of this pass's pull, ns. */
    private final long[] pulled;
    private boolean pullFirst;
    private final WorkerTask task = this::trial;
    private double tolerance;
    private double skipBound;
    private boolean firstOfSlice;
    /** Made when skipping is first asked for, so a run without it holds nothing extra. */
    private TrialSkip skip;
    /** Per worker: neuron-passes integrated since the last {@link #takeIntegrated()}. */
    private final long[] integrated;
    /** The neuron queues of populations whose trial passes the workers share. */
    private final SharedTrialPass shared;
    /** Per population: this pass is shared ({@link SharedTrialPass}) rather than split into ranges. */
    private final boolean[] sharing;

    public TrialUpdate(RunPlan plan, WorkerPool pool, UpdateSplit split, GapPull pull) {
        this.plan = plan;
        this.pool = pool;
        this.split = split;
        this.pull = pull;
        this.converged = new boolean[plan.workers()];
        this.pulled = new long[plan.workers()];
        this.integrated = new long[plan.workers()];
        this.shared = new SharedTrialPass(plan.neurons().populations(), plan.workers(), (p, i) -> pull.full(p, i, i + 1));
        this.sharing = new boolean[plan.populationCount()];
    }

    /**
     * Runs the pass over every neuron; {@code tolerance} is wfr_tol in mV. Returns the wall time the
     * workers waited for the slowest one, summed over workers, in ns.
     */
    public long run(double tolerance) {
        return run(tolerance, 0.0, true, false);
    }

    /**
     * Runs the pass as {@link #run(double)}; {@code skipBound} is the largest change of gap input in
     * mV for which a neuron is not integrated again (0: none is skipped, exactly {@link #run(double)}),
     * {@code firstOfSlice} true for the slice's first pass (none is skipped), {@code pullFirst} true
     * if each worker pulls its neurons' gap input from the published waveforms first.
     */
    public long run(double tolerance, double skipBound, boolean firstOfSlice, boolean pullFirst) {
        this.tolerance = tolerance;
        this.skipBound = skipBound;
        this.firstOfSlice = firstOfSlice;
        this.pullFirst = pullFirst;
        if (skipBound > 0.0 && skip == null) {
            skip = new TrialSkip(plan);
        }
        share(skipBound);
        pool.run(task);
        return split.endPass();
    }

    /** Neuron-passes integrated since the last call, over all workers; resets the count. */
    public long takeIntegrated() {
        long sum = 0;
        for (int w = 0; w < integrated.length; w++) {
            sum += integrated[w];
            integrated[w] = 0;
        }
        return sum;
    }

    /** Neuron-passes skipped since the last call; resets the count. */
    public long takeSkipped() {
        return skip == null ? 0 : skip.takeSkipped();
    }

    /** The longest wall time a worker spent pulling in the last pass, ns (0 without a pull). */
    public long pullTime() {
        long longest = 0;
        for (long t : pulled) {
            longest = Math.max(longest, t);
        }
        return longest;
    }

    /**
     * Decides per population whether the workers share this pass (more than one worker, a
     * population that takes neurons one at a time, no skipping: a skipped neuron's list is per
     * worker) and lines up the shared ones.
     */
    private void share(double skipBound) {
        Population[] populations = plan.neurons().populations();
        boolean[] gap = plan.neurons().gapPopulation();
        int last = plan.workers() - 1;
        for (int p = 0; p < populations.length; p++) {
            sharing[p] = share && last > 0 && gap[p] && skipBound == 0.0 && populations[p].sharesTrialPasses();
            if (sharing[p]) {
                // the owned neurons: the union of the workers' ranges
                shared.prepare(p, split.from(p, 0), split.to(p, last), pullFirst);
            }
        }
    }

    /** Per-worker flags of the last pass. */
    boolean[] converged() {
        return converged;
    }

    private void trial(int w) {
        Population[] populations = plan.neurons().populations();
        boolean[] gap = plan.neurons().gapPopulation();
        long pulling = 0;
        boolean ok = true;
        for (int p = 0; p < populations.length; p++) {
            if (sharing[p]) {
                SharedTrialPass.WorkerQueue queue = shared.queue(p, w);
                try {
                    ok = populations[p].trialUpdate(queue, plan.io()[p][w], tolerance) && ok;
                } catch (NumericalInstabilityException e) {
                    throw NodeIds.named(e, plan, p);
                }
                integrated[w] += queue.taken();
                pulling += queue.pulling();
                continue;
            }
            int from = split.from(p, w);
            int to = split.to(p, w);
            if (gap[p] && from < to) {
                // the pull is charged with the range: it costs per neuron (partners), as the pass
                long cpu = split.clock();
                if (pullFirst) {
                    long pullStart = System.nanoTime();
                    pull.full(p, from, to);
                    pulling += System.nanoTime() - pullStart;
                }
                // no short-circuit: every range must run its pass
                try {
                    if (skipBound > 0.0) {
                        // the list holds this worker's neurons at its own range's positions
                        int end = skip.select(w, p, from, to, skipBound, firstOfSlice);
                        integrated[w] += end - from;
                        if (end > from) {
                            ok = populations[p].trialUpdate(skip.listed(p), from, end, plan.io()[p][w], tolerance) && ok;
                        }
                    } else {
                        integrated[w] += to - from;
                        ok = populations[p].trialUpdate(from, to, plan.io()[p][w], tolerance) && ok;
                    }
                } catch (NumericalInstabilityException e) {
                    throw NodeIds.named(e, plan, p);
                }
                split.tally(p, w, from, to);
                split.charge(p, w, split.clock() - cpu);
            }
        }
        converged[w] = ok;
        pulled[w] = pulling;
        split.finished(w, System.nanoTime());
    }
}
