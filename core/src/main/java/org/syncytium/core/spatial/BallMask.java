package org.syncytium.core.spatial;

/** A circle or sphere: NEST's {@code circular} and {@code spherical} masks (the boundary inside). */
final class BallMask extends Mask {
    private final double[] center;
    private final double radius;

    BallMask(double[] center, double radius) {
        this.center = center;
        this.radius = radius;
    }

    @Override
    public int dimensions() {
        return center.length;
    }

    /** NEST's order of tests: an axis beyond the radius, then the inscribed diamond, then the length. */
    @Override
    public boolean contains(double[] p) {
        double manhattan = 0;
        for (int i = 0; i < center.length; i++) {
            double d = Math.abs(p[i] - center[i]);
            if (d > radius) {
                return false;
            }
            manhattan += d;
        }
        if (manhattan <= radius) {
            return true;
        }
        double sum = 0;
        for (int i = 0; i < center.length; i++) {
            double d = p[i] - center[i];
            sum += d * d;
        }
        return Math.sqrt(sum) <= radius;
    }

    @Override
    public double lower(int axis) {
        return center[axis] - radius;
    }

    @Override
    public double upper(int axis) {
        return center[axis] + radius;
    }
}
