package org.syncytium.plugins.iaf;

/**
 * Exact one-step propagators of the linear system
 * {@code dI' = -dI/tau_s, I' = dI - I/tau_s, V' = -V/tau_m + I/C} over a step h.
 * P31 and P32 map dI and I at the start of a step to their contribution to V at its end;
 * when tau_s is (numerically) equal to tau_m the limit forms are used instead of the
 * difference quotients, which would cancel catastrophically.
 */
final class AlphaPropagators {

    private AlphaPropagators() {
    }

    /** Contribution of I (pA) at step start to V (mV) at step end, per pA. */
    static double p32(double tauSyn, double tauM, double capacitance, double h) {
        double a = 1.0 / tauSyn - 1.0 / tauM;
        if (Math.abs(a * h) < 1e-8) {
            // limit tau_s -> tau_m: (h / C) exp(-h/tau_m)
            return h / capacitance * Math.exp(-h / tauM);
        }
        // (e^{-h/tau_s} - e^{-h/tau_m}) / (C (1/tau_m - 1/tau_s)) = e^{-h/tau_m} (1 - e^{-a h}) / (C a)
        return Math.exp(-h / tauM) * -Math.expm1(-a * h) / (capacitance * a);
    }

    /** Contribution of dI (pA/ms) at step start to V (mV) at step end, per pA/ms. */
    static double p31(double tauSyn, double tauM, double capacitance, double h) {
        double a = 1.0 / tauSyn - 1.0 / tauM;
        if (Math.abs(a * h) < 1e-8) {
            // limit: (h^2 / 2C) exp(-h/tau_m)
            return h * h / (2 * capacitance) * Math.exp(-h / tauM);
        }
        double ah = a * h;
        // e^{-h/tau_m} (1 - e^{-a h}(1 + a h)) / (C a^2), with 1 - e^{-x}(1+x) = -expm1(-x) - x e^{-x}
        return Math.exp(-h / tauM) * (-Math.expm1(-ah) - ah * Math.exp(-ah)) / (capacitance * a * a);
    }
}
