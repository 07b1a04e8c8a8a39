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
 * {@code fixed_total_number}: exactly {@code N} connections, each between a source and a target
 * drawn uniformly and independently; a pair that is an autapse is drawn again when
 * {@code allow_autapses} is false. As in NEST, multapses cannot be switched off for this rule. All
 * draws come from one stream (the first target's), so every process generates the same pairs and
 * keeps those of its own targets.
 */
@Component(service = ConnectionRule.class)
public final class FixedTotalNumberRule implements ConnectionRule {

    /** The rule's NEST name. */
    public static final String NAME = "fixed_total_number";

    private static final String N = "N";

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            new ParameterSpec(N, ParameterType.INTEGER, null, "", "total number of connections (required, >= 0)"),
            RuleParameters.AUTAPSES, RuleParameters.MULTAPSES, RuleParameters.SYMMETRIC);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "exactly N connections between uniformly drawn sources and targets";
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
        long total = RuleParameters.count(NAME, request, N);
        if (!RuleParameters.flag(request, RuleParameters.ALLOW_MULTAPSES)) {
            throw new BadPropertyException(NAME, RuleParameters.ALLOW_MULTAPSES, false,
                    "cannot be false: " + NAME + " does not support suppressing multapses (as in NEST)");
        }
        if (total == 0) {
            return;
        }
        if (request.sourceCount() == 0 || request.targetCount() == 0) {
            throw new BadPropertyException(NAME, N, total, "needs at least one source and one target");
        }
        if (!RuleParameters.flag(request, RuleParameters.ALLOW_AUTAPSES) && onlyAutapses(request)) {
            throw new BadPropertyException(NAME, N, total, "cannot be drawn: with allow_autapses false no pair is "
                    + "admissible (the only source is the only target)");
        }
    }

    @Override
    public void connect(ConnectionRequest request, ConnectionSink sink) {
        validate(request);
        long total = RuleParameters.count(NAME, request, N);
        if (total == 0) {
            return;
        }
        boolean autapses = RuleParameters.flag(request, RuleParameters.ALLOW_AUTAPSES);
        int sources = request.sourceCount();
        int targets = request.targetCount();
        RandomStream stream = request.targetStream(0);
        for (long made = 0; made < total; made++) {
            int i;
            int j;
            do {
                i = stream.nextInt(sources);
                j = stream.nextInt(targets);
            } while (!autapses && request.sourceId(i) == request.targetId(j));
            sink.connect(i, j);
        }
    }

    private static boolean onlyAutapses(ConnectionRequest request) {
        long first = request.sourceId(0);
        for (int i = 1; i < request.sourceCount(); i++) {
            if (request.sourceId(i) != first) {
                return false;
            }
        }
        for (int j = 0; j < request.targetCount(); j++) {
            if (request.targetId(j) != first) {
                return false;
            }
        }
        return true;
    }

    /** Drawn at random: NEST refuses such rules onto recorders. */
    @Override
    public boolean mayTargetRecorders() {
        return false;
    }
}
