package org.syncytium.core.gap;

/**
 * One target's gap input C = Σ_k g_k · out_partner(k), coefficient by coefficient, over a row of
 * incoming connections in creation order. Every implementation computes each coefficient as
 * {@code ((0.0 + g_0·o_0) + g_1·o_1) + ...}: one rounded product and one rounded sum per partner,
 * never fused, in the row's order; so all give the same bits, and the same as the plain loop.
 */
interface GapSum {

    /**
     * Writes {@code c[base .. base + stride)} = the sum over connections {@code [first, end)} of the
     * gap table, each partner's waveform read at {@code rowOf[partner] · stride} of
     * {@code sources[populationOf[partner]]}.
     */
    void row(double[] c, int base, int stride, int first, int end);
}
