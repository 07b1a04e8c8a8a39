package __PACKAGE__;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.connect.ConnectionSink;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/**
 * {@code __NAME__}: a ring lattice. Target {@code j} receives connections from the
 * {@code neighbours} sources before it, {@code j-1, ..., j-neighbours} (modulo the number of
 * sources). Deterministic, so it draws nothing from the random streams.
 */
@Component(service = ConnectionRule.class)
public final class __CLASS__Rule implements ConnectionRule {

    /** The name users give as {@code conn_spec: {rule: __NAME__}}. */
    public static final String NAME = "__NAME__";

    private static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.integer("neighbours", 1, "", "sources before each target that connect to it, >= 1"));

    /** Public no-arg constructor for Declarative Services and for tests. */
    public __CLASS__Rule() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ring lattice: target j from sources j-1 ... j-neighbours (modulo the sources)";
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
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
        long k = (Long) request.parameter("neighbours");
        if (k < 1 || k > request.sourceCount()) {
            throw new BadPropertyException(NAME, "neighbours", k, "between 1 and the number of sources (" + request.sourceCount() + ")");
        }
    }

    @Override
    public void connect(ConnectionRequest request, ConnectionSink sink) {
        int n = request.sourceCount();
        int k = (int) (long) (Long) request.parameter("neighbours");
        for (int j = 0; j < request.targetCount(); j++) {
            for (int back = 1; back <= k; back++) {
                sink.connect(Math.floorMod(j - back, n), j);
            }
        }
    }
}
