package org.syncytium.support.neuron;

/**
 * How much a spike of weight w raises the rising part of an alpha- or beta-shaped synaptic response
 * so that the response peaks at w: NEST's {@code PSCInitialValue}s and {@code PSConInit}s, 1/ms.
 */
public final class PeakNormalization {

    private PeakNormalization() {
    }

    /** Alpha shape with time constant {@code tau} (ms): e/τ. */
    public static double alpha(double tau) {
        return Math.E / tau;
    }

    /**
     * Beta shape with rise and decay times in ms (NEST's {@code beta_normalization_factor}): the
     * difference of the rates over the difference of the two exponentials at the peak time, and the
     * alpha function's e/τ where the two times (or the exponentials at the peak) coincide to the
     * double precision's epsilon.
     */
    public static double beta(double tauRise, double tauDecay) {
        double difference = tauDecay - tauRise;
        double peak = 0.0;
        if (Math.abs(difference) > Math.ulp(1.0)) {
            double tPeak = tauDecay * tauRise * Math.log(tauDecay / tauRise) / difference;
            peak = Math.exp(-tPeak / tauDecay) - Math.exp(-tPeak / tauRise);
        }
        if (Math.abs(peak) < Math.ulp(1.0)) {
            return Math.E / tauDecay;
        }
        return (1.0 / tauRise - 1.0 / tauDecay) / peak;
    }
}
