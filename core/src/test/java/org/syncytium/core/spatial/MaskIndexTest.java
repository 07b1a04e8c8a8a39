package org.syncytium.core.spatial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.syncytium.api.connect.ConnectionRequest;

/**
 * The cells only choose which members to test: what a rule gets from the index is exactly what testing
 * every pair gives, for random positions, masks, anchors, tori and both orientations.
 */
class MaskIndexTest {

    /** Every pool member inside, by brute force through the layer's own test. */
    private static int[] everyInside(Layer layer, long[] pool, Mask mask, double[] anchorAt) {
        List<Integer> inside = new ArrayList<>();
        double[] scratch = new double[3];
        for (int p = 0; p < pool.length; p++) {
            if (layer.inMask(mask, anchorAt, pool[p], scratch)) {
                inside.add(p);
            }
        }
        return inside.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] viaIndex(MaskIndex index, Layer layer, long[] pool, Mask mask, double[] anchorAt, int d) {
        double[] low = new double[d];
        double[] high = new double[d];
        for (int a = 0; a < d; a++) {
            low[a] = anchorAt[a] + mask.lower(a);
            high[a] = anchorAt[a] + mask.upper(a);
        }
        int[] found = new int[pool.length];
        int n = index.candidates(low, high, found);
        double[] scratch = new double[3];
        List<Integer> inside = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (layer.inMask(mask, anchorAt, pool[found[k]], scratch)) {
                inside.add(found[k]);
            }
        }
        return inside.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    @Test
    void candidatesHoldEveryMemberInside() {
        Random random = new Random(42);
        List<Map<String, Object>> masks = List.of(
                Map.of("circular", Map.of("radius", 0.2)),
                Map.of("rectangular", Map.of("lower_left", List.of(-0.05, 0.1), "upper_right", List.of(0.45, 0.3))),
                Map.of("doughnut", Map.of("inner_radius", 0.1, "outer_radius", 0.3), "anchor", List.of(0.4, -0.3)),
                Map.of("elliptical", Map.of("major_axis", 0.8, "minor_axis", 0.2, "azimuth_angle", 30.0)),
                Map.of("circular", Map.of("radius", 0.7)));
        for (boolean wrap : new boolean[] {false, true}) {
            for (Map<String, Object> spec : masks) {
                Mask mask = Mask.parse(spec);
                NodePositions positions = new NodePositions();
                int n = 300;
                double[] xy = new double[2 * n];
                for (int k = 0; k < xy.length; k++) {
                    xy[k] = random.nextDouble() - 0.5;
                }
                positions.place(1, n, xy, 2, new double[] {-0.5, -0.5}, new double[] {1, 1}, wrap);
                long[] pool = new long[n];
                for (int k = 0; k < n; k++) {
                    pool[k] = k + 1;
                }
                MaskIndex index = new MaskIndex(positions, pool, mask);
                Layer layer = positions.layerOf(1);
                for (int q = 0; q < 40; q++) {
                    double[] at = {random.nextDouble() - 0.5, random.nextDouble() - 0.5};
                    assertArrayEquals(everyInside(layer, pool, mask, at), viaIndex(index, layer, pool, mask, at, 2),
                            spec + " wrap " + wrap + " at " + at[0] + ", " + at[1]);
                }
            }
        }
    }

    @Test
    void threeDimensionsAndOrientationsAgreeWithPairByPair() {
        Random random = new Random(7);
        NodePositions positions = new NodePositions();
        int n = 200;
        double[] xyz = new double[3 * n];
        for (int k = 0; k < xyz.length; k++) {
            xyz[k] = random.nextDouble() - 0.5;
        }
        positions.place(1, n, xyz, 3, new double[] {-0.5, -0.5, -0.5}, new double[] {1, 1, 1}, true);
        Mask mask = Mask.parse(Map.of("box", Map.of("lower_left", List.of(0.0, -0.2, -0.1), "upper_right",
                List.of(0.3, 0.1, 0.4))));
        Layer layer = positions.layerOf(1);
        long[] pool = new long[n];
        for (int k = 0; k < n; k++) {
            pool[k] = k + 1;
        }
        MaskIndex index = new MaskIndex(positions, pool, mask);
        for (int q = 0; q < 40; q++) {
            double[] at = layer.position(1 + random.nextInt(n));
            assertArrayEquals(everyInside(layer, pool, mask, at), viaIndex(index, layer, pool, mask, at, 3));
        }
    }

    /** The kernel's request: sourcesInMask and targetsInMask equal the API's pair-by-pair defaults. */
    @Test
    void theRequestAnswersAsTestingEveryPair() {
        Random random = new Random(3);
        NodePositions positions = new NodePositions();
        int n = 150;
        double[] xy = new double[2 * n];
        for (int k = 0; k < xy.length; k++) {
            xy[k] = random.nextDouble() - 0.5;
        }
        positions.place(1, n, xy, 2, new double[] {-0.5, -0.5}, new double[] {1, 1}, true);
        Mask mask = Mask.parse(Map.of("rectangular", Map.of("lower_left", List.of(0.05, -0.1), "upper_right",
                List.of(0.35, 0.2))));
        ConnectionRequest request = org.syncytium.core.connect.SpatialRequests.of(positions, mask, n);
        for (boolean aroundTarget : new boolean[] {false, true}) {
            for (int node = 0; node < n; node += 7) {
                int[] sources = request.sourcesInMask(node, aroundTarget);
                int[] targets = request.targetsInMask(node, aroundTarget);
                assertArrayEquals(pairByPair(request, node, aroundTarget, true), sources);
                assertArrayEquals(pairByPair(request, node, aroundTarget, false), targets);
            }
        }
    }

    private static int[] pairByPair(ConnectionRequest request, int node, boolean aroundTarget, boolean sources) {
        List<Integer> inside = new ArrayList<>();
        for (int other = 0; other < request.sourceCount(); other++) {
            if (sources ? request.inMask(other, node, aroundTarget) : request.inMask(node, other, aroundTarget)) {
                inside.add(other);
            }
        }
        return inside.stream().mapToInt(Integer::intValue).toArray();
    }
}
