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
import org.syncytium.core.spatial.NodePositions;
import org.syncytium.core.spatial.Place;

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
    private final double[] anchorAt = new double[3];
    private final double[] displacement = new double[3];

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

    /** Drawn from a stream of (seed, call, node id, side), so a node's value is the same on any process. */
    @Override
    public double nodeValue(String name, int index, boolean target) {
        long id = target ? targets[index] : sources[index];
        return valueAt(name, () -> place.atNode(id), StreamKeys.CONNECT_NODE, id, target ? 1 : 0);
    }

    /** Drawn from a stream of (seed, call, source id, target id), so a pair's value is the same on any process. */
    @Override
    public double pairValue(String name, int i, int j) {
        return valueAt(name, () -> place.atPair(sources[i], targets[j]), StreamKeys.CONNECT_PAIR, sources[i],
                targets[j]);
    }

    /** The entry's number, or its parameter's value with the place moved and the stream named by the ids. */
    private double valueAt(String name, Runnable moveThere, long purpose, long a, long b) {
        Object value = parameter(name);
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (!(value instanceof RandomParameter random)) {
            throw new BadPropertyException(rule, name, value, "must be a number or a parameter");
        }
        RandomSampler sampler = samplers.computeIfAbsent(name, key -> new RandomSampler(rule, key, random, place));
        moveThere.run();
        return sampler.sample(StreamKeys.key(seed, purpose, call, a, b));
    }
}
