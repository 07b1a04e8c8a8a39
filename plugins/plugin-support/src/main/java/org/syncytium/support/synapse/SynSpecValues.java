package org.syncytium.support.synapse;

import java.util.Collection;
import java.util.function.DoublePredicate;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.RandomParameter;

/**
 * Checks a {@code syn_spec} value that may be a scalar, a per-connection array or list, or a random
 * parameter (drawn later by the kernel, so only its shape can be checked here).
 */
public final class SynSpecValues {

    private SynSpecValues() {
    }

    public static void check(String owner, String name, Object value, DoublePredicate ok, String rule) {
        if (value instanceof Number number) {
            checkOne(owner, name, number.doubleValue(), ok, rule);
        } else if (value instanceof double[] array) {
            for (double v : array) {
                checkOne(owner, name, v, ok, rule);
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (!(item instanceof Number number)) {
                    throw new BadPropertyException(owner, name, item, "must be a number");
                }
                checkOne(owner, name, number.doubleValue(), ok, rule);
            }
        } else if (!(value instanceof RandomParameter)) {
            throw new BadPropertyException(owner, name, value,
                    "must be a number, an array of numbers or a random parameter");
        }
    }

    private static void checkOne(String owner, String name, double v, DoublePredicate ok, String rule) {
        if (!ok.test(v)) {
            throw new BadPropertyException(owner, name, v, rule);
        }
    }
}
