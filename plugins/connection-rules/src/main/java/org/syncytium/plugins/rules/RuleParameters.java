package org.syncytium.plugins.rules;

import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;

/** The {@code conn_spec} keys the rules share, and typed access to request values. */
final class RuleParameters {

    static final String ALLOW_AUTAPSES = "allow_autapses";
    static final String ALLOW_MULTAPSES = "allow_multapses";
    static final String MAKE_SYMMETRIC = "make_symmetric";
    static final String P = "p";

    /** {@code p} of the degree rules: the weight of each partner inside the mask (NEST's spatial kernel); none: equal. */
    static final ParameterSpec WEIGHT_P = new ParameterSpec(P, ParameterType.REAL, null, "",
            "relative weight of each partner when drawing (spatial connect; a number or a parameter of the pair)");

    /** {@code allow_autapses}: NEST's default is true for every rule. */
    static final ParameterSpec AUTAPSES =
            ParameterSpec.bool(ALLOW_AUTAPSES, true, "allow a node to connect to itself");
    /** {@code allow_multapses}: NEST's default is true for every rule. */
    static final ParameterSpec MULTAPSES =
            ParameterSpec.bool(ALLOW_MULTAPSES, true, "allow several connections between the same pair");
    /** Listed by every rule so users see it; only {@code one_to_one} supports {@code true}. */
    static final ParameterSpec SYMMETRIC =
            ParameterSpec.bool(MAKE_SYMMETRIC, false, "also create the mirror connection of every pair");

    private RuleParameters() {
    }

    static boolean flag(ConnectionRequest request, String name) {
        Object value = request.parameter(name);
        return value instanceof Boolean b ? b : false;
    }

    /** A required non-negative count such as {@code indegree}; missing or negative is a BadProperty. */
    static long count(String rule, ConnectionRequest request, String name) {
        Object value = request.parameter(name);
        if (value == null) {
            throw new BadPropertyException(rule, name, null, "is required by " + rule);
        }
        long n = ((Number) value).longValue();
        if (n < 0) {
            throw new BadPropertyException(rule, name, value, "must be >= 0");
        }
        if (n > Integer.MAX_VALUE) {
            throw new BadPropertyException(rule, name, value, "must be <= " + Integer.MAX_VALUE);
        }
        return n;
    }
}
