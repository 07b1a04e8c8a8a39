package org.syncytium.core.spatial;

/** A mask moved by an {@code anchor}. Holds scratch space: one mask serves one thread. */
final class ShiftedMask extends Mask {
    private final Mask mask;
    private final double[] anchor;
    private final double[] shifted;

    ShiftedMask(Mask mask, double[] anchor) {
        this.mask = mask;
        this.anchor = anchor;
        this.shifted = new double[anchor.length];
    }

    @Override
    public int dimensions() {
        return mask.dimensions();
    }

    @Override
    public boolean contains(double[] p) {
        for (int i = 0; i < anchor.length; i++) {
            shifted[i] = p[i] - anchor[i];
        }
        return mask.contains(shifted);
    }

    @Override
    public double lower(int axis) {
        return mask.lower(axis) + anchor[axis];
    }

    @Override
    public double upper(int axis) {
        return mask.upper(axis) + anchor[axis];
    }
}
