package __PACKAGE__;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.coupling.CouplingSlice;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.coupling.SolverSettings;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code __NAME__}: waveform relaxation with a fixed number of iterations per interval instead
 * of a tolerance: {@code __NAME___iterations} trial passes, each followed by an exchange, then the
 * final pass. Predictable cost; select it with {@code coupling_solver: __NAME__}.
 */
@Component(service = CouplingSolver.class)
public final class __CLASS__Solver implements CouplingSolver {

    /** The name users select with the kernel setting {@code coupling_solver}. */
    public static final String NAME = "__NAME__";
    static final String ITERATIONS = NAME + "_iterations";
    static final String INTERVAL = NAME + "_comm_interval";

    private static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.integer(ITERATIONS, 3, "", "trial passes per interval, >= 1"),
            ParameterSpec.real(INTERVAL, 1.0, "ms", "longest interval between two exchanges; >= resolution, settable before connections exist"));

    /** Public no-arg constructor for Declarative Services and for tests. */
    public __CLASS__Solver() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "waveform relaxation with a fixed number of iterations per interval";
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public double communicationInterval(SolverSettings settings) {
        return (Double) settings.get(INTERVAL);
    }

    /** Linear waveforms per step. */
    @Override
    public int interpolationOrder(SolverSettings settings) {
        return 1;
    }

    @Override
    public void validate(String name, Object value, SolverSettings current) {
        if (name.equals(ITERATIONS) && (Long) value < 1) {
            throw new BadPropertyException(NAME, name, value, ">= 1");
        }
        if (name.equals(INTERVAL)) {
            if (current.connectionsExist()) {
                throw new KernelException(INTERVAL + " can only be set before any connection exists");
            }
            if (!((Double) value >= current.resolution())) {
                throw new BadPropertyException(NAME, name, value, ">= resolution (" + current.resolution() + " ms)");
            }
        }
    }

    @Override
    public int advance(CouplingSlice slice, SolverSettings settings) {
        if (!slice.gapCoupled()) {
            slice.finalPass();
            return 0;
        }
        long iterations = (Long) settings.get(ITERATIONS);
        for (long k = 0; k < iterations; k++) {
            slice.trialPass(0.0);
            slice.exchange();
        }
        slice.finalPass();
        return (int) iterations;
    }
}
