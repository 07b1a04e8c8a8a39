package org.syncytium.support.record;

/**
 * Event times on the grid, {@code stamp × h} ms, computed and printed exactly. When h is a short
 * decimal (0.05, 0.1, 0.025, 1: up to 9 decimals, the usual case) the time is the exact integer
 * {@code stamp × units} scaled by {@code 10^-decimals}: {@link #ms} returns the double nearest to
 * that exact decimal (within one ulp of the floating product {@code stamp * h}) and
 * {@link #append} prints the exact decimal without allocating, e.g. {@code 0.15}, {@code 501.0}, so
 * that parsing the CSV gives exactly {@link #ms}. Other resolutions fall back to {@code stamp * h}
 * printed with {@link Double#toString}.
 */
public final class GridTime {

    private static final int MAX_DECIMALS = 9;

    private final double h;
    private final long units;
    private final long scale;
    private final int decimals;
    private final long maxExactStamp;

    private GridTime(double h, long units, long scale, int decimals) {
        this.h = h;
        this.units = units;
        this.scale = scale;
        this.decimals = decimals;
        this.maxExactStamp = units > 0 ? (1L << 53) / units : -1;
    }

    /** Times for resolution {@code h} ms. */
    public static GridTime of(double h) {
        long scale = 1;
        for (int d = 0; d <= MAX_DECIMALS; d++) {
            long units = Math.round(h * scale);
            if (units > 0 && (double) units / scale == h) {
                return new GridTime(h, units, scale, d);
            }
            scale *= 10;
        }
        return new GridTime(h, 0, 1, -1);
    }

    private boolean exact(long stamp) {
        return decimals >= 0 && Math.abs(stamp) <= maxExactStamp;
    }

    /** The time of {@code stamp} in ms. */
    public double ms(long stamp) {
        return exact(stamp) ? (double) (stamp * units) / scale : stamp * h;
    }

    /** Appends the time of {@code stamp} in ms as a decimal number. */
    public void append(StringBuilder out, long stamp) {
        if (!exact(stamp)) {
            out.append(stamp * h);
            return;
        }
        long v = stamp * units;
        if (v < 0) {
            out.append('-');
            v = -v;
        }
        out.append(v / scale).append('.');
        if (decimals == 0) {
            out.append('0');
            return;
        }
        long fraction = v % scale;
        int digits = decimals;
        while (digits > 1 && fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        long place = 1;
        for (int k = 1; k < digits; k++) {
            place *= 10;
        }
        while (place > 1 && fraction < place) {
            out.append('0');
            place /= 10;
        }
        out.append(fraction);
    }

    /**
     * Appends the time of {@code stamp} in ms with exactly {@code precision} decimals, as C's
     * {@code %.Nf} prints it (NEST's ASCII files): from the exact decimal when it has at most that
     * many decimals (no allocation), otherwise rounded half-even from the binary value, as glibc does.
     */
    public void appendFixed(StringBuilder out, long stamp, int precision) {
        if (!exact(stamp) || decimals > precision) {
            appendFixed(out, ms(stamp), precision);
            return;
        }
        long v = stamp * units;
        if (v < 0) {
            out.append('-');
            v = -v;
        }
        out.append(v / scale);
        if (precision == 0) {
            return;
        }
        out.append('.');
        long fraction = v % scale;
        for (long place = scale / 10; place >= 1; place /= 10) {
            out.append((char) ('0' + fraction / place % 10));
        }
        for (int k = decimals; k < precision; k++) {
            out.append('0');
        }
    }

    /** Appends {@code value} with {@code precision} decimals as C's {@code %.Nf} does (exact value, ties to even). */
    public static void appendFixed(StringBuilder out, double value, int precision) {
        if (!Double.isFinite(value)) {
            out.append(Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf");
            return;
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(value).setScale(precision, java.math.RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0 && (value < 0 || Double.doubleToRawLongBits(value) == Long.MIN_VALUE)) {
            out.append('-'); // C keeps the sign of a negative value that rounds to zero: -0.000
        }
        out.append(rounded.toPlainString());
    }
}
