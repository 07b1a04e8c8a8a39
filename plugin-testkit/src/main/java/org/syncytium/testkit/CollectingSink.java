package org.syncytium.testkit;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.connect.ConnectionSink;

/** Keeps the (source index, target index) pairs a connection rule generates, in order. */
public final class CollectingSink implements ConnectionSink {

    private final List<int[]> pairs = new ArrayList<>();

    @Override
    public synchronized void connect(int sourceIndex, int targetIndex) {
        pairs.add(new int[] {sourceIndex, targetIndex});
    }

    /** The pairs so far, each {@code {source, target}}. */
    public synchronized List<int[]> pairs() {
        return List.copyOf(pairs);
    }

    /** How many connections target {@code j} received. */
    public synchronized int indegree(int j) {
        return (int) pairs.stream().filter(p -> p[1] == j).count();
    }
}
