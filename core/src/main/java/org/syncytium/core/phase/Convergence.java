package org.syncytium.core.phase;

/**
 * This process's convergence after a trial pass: the AND of its workers' flags. The flag of the
 * whole run is the AND over processes, which {@link WaveformExchange} computes on the way.
 */
public final class Convergence {
    private final TrialUpdate trial;

    public Convergence(TrialUpdate trial) {
        this.trial = trial;
    }

    /** True if every neuron of every worker of this process converged in the last trial pass. */
    public boolean local() {
        boolean all = true;
        for (boolean flag : trial.converged()) {
            all &= flag;
        }
        return all;
    }
}
