package org.syncytium.plugins.iafpsc;

import java.util.List;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.neuron.LifSpecs;

/**
 * The parameters the two models share (names, units and defaults of NEST 3.10) and a model's own
 * additions, as one table: column {@code k} of a neuron's row is {@code names()[k]}, in absolute mV.
 */
final class LifParameters {

    static final String C_M = "C_m";
    static final String TAU_M = "tau_m";
    static final String T_REF = "t_ref";
    static final String E_L = "E_L";
    static final String V_RESET = "V_reset";
    static final String V_TH = "V_th";
    static final String V_MIN = "V_min";
    static final String I_E = "I_e";
    static final String V_M = "V_m";

    private final String model;
    private final ParameterSchema schema;
    private final String[] names;
    private final double[] defaults;

    /** The shared parameters and {@code extra} (e.g. the synaptic time constants, V_min), for {@code model}. */
    LifParameters(String model, ParameterSpec... extra) {
        this.model = model;
        List<ParameterSpec> specs = LifSpecs.membrane();
        specs.addAll(List.of(extra));
        specs.add(ParameterSpec.real(V_M, -70.0, "mV", "membrane potential (state)"));
        schema = ParameterSchema.of(specs.toArray(ParameterSpec[]::new));
        names = specs.stream().map(ParameterSpec::name).toArray(String[]::new);
        // a flag is a column of 0 and 1, as the kernel passes it to Population.set
        defaults = specs.stream().mapToDouble(s -> s.defaultValue() instanceof Boolean flag ? (flag ? 1.0 : 0.0)
                : (Double) s.defaultValue()).toArray();
    }

    ParameterSchema schema() {
        return schema;
    }

    String model() {
        return model;
    }

    int count() {
        return names.length;
    }

    String name(int k) {
        return names[k];
    }

    double defaultValue(int k) {
        return defaults[k];
    }

    /** Column of {@code name}; throws UnknownNameException with a suggestion if the model has none. */
    int column(String name) {
        schema.require(model, name);
        for (int k = 0; k < names.length; k++) {
            if (names[k].equals(name)) {
                return k;
            }
        }
        throw new IllegalStateException(name);
    }

    /** Checks a neuron's complete row as NEST's {@code Parameters_::set} does; positive {@code positive} columns. */
    void check(double[] row, String... positive) {
        for (int k = 0; k < row.length; k++) {
            if (Double.isNaN(row[k])) {
                throw new BadPropertyException(model, names[k], row[k], "must be a number");
            }
        }
        require(row, C_M, row[column(C_M)] > 0, "must be > 0 (capacitance must be strictly positive)");
        require(row, TAU_M, row[column(TAU_M)] > 0, "must be > 0 (membrane time constant must be strictly positive)");
        for (String name : positive) {
            require(row, name, row[column(name)] > 0, "must be > 0 (time constants must be strictly positive)");
        }
        require(row, T_REF, row[column(T_REF)] >= 0, "must be >= 0 (refractory time must not be negative)");
        require(row, V_RESET, row[column(V_RESET)] < row[column(V_TH)],
                "must be < V_th = " + row[column(V_TH)] + " (reset potential must be smaller than threshold)");
    }

    private void require(double[] row, String name, boolean ok, String rule) {
        if (!ok) {
            throw new BadPropertyException(model, name, row[column(name)], rule);
        }
    }
}
