package org.syncytium.support.device;

/**
 * NEST's sine oscillator of its ac and sinusoidal generators: the pair (y0, y1) = a · (cos, sin)(φ)
 * turned by the exact rotation of angle ωh before each step, so y1 is a · sin(φ + kωh) after k
 * steps without a sine per step. cos and sin are StrictMath's, so a result does not depend on when
 * the JIT compiled the caller.
 */
public final class Oscillator {

    private double y0;
    private double y1;
    private double cos = 1.0;
    private double sin;

    /** Sets the rotation per step to {@code angle} (ωh) radians. */
    public void rotation(double angle) {
        cos = StrictMath.cos(angle);
        sin = StrictMath.sin(angle);
    }

    /** Starts at amplitude {@code a} and phase {@code angle} radians. */
    public void start(double a, double angle) {
        y0 = a * StrictMath.cos(angle);
        y1 = a * StrictMath.sin(angle);
    }

    /** Turns by one step and returns the sine component y1. */
    public double step() {
        double previous = y0;
        y0 = cos * previous - sin * y1;
        y1 = sin * previous + cos * y1;
        return y1;
    }
}
