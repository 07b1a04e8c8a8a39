package org.syncytium.plugins.rules;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;
import org.syncytium.support.device.Draws;

/**
 * {@code pairwise_poisson} (NEST 3.7+): each (source, target) pair is connected a Poisson-distributed
 * number of times with mean {@code pairwise_avg_num_conns}, so multapses are part of the rule
 * ({@code allow_multapses} must stay true). Target by target, each with its own stream, one count per
 * source in source order; an excluded autapse draws nothing. As NEST's spatial connect it takes a
 * {@code mask} anchored at the target (it holds the sources) and the mean as a function of the pair.
 */
@Component(service = ConnectionRule.class)
public final class PairwisePoissonRule implements ConnectionRule {

    /** The rule's NEST name. */
    public static final String NAME = "pairwise_poisson";

    private static final String MEAN = "pairwise_avg_num_conns";

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            new ParameterSpec(MEAN, ParameterType.REAL, null, "",
                    "mean number of connections per pair (required, >= 0; a number or a parameter of the pair)"),
            RuleParameters.AUTAPSES, RuleParameters.MULTAPSES, RuleParameters.SYMMETRIC);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "each pair connected a Poisson-distributed number of times with mean pairwise_avg_num_conns";
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
        Object value = request.parameter(MEAN);
        if (value == null) {
            throw new BadPropertyException(NAME, MEAN, null, "is required by " + NAME);
        }
        if (value instanceof Number number && !(number.doubleValue() >= 0)) {
            throw new BadPropertyException(NAME, MEAN, value, "Connection parameter 0 ≤ pairwise_avg_num_conns required");
        }
        if (!RuleParameters.flag(request, RuleParameters.ALLOW_MULTAPSES)) {
            throw new BadPropertyException(NAME, RuleParameters.ALLOW_MULTAPSES, false,
                    "Multapses must be allowed for this connection rule.");
        }
    }

    /** Target by target; the mask is anchored at the target (NEST's pool of sources). */
    @Override
    public void connect(ConnectionRequest request, ConnectionSink sink) {
        validate(request);
        PairwiseDraws.connect(request, sink, true, (stream, i, j) -> {
            double mean = request.pairValue(MEAN, i, j);
            if (!(mean >= 0) || Double.isInfinite(mean)) {
                throw new BadPropertyException(NAME, MEAN, mean, "must be finite and >= 0 (pair of node "
                        + request.sourceId(i) + " and node " + request.targetId(j) + ")");
            }
            return Draws.poisson(stream, mean);
        });
    }

    /** Each target draws from its own stream, so other processes' targets can be passed over. */
    @Override
    public boolean connectsLocalTargetsOnly() {
        return true;
    }

    /** Takes a mask and the mean per pair (NEST's spatial connect). */
    @Override
    public boolean takesPairValues() {
        return true;
    }

    /** Drawn at random: NEST refuses such rules onto recorders. */
    @Override
    public boolean mayTargetRecorders() {
        return false;
    }
}
