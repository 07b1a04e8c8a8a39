package org.syncytium.core.spatial;

import java.util.Arrays;

/**
 * The positions of one collection of nodes with consecutive ids (NEST's layer): node k at
 * {@code coordinates[k * dimensions ...]}, inside the box from {@code lowerLeft} spanning
 * {@code extent}, a torus if {@code edgeWrap}.
 */
public final class Layer {
    private final long firstId;
    private final int size;
    private final int dimensions;
    private final double[] coordinates;
    private final double[] lowerLeft;
    private final double[] extent;
    private final boolean edgeWrap;

    Layer(long firstId, int size, int dimensions, double[] coordinates, double[] lowerLeft, double[] extent,
            boolean edgeWrap) {
        this.firstId = firstId;
        this.size = size;
        this.dimensions = dimensions;
        this.coordinates = coordinates.clone();
        this.lowerLeft = lowerLeft.clone();
        this.extent = extent.clone();
        this.edgeWrap = edgeWrap;
    }

    public long firstId() {
        return firstId;
    }

    public int size() {
        return size;
    }

    public int dimensions() {
        return dimensions;
    }

    public boolean edgeWrap() {
        return edgeWrap;
    }

    /** The lower left corner of the layer's box (a copy). */
    public double[] lowerLeft() {
        return lowerLeft.clone();
    }

    /** The layer's extent along {@code axis}. */
    public double extent(int axis) {
        return extent[axis];
    }

    boolean holds(long id) {
        return id >= firstId && id < firstId + size;
    }

    /** Coordinate {@code axis} of node {@code id} (which this layer holds). */
    public double coordinate(long id, int axis) {
        return coordinates[(int) (id - firstId) * dimensions + axis];
    }

    /** The position of node {@code id} (a copy). */
    public double[] position(long id) {
        int k = (int) (id - firstId) * dimensions;
        return Arrays.copyOfRange(coordinates, k, k + dimensions);
    }

    /**
     * {@code to − from} along {@code axis}; where the layer wraps, the shorter way round (NEST rounds
     * the number of extents to subtract half away from zero, so half an extent comes out negative
     * for a positive difference).
     */
    public double displacement(double from, double to, int axis) {
        double d = to - from;
        if (edgeWrap && extent[axis] > 0) {
            double turns = d * (1 / extent[axis]);
            d -= extent[axis] * (turns < 0 ? -Math.floor(-turns + 0.5) : Math.floor(turns + 0.5));
        }
        return d;
    }

    /**
     * True if node {@code other}'s displacement from {@code anchorAt} lies in {@code mask}; where this layer
     * wraps, any periodic image of the displacement counts (the mask wraps round the torus, as NEST's),
     * so each axis tries the images within the mask's bounding box.
     */
    public boolean inMask(Mask mask, double[] anchorAt, long other, double[] scratch) {
        int base = (int) (other - firstId) * dimensions;
        return inMask(mask, anchorAt, coordinates, base, scratch);
    }

    /**
     * True if the point at {@code at[offset ...]} lies in {@code mask} placed at {@code anchorAt}, its
     * displacement measured in this layer (as {@link #inMask(Mask, double[], long, double[])}).
     */
    public boolean inMask(Mask mask, double[] anchorAt, double[] at, int offset, double[] scratch) {
        for (int i = 0; i < dimensions; i++) {
            double d = at[offset + i] - anchorAt[i];
            if (edgeWrap && extent[i] > 0) {
                d = wrap(d, extent[i]);
            }
            scratch[i] = d;
        }
        // most candidates are inside as they are; the other images only where that fails and the mask
        // reaches beyond half the extent (else no other image can lie in its box)
        if (mask.contains(scratch)) {
            return true;
        }
        if (!edgeWrap) {
            return false;
        }
        for (int i = 0; i < dimensions; i++) {
            if (extent[i] > 0 && (mask.lower(i) < -0.5 * extent[i] || mask.upper(i) >= 0.5 * extent[i])) {
                return images(mask, scratch, 0);
            }
        }
        return false;
    }

    /** Node {@code id}'s coordinates are {@code coordinates()[offset(id) ...]}: for loops over many nodes. */
    public int offset(long id) {
        return (int) (id - firstId) * dimensions;
    }

    /** The coordinates of every node, node by node (the layer's own array: read only). */
    public double[] coordinates() {
        return coordinates;
    }

    /**
     * NEST's wrapped displacement {@code -e/2 + fmod(d + e/2, e)}, moved by e if below {@code -e/2}: for
     * nodes within the box the remainder is a subtraction, exact (Sterbenz) and the same bits as fmod.
     */
    private static double wrap(double d, double e) {
        double x = d + 0.5 * e;
        double r = x >= 0 && x < e ? x : x >= e && x < 2 * e ? x - e : x < 0 && x > -e ? x : x % e;
        double wrapped = -0.5 * e + r;
        return wrapped < -0.5 * e ? wrapped + e : wrapped;
    }

    private boolean images(Mask mask, double[] d, int axis) {
        if (axis == dimensions) {
            return mask.contains(d);
        }
        if (!edgeWrap || !(extent[axis] > 0)) {
            return images(mask, d, axis + 1);
        }
        double e = extent[axis];
        double wrapped = d[axis];
        // the first image at or above the box's lower end, then every further one inside the box
        double image = wrapped + e * Math.ceil((mask.lower(axis) - wrapped) / e);
        boolean inside = false;
        for (; image <= mask.upper(axis) && !inside; image += e) {
            d[axis] = image;
            inside = images(mask, d, axis + 1);
        }
        d[axis] = wrapped;
        return inside;
    }
}
