package org.syncytium.core.spatial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NotImplementedException;
import org.syncytium.api.error.UnknownNameException;

/** NEST's mask shapes: boundaries inside, anchors, rotations, combinations and the errors for bad shapes. */
class MaskTest {

    private static Mask mask(Map<String, ?> spec) {
        return Mask.parse(spec);
    }

    @Test
    void circleHoldsItsBoundaryAndMovesWithItsAnchor() {
        Mask circle = mask(Map.of("circular", Map.of("radius", 0.5)));
        assertTrue(circle.contains(new double[] {0.5, 0.0}));
        assertTrue(circle.contains(new double[] {0.3, 0.4}));
        assertFalse(circle.contains(new double[] {0.36, 0.36}));
        Mask moved = mask(Map.of("circular", Map.of("radius", 0.5), "anchor", List.of(1.0, 0.0)));
        assertTrue(moved.contains(new double[] {1.4, 0.0}));
        assertFalse(moved.contains(new double[] {0.0, 0.0}));
        Mask centered = mask(Map.of("circular", Map.of("radius", 0.5, "anchor", List.of(1.0, 0.0))));
        assertTrue(centered.contains(new double[] {1.4, 0.0}));
        assertEquals(0.5, moved.lower(0), 1e-15);
        assertEquals(1.0, moved.width(1), 1e-15);
    }

    @Test
    void boxesRotateAboutTheirCenter() {
        Mask box = mask(Map.of("rectangular", Map.of("lower_left", List.of(-0.2, -0.1), "upper_right", List.of(0.2, 0.1))));
        assertTrue(box.contains(new double[] {0.2, 0.1}));
        assertFalse(box.contains(new double[] {0.0, 0.15}));
        Mask turned = mask(Map.of("rectangular", Map.of("lower_left", List.of(-0.2, -0.1), "upper_right",
                List.of(0.2, 0.1), "azimuth_angle", 90.0)));
        assertTrue(turned.contains(new double[] {0.0, 0.15}));
        assertFalse(turned.contains(new double[] {0.15, 0.0}));
        Mask cube = mask(Map.of("box", Map.of("lower_left", List.of(0.0, 0.0, 0.0), "upper_right", List.of(1.0, 1.0, 1.0))));
        assertEquals(3, cube.dimensions());
        assertTrue(cube.contains(new double[] {1.0, 0.5, 0.0}));
        assertFalse(cube.contains(new double[] {1.0, 0.5, -0.01}));
    }

    @Test
    void doughnutsEllipsesAndCombinations() {
        Mask ring = mask(Map.of("doughnut", Map.of("inner_radius", 0.1, "outer_radius", 0.2)));
        assertFalse(ring.contains(new double[] {0.1, 0.0}), "the inner circle's boundary belongs to the hole");
        assertTrue(ring.contains(new double[] {0.15, 0.0}));
        assertTrue(ring.contains(new double[] {0.2, 0.0}));
        Mask ellipse = mask(Map.of("elliptical", Map.of("major_axis", 1.0, "minor_axis", 0.5)));
        assertTrue(ellipse.contains(new double[] {0.5, 0.0}));
        assertFalse(ellipse.contains(new double[] {0.0, 0.3}));
        Map<String, ?> small = Map.of("circular", Map.of("radius", 0.1));
        Map<String, ?> wide = Map.of("rectangular", Map.of("lower_left", List.of(-1.0, -0.05), "upper_right", List.of(1.0, 0.05)));
        assertTrue(mask(Map.of("union", List.of(small, wide))).contains(new double[] {0.9, 0.0}));
        assertFalse(mask(Map.of("intersection", List.of(small, wide))).contains(new double[] {0.0, 0.08}));
        assertTrue(mask(Map.of("minus", List.of(wide, small))).contains(new double[] {0.5, 0.0}));
        assertFalse(mask(Map.of("minus", List.of(wide, small))).contains(new double[] {0.05, 0.0}));
    }

    @Test
    void badShapesNameTheParameter() {
        String radius = assertThrows(BadPropertyException.class,
                () -> mask(Map.of("circular", Map.of("radius", 0.0)))).getMessage();
        assertTrue(radius.contains("radius") && radius.contains("> 0"), radius);
        assertThrows(UnknownNameException.class, () -> mask(Map.of("circular", Map.of("radius", 1.0, "foo", 1))));
        assertThrows(BadPropertyException.class, () -> mask(Map.of("circular", Map.of("r", 1.0))));
        String box = assertThrows(BadPropertyException.class, () -> mask(Map.of("rectangular", Map.of("lower_left",
                List.of(-0.1, -0.1), "upper_right", List.of(-0.1, 0.1))))).getMessage();
        assertTrue(box.contains("upper_right") && box.contains("dimension 0"), box);
        assertThrows(BadPropertyException.class,
                () -> mask(Map.of("doughnut", Map.of("inner_radius", 0.1, "outer_radius", 0.1))));
        assertThrows(BadPropertyException.class,
                () -> mask(Map.of("elliptical", Map.of("major_axis", 0.5, "minor_axis", 1.0))));
        assertThrows(UnknownNameException.class, () -> mask(Map.of("hexagonal", Map.of())));
        assertThrows(NotImplementedException.class, () -> mask(Map.of("grid", Map.of("shape", List.of(2, 2)))));
        assertThrows(BadPropertyException.class, () -> mask(Map.of("circular", Map.of("radius", 1.0),
                "anchor", List.of(1.0, 2.0, 3.0))));
    }
}
