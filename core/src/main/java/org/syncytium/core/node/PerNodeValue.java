package org.syncytium.core.node;

import java.lang.reflect.Array;
import java.util.List;
import org.syncytium.api.error.BadPropertyException;

/**
 * Reads one node's value out of what a user passed to {@code set}: a scalar (the same for all
 * nodes) or an array or list with one value per node.
 */
final class PerNodeValue {
    private PerNodeValue() {
    }

    /** True for Java arrays and lists, which carry one value per node. */
    static boolean isSequence(Object value) {
        return value != null && (value.getClass().isArray() || value instanceof List<?>);
    }

    /** Checks that a sequence has one value per node. */
    static void checkLength(String owner, String name, Object value, int n) {
        if (isSequence(value)) {
            int length = value instanceof List<?> list ? list.size() : Array.getLength(value);
            if (length != n) {
                throw new BadPropertyException(owner, name, "an array of length " + length,
                        "needs exactly one value per node (" + n + ")");
            }
        }
    }

    /** Element {@code k} of a sequence, or the scalar itself. */
    static Object element(Object value, int k) {
        if (value instanceof List<?> list) {
            return list.get(k);
        }
        if (value != null && value.getClass().isArray()) {
            return Array.get(value, k);
        }
        return value;
    }
}
