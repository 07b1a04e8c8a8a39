package org.syncytium.plugins.mpi;

import java.util.Locale;

/**
 * What this rank's collectives moved, measured as they ran: calls, bytes sent and received, and
 * wall time inside MPI, for spike all-gathers and waveform exchanges separately. Printed at the end
 * of a run when {@code SYNCYTIUM_MPI_STATS} is set (docs/distributed.md uses it).
 */
final class Traffic {
    private long spikeCalls;
    private long spikeSent;
    private long spikeReceived;
    private long spikeNanos;
    private long waveCalls;
    private long waveSent;
    private long waveReceived;
    private long waveNanos;

    void spikes(long sent, long received, long nanos) {
        spikeCalls++;
        spikeSent += sent;
        spikeReceived += received;
        spikeNanos += nanos;
    }

    void waveforms(long sent, long received, long nanos) {
        waveCalls++;
        waveSent += sent;
        waveReceived += received;
        waveNanos += nanos;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "spike all-gathers %d (sent %d B, received %d B, %.3f s); waveform exchanges"
                + " %d (sent %d B, received %d B, %.3f s)", spikeCalls, spikeSent, spikeReceived, spikeNanos * 1e-9,
                waveCalls, waveSent, waveReceived, waveNanos * 1e-9);
    }
}
