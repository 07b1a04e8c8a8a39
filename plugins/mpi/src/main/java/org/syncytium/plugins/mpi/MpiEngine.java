package org.syncytium.plugins.mpi;

/**
 * What the foreign-function binding provides: MPI_COMM_WORLD's rank and size and the collectives
 * the communicator needs. Implemented in package {@code ffm} (Java 22+), loaded reflectively so
 * that this bundle resolves on Java 17.
 */
public interface MpiEngine {

    int rank();

    int size();

    /** MPI_Allgather of one int per rank. */
    void allGatherInt(int value, int[] out);

    /** MPI_Allgatherv of longs; {@code out} holds sum(counts) values. */
    void allGatherLongs(long[] send, int count, long[] out, int[] counts);

    /** MPI_Allgatherv of doubles; {@code out} holds sum(counts) values. */
    void allGatherDoubles(double[] send, int count, double[] out, int[] counts);

    /** MPI_Allreduce with MPI_LAND over ints. */
    boolean allAnd(boolean value);

    /** MPI_Allreduce with MPI_SUM over longs. */
    long allSum(long value);

    /** MPI_Allreduce with MPI_MAX over doubles. */
    double allMax(double value);

    void barrier();

    /** MPI_Finalize, once. */
    void finish();
}
