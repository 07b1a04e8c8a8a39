package org.syncytium.core.spatial;

/** An ellipse or ellipsoid (axes are full lengths), optionally turned: NEST's {@code elliptical} and {@code ellipsoidal} masks. */
final class EllipseMask extends Mask {
    private final double major;
    private final double[] center;
    private final double xScale, yScale, zScale;
    private final Turn turn;

    EllipseMask(double[] center, double major, double minor, double polar, double azimuthDegrees, double polarDegrees) {
        this.center = center;
        this.major = major;
        xScale = 4.0 / (major * major);
        yScale = 4.0 / (minor * minor);
        zScale = polar > 0 ? 4.0 / (polar * polar) : 0;
        turn = Turn.of(azimuthDegrees, polarDegrees);
    }

    @Override
    public int dimensions() {
        return center.length;
    }

    @Override
    public boolean contains(double[] p) {
        double x = p[0] - center[0];
        double y = p[1] - center[1];
        double along = x * turn.azCos() + y * turn.azSin();
        double across = x * turn.azSin() - y * turn.azCos();
        if (center.length == 2) {
            return along * along * xScale + across * across * yScale <= 1;
        }
        double z = p[2] - center[2];
        double nx = along * turn.polCos() - z * turn.polSin();
        double nz = along * turn.polSin() + z * turn.polCos();
        return nx * nx * xScale + across * across * yScale + nz * nz * zScale <= 1;
    }

    /** Half the major axis around the center bounds the ellipse whatever its rotation. */
    @Override
    public double lower(int axis) {
        return center[axis] - major / 2;
    }

    @Override
    public double upper(int axis) {
        return center[axis] + major / 2;
    }
}
