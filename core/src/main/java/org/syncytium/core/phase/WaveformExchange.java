package org.syncytium.core.phase;

import org.syncytium.api.comm.Communicator;
import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.plan.RunPlan;
import org.syncytium.core.plan.WaveformSlots;

/**
 * Makes the waveforms this process's neurons published visible to every process, with the
 * convergence flag riding on the same message (as NEST sends it). A single process has nothing to
 * move: partners are read where they were published, and the flag is its own. Several processes
 * pack their owned neurons' waveforms into their slots and all-gather them.
 */
public final class WaveformExchange {
    private final RunPlan plan;
    private final Communicator communicator;
    private final WaveformSlots slots;

    public WaveformExchange(RunPlan plan, Communicator communicator) {
        this.plan = plan;
        this.communicator = communicator;
        this.slots = plan.slots();
    }

    /**
     * After a trial pass: exchanges the D·(K+1) coefficients per neuron.
     *
     * @return the AND of every process's flag
     */
    public boolean trial(boolean converged) {
        if (slots == null) {
            return converged;
        }
        double[] send = slots.send();
        int stride = slots.stride();
        int at = 0;
        for (int k = 0; k < slots.segments(); k++) {
            PopulationBuffers buffers = plan.buffers()[slots.segmentPopulation(k)];
            int from = slots.segmentFrom(k);
            int length = (slots.segmentTo(k) - from) * stride;
            System.arraycopy(buffers.gapOut(), from * stride, send, at, length);
            at += length;
        }
        return communicator.exchange(send, slots.received(), slots.fullCounts(), converged);
    }

    /** After a final pass: exchanges V at the slice end (coefficient 0 of step 0) per neuron. */
    public void constant() {
        if (slots == null) {
            return;
        }
        double[] send = slots.sendConstant();
        int stride = slots.stride();
        int at = 0;
        for (int k = 0; k < slots.segments(); k++) {
            double[] out = plan.buffers()[slots.segmentPopulation(k)].gapOut();
            for (int i = slots.segmentFrom(k); i < slots.segmentTo(k); i++) {
                send[at++] = out[i * stride];
            }
        }
        communicator.exchange(send, slots.receivedConstant(), slots.constantCounts(), true);
    }
}
