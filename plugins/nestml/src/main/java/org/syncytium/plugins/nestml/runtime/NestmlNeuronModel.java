package org.syncytium.plugins.nestml.runtime;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.plugins.nestml.runtime.ModelLayout.Column;
import org.syncytium.plugins.nestml.runtime.ModelLayout.Kind;

/**
 * A NESTML model as a {@link NeuronModel} service: parameters and state variables with the file's units
 * and defaults (evaluated by the compiled code at NEST's default resolution 0.1 ms), recordables from the
 * state and the {@code recordable inline}s.
 */
public final class NestmlNeuronModel implements NeuronModel {

    /** Resolution used for defaults that depend on it before a run is prepared, ms (NEST's default). */
    static final double DEFAULT_RESOLUTION = 0.1;

    private final CompiledModel compiled;
    private final ParameterSchema schema;
    private final List<String> recordables;

    public NestmlNeuronModel(CompiledModel compiled) {
        this.compiled = compiled;
        NestmlPopulation prototype = new NestmlPopulation(this, compiled, 1, true);
        List<ParameterSpec> specs = new ArrayList<>();
        ModelLayout layout = compiled.layout();
        for (Column c : layout.columns()) {
            if (c.hidden()) {
                continue;
            }
            // internals read back as in NESTML's NEST target (its get_status lists them); set is refused
            String what = c.kind() == Kind.PARAMETER ? "parameter" : c.kind() == Kind.INTERNAL
                    ? "internal, computed from the parameters; read-only" : "state variable";
            String description = c.description().isEmpty() ? what + " (" + c.type() + ")"
                    : c.kind() == Kind.INTERNAL ? c.description() + " (" + what + ")" : c.description();
            double value = prototype.defaultValue(c.name());
            // NESTML's integer and boolean variables read back as NEST's long and bool
            specs.add(c.type().equals("integer") && value == Math.rint(value)
                    ? ParameterSpec.integer(c.name(), (long) value, c.unit(), description)
                    : c.type().equals("boolean") ? ParameterSpec.bool(c.name(), value != 0.0, description)
                    : ParameterSpec.real(c.name(), value, c.unit(), description));
        }
        for (ModelLayout.Vector v : layout.vectors()) {
            if (v.kind() == Kind.INTERNAL) {
                continue;
            }
            String what = "vector of " + v.type() + ", size "
                    + (v.sizeColumn() < 0 ? String.valueOf(v.fixedSize()) : layout.columns().get(v.sizeColumn()).name());
            List<Double> defaults = new ArrayList<>();
            for (double x : prototype.defaultVector(v.name())) {
                defaults.add(x);
            }
            specs.add(ParameterSpec.realList(v.name(), defaults, v.unit(), v.description().isEmpty()
                    ? (v.kind() == Kind.PARAMETER ? "parameter, " : "state variable, ") + what : v.description() + " (" + what + ")"));
        }
        schema = ParameterSchema.of(specs);
        recordables = prototype.recordables();
    }

    /** The compiled form (layout, generated class and source). */
    public CompiledModel compiled() {
        return compiled;
    }

    @Override
    public String name() {
        return compiled.layout().modelName();
    }

    @Override
    public String description() {
        return compiled.layout().description();
    }

    @Override
    public ParameterSchema parameters() {
        return schema;
    }

    @Override
    public List<String> recordables() {
        return recordables;
    }

    @Override
    public java.util.Map<String, Integer> receptorTypes() {
        return compiled.layout().receptorTypes();
    }

    @Override
    public boolean supportsGapJunctions() {
        return compiled.layout().gapJunctions();
    }

    @Override
    public Population createPopulation(int size) {
        return new NestmlPopulation(this, compiled, size);
    }
}
