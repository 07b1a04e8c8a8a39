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
 * {@code fixed_outdegree}: every source makes exactly {@code outdegree} connections to targets
 * drawn uniformly with the source's stream ({@code sourceStream(i).nextInt(M)}), source by source.
 * A draw is repeated if it is the source itself and {@code allow_autapses} is false, or if it was
 * already drawn for this source and {@code allow_multapses} is false.
 */
@Component(service = ConnectionRule.class)
public final class FixedOutdegreeRule implements ConnectionRule {

    /** The rule's NEST name. */
    public static final String NAME = "fixed_outdegree";

    private static final String OUTDEGREE = "outdegree";

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            new ParameterSpec(OUTDEGREE, ParameterType.INTEGER, null, "",
                    "connections per source (required, >= 0)"),
            RuleParameters.WEIGHT_P, RuleParameters.AUTAPSES, RuleParameters.MULTAPSES, RuleParameters.SYMMETRIC);

    private final DegreeRule degree = new DegreeRule(NAME, OUTDEGREE) {
        @Override
        int focalCount(ConnectionRequest request) {
            return request.sourceCount();
        }

        @Override
        int poolCount(ConnectionRequest request) {
            return request.targetCount();
        }

        @Override
        long focalId(ConnectionRequest request, int focal) {
            return request.sourceId(focal);
        }

        @Override
        long poolId(ConnectionRequest request, int partner) {
            return request.targetId(partner);
        }

        @Override
        RandomStream stream(ConnectionRequest request, int focal) {
            return request.sourceStream(focal);
        }

        @Override
        void connect(ConnectionSink sink, int focal, int partner) {
            sink.connect(focal, partner);
        }

        @Override
        int sourceOf(int focal, int partner) {
            return focal;
        }

        @Override
        int targetOf(int focal, int partner) {
            return partner;
        }

        @Override
        boolean maskAroundTarget() {
            return false;
        }

        @Override
        int[] partnersInMask(ConnectionRequest request, int focal) {
            return request.targetsInMask(focal, false);
        }

        @Override
        String poolName() {
            return "targets";
        }
    };

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "each source makes exactly outdegree connections to randomly drawn targets";
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
