package org.syncytium.launcher.resources;

import java.util.Map;

/**
 * How many connections a {@code connect} step will make, from its rule and the sizes of the two
 * node collections, before the kernel makes them (for {@link MemoryBudget}). Unknown rules count as
 * one connection per target: the kernel's own checks still apply.
 */
public final class ConnectionEstimate {

    private ConnectionEstimate() {
    }

    /** Expected connections of {@code connSpec} between {@code pre} and {@code post} nodes. */
    public static double count(Map<String, Object> connSpec, int pre, int post) {
        Object rule = connSpec.getOrDefault("rule", "all_to_all");
        double count = switch (String.valueOf(rule)) {
            case "all_to_all" -> (double) pre * post;
            case "one_to_one" -> post;
            case "fixed_indegree" -> number(connSpec.get("indegree")) * post;
            case "fixed_outdegree" -> number(connSpec.get("outdegree")) * pre;
            case "fixed_total_number" -> number(connSpec.get("N"));
            case "pairwise_bernoulli", "symmetric_pairwise_bernoulli" -> number(connSpec.get("p")) * pre * post;
            case "pairwise_poisson" -> number(connSpec.get("pairwise_avg_num_conns")) * pre * post;
            default -> post;
        };
        return symmetric(connSpec) ? 2 * count : count;
    }

    /** Connections of an explicit list of {@code pairs}. */
    public static double pairs(Map<String, Object> connSpec, int pairs) {
        return symmetric(connSpec) ? 2.0 * pairs : pairs;
    }

    private static boolean symmetric(Map<String, Object> connSpec) {
        return Boolean.TRUE.equals(connSpec.get("make_symmetric"));
    }

    private static double number(Object value) {
        return value instanceof Number n && n.doubleValue() > 0 ? n.doubleValue() : 1;
    }
}
