package org.syncytium.plugins.nestml.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.random.RandomStream;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.plugins.nestml.runtime.SynapseLayout.Value;
import org.syncytium.support.synapse.PlasticSynapseModel;
import org.syncytium.support.synapse.SynSpecValues;

/**
 * A NESTML synapse model as a plastic synapse service: {@code weight} is the model's weight variable
 * (in its declared unit), {@code delay} the connection's delay (ms; also the dendritic delay by which
 * postsynaptic spikes reach it), and the other parameters and state variables are per-connection
 * values with the file's defaults. Hidden per connection: what {@link CompiledSynapse} keeps (the last
 * presynaptic spike's time, the weight after it ({@link #weightValue()}), ...).
 */
public final class NestmlSynapseModel extends PlasticSynapseModel {

    private final CompiledSynapseModel compiled;
    /** The kernel calls {@link #transmit} from one thread per simulator; simulators may run side by side. */
    private final ThreadLocal<CompiledSynapse> instances;

    /**
     * @param name the name connections use: the file's, or with NESTML's usual suffix {@code _nestml}
     *             where an installed model has the file's (NESTML's synapse models carry NEST's names)
     */
    public NestmlSynapseModel(CompiledSynapseModel compiled, String name) {
        super(name, compiled.layout().description(), schema(compiled),
                compiled.layout().visible().stream().map(Value::name).toList(),
                compiled.layout().common().stream().map(Value::name).toList(),
                CompiledSynapse.KEPT_TRACES + compiled.layout().postTraces());
        this.compiled = compiled;
        this.instances = ThreadLocal.withInitial(compiled::newInstance);
    }

    private static ParameterSchema schema(CompiledSynapseModel compiled) {
        SynapseLayout layout = compiled.layout();
        int n = layout.visible().size() + layout.common().size();
        double[] defaults = new double[n + 2];
        compiled.newInstance().defaults(defaults);
        List<ParameterSpec> specs = new ArrayList<>();
        Value w = layout.weight();
        specs.add(ParameterSpec.real("weight", defaults[n], w.unit(), "the model's weight variable " + w.name()
                + (w.description().isEmpty() ? "" : ": " + w.description())));
        String delay = layout.postsynaptic() ? "transmission delay, also the dendritic delay of postsynaptic spikes"
                : "transmission delay";
        specs.add(ParameterSpec.real("delay", defaults[n + 1], "ms", layout.delay() == null ? delay
                : "the model's delay variable " + layout.delay() + "; " + delay));
        List<Value> values = new ArrayList<>(layout.visible());
        values.addAll(layout.common());
        for (int k = 0; k < n; k++) {
            Value v = values.get(k);
            specs.add(ParameterSpec.real(v.name(), defaults[k], v.unit(), k < layout.visible().size() ? v.description()
                    : v.description() + " (common to the model's connections)"));
        }
        return ParameterSchema.of(specs);
    }

    /** The compiled form (layout, generated class and source). */
    public CompiledSynapseModel compiled() {
        return compiled;
    }

    @Override
    public void validate(String name, Object value) {
        parameters().require(name(), name);
        if (name.equals("delay")) {
            SynSpecValues.check(name(), name, value, d -> d > 0 && d < Double.POSITIVE_INFINITY, "must be > 0 ms");
        } else {
            SynSpecValues.check(name(), name, value, Double::isFinite, "must be a finite number");
        }
    }

    @Override
    public void check(double weight, double[] values, int offset) {
        CompiledSynapse code = instances.get();
        code.load(weight, values, offset, 1.0);
        code.computeInternals();
        int violated = code.violatedConstraint();
        if (violated >= 0) {
            SynapseLayout.Constraint c = compiled.layout().constraints().get(violated);
            String variable = c.variable().equals(compiled.layout().weight().name()) ? "weight" : c.variable();
            List<Value> stored = new ArrayList<>(compiled.layout().visible());
            stored.addAll(compiled.layout().common());
            int k = stored.stream().map(Value::name).toList().indexOf(c.variable());
            Object value = variable.equals("weight") ? weight : k >= 0 ? values[offset + k] : "?";
            throw new BadPropertyException(name(), variable, value, "breaks the constraint " + c.text());
        }
    }

    /** The weight variable as {@code weight}, the delay variable as {@code delay} (as NESTML's NEST target offers them). */
    @Override
    public Map<String, String> parameterAliases() {
        SynapseLayout layout = compiled.layout();
        Map<String, String> aliases = new LinkedHashMap<>();
        if (!layout.weight().name().equals("weight")) {
            aliases.put(layout.weight().name(), "weight");
        }
        if (layout.delay() != null && !layout.delay().equals("delay")) {
            aliases.put(layout.delay(), "delay");
        }
        return Map.copyOf(aliases);
    }

    @Override
    public int weightValue() {
        return CompiledSynapse.WEIGHT;
    }

    @Override
    public double transmit(double weight, double[] values, int offset, double spikeTime, double delay, SpikeHistory target) {
        return transmit(weight, values, offset, spikeTime, delay, target, null);
    }

    @Override
    public double transmit(double weight, double[] values, int offset, double spikeTime, double delay, SpikeHistory target,
            RandomStream random) {
        return instances.get().transmit(weight, values, offset, spikeTime, delay, target, random);
    }
}
