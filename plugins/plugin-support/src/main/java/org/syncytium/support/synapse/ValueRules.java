package org.syncytium.support.synapse;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.syncytium.api.synapse.SynapseModel;

/**
 * A synapse model's checks of its {@code syn_spec} values by parameter name: what each value must
 * satisfy and how the message says it (NEST's text where NEST has one); a value without a rule need
 * only be finite, and {@code delay} must be positive.
 *
 * @since 1.2
 */
public final class ValueRules {

    /** What a value must satisfy, and the message's rule text when it does not. */
    public record Rule(DoublePredicate ok, String text) {
    }

    private static final Rule FINITE = new Rule(Double::isFinite, "must be a finite number");
    private static final Rule DELAY = new Rule(d -> d > 0 && d < Double.POSITIVE_INFINITY, "must be > 0 ms");

    private final Map<String, Rule> rules;

    /** @param rules each parameter's rule; {@code delay} gets "> 0 ms" unless given */
    public ValueRules(Map<String, Rule> rules) {
        Map<String, Rule> all = new HashMap<>(rules);
        all.putIfAbsent("delay", DELAY);
        this.rules = Map.copyOf(all);
    }

    /**
     * Checks {@code value} of parameter {@code name} of {@code model}: the name must be one of the
     * model's parameters, the value (a scalar, per-connection values or a random parameter) its rule.
     *
     * @throws org.syncytium.api.error.UnknownNameException for a name the model does not have
     * @throws org.syncytium.api.error.BadPropertyException naming the value and the rule it breaks
     */
    public void check(SynapseModel model, String name, Object value) {
        model.parameters().require(model.name(), name);
        Rule rule = rules.getOrDefault(name, FINITE);
        SynSpecValues.check(model.name(), name, value, rule.ok(), rule.text());
    }
}
