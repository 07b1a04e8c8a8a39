package org.syncytium.plugins.wfr;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.coupling.CouplingSlice;

/**
 * A fake slice that records the solver's calls and reports convergence from the k-th trial pass on
 * (k = 0: never). Checks the tolerance it is handed.
 */
final class RecordingSlice implements CouplingSlice {

    final List<String> calls = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<Double> tolerances = new ArrayList<>();
    /** The skip bound of each trial pass; NaN for a pass called without one (NEST's call). */
    final List<Double> skipBounds = new ArrayList<>();
    private final boolean gapCoupled;
    private final int convergesAtPass;
    private final double start;
    private final double end;
    private int passes;

    RecordingSlice(boolean gapCoupled, int convergesAtPass, double startMs, double endMs) {
        this.gapCoupled = gapCoupled;
        this.convergesAtPass = convergesAtPass;
        this.start = startMs;
        this.end = endMs;
    }

    @Override
    public double startMs() {
        return start;
    }

    @Override
    public double endMs() {
        return end;
    }

    @Override
    public boolean gapCoupled() {
        return gapCoupled;
    }

    @Override
    public boolean trialPass(double tolerance, double skipBound) {
        skipBounds.add(skipBound);
        return pass(tolerance);
    }

    @Override
    public boolean trialPass(double tolerance) {
        skipBounds.add(Double.NaN);
        return pass(tolerance);
    }

    private boolean pass(double tolerance) {
        passes++;
        calls.add("trial");
        tolerances.add(tolerance);
        return convergesAtPass > 0 && passes >= convergesAtPass;
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
        calls.add("warn");
        warnings.add(message);
    }
}
