package org.syncytium.plugins.rules;

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
 * {@code pairwise_bernoulli}: each (source, target) pair is connected with probability {@code p},
 * independently, at most once. Target by target, each with its own stream, one uniform draw per
 * source in source order; a pair excluded as an autapse consumes no draw (as in NEST).
 * {@code allow_multapses} is accepted for PyNEST scripts but has no effect: a pair is drawn once.
 */
@Component(service = ConnectionRule.class)
public final class PairwiseBernoulliRule implements ConnectionRule {

    /** The rule's NEST name. */
    public static final String NAME = "pairwise_bernoulli";

    private static final String P = "p";

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            new ParameterSpec(P, ParameterType.REAL, null, "", "connection probability per pair (required, in [0, 1])"),
            RuleParameters.AUTAPSES, RuleParameters.MULTAPSES, RuleParameters.SYMMETRIC);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "each pair connected independently with probability p";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    @Override
    public boolean supportsSymmetric() {
        return false;
    }

    @Override
    public boolean isSymmetric(ConnectionRequest request) {
        return false;
    }

    @Override
    public void validate(ConnectionRequest request) {
        probability(request);
    }

    @Override
    public void connect(ConnectionRequest request, ConnectionSink sink) {
        double p = probability(request);
        boolean autapses = RuleParameters.flag(request, RuleParameters.ALLOW_AUTAPSES);
        int sources = request.sourceCount();
        for (int j = 0; j < request.targetCount(); j++) {
            long target = request.targetId(j);
            RandomStream stream = request.targetStream(j);
            // another process's target: its draws only count its connections (their number names
            // the synapse values of the connections after it); nothing is stored
            boolean local = request.isLocalTarget(j);
            int left = 0;
            for (int i = 0; i < sources; i++) {
                if (!autapses && request.sourceId(i) == target) {
                    continue;
                }
                if (stream.nextDouble() < p) {
                    if (local) {
                        sink.connect(i, j);
                    } else {
                        left++;
                    }
                }
            }
            if (left > 0) {
                sink.skip(left);
            }
        }
    }

    /** Each target draws from its own stream, so other processes' targets can be passed over. */
    @Override
    public boolean connectsLocalTargetsOnly() {
        return true;
    }

    private static double probability(ConnectionRequest request) {
        Object value = request.parameter(P);
        if (value == null) {
            throw new BadPropertyException(NAME, P, null, "is required by " + NAME);
        }
        double p = ((Number) value).doubleValue();
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new BadPropertyException(NAME, P, value, "must be in [0, 1]");
        }
        return p;
    }

    /** Drawn at random: NEST refuses such rules onto recorders. */
    @Override
    public boolean mayTargetRecorders() {
        return false;
    }
}
