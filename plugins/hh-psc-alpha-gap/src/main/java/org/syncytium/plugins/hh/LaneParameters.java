package org.syncytium.plugins.hh;

/**
 * The rows of the vectorised lanes' parameter block ({@link Rkf45Simd}, one row per quantity, one
 * column per lane) and the per-neuron packing of its constant rows. Kept apart from Rkf45Simd, which
 * needs the Vector API: the population packs every neuron's rows whether or not the API is there.
 */
final class LaneParameters {

    static final int P_GNA = 0;
    static final int P_GKV1 = 1;
    static final int P_GKV3 = 2;
    static final int P_GL = 3;
    static final int P_CM = 4;
    static final int P_ENA = 5;
    static final int P_EK = 6;
    static final int P_EL = 7;
    static final int P_TAU_EX = 8;
    static final int P_TAU_IN = 9;
    static final int P_IE = 10;
    // 1/C_m, 1/tau_syn_ex, 1/tau_syn_in: multiplications in rhs instead of divisions
    static final int P_INV_CM = 11;
    static final int P_INV_TAU_EX = 12;
    static final int P_INV_TAU_IN = 13;
    static final int P_ISTIM = 14;
    // the gap rows, last (a population without gap coupling zeroes them together)
    static final int P_GAP_S = 15;
    static final int P_C0 = 16;
    static final int P_C1 = 17;
    static final int P_C2 = 18;
    static final int P_C3 = 19;
    static final int PARAMETERS = 20;
    /** Rows 0..PACKED-1 are constant during a run: a neuron's are packed together (HhPopulation.packedParameters). */
    static final int PACKED = 14;
    /** A neuron's packed rows take this many doubles (two cache lines), index i·PACK_STRIDE + row. */
    static final int PACK_STRIDE = 16;
    static final int[] NEURON_COLUMNS = {
        HhParameters.G_NA, HhParameters.G_KV1, HhParameters.G_KV3, HhParameters.G_L, HhParameters.C_M,
        HhParameters.E_NA, HhParameters.E_K, HhParameters.E_L, HhParameters.TAU_SYN_EX, HhParameters.TAU_SYN_IN,
        HhParameters.I_E,
    };

    private LaneParameters() {
    }

    /**
     * The constant parameter rows of neuron {@code i} into {@code packed[at..at+PACKED)}: the columns,
     * then the reciprocals as HhDynamics.loadParameters computes them (the same bits). Taking a neuron
     * then reads two cache lines instead of eleven columns, and divides nothing.
     */
    static void pack(double[][] columns, int i, double[] packed, int at) {
        for (int q = 0; q < NEURON_COLUMNS.length; q++) {
            packed[at + q] = columns[NEURON_COLUMNS[q]][i];
        }
        packed[at + P_INV_CM] = 1.0 / columns[HhParameters.C_M][i];
        packed[at + P_INV_TAU_EX] = 1.0 / columns[HhParameters.TAU_SYN_EX][i];
        packed[at + P_INV_TAU_IN] = 1.0 / columns[HhParameters.TAU_SYN_IN][i];
    }
}
