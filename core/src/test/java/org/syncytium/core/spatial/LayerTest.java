package org.syncytium.core.spatial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;

/** Positions, periodic displacements, masks on a torus and the places spatial values read. */
class LayerTest {

    /** Nodes 1..4 on a 1 × 1 torus at x = -0.375, -0.125, 0.125, 0.375, y = 0. */
    private static NodePositions ring(boolean wrap) {
        NodePositions positions = new NodePositions();
        positions.place(1, 4, new double[] {-0.375, 0, -0.125, 0, 0.125, 0, 0.375, 0}, 2, new double[] {-0.5, -0.5},
                new double[] {1, 1}, wrap);
        return positions;
    }

    @Test
    void displacementTakesTheShorterWayRoundOnATorus() {
        Layer torus = ring(true).layerOf(1);
        assertEquals(-0.25, torus.displacement(-0.375, 0.375, 0), 1e-15);
        assertEquals(0.25, torus.displacement(0.375, -0.375, 0), 1e-15);
        assertEquals(0.75, ring(false).layerOf(1).displacement(-0.375, 0.375, 0), 1e-15);
        assertNull(ring(true).layerOf(5));
    }

    @Test
    void aMaskOnATorusHoldsEveryImage() {
        Mask right = Mask.parse(Map.of("rectangular", Map.of("lower_left", List.of(-0.01, -0.1), "upper_right",
                List.of(0.6, 0.1))));
        double[] scratch = new double[2];
        double[] anchor = {-0.375, 0};
        Layer torus = ring(true).layerOf(1);
        // node 4 is 0.75 to the right or 0.25 to the left: neither image is in [-0.01, 0.6]
        assertFalse(torus.inMask(right, anchor, 4, scratch));
        assertTrue(torus.inMask(right, anchor, 3, scratch));
        double[] fromNode4 = {0.375, 0};
        assertTrue(torus.inMask(right, fromNode4, 1, scratch), "0.25 to the right across the edge");
        assertFalse(ring(false).layerOf(1).inMask(right, fromNode4, 1, scratch));
    }

    @Test
    void placesReadDistancesAndPositions() {
        NodePositions positions = ring(true);
        Place place = positions.place();
        place.atPair(1, 4);
        assertEquals(0.25, place.distance(0), 1e-15);
        assertEquals(0.25, place.distance(1), 1e-15);
        assertEquals(0.375, place.position(0, 2), 0);
        String third = assertThrows(KernelException.class, () -> place.distance(3)).getMessage();
        assertTrue(third.contains("dimension 3"), third);
        place.atNode(2);
        assertEquals(-0.125, place.position(0, 0), 0);
        assertThrows(KernelException.class, () -> place.distance(0), "a node alone has no distance");
        place.atPoint(1, new double[] {0.125, 0.0});
        assertEquals(0.5, place.distance(0), 1e-15);
        place.atPair(1, 9);
        String none = assertThrows(KernelException.class, () -> place.distance(0)).getMessage();
        assertTrue(none.contains("node 9 has none"), none);
    }

    @Test
    void placingChecksShapesAndOverlaps() {
        NodePositions positions = ring(false);
        assertThrows(BadPropertyException.class, () -> positions.place(3, 2, new double[4], 2, new double[2],
                new double[] {1, 1}, false), "nodes 3 and 4 have positions already");
        assertThrows(BadPropertyException.class, () -> positions.place(5, 2, new double[3], 2, new double[2],
                new double[] {1, 1}, false));
        assertThrows(BadPropertyException.class, () -> positions.place(5, 1, new double[4], 4, new double[4],
                new double[4], false));
        assertThrows(BadPropertyException.class, () -> positions.place(5, 1, new double[2], 2, new double[2],
                new double[] {-1, 1}, false));
        positions.place(5, 1, new double[] {0, 0}, 2, new double[2], new double[] {1, 0}, true);
        assertEquals(0.0, positions.layerOf(5).displacement(0, 0.7, 1) - 0.7, 0, "an axis of extent 0 does not wrap");
    }
}
