package org.syncytium.plugins.rules;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.connect.ConnectionSink;

/** A sink that keeps the generated (source id, target id) pairs in order. */
final class Pairs implements ConnectionSink {

    final List<long[]> pairs = new ArrayList<>();
    private final ConnectionRequest request;

    private Pairs(ConnectionRequest request) {
        this.request = request;
    }

    static Pairs of(ConnectionRule rule, ConnectionRequest request) {
        Pairs sink = new Pairs(request);
        rule.validate(request);
        rule.connect(request, sink);
        return sink;
    }

    @Override
    public void connect(int sourceIndex, int targetIndex) {
        pairs.add(new long[] {request.sourceId(sourceIndex), request.targetId(targetIndex)});
    }

    int size() {
        return pairs.size();
    }

    long countWhere(java.util.function.Predicate<long[]> test) {
        return pairs.stream().filter(test).count();
    }

    /** Pairs as "s>t" strings, for equality checks. */
    List<String> asText() {
        List<String> text = new ArrayList<>();
        pairs.forEach(p -> text.add(p[0] + ">" + p[1]));
        return text;
    }
}
