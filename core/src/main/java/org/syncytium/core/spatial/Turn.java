package org.syncytium.core.spatial;

/**
 * The cosines and sines of a mask's azimuth and polar angle (degrees), computed as NEST computes them
 * ({@code angle · π / 180}), so that a turned mask holds the same boundary points.
 */
record Turn(double azCos, double azSin, double polCos, double polSin) {

    static Turn of(double azimuthDegrees, double polarDegrees) {
        double azimuth = azimuthDegrees * Math.PI / 180.0;
        double polar = polarDegrees * Math.PI / 180.0;
        return new Turn(Math.cos(azimuth), Math.sin(azimuth), Math.cos(polar), Math.sin(polar));
    }
}
