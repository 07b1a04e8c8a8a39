package org.syncytium.plugins.rules;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.param.ParameterSchema;

/**
 * {@code all_to_all}: every source to every target. With {@code allow_autapses: false} the pairs
 * whose source and target are the same node are left out. Symmetric by itself (and therefore
 * allowed for gap junctions) only when sources and targets are the same collection object, as NEST
 * decides by pointer identity. Pairs are generated target by target, sources in collection order.
 */
@Component(service = ConnectionRule.class)
public final class AllToAllRule implements ConnectionRule {

    /** The rule's NEST name. */
    public static final String NAME = "all_to_all";

    private static final ParameterSchema PARAMETERS = ParameterSchema.of(
            RuleParameters.AUTAPSES, RuleParameters.MULTAPSES, RuleParameters.SYMMETRIC);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "every source to every target";
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
        return request.sameCollection();
    }

    @Override
    public void validate(ConnectionRequest request) {
        // Any sizes are fine, including empty collections (then nothing is connected).
    }

    /** NEST's default rule: {@code connect} without a rule means all_to_all. */
    @Override
    public boolean isDefault() {
        return true;
    }

    /** Targets are independent: another process's target is passed over with its count. */
    @Override
    public boolean connectsLocalTargetsOnly() {
        return true;
    }

    @Override
    public void connect(ConnectionRequest request, ConnectionSink sink) {
        boolean autapses = RuleParameters.flag(request, RuleParameters.ALLOW_AUTAPSES);
        int sources = request.sourceCount();
        long[] sortedSources = null;
        for (int j = 0; j < request.targetCount(); j++) {
            long target = request.targetId(j);
            if (!request.isLocalTarget(j)) {
                if (!autapses && sortedSources == null) {
                    sortedSources = SortedIds.sources(request);
                }
                sink.skip(autapses ? sources : sources - SortedIds.occurrences(sortedSources, target));
                continue;
            }
            for (int i = 0; i < sources; i++) {
                if (autapses || request.sourceId(i) != target) {
                    sink.connect(i, j);
                }
            }
        }
    }
}
