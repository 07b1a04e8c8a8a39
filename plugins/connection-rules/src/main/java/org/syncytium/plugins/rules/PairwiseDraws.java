package org.syncytium.plugins.rules;

import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.random.RandomStream;

/**
 * What {@code pairwise_bernoulli} and {@code pairwise_poisson} share: target by target, each with its
 * own stream, a number of connections drawn for every source in source order; an excluded autapse
 * and a pair outside the mask draw nothing. Another process's targets draw too (their draws decide
 * the count of connections, which names the synapse values of the ones after them) but store nothing.
 */
final class PairwiseDraws {

    /** How many times source {@code i} connects to target {@code j}, drawn from the target's stream. */
    interface Count {
        int draw(RandomStream stream, int i, int j);
    }

    private PairwiseDraws() {
    }

    /** @param aroundTarget where a mask is anchored (see {@link ConnectionRequest#inMask}) */
    static void connect(ConnectionRequest request, ConnectionSink sink, boolean aroundTarget, Count count) {
        boolean autapses = RuleParameters.flag(request, RuleParameters.ALLOW_AUTAPSES);
        boolean masked = request.hasMask();
        int sources = request.sourceCount();
        for (int j = 0; j < request.targetCount(); j++) {
            long target = request.targetId(j);
            RandomStream stream = request.targetStream(j);
            boolean local = request.isLocalTarget(j);
            int left = 0;
            // with a mask, the kernel's candidates (ascending, so the draws come in source order all the same)
            int[] candidates = masked ? request.sourcesInMask(j, aroundTarget) : null;
            int considered = masked ? candidates.length : sources;
            for (int k = 0; k < considered; k++) {
                int i = masked ? candidates[k] : k;
                if (!autapses && request.sourceId(i) == target) {
                    continue;
                }
                int n = count.draw(stream, i, j);
                if (local) {
                    for (int c = 0; c < n; c++) {
                        sink.connect(i, j);
                    }
                } else {
                    left += n;
                }
            }
            if (left > 0) {
                sink.skip(left);
            }
        }
    }
}
