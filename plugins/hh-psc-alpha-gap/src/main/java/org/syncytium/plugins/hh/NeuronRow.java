package org.syncytium.plugins.hh;

/**
 * Layout of a neuron's row in {@link HhPopulation}'s {@code rows} array (row i at {@code i * LENGTH}):
 * what every pass reads, and the final pass writes, for each neuron and step, side by side. Taken
 * from separate arrays these were thirteen cache lines per neuron, each in its own stream; without
 * WFR every step touches every neuron's row once, so one 104-byte row per neuron, in index order, is
 * what the lanes' loads wait for least.
 */
final class NeuronRow {
    /** The integrated state, {@link HhDynamics#DIM} values in its component order (V_m mV, gates, dI/dt pA/ms, I pA). */
    static final int STATE = 0;
    /** NEST's IntegrationStep: the adaptive RKF45 step carried from step to step, ms (NaN until first prepared). */
    static final int STEP = STATE + HhDynamics.DIM;
    /** Current-device input taken up after the last final step, pA. */
    static final int I_STIM = STEP + 1;
    /** PSC normalisation e/tau_syn_ex, 1/ms (derived in prepare and set). */
    static final int PSC_INIT_EX = I_STIM + 1;
    /** PSC normalisation e/tau_syn_in, 1/ms. */
    static final int PSC_INIT_IN = PSC_INIT_EX + 1;
    /** Doubles per neuron. */
    static final int LENGTH = PSC_INIT_IN + 1;

    private NeuronRow() {
    }
}
