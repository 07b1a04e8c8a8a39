package org.syncytium.support.neuron;

/**
 * Exact one-step propagators of the leaky membrane {@code V' = -V/tau_m + I/C} driven by an
 * exponential or an alpha-shaped synaptic current, over a step of h ms: how the current (and for
 * the alpha shape its derivative) at the start of a step moves V by its end. Where tau_syn and tau_m
 * (numerically) meet, the difference quotients would cancel, and the limit forms are used instead.
 * Shared by the {@code iaf_psc_*} models and their {@code *_multisynapse} forms.
 */
public final class PscPropagators {

    private PscPropagators() {
    }

    /**
     * Exponential current: how I (pA) at a step's start moves V (mV) by its end,
     * τs τm / (C (τm − τs)) · e^{−h/τs} · (e^{h (τm − τs)/(τs τm)} − 1), and its limit (h / C) e^{−h/τm}
     * where τs ≈ τm makes that product not a normal positive number (NEST's rule).
     *
     * @param tauSyn synaptic time constant in ms
     * @param tauM   membrane time constant in ms
     * @param c      capacitance in pF
     * @param h      step in ms
     * @return mV per pA
     */
    public static double exp(double tauSyn, double tauM, double c, double h) {
        double gamma = tauSyn * tauM / (tauM - tauSyn) / c;
        double product = gamma * Math.exp(-h * (1 / tauSyn)) * Math.expm1(h * ((tauM - tauSyn) / (tauSyn * tauM)));
        if (Double.isFinite(product) && product >= Double.MIN_NORMAL) {
            return product;
        }
        return h * (1 / c) * Math.exp(-h * (1 / tauM));
    }

    /**
     * Alpha current {@code dI' = -dI/tau_s, I' = dI - I/tau_s}: contribution of I (pA) at a step's
     * start to V (mV) at its end, per pA (NEST's P32).
     */
    public static double alphaCurrent(double tauSyn, double tauM, double capacitance, double h) {
        double a = 1.0 / tauSyn - 1.0 / tauM;
        if (Math.abs(a * h) < 1e-8) {
            // limit tau_s -> tau_m: (h / C) exp(-h/tau_m)
            return h / capacitance * Math.exp(-h / tauM);
        }
        // (e^{-h/tau_s} - e^{-h/tau_m}) / (C (1/tau_m - 1/tau_s)) = e^{-h/tau_m} (1 - e^{-a h}) / (C a)
        return Math.exp(-h / tauM) * -Math.expm1(-a * h) / (capacitance * a);
    }

    /**
     * Alpha current: contribution of dI (pA/ms) at a step's start to V (mV) at its end, per pA/ms
     * (NEST's P31).
     */
    public static double alphaDerivative(double tauSyn, double tauM, double capacitance, double h) {
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
