package org.syncytium.plugins.rules;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.osgi.service.component.annotations.Component;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;
import org.syncytium.api.random.RandomStream;

/**
 * {@code symmetric_pairwise_bernoulli}: NEST's rule for gap junctions drawn at random. Every target
 * draws its number of partners from Binomial(number of sources, p), redrawn while it equals the
 * number of sources, and then that many distinct sources other than itself, uniformly; each pair is
 * connected in both directions (the kernel adds the mirror connection, so {@code make_symmetric}
 * must be true, as NEST requires). NEST's other conditions hold too: {@code 0 <= p < 1},
 * {@code allow_autapses} false and {@code allow_multapses} true (two targets may draw each other,
 * which joins that pair twice in each direction). Each target draws from its own stream.
 */
@Component(service = ConnectionRule.class)
public final class SymmetricPairwiseBernoulliRule implements ConnectionRule {

    /** The rule's NEST name. */
    public static final String NAME = "symmetric_pairwise_bernoulli";

    private static final String P = "p";

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            new ParameterSpec(P, ParameterType.REAL, null, "",
                    "probability that a target draws a given source (required, in [0, 1))"),
            RuleParameters.AUTAPSES, RuleParameters.MULTAPSES, RuleParameters.SYMMETRIC);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "random pairs connected both ways, each target drawing Binomial(N, p) distinct partners";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    /** The kernel adds the mirror of every pair this rule draws. */
    @Override
    public boolean supportsSymmetric() {
        return true;
    }

    @Override
    public boolean isSymmetric(ConnectionRequest request) {
        return false;
    }

    @Override
    public void validate(ConnectionRequest request) {
        probability(request);
        require(RuleParameters.flag(request, RuleParameters.MAKE_SYMMETRIC), RuleParameters.MAKE_SYMMETRIC, false,
                "must be true: the rule connects every pair in both directions");
        require(!RuleParameters.flag(request, RuleParameters.ALLOW_AUTAPSES), RuleParameters.ALLOW_AUTAPSES, true,
                "must be false for " + NAME);
        require(RuleParameters.flag(request, RuleParameters.ALLOW_MULTAPSES), RuleParameters.ALLOW_MULTAPSES, false,
                "must be true for " + NAME + " (two targets may draw each other)");
    }

    @Override
    public void connect(ConnectionRequest request, ConnectionSink sink) {
        validate(request);
        double p = probability(request);
        int sources = request.sourceCount();
        if (sources == 0 || p == 0.0) {
            return;
        }
        BinomialDistribution partners = new BinomialDistribution(null, sources, p);
        long[] sortedSources = SortedIds.sources(request);
        // generation marks: drawnFor[i] == j + 1 means source i was already drawn for target j
        int[] drawnFor = new int[sources];
        for (int j = 0; j < request.targetCount(); j++) {
            RandomStream stream = request.targetStream(j);
            long self = request.targetId(j);
            int count = sources;
            while (count >= sources) {
                count = partners.inverseCumulativeProbability(stream.nextDouble());
            }
            // fewer than sources - 1 partners are possible only if the target's id occurs among the
            // sources more than once; never draw more than there are, or drawing would not end
            count = Math.min(count, sources - SortedIds.occurrences(sortedSources, self));
            for (int made = 0; made < count; made++) {
                int i;
                do {
                    i = stream.nextInt(sources);
                } while (request.sourceId(i) == self || drawnFor[i] == j + 1);
                drawnFor[i] = j + 1;
                sink.connect(i, j);
            }
        }
    }

    private static void require(boolean holds, String key, Object value, String reason) {
        if (!holds) {
            throw new BadPropertyException(NAME, key, value, reason);
        }
    }

    private static double probability(ConnectionRequest request) {
        Object value = request.parameter(P);
        if (value == null) {
            throw new BadPropertyException(NAME, P, null, "is required by " + NAME);
        }
        double p = ((Number) value).doubleValue();
        if (!(p >= 0.0 && p < 1.0)) {
            throw new BadPropertyException(NAME, P, value, "must be in [0, 1)");
        }
        return p;
    }

    /** Drawn at random: NEST refuses such rules onto recorders. */
    @Override
    public boolean mayTargetRecorders() {
        return false;
    }
}
