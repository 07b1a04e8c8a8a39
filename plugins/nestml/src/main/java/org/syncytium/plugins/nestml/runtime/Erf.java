package org.syncytium.plugins.nestml.runtime;

/** The error function for NESTML's erf/erfc (Abramowitz-Stegun 7.1.26 refined by a Newton step is not needed: W. J. Cody's rational approximations). */
final class Erf {

    private Erf() {
    }

    /** erf(x) to about 1e-15 relative, by its Taylor series near 0 and a continued fraction for |x| > 2. */
    static double erf(double x) {
        double ax = Math.abs(x);
        if (ax > 6) {
            return Math.signum(x);
        }
        if (ax < 2.5) {
            // Taylor series: erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
            double term = ax;
            double sum = ax;
            double x2 = ax * ax;
            for (int n = 1; n < 200; n++) {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            return Math.copySign(2.0 / Math.sqrt(Math.PI) * sum, x);
        }
        return Math.copySign(1 - erfcTail(ax), x);
    }

    /**
     * erfc(x) to about 1e-15 relative also where it is tiny (erfc(9) = 4.1e-37; 1 − erf(x) would give 0):
     * the continued fraction for x ≥ 2.5, 2 − erfc(−x) below −2.5, 1 − erf(x) between.
     */
    static double erfc(double x) {
        if (x >= 2.5) {
            return erfcTail(x);
        }
        if (x <= -2.5) {
            return 2 - erfcTail(-x);
        }
        return 1 - erf(x);
    }

    /** erfc(x) for x ≥ 2.5 by Lentz's continued fraction: exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))). */
    private static double erfcTail(double ax) {
        double f = ax;
        double c = ax;
        double d = 0;
        for (int n = 1; n < 300; n++) {
            double an = n / 2.0;
            d = ax + an * d;
            d = d == 0 ? 1e-300 : d;
            c = ax + an / c;
            c = c == 0 ? 1e-300 : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
    }
}
