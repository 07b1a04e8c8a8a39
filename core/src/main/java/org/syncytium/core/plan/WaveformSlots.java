package org.syncytium.core.plan;

/**
 * Where gap-junction waveforms travel between processes: every gap-coupled neuron of every rank
 * has a slot, rank by rank, population by population, index by index; each rank sends the slots
 * of the neurons it owns and receives all of them. A trial waveform is D·(K+1) doubles per slot,
 * the constant extrapolation after a final pass one double (V at the slice end). Only built for
 * runs over several processes; a single process reads partners' waveforms where they were
 * published.
 */
public final class WaveformSlots {
    private final int stride;
    private final int[] slotOf;
    private final int[] fullCounts;
    private final int[] constantCounts;
    private final int[] ownPopulations;
    private final int[] ownFrom;
    private final int[] ownTo;
    private final double[] send;
    private final double[] received;
    private final double[] sendConstant;
    private final double[] receivedConstant;

    /**
     * @param sizes         population sizes
     * @param offsets       first neuron index per population
     * @param gapPopulation populations that take part
     * @param ranks         number of processes
     * @param rank          this process
     * @param stride        D·(K+1)
     */
    public WaveformSlots(int[] sizes, int[] offsets, boolean[] gapPopulation, int ranks, int rank, int stride) {
        this.stride = stride;
        int neurons = sizes.length == 0 ? 0 : offsets[sizes.length - 1] + sizes[sizes.length - 1];
        slotOf = new int[neurons];
        java.util.Arrays.fill(slotOf, -1);
        fullCounts = new int[ranks];
        constantCounts = new int[ranks];
        int slot = 0;
        int own = 0;
        for (int r = 0; r < ranks; r++) {
            int first = slot;
            for (int p = 0; p < sizes.length; p++) {
                if (!gapPopulation[p]) {
                    continue;
                }
                for (int i = Ownership.from(sizes[p], r, ranks); i < Ownership.to(sizes[p], r, ranks); i++) {
                    slotOf[offsets[p] + i] = slot++;
                }
                own += r == rank ? 1 : 0;
            }
            constantCounts[r] = slot - first;
            fullCounts[r] = (slot - first) * stride;
        }
        ownPopulations = new int[own];
        ownFrom = new int[own];
        ownTo = new int[own];
        int k = 0;
        for (int p = 0; p < sizes.length; p++) {
            if (gapPopulation[p]) {
                ownPopulations[k] = p;
                // local indices: this process's slice arrays hold only its own neurons
                ownFrom[k] = 0;
                ownTo[k++] = Ownership.to(sizes[p], rank, ranks) - Ownership.from(sizes[p], rank, ranks);
            }
        }
        send = new double[fullCounts[rank]];
        received = new double[slot * stride];
        sendConstant = new double[constantCounts[rank]];
        receivedConstant = new double[slot];
    }

    /** Doubles per slot of a trial waveform. */
    public int stride() {
        return stride;
    }

    /** Slot of neuron index {@code n}; -1 if its population is not gap-coupled. */
    public int slotOf(int n) {
        return slotOf[n];
    }

    /** Doubles each rank sends per trial exchange. */
    public int[] fullCounts() {
        return fullCounts;
    }

    /** Doubles each rank sends per constant exchange. */
    public int[] constantCounts() {
        return constantCounts;
    }

    /** This rank's owned segments: population, first and end local index (into its slice arrays). */
    public int segments() {
        return ownPopulations.length;
    }

    public int segmentPopulation(int k) {
        return ownPopulations[k];
    }

    public int segmentFrom(int k) {
        return ownFrom[k];
    }

    public int segmentTo(int k) {
        return ownTo[k];
    }

    public double[] send() {
        return send;
    }

    public double[] received() {
        return received;
    }

    public double[] sendConstant() {
        return sendConstant;
    }

    public double[] receivedConstant() {
        return receivedConstant;
    }
}
