package org.syncytium.plugins.stepwise;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.coupling.CouplingSlice;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.coupling.SolverSettings;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.ParameterSchema;

/**
 * Explicit per-step coupling, NEST's {@code use_wfr=False}: the slice is one step long
 * (min_delay = h), every neuron integrates it once with its partners' voltages from the end of the
 * previous step held constant, and the kernel exchanges the end-of-step voltages after the pass.
 * The coupling therefore lags one step (reference 1.12); it costs one integration per step but one
 * communication round per step.
 *
 * <p>Stateless: one instance serves any number of kernels and threads.
 */
@Component(service = CouplingSolver.class)
public class StepwiseSolver implements CouplingSolver {

    /** The name users select with {@code coupling_solver}. */
    public static final String NAME = "stepwise";

    /** Public no-arg constructor for Declarative Services and for class-path use. */
    public StepwiseSolver() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "exchange gap-junction voltages after every step, one step lagged (NEST's use_wfr=False)";
    }

    /** No settings of its own. */
    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.empty();
    }

    /** One step: the resolution in ms, so min_delay becomes one step as NEST forces it. */
    @Override
    public double communicationInterval(SolverSettings settings) {
        return settings.resolution();
    }

    /** Order 0: partners see a constant voltage per step. */
    @Override
    public int interpolationOrder(SolverSettings settings) {
        return 0;
    }

    @Override
    public void validate(String name, Object value, SolverSettings current) {
        throw new UnknownNameException("setting of coupling solver " + NAME, name, List.of());
    }

    /** {@code use_wfr = False} selects this solver. */
    @Override
    public String switchName() {
        return "use_wfr";
    }

    @Override
    public boolean switchValue() {
        return false;
    }

    /** One final pass; the kernel's exchange after it is the whole coupling. */
    @Override
    public int advance(CouplingSlice slice, SolverSettings settings) {
        slice.finalPass();
        return 0;
    }
}
