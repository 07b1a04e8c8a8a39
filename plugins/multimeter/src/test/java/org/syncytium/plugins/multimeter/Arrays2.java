package org.syncytium.plugins.multimeter;

import java.util.Arrays;

/** Small array helpers for assertions. */
final class Arrays2 {

    private Arrays2() {
    }

    static double[] head(double[] values, int n) {
        return Arrays.copyOf(values, n);
    }
}
