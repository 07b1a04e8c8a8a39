package org.syncytium.plugins.rules;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;

/**
 * {@code pairwise_bernoulli}: each (source, target) pair is connected with probability {@code p},
 * independently, at most once. Target by target, each with its own stream, one uniform draw per
 * source in source order; a pair excluded as an autapse consumes no draw (as in NEST).
 * {@code allow_multapses} is accepted for PyNEST scripts but has no effect: a pair is drawn once.
 *
 * <p>As NEST's spatial connect it also takes a {@code mask} (a pair outside it is not considered and
 * draws nothing) and {@code p} as a function of the pair ({@code 0.5 * exp(-distance / 0.2)}), valued
 * per pair; a value above 1 connects always, one at or below 0 never. The mask is anchored at the
 * source and holds the targets, or with {@code use_on_source} anchored at the target and holds the
 * sources (NEST's reading of the key).
 */
@Component(service = ConnectionRule.class)
public final class PairwiseBernoulliRule implements ConnectionRule {

    /** The rule's NEST name. */
    public static final String NAME = "pairwise_bernoulli";

    private static final String P = "p";
    private static final String USE_ON_SOURCE = "use_on_source";

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            new ParameterSpec(P, ParameterType.REAL, null, "", "connection probability per pair (required, in [0, 1])"),
            RuleParameters.AUTAPSES, RuleParameters.MULTAPSES, RuleParameters.SYMMETRIC,
            ParameterSpec.bool(USE_ON_SOURCE, false, "anchor the mask at the target and select sources (spatial connect)"));

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
        double fixed = probability(request); // NaN: valued per pair
        boolean aroundTarget = RuleParameters.flag(request, USE_ON_SOURCE);
        PairwiseDraws.connect(request, sink, aroundTarget, (stream, i, j) -> {
            double p = Double.isNaN(fixed) ? request.pairValue(P, i, j) : fixed;
            if (Double.isNaN(p)) {
                throw new BadPropertyException(NAME, P, p, "is not a number for the pair of node "
                        + request.sourceId(i) + " and node " + request.targetId(j));
            }
            return stream.nextDouble() < p ? 1 : 0;
        });
    }

    /** Takes a mask and {@code p} per pair (NEST's spatial connect). */
    @Override
    public boolean takesPairValues() {
        return true;
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
        if (!(value instanceof Number)) {
            return Double.NaN; // valued per pair
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

    /** Except with {@code use_on_source}, which NEST's spatial connect lets onto a recorder layer. */
    @Override
    public boolean mayTargetRecorders(ConnectionRequest request) {
        return RuleParameters.flag(request, USE_ON_SOURCE);
    }
}
