package org.syncytium.plugins.rules;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;
import org.syncytium.api.random.RandomStream;

/**
 * {@code fixed_indegree}: every target receives exactly {@code indegree} connections from sources
 * drawn uniformly with the target's own stream ({@code targetStream(j).nextInt(N)}), target by
 * target. A draw is repeated if it is the target itself and {@code allow_autapses} is false, or if
 * it was already drawn for this target and {@code allow_multapses} is false.
 */
@Component(service = ConnectionRule.class)
public final class FixedIndegreeRule implements ConnectionRule {

    /** The rule's NEST name. */
    public static final String NAME = "fixed_indegree";

    private static final String INDEGREE = "indegree";

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            new ParameterSpec(INDEGREE, ParameterType.INTEGER, null, "",
                    "connections per target (required, >= 0)"),
            RuleParameters.WEIGHT_P, RuleParameters.AUTAPSES, RuleParameters.MULTAPSES, RuleParameters.SYMMETRIC);

    private final DegreeRule degree = new DegreeRule(NAME, INDEGREE) {
        @Override
        int focalCount(ConnectionRequest request) {
            return request.targetCount();
        }

        @Override
        int poolCount(ConnectionRequest request) {
            return request.sourceCount();
        }

        @Override
        long focalId(ConnectionRequest request, int focal) {
            return request.targetId(focal);
        }

        @Override
        long poolId(ConnectionRequest request, int partner) {
            return request.sourceId(partner);
        }

        @Override
        RandomStream stream(ConnectionRequest request, int focal) {
            return request.targetStream(focal);
        }

        @Override
        void connect(ConnectionSink sink, int focal, int partner) {
            sink.connect(partner, focal);
        }

        @Override
        int sourceOf(int focal, int partner) {
            return partner;
        }

        @Override
        int targetOf(int focal, int partner) {
            return focal;
        }

        @Override
        boolean maskAroundTarget() {
            return true;
        }

        @Override
        int[] partnersInMask(ConnectionRequest request, int focal) {
            return request.sourcesInMask(focal, true);
        }

        @Override
        String poolName() {
            return "sources";
        }

        @Override
        boolean isLocal(ConnectionRequest request, int focal) {
            return request.isLocalTarget(focal);
        }
    };

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "each target gets exactly indegree randomly drawn sources";
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
        degree.validate(request);
    }

    @Override
    public void connect(ConnectionRequest request, ConnectionSink sink) {
        degree.draw(request, sink);
    }

    /** Each target draws its sources from its own stream. */
    @Override
    public boolean connectsLocalTargetsOnly() {
        return true;
    }

    /** Drawn at random: NEST refuses such rules onto recorders. */
    @Override
    public boolean mayTargetRecorders() {
        return false;
    }

    /** Takes a mask and weights {@code p} per pair (NEST's spatial variant). */
    @Override
    public boolean takesPairValues() {
        return true;
    }
}
