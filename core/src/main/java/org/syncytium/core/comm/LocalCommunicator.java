package org.syncytium.core.comm;

import org.syncytium.api.comm.Communicator;
import org.syncytium.api.param.ParameterSchema;

/**
 * One process: every collective is the identity and nothing is copied (the all-gather hands back
 * the sender's own array, the waveform exchange leaves data where the neurons published it).
 */
public final class LocalCommunicator implements Communicator {
    /** The name of the default communicator. */
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a single process: collectives are the identity, nothing is copied";
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.empty();
    }

    @Override
    public int rank() {
        return 0;
    }

    @Override
    public int size() {
        return 1;
    }

    @Override
    public long[] allGather(long[] send, int count, int[] counts) {
        counts[0] = count;
        return send;
    }

    @Override
    public boolean exchange(double[] send, double[] receive, int[] counts, boolean flag) {
        if (receive != send) {
            System.arraycopy(send, 0, receive, 0, counts[0]);
        }
        return flag;
    }

    @Override
    public boolean allAnd(boolean value) {
        return value;
    }

    @Override
    public long allSum(long value) {
        return value;
    }

    @Override
    public double allMax(double value) {
        return value;
    }

    @Override
    public void barrier() {
        // nothing to wait for
    }
}
