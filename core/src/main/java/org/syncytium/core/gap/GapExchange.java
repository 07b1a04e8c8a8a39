package org.syncytium.core.gap;

import java.util.Arrays;
import org.syncytium.core.connect.GapTable;
import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.plan.WaveformSlots;

/**
 * The gap-junction pull over incoming connections: for target neuron i,
 * S_i = Σ_k g_k and C_i[l][q] = Σ_k g_k · out_partner(k)[l][q], summed in connection creation
 * order, so the result is bit-identical whatever the thread or process layout. Each worker
 * computes its own neurons; it reads partners' waveforms, which no one writes during the pull:
 * where they were published (one process) or where the waveform exchange received them (several
 * processes, {@link WaveformSlots}).
 */
public final class GapExchange {
    private final GapTable gaps;
    private final PopulationBuffers[] buffers;
    private final int[] populationOf;
    private final int[] localOf;
    private final WaveformSlots slots;

    /**
     * @param populationOf population index of each neuron index
     * @param localOf      index within its population of each neuron index
     * @param slots        where partners' waveforms arrive from other processes; null for one process
     */
    public GapExchange(GapTable gaps, PopulationBuffers[] buffers, int[] populationOf, int[] localOf,
            WaveformSlots slots) {
        this.gaps = gaps;
        this.buffers = buffers;
        this.populationOf = populationOf;
        this.localOf = localOf;
        this.slots = slots;
    }

    /** Computes S and C for neurons {@code [from, to)} of population {@code p} (first neuron index {@code offset}). */
    public void exchange(int p, int offset, int from, int to) {
        PopulationBuffers target = buffers[p];
        int stride = target.stride();
        double[] s = target.gapConductance();
        double[] c = target.gapIn();
        double[] received = slots == null ? null : slots.received();
        for (int i = from; i < to; i++) {
            int n = offset + i;
            s[i] = gaps.conductanceSum(n);
            int base = i * stride;
            Arrays.fill(c, base, base + stride, 0.0);
            int end = gaps.rowStart(n + 1);
            for (int k = gaps.rowStart(n); k < end; k++) {
                int partner = gaps.partner(k);
                double g = gaps.conductance(k);
                double[] out;
                int source;
                if (received == null) {
                    out = buffers[populationOf[partner]].gapOut();
                    source = localOf[partner] * stride;
                } else {
                    out = received;
                    source = slots.slotOf(partner) * stride;
                }
                for (int m = 0; m < stride; m++) {
                    c[base + m] += g * out[source + m];
                }
            }
        }
    }

    /**
     * The pull after a final pass, when every partner publishes the constant extrapolation (V at
     * the end of the slice in coefficient 0 of every step, zeros elsewhere): one sum per target
     * instead of D·(K+1). Gives bit for bit what {@link #exchange} gives for such waveforms, since
     * it adds the same products in the same order.
     */
    public void exchangeConstant(int p, int offset, int from, int to) {
        PopulationBuffers target = buffers[p];
        int stride = target.stride();
        int k1 = target.order() + 1;
        double[] s = target.gapConductance();
        double[] c = target.gapIn();
        double[] received = slots == null ? null : slots.receivedConstant();
        for (int i = from; i < to; i++) {
            int n = offset + i;
            s[i] = gaps.conductanceSum(n);
            double sum = 0.0;
            int end = gaps.rowStart(n + 1);
            for (int k = gaps.rowStart(n); k < end; k++) {
                int partner = gaps.partner(k);
                double v = received == null ? buffers[populationOf[partner]].gapOut()[localOf[partner] * stride]
                        : received[slots.slotOf(partner)];
                sum += gaps.conductance(k) * v;
            }
            int base = i * stride;
            Arrays.fill(c, base, base + stride, 0.0);
            for (int m = 0; m < stride; m += k1) {
                c[base + m] = sum;
            }
        }
    }
}
