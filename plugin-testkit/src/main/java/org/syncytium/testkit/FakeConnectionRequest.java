package org.syncytium.testkit;

import java.util.HashMap;
import java.util.Map;

import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.random.RandomStream;

/**
 * One {@code connect} call for a rule under test: node ids 1..n for sources, and targets either the
 * same collection or ids after the sources; {@code conn_spec} values converted by the rule's schema
 * with its defaults filled in, as the kernel does.
 */
public final class FakeConnectionRequest implements ConnectionRequest {

    private final int sources;
    private final int targets;
    private final boolean same;
    private final Map<String, Object> values = new HashMap<>();
    private final long seed;

    private FakeConnectionRequest(ConnectionRule rule, int sources, int targets, boolean same, Map<String, ?> spec, long seed) {
        this.sources = sources;
        this.targets = targets;
        this.same = same;
        this.seed = seed;
        for (ParameterSpec p : rule.parameters().specs()) {
            values.put(p.name(), p.defaultValue());
        }
        spec.forEach((name, value) -> values.put(name, rule.parameters().convert(rule.name(), name, value)));
    }

    /** Sources and targets are one collection of {@code n} nodes (autapses possible). */
    public static FakeConnectionRequest within(ConnectionRule rule, int n, Map<String, ?> connSpec, long seed) {
        return new FakeConnectionRequest(rule, n, n, true, connSpec, seed);
    }

    /** {@code sources} nodes connect to {@code targets} other nodes. */
    public static FakeConnectionRequest between(ConnectionRule rule, int sources, int targets, Map<String, ?> connSpec, long seed) {
        return new FakeConnectionRequest(rule, sources, targets, false, connSpec, seed);
    }

    @Override
    public int sourceCount() {
        return sources;
    }

    @Override
    public int targetCount() {
        return targets;
    }

    @Override
    public long sourceId(int i) {
        return i + 1;
    }

    @Override
    public long targetId(int j) {
        return same ? j + 1 : sources + j + 1;
    }

    @Override
    public boolean sameCollection() {
        return same;
    }

    @Override
    public Object parameter(String name) {
        if (!values.containsKey(name)) {
            throw new AssertionError("the rule asked for \"" + name + "\", which is not in its parameter schema");
        }
        return values.get(name);
    }

    @Override
    public RandomStream targetStream(int j) {
        return new FakeRandomStream(seed * 1_000_003L + targetId(j));
    }

    @Override
    public RandomStream sourceStream(int i) {
        return new FakeRandomStream(seed * 1_000_033L - sourceId(i));
    }
}
