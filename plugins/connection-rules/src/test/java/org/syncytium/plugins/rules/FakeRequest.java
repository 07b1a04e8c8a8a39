package org.syncytium.plugins.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;

import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.random.RandomStream;

/** A connection request as the kernel would build it: schema defaults, converted values, keyed streams. */
final class FakeRequest implements ConnectionRequest {

    private final long[] sources;
    private final long[] targets;
    private final boolean same;
    private final Map<String, Object> parameters = new HashMap<>();
    private final long seed;
    private java.util.function.IntPredicate local = j -> true;

    FakeRequest(ConnectionRule rule, long[] sources, long[] targets, boolean same, long seed, Map<String, ?> spec) {
        this.sources = sources;
        this.targets = targets;
        this.same = same;
        this.seed = seed;
        parameters.putAll(rule.parameters().defaults());
        spec.forEach((k, v) -> parameters.put(k, rule.parameters().convert(rule.name(), k, v)));
    }

    /** Makes this request one process's view: it owns the targets {@code local} accepts. */
    FakeRequest localTargets(java.util.function.IntPredicate local) {
        this.local = local;
        return this;
    }

    @Override
    public boolean isLocalTarget(int j) {
        return local.test(j);
    }

    /** Nodes {@code first .. first + n - 1}. */
    static long[] ids(long first, int n) {
        return LongStream.range(first, first + n).toArray();
    }

    @Override
    public int sourceCount() {
        return sources.length;
    }

    @Override
    public int targetCount() {
        return targets.length;
    }

    @Override
    public long sourceId(int i) {
        return sources[i];
    }

    @Override
    public long targetId(int j) {
        return targets[j];
    }

    @Override
    public boolean sameCollection() {
        return same;
    }

    @Override
    public Object parameter(String name) {
        return parameters.get(name);
    }

    @Override
    public RandomStream targetStream(int j) {
        return new SeededStream(seed, 2 * targets[j]);
    }

    @Override
    public RandomStream sourceStream(int i) {
        return new SeededStream(seed, 2 * sources[i] + 1);
    }
}
