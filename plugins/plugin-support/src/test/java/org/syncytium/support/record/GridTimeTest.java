package org.syncytium.support.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GridTimeTest {

    private static String text(double h, long stamp) {
        StringBuilder out = new StringBuilder();
        GridTime.of(h).append(out, stamp);
        return out.toString();
    }

    @Test
    void printsTheExactDecimalGridTime() {
        assertEquals("0.15", text(0.05, 3));
        assertEquals("0.05", text(0.05, 1));
        assertEquals("0.0", text(0.05, 0));
        assertEquals("501.0", text(0.05, 10020));
        assertEquals("1.2", text(0.1, 12));
        assertEquals("0.025", text(0.025, 1));
        assertEquals("7.0", text(1.0, 7));
        assertEquals("-0.3", text(0.1, -3));
    }

    @Test
    void msIsTheNearestDoubleToThePrintedTime() {
        for (double h : new double[] {0.05, 0.1, 0.025, 0.2, 1.0}) {
            GridTime grid = GridTime.of(h);
            for (long stamp = 0; stamp < 20000; stamp += 7) {
                assertEquals(Double.parseDouble(text(h, stamp)), grid.ms(stamp), 0.0);
                assertEquals(stamp * h, grid.ms(stamp), Math.ulp(stamp * h));
            }
        }
        assertEquals(0.15, GridTime.of(0.05).ms(3), 0.0); // 3 * 0.05 would be 0.15000000000000002
    }

    @Test
    void nonDecimalResolutionFallsBackToTheProduct() {
        double h = 1.0 / 3.0;
        assertEquals(5 * h, GridTime.of(h).ms(5), 0.0);
        assertEquals(Double.toString(5 * h), text(h, 5));
    }
}
