package org.syncytium.plugins.nestml.units;

import java.util.Arrays;

/**
 * A physical unit as NESTML uses it: a dimension (exponents of s, m, kg, A, K, mol, cd) and a scale to
 * SI, {@code factor × 10^exponent} (kept apart so that products of prefixes such as
 * nS·mV = 10^-12 SI compare exactly). {@code real} and {@code integer} are the dimensionless unit 1.
 */
public final class Unit {

    /** Base dimensions, in order. */
    static final String[] BASES = {"s", "m", "kg", "A", "K", "mol", "cd"};

    /** The dimensionless unit with scale 1. */
    public static final Unit ONE = new Unit(new double[7], 0, 1.0);

    private final double[] dims;
    private final int exponent;
    private final double factor;

    Unit(double[] dims, int exponent, double factor) {
        for (int k = 0; k < dims.length; k++) {
            dims[k] += 0.0; // -0.0 (from 0 * -1 in a power) is the same dimension as 0.0
        }
        this.dims = dims;
        // a factor that rounding made almost a power of ten (ns**-0.5 squared: 1.0000000000000002e9)
        // is that power of ten, so that it compares equal to the prefixed unit it stands for
        long decade = Math.round(Math.log10(factor));
        if (factor != 1.0 && Math.abs(factor / Math.pow(10, decade) - 1.0) < 1e-12) {
            this.exponent = Math.toIntExact(exponent + decade);
            this.factor = 1.0;
        } else {
            this.exponent = exponent;
            this.factor = factor;
        }
    }

    /** Base unit number {@code k} of {@link #BASES}. */
    static Unit base(int k) {
        double[] d = new double[7];
        d[k] = 1;
        return new Unit(d, 0, 1.0);
    }

    public Unit times(Unit other) {
        double[] d = new double[7];
        for (int k = 0; k < 7; k++) {
            d[k] = dims[k] + other.dims[k];
        }
        return new Unit(d, exponent + other.exponent, factor * other.factor);
    }

    public Unit divide(Unit other) {
        double[] d = new double[7];
        for (int k = 0; k < 7; k++) {
            d[k] = dims[k] - other.dims[k];
        }
        return new Unit(d, exponent - other.exponent, factor / other.factor);
    }

    /** This unit to a power; the decimal exponent stays exact for integer powers. */
    public Unit pow(double p) {
        double[] d = new double[7];
        for (int k = 0; k < 7; k++) {
            d[k] = dims[k] * p;
        }
        double e = exponent * p;
        if (e == Math.rint(e)) {
            return new Unit(d, (int) e, Math.pow(factor, p));
        }
        return new Unit(d, 0, Math.pow(factor * Math.pow(10, exponent), p));
    }

    /** The same dimension with scale 1 (plain SI). */
    public Unit si() {
        return new Unit(dims, 0, 1.0);
    }

    /** A prefix applied: scale times {@code 10^e}. */
    Unit scaled(int e, double f) {
        return new Unit(dims, exponent + e, factor * f);
    }

    /** True if both have the same dimension (scales may differ). */
    public boolean sameDimension(Unit other) {
        return Arrays.equals(dims, other.dims);
    }

    public boolean isDimensionless() {
        for (double d : dims) {
            if (d != 0) {
                return false;
            }
        }
        return true;
    }

    /** Decimal exponent of the scale. */
    public int exponent() {
        return exponent;
    }

    /** Non-decimal factor of the scale (1 for every SI prefix). */
    public double factor() {
        return factor;
    }

    /** True if a value in this unit equals the same number in {@code other} (same dimension and scale). */
    public boolean sameScale(Unit other) {
        return exponent == other.exponent && factor == other.factor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && sameDimension(u) && sameScale(u);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims) * 31 + exponent;
    }

    /** Readable form such as {@code mV}, {@code pA/ms}, {@code 10^-12 kg·m^2/(s^3·A)} for tests and messages. */
    @Override
    public String toString() {
        return Units.describe(this);
    }

    double[] dims() {
        return dims;
    }
}
