package org.syncytium.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders so that tests read like the PyNEST scripts they reproduce. */
final class Nest {

    /** NEST's reference tests print 6 decimals; half a unit of the last digit plus float noise. */
    static final double PRINTED_6_DECIMALS_MV = 1.5e-6;

    private Nest() {
    }

    /** An ordered dictionary from alternating keys and values, like a Python dict literal. */
    static Map<String, Object> dict(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of arguments");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            map.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return map;
    }
}
