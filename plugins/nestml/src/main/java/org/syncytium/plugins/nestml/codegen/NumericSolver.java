package org.syncytium.plugins.nestml.codegen;

/**
 * NESTML's code generator option {@code numeric_solver}: how ODEs without an exact solution advance
 * over a step of h. {@code "rk45"} (the default): GSL's adaptive RKF45 with the model's
 * {@code gsl_abs_error_tol} and {@code gsl_rel_error_tol}; {@code "forward-Euler"}: one explicit
 * Euler step y ← y + h f(y), as NESTML's NEST target generates it (and as NEST's {@code izhikevich}
 * integrates).
 */
public enum NumericSolver {
    RKF45("rk45"), FORWARD_EULER("forward-Euler");

    private final String option;

    NumericSolver(String option) {
        this.option = option;
    }

    /** The option's value in NESTML's code generator options. */
    public String option() {
        return option;
    }

    /** The solver an option value names, or null if it names none. */
    public static NumericSolver of(String option) {
        for (NumericSolver solver : values()) {
            if (solver.option.equals(option)) {
                return solver;
            }
        }
        return null;
    }
}
