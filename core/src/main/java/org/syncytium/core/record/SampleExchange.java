package org.syncytium.core.record;

import org.syncytium.api.comm.Communicator;
import org.syncytium.core.plan.Ownership;

/**
 * Over several processes, brings every multimeter sample of a slice to every process: each process
 * samples only the neurons it owns, so before the samples are handed on, each sends, for its rows
 * and the slice's steps, a written flag and the values. Rank 0 then hands every sample to the
 * recordings in the order a single process does. Fixed buffers: nothing is allocated per slice.
 */
public final class SampleExchange {
    private final Sampling sampling;
    private final Communicator communicator;
    private final int rank;
    private final int ranks;
    private final int[][] owner;
    private final int[] units;
    private final int[] counts;
    private final double[] send;
    private final double[] received;

    /**
     * @param populationOf population index of each neuron index
     * @param localOf      index within its population of each neuron index
     * @param sizes        population sizes
     */
    public SampleExchange(Sampling sampling, Communicator communicator, int[] populationOf, int[] localOf,
            int[] sizes) {
        this.sampling = sampling;
        this.communicator = communicator;
        this.rank = communicator.rank();
        this.ranks = communicator.size();
        int samplers = sampling.samplerCount();
        owner = new int[samplers][];
        units = new int[ranks];
        int total = 0;
        for (int s = 0; s < samplers; s++) {
            owner[s] = new int[sampling.rows(s)];
            for (int r = 0; r < owner[s].length; r++) {
                int n = sampling.rowNeuron(s, r);
                // a device's row (n < 0) is written where the recording is: on rank 0
                owner[s][r] = n < 0 ? 0 : Ownership.partOf(localOf[n], sizes[populationOf[n]], ranks);
                units[owner[s][r]] += sampling.width(s) + 1;
                total += sampling.width(s) + 1;
            }
        }
        counts = new int[ranks];
        send = new double[units[rank] * sampling.sliceSteps()];
        received = new double[total * sampling.sliceSteps()];
    }

    /** Exchanges the samples of slice-local steps [first, end). */
    public void run(int first, int end) {
        int d = sampling.sliceSteps();
        int steps = end - first;
        for (int q = 0; q < ranks; q++) {
            counts[q] = units[q] * steps;
        }
        int at = 0;
        for (int s = 0; s < owner.length; s++) {
            int width = sampling.width(s);
            double[] values = sampling.values(s);
            boolean[] written = sampling.written(s);
            for (int r = 0; r < owner[s].length; r++) {
                if (owner[s][r] != rank) {
                    continue;
                }
                for (int l = first; l < end; l++) {
                    int row = r * d + l;
                    send[at++] = written[row] ? 1.0 : 0.0;
                    System.arraycopy(values, row * width, send, at, width);
                    at += width;
                }
            }
        }
        communicator.exchange(send, received, counts, true);
        at = 0;
        for (int q = 0; q < ranks; q++) {
            for (int s = 0; s < owner.length; s++) {
                int width = sampling.width(s);
                double[] values = sampling.values(s);
                boolean[] written = sampling.written(s);
                for (int r = 0; r < owner[s].length; r++) {
                    if (owner[s][r] != q) {
                        continue;
                    }
                    for (int l = first; l < end; l++) {
                        int row = r * d + l;
                        written[row] = received[at++] != 0.0;
                        System.arraycopy(received, at, values, row * width, width);
                        at += width;
                    }
                }
            }
        }
    }
}
