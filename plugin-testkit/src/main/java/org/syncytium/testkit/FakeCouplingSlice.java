package org.syncytium.testkit;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.coupling.CouplingSlice;

/**
 * A slice as a coupling solver drives it, with scripted convergence: trial pass {@code k} (from 1)
 * reports convergence if {@code k >= convergesAt}. Records the order of calls, e.g.
 * {@code [trial, exchange, trial, exchange, final]}.
 */
public final class FakeCouplingSlice implements CouplingSlice {

    private final boolean gapCoupled;
    private final int convergesAt;
    private final List<String> calls = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int trials;

    /**
     * @param gapCoupled  whether the network has gap junctions
     * @param convergesAt the first trial pass that converges; {@code Integer.MAX_VALUE} for never
     */
    public FakeCouplingSlice(boolean gapCoupled, int convergesAt) {
        this.gapCoupled = gapCoupled;
        this.convergesAt = convergesAt;
    }

    /** The calls in order: {@code trial}, {@code exchange}, {@code final}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** Warnings the solver reported. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Number of final passes (a solver must make exactly one per slice). */
    public long finalPasses() {
        return calls.stream().filter("final"::equals).count();
    }

    @Override
    public double startMs() {
        return 0.0;
    }

    @Override
    public double endMs() {
        return 1.0;
    }

    @Override
    public boolean gapCoupled() {
        return gapCoupled;
    }

    @Override
    public boolean trialPass(double tolerance) {
        calls.add("trial");
        return ++trials >= convergesAt;
    }

    @Override
    public void exchange() {
        calls.add("exchange");
    }

    @Override
    public void finalPass() {
        calls.add("final");
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }
}
