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
    /** (anchor id, other id) → inside; null: no mask. */
    private java.util.function.BiPredicate<Long, Long> mask;
    private final Map<String, java.util.function.ToDoubleBiFunction<Long, Long>> pairValues = new HashMap<>();
    private final Map<String, java.util.function.ToDoubleFunction<Long>> nodeValues = new HashMap<>();

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

    /** A mask: {@code inside.test(anchor id, other id)}, as the kernel's test of a displacement. */
    FakeRequest mask(java.util.function.BiPredicate<Long, Long> inside) {
        this.mask = inside;
        return this;
    }

    /** {@code name} varies per pair: {@code value.applyAsDouble(source id, target id)}. */
    FakeRequest perPair(String name, java.util.function.ToDoubleBiFunction<Long, Long> value) {
        pairValues.put(name, value);
        parameters.put(name, "a parameter of the pair");
        return this;
    }

    /** {@code name} varies per node: {@code value.applyAsDouble(node id)}. */
    FakeRequest perNode(String name, java.util.function.ToDoubleFunction<Long> value) {
        nodeValues.put(name, value);
        parameters.put(name, "a parameter of the node");
        return this;
    }

    @Override
    public boolean hasMask() {
        return mask != null;
    }

    @Override
    public boolean inMask(int i, int j, boolean aroundTarget) {
        return mask == null || (aroundTarget ? mask.test(targets[j], sources[i]) : mask.test(sources[i], targets[j]));
    }

    @Override
    public double pairValue(String name, int i, int j) {
        var f = pairValues.get(name);
        return f != null ? f.applyAsDouble(sources[i], targets[j]) : ((Number) parameters.get(name)).doubleValue();
    }

    @Override
    public double nodeValue(String name, int index, boolean target) {
        var f = nodeValues.get(name);
        return f != null ? f.applyAsDouble(target ? targets[index] : sources[index])
                : ((Number) parameters.get(name)).doubleValue();
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
