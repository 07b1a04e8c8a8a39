package org.syncytium.plugins.rules;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;

/**
 * {@code one_to_one}: source {@code k} to target {@code k}; both collections must have the same
 * size. The only rule that supports {@code make_symmetric} (the kernel then also connects target
 * {@code k} to source {@code k} with the same parameters, which is how gap junctions are made).
 * With {@code allow_autapses: false} a pair whose source and target are the same node is skipped.
 */
@Component(service = ConnectionRule.class)
public final class OneToOneRule implements ConnectionRule {

    /** The rule's NEST name. */
    public static final String NAME = "one_to_one";

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            RuleParameters.AUTAPSES, RuleParameters.MULTAPSES, RuleParameters.SYMMETRIC);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "source k to target k; supports make_symmetric";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    @Override
    public boolean supportsSymmetric() {
        return true;
    }

    @Override
    public boolean isSymmetric(ConnectionRequest request) {
        // Mirrored pairs come from make_symmetric, which the kernel handles, never from the rule itself.
        return false;
    }

    @Override
    public void validate(ConnectionRequest request) {
        if (request.sourceCount() != request.targetCount()) {
            throw new BadPropertyException(NAME, "targets", request.targetCount(),
                    "nodes: one_to_one needs as many sources as targets, got " + request.sourceCount()
                            + " sources and " + request.targetCount() + " targets");
        }
    }

    @Override
    public void connect(ConnectionRequest request, ConnectionSink sink) {
        validate(request);
        boolean autapses = RuleParameters.flag(request, RuleParameters.ALLOW_AUTAPSES);
        for (int k = 0; k < request.sourceCount(); k++) {
            if (autapses || request.sourceId(k) != request.targetId(k)) {
                if (request.isLocalTarget(k)) {
                    sink.connect(k, k);
                } else {
                    sink.skip(1);
                }
            }
        }
    }

    /** Arrays of node ids are connected pair by pair, as NEST connects them. */
    @Override
    public boolean connectsByPosition() {
        return true;
    }

    /** Pair k concerns target k only. */
    @Override
    public boolean connectsLocalTargetsOnly() {
        return true;
    }
}
