package org.syncytium.core.spatial;

import java.util.Arrays;

/**
 * The nodes of one side of a connect call sorted into a grid of cells a quarter of the mask's width,
 * so that the candidates for a mask placed somewhere are the members of the cells its bounding box
 * covers (about twice the mask's area for a circle) (NEST sorts positions into a tree for the same purpose). Built per call and side; a pool
 * whose nodes lie in several layers gets no cells and every member is a candidate.
 */
public final class MaskIndex {
    /** Most cells per axis, and at most this many cells per member in all. */
    private static final int MAX_CELLS_PER_AXIS = 1024;
    private static final int CELLS_PER_MEMBER = 2;
    /** Cells per mask width: finer cells hug the mask closer, each costs a visit per query. */
    private static final int CELLS_PER_WIDTH = 4;

    private final int size;
    private final Layer layer;
    private final int dimensions;
    private final int[] cells;
    private final double[] cellWidth;
    private final double[] lowerLeft;
    /** Members of cell c are {@code members[cellStart[c] .. cellStart[c + 1] - 1]}, pool indices ascending. */
    private final int[] cellStart;
    private final int[] members;

    /** @param pool node ids of one side of the call, in the call's order */
    public MaskIndex(NodePositions positions, long[] pool, Mask mask) {
        size = pool.length;
        Layer common = pool.length == 0 ? null : positions.layerOf(pool[0]);
        for (int p = 1; p < pool.length && common != null; p++) {
            if (!common.holds(pool[p])) {
                common = null;
            }
        }
        layer = common;
        if (layer == null) {
            dimensions = 0;
            cells = null;
            cellWidth = null;
            lowerLeft = null;
            cellStart = null;
            members = null;
            return;
        }
        dimensions = layer.dimensions();
        cells = new int[dimensions];
        cellWidth = new double[dimensions];
        lowerLeft = layer.lowerLeft();
        long total = 1;
        for (int a = 0; a < dimensions; a++) {
            double extent = layer.extent(a);
            double width = Math.max(mask.width(a), 1e-12);
            cells[a] = extent > 0 ? (int) Math.max(1, Math.min(MAX_CELLS_PER_AXIS,
                    Math.floor(CELLS_PER_WIDTH * extent / width))) : 1;
            total *= cells[a];
        }
        while (total > (long) CELLS_PER_MEMBER * size + 1) {
            int widest = 0;
            for (int a = 1; a < dimensions; a++) {
                widest = cells[a] > cells[widest] ? a : widest;
            }
            total = total / cells[widest] * ((cells[widest] + 1) / 2);
            cells[widest] = (cells[widest] + 1) / 2;
        }
        for (int a = 0; a < dimensions; a++) {
            cellWidth[a] = layer.extent(a) > 0 ? layer.extent(a) / cells[a] : 1;
        }
        int[] cellOf = new int[size];
        cellStart = new int[(int) total + 1];
        for (int p = 0; p < size; p++) {
            int c = 0;
            for (int a = 0; a < dimensions; a++) {
                c = c * cells[a] + slot(a, Math.floor((layer.coordinate(pool[p], a) - lowerLeft[a]) / cellWidth[a]));
            }
            cellOf[p] = c;
            cellStart[c + 1]++;
        }
        for (int c = 0; c < total; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        members = new int[size];
        int[] next = Arrays.copyOf(cellStart, cellStart.length - 1);
        for (int p = 0; p < size; p++) {
            members[next[cellOf[p]]++] = p;
        }
    }

    /** The layer every member lies in, or null if they lie in several. */
    public Layer layer() {
        return layer;
    }

    /** A cell's index along axis {@code a}: around the torus where the layer wraps, else clamped to the grid. */
    private int slot(int a, double k) {
        int n = cells[a];
        if (layer.edgeWrap() && layer.extent(a) > 0) {
            return (int) (((long) k % n + n) % n);
        }
        return (int) Math.max(0, Math.min(n - 1, k));
    }

    /**
     * Pool indices of the members whose position may lie in the box {@code [low, high]} (around the torus
     * where the layer wraps), in no particular order: a superset the caller tests exactly.
     *
     * @param into room for every member; returns how many were written
     */
    public int candidates(double[] low, double[] high, int[] into) {
        if (layer == null) {
            for (int p = 0; p < size; p++) {
                into[p] = p;
            }
            return size;
        }
        int[] from = new int[dimensions];
        int[] count = new int[dimensions];
        for (int a = 0; a < dimensions; a++) {
            double first = Math.floor((low[a] - lowerLeft[a]) / cellWidth[a]);
            double last = Math.floor((high[a] - lowerLeft[a]) / cellWidth[a]);
            if (layer.edgeWrap() && layer.extent(a) > 0) {
                boolean all = last - first + 1 >= cells[a];
                from[a] = all ? 0 : slot(a, first);
                count[a] = all ? cells[a] : (int) (last - first) + 1;
            } else {
                from[a] = slot(a, first);
                count[a] = slot(a, last) - from[a] + 1;
            }
        }
        int written = 0;
        int[] step = new int[dimensions];
        while (true) {
            int c = 0;
            for (int a = 0; a < dimensions; a++) {
                c = c * cells[a] + (from[a] + step[a]) % cells[a];
            }
            for (int m = cellStart[c]; m < cellStart[c + 1]; m++) {
                into[written++] = members[m];
            }
            int a = dimensions - 1;
            while (a >= 0 && ++step[a] == count[a]) {
                step[a] = 0;
                a--;
            }
            if (a < 0) {
                return written;
            }
        }
    }
}
