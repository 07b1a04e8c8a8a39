package org.syncytium.core.spatial;

/** A rectangle or box, optionally turned about its center by an azimuth and (3-D) a polar angle: NEST's {@code rectangular} and {@code box} masks; a turned box gets 1e-12 of slack for rounding, as NEST's. */
final class BoxMask extends Mask {
    private final double[] lowerLeft;
    private final double[] upperRight;
    private final double[] center;
    private final boolean rotated;
    private final Turn turn;

    BoxMask(double[] lowerLeft, double[] upperRight, double azimuthDegrees, double polarDegrees) {
        this.lowerLeft = lowerLeft;
        this.upperRight = upperRight;
        this.center = new double[lowerLeft.length];
        for (int i = 0; i < center.length; i++) {
            center[i] = (lowerLeft[i] + upperRight[i]) * 0.5;
        }
        rotated = azimuthDegrees != 0 || polarDegrees != 0;
        turn = Turn.of(azimuthDegrees, polarDegrees);
    }

    @Override
    public int dimensions() {
        return lowerLeft.length;
    }

    @Override
    public boolean contains(double[] p) {
        int d = lowerLeft.length;
        if (!rotated) {
            for (int i = 0; i < d; i++) {
                if (!(lowerLeft[i] <= p[i] && p[i] <= upperRight[i])) {
                    return false;
                }
            }
            return true;
        }
        // turn the point back by the box's rotation about its center: R_y(-polar) R_z(-azimuth)
        double x = p[0] - center[0];
        double y = p[1] - center[1];
        double z = d == 3 ? p[2] - center[2] : 0;
        double xr = x * turn.azCos() + y * turn.azSin();
        double yr = -x * turn.azSin() + y * turn.azCos();
        double[] q = {xr * turn.polCos() - z * turn.polSin() + center[0], yr + center[1],
                xr * turn.polSin() + z * turn.polCos() + (d == 3 ? center[2] : 0)};
        for (int i = 0; i < d; i++) {
            if (!(lowerLeft[i] - 1e-12 <= q[i] && q[i] <= upperRight[i] + 1e-12)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double lower(int axis) {
        return rotated ? center[axis] - halfDiagonal() : lowerLeft[axis];
    }

    @Override
    public double upper(int axis) {
        return rotated ? center[axis] + halfDiagonal() : upperRight[axis];
    }

    /** Half the diagonal around the center bounds the box whatever its rotation. */
    private double halfDiagonal() {
        double sum = 0;
        for (int i = 0; i < lowerLeft.length; i++) {
            sum += (upperRight[i] - lowerLeft[i]) * (upperRight[i] - lowerLeft[i]);
        }
        return Math.sqrt(sum) / 2;
    }
}
