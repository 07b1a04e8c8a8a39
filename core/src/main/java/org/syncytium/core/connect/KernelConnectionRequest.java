package org.syncytium.core.connect;

import java.util.Map;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.random.RandomStream;
import org.syncytium.core.random.StreamKeys;
import org.syncytium.core.random.Xoshiro256;

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
}
