package org.syncytium.plugins.nestml.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** NESTML's erf and erfc keep their relative accuracy in the tails (reference values: Python's math.erf, math.erfc). */
class ErfTest {

    @Test
    void erfcIsAccurateWhereItIsTiny() {
        // erfc(9) = 4.1e-37: as 1 - erf(9) it was 0 (NESTML's test_nest_math_function compares with scipy at 1e-7)
        double[][] cases = {{9.0, 4.137031746513810e-37}, {3.0, 2.209049699858544e-05}, {-3.0, 1.999977909503001},
                {0.5, 0.4795001221869535}, {26.0, 5.663192408856143e-296}};
        for (double[] c : cases) {
            assertEquals(c[1], Erf.erfc(c[0]), 1e-13 * c[1], "erfc(" + c[0] + ")");
        }
        assertEquals(0.9999779095030014, Erf.erf(3.0), 1e-15);
        assertEquals(-0.5204998778130465, Erf.erf(-0.5), 1e-15);
    }
}
