package org.syncytium.core.connect;

import java.util.HashMap;
import java.util.Map;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.api.random.RandomStream;
import org.syncytium.core.random.RandomSampler;
import org.syncytium.core.random.StreamKeys;
import org.syncytium.core.random.Xoshiro256;
import org.syncytium.core.spatial.Layer;
import org.syncytium.core.spatial.Mask;
import org.syncytium.core.spatial.MaskIndex;
import org.syncytium.core.spatial.NodePositions;
import org.syncytium.core.spatial.Place;
import org.syncytium.core.util.IndexSort;

/**
 * One connect call as a rule sees it. Random streams are keyed by (rng_seed, call number,
 * position, node id), so the drawn network depends neither on threads nor on virtual processes.
 */
final class KernelConnectionRequest implements ConnectionRequest {
    private final String rule;
    private final long[] sources;
    private final long[] targets;
    private final boolean same;
    private final Map<String, Object> parameters;
    private final long seed;
    private final long call;
    private final RandomStream[] targetStreams;
    private final RandomStream[] sourceStreams;
    private final boolean[] localTargets;
    private NodePositions positions;
    private Mask mask;
    private Place place;
    private final Map<String, RandomSampler> samplers = new HashMap<>();
    private String lastName;
    private RandomSampler lastSampler;
    private final double[] anchorAt = new double[3];
    private final double[] displacement = new double[3];
    /** The call's sources and targets sorted into cells around the mask's size, made when first asked. */
    private MaskIndex sourceIndex;
    private MaskIndex targetIndex;
    private int[] found;
    private final IndexSort sorter = new IndexSort();

    /** @param localTargets which targets this process owns; null: all (one process, or a rule that generates all) */
    KernelConnectionRequest(String rule, long[] sources, long[] targets, boolean same,
            Map<String, Object> parameters, long seed, long call, boolean[] localTargets) {
        this.rule = rule;
        this.sources = sources;
        this.targets = targets;
        this.same = same;
        this.parameters = parameters;
        this.seed = seed;
        this.call = call;
        this.targetStreams = new RandomStream[targets.length];
        this.sourceStreams = new RandomStream[sources.length];
        this.localTargets = localTargets;
    }

    @Override
    public boolean isLocalTarget(int j) {
        return localTargets == null || localTargets[j];
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
        if (!parameters.containsKey(name)) {
            throw new UnknownNameException("parameter of " + rule, name, parameters.keySet());
        }
        return parameters.get(name);
    }

    /** The same stream object for repeated calls, so a rule may fetch it more than once. */
    @Override
    public RandomStream targetStream(int j) {
        if (targetStreams[j] == null) {
            targetStreams[j] = new Xoshiro256(StreamKeys.key(seed, StreamKeys.CONNECT_TARGET, call, j, targets[j]));
        }
        return targetStreams[j];
    }

    @Override
    public RandomStream sourceStream(int i) {
        if (sourceStreams[i] == null) {
            sourceStreams[i] = new Xoshiro256(StreamKeys.key(seed, StreamKeys.CONNECT_SOURCE, call, i, sources[i]));
        }
        return sourceStreams[i];
    }

    /** Where the call's nodes are and its mask (null for none), for {@link #inMask} and {@link #pairValue}. */
    void placeIn(NodePositions nodePositions, Mask callMask) {
        this.positions = nodePositions;
        this.mask = callMask;
        this.place = nodePositions.place();
    }

    @Override
    public boolean hasMask() {
        return mask != null;
    }

    /** The displacement is measured in the candidate's layer (NEST's pool layer), the shorter way round where it wraps. */
    @Override
    public boolean inMask(int i, int j, boolean aroundTarget) {
        if (mask == null) {
            return true;
        }
        long anchor = aroundTarget ? targets[j] : sources[i];
        long other = aroundTarget ? sources[i] : targets[j];
        Layer anchorLayer = positions.require(anchor, "connect with a mask");
        Layer otherLayer = positions.require(other, "connect with a mask");
        for (int axis = 0; axis < anchorLayer.dimensions(); axis++) {
            anchorAt[axis] = anchorLayer.coordinate(anchor, axis);
        }
        return otherLayer.inMask(mask, anchorAt, other, displacement);
    }

    @Override
    public int[] sourcesInMask(int j, boolean aroundTarget) {
        if (mask == null) {
            return everyIndex(sources.length);
        }
        sourceIndex = sourceIndex != null ? sourceIndex : new MaskIndex(positions, sources, mask);
        return inMask(sourceIndex, sources.length, targets[j], aroundTarget, i -> inMask(i, j, aroundTarget));
    }

    @Override
    public int[] targetsInMask(int i, boolean aroundTarget) {
        if (mask == null) {
            return everyIndex(targets.length);
        }
        targetIndex = targetIndex != null ? targetIndex : new MaskIndex(positions, targets, mask);
        return inMask(targetIndex, targets.length, sources[i], !aroundTarget, j -> inMask(i, j, aroundTarget));
    }

    /**
     * The members of {@code pool} for which {@code test} holds, ascending, for the node {@code fixed} of the
     * other side: the pool's cells the mask's box covers, then the exact test. {@code anchoredAtFixed}: the
     * mask sits at the fixed node (the candidates lie in fixed + box), else at each candidate (fixed − box).
     * Where the layers differ and one wraps, the cells cannot bound the images: every member is tested.
     */
    private int[] inMask(MaskIndex pool, int poolSize, long fixed, boolean anchoredAtFixed,
            java.util.function.IntPredicate test) {
        Layer fixedLayer = positions.require(fixed, "connect with a mask");
        int d = fixedLayer.dimensions();
        double[] low = new double[d];
        double[] high = new double[d];
        for (int a = 0; a < d; a++) {
            double at = fixedLayer.coordinate(fixed, a);
            low[a] = anchoredAtFixed ? at + mask.lower(a) : at - mask.upper(a);
            high[a] = anchoredAtFixed ? at + mask.upper(a) : at - mask.lower(a);
        }
        boolean cellsBound = pool.layer() != null && (pool.layer() == fixedLayer
                || !pool.layer().edgeWrap() && !fixedLayer.edgeWrap());
        if (found == null || found.length < poolSize) {
            found = new int[Math.max(sources.length, targets.length)];
        }
        int n = cellsBound ? pool.candidates(low, high, found) : everyIndex(found, poolSize);
        int kept = 0;
        if (cellsBound) {
            // the pool lies in one layer: test the positions directly, measured where inMask measures them
            // (in the candidate's layer when the mask sits at the fixed node, else in the fixed node's)
            Layer layer = pool.layer();
            long[] ids = pool == sourceIndex ? sources : targets;
            double[] at = layer.coordinates();
            double[] fixedAt = new double[d];
            for (int a = 0; a < d; a++) {
                fixedAt[a] = fixedLayer.coordinate(fixed, a);
            }
            int fixedOffset = fixedLayer.offset(fixed);
            for (int k = 0; k < n; k++) {
                int offset = layer.offset(ids[found[k]]);
                if (anchoredAtFixed) {
                    if (layer.inMask(mask, fixedAt, at, offset, displacement)) {
                        found[kept++] = found[k];
                    }
                } else {
                    for (int a = 0; a < d; a++) {
                        anchorAt[a] = at[offset + a];
                    }
                    if (fixedLayer.inMask(mask, anchorAt, fixedLayer.coordinates(), fixedOffset, displacement)) {
                        found[kept++] = found[k];
                    }
                }
            }
        } else {
            for (int k = 0; k < n; k++) {
                if (test.test(found[k])) {
                    found[kept++] = found[k];
                }
            }
        }
        sorter.sort(found, kept, poolSize);
        return java.util.Arrays.copyOf(found, kept);
    }

    private static int everyIndex(int[] into, int n) {
        for (int k = 0; k < n; k++) {
            into[k] = k;
        }
        return n;
    }

    private static int[] everyIndex(int n) {
        int[] all = new int[n];
        everyIndex(all, n);
        return all;
    }

    /** Drawn from a stream of (seed, call, node id, side), so a node's value is the same on any process. */
    @Override
    public double nodeValue(String name, int index, boolean target) {
        long id = target ? targets[index] : sources[index];
        RandomSampler sampler = sampler(name);
        if (sampler == null) {
            return number(name);
        }
        place.atNode(id);
        return sampler.sample(sampler.draws() ? StreamKeys.key(seed, StreamKeys.CONNECT_NODE, call, id, target ? 1 : 0) : 0);
    }

    /** Drawn from a stream of (seed, call, source id, target id), so a pair's value is the same on any process. */
    @Override
    public double pairValue(String name, int i, int j) {
        RandomSampler sampler = sampler(name);
        if (sampler == null) {
            return number(name);
        }
        place.atPair(sources[i], targets[j]);
        return sampler.sample(sampler.draws() ? StreamKeys.key(seed, StreamKeys.CONNECT_PAIR, call, sources[i], targets[j])
                : 0);
    }

    /** The compiled parameter of entry {@code name}, or null if it is a number; asked per pair, so the last is kept. */
    private RandomSampler sampler(String name) {
        if (name.equals(lastName)) {
            return lastSampler;
        }
        Object value = parameter(name);
        RandomSampler sampler = null;
        if (value instanceof RandomParameter random) {
            sampler = samplers.computeIfAbsent(name, key -> new RandomSampler(rule, key, random, place));
        } else if (!(value instanceof Number)) {
            throw new BadPropertyException(rule, name, value, "must be a number or a parameter");
        }
        lastName = name;
        lastSampler = sampler;
        return sampler;
    }

    private double number(String name) {
        return ((Number) parameters.get(name)).doubleValue();
    }
}
