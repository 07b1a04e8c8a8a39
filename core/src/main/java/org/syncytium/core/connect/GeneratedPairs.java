package org.syncytium.core.connect;

import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.error.KernelException;
import org.syncytium.core.util.IntChunks;

/**
 * The pairs a rule generated for one connect call, each with its number in the whole call: a rule
 * that passes over other processes' targets ({@link ConnectionSink#skip}) leaves gaps in the
 * numbering, so per-connection synapse values (arrays, random weights and delays keyed by the
 * number) come out as on a single process.
 */
final class GeneratedPairs implements ConnectionSink {
    private final String rule;
    private final KernelConnectionRequest request;
    private final IntChunks sources;
    private final IntChunks targets;
    /** Numbers of the stored pairs; null while nothing was skipped (pair k is number k). */
    private final IntChunks positions;
    private int total;

    GeneratedPairs(String rule, KernelConnectionRequest request, int capacity, boolean numbered) {
        this.rule = rule;
        this.request = request;
        this.sources = new IntChunks(capacity);
        this.targets = new IntChunks(capacity);
        this.positions = numbered ? new IntChunks(capacity) : null;
    }

    @Override
    public void connect(int s, int t) {
        if (s < 0 || s >= request.sourceCount() || t < 0 || t >= request.targetCount()) {
            throw new KernelException("connection rule \"" + rule + "\" produced pair (" + s + ", " + t
                    + ") outside " + request.sourceCount() + " sources and " + request.targetCount() + " targets");
        }
        sources.add(s);
        targets.add(t);
        if (positions != null) {
            positions.add(total);
        }
        total++;
    }

    @Override
    public void skip(int count) {
        if (count < 0) {
            throw new KernelException("connection rule \"" + rule + "\" skipped " + count + " connections");
        }
        if (positions == null && count > 0) {
            throw new KernelException("connection rule \"" + rule + "\" skipped connections although every target"
                    + " is local here");
        }
        total += count;
    }

    /** Stored pairs. */
    int size() {
        return sources.size();
    }

    /** Connections of the whole call, skipped ones included. */
    int total() {
        return total;
    }

    int source(int k) {
        return sources.get(k);
    }

    int target(int k) {
        return targets.get(k);
    }

    /** Number of stored pair {@code k} in the whole call. */
    int position(int k) {
        return positions == null ? k : positions.get(k);
    }
}
