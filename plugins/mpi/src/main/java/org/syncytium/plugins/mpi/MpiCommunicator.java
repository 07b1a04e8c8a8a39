package org.syncytium.plugins.mpi;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.param.ParameterSchema;

/**
 * The {@code mpi} communicator. Outside an MPI job it reports one process and touches no native
 * code, so installing the bundle changes nothing for ordinary runs. Inside one (started by
 * {@code mpirun} or {@code srun}) it initialises MPI on first use, through the foreign-function
 * binding, which needs Java 22 or newer; on an older Java it says so in one line.
 *
 * <p>Collectives are called by the kernel from one thread per process. Native buffers are owned by
 * the binding and grow as needed; steady-state slices allocate nothing on the Java heap except
 * when a slice carries more spikes than any before.
 */
@Component(service = Communicator.class)
public final class MpiCommunicator implements Communicator {
    /** The name of this communicator. */
    public static final String NAME = "mpi";
    private static final int FFM_JAVA = 22;
    private static final String BINDING = "org.syncytium.plugins.mpi.ffm.FfmMpi";

    private final int announced = MpiJob.announcedSize(System.getenv());
    private MpiEngine engine;
    private int[] scratchCounts = new int[0];
    private long[] gathered = new long[1024];
    private double[] withFlags = new double[0];
    private double[] sendWithFlag = new double[0];
    private final Traffic traffic = new Traffic();

    /** Public no-arg constructor for Declarative Services and for class-path use. */
    public MpiCommunicator() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "processes of an MPI job (mpirun, srun) over the system's Open MPI; needs Java 22+";
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.empty();
    }

    /** The binding, started on first use inside an MPI job. */
    private synchronized MpiEngine engine() {
        if (engine == null) {
            int feature = Runtime.version().feature();
            if (feature < FFM_JAVA) {
                throw new KernelException("mpi: this process is one of " + announced + " MPI ranks, but the mpi bundle"
                        + " needs Java " + FFM_JAVA + " or newer and runs on Java " + feature
                        + " (set SYNCYTIUM_MPI_JAVA or JAVA_HOME to e.g. /usr/lib/jvm/temurin-25-jdk-amd64)");
            }
            try {
                engine = (MpiEngine) Class.forName(BINDING, true, MpiCommunicator.class.getClassLoader())
                        .getConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                throw new KernelException("mpi: this distribution was built without the MPI binding (no JDK 22+ at"
                        + " build time); rebuild with Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64");
            } catch (ReflectiveOperationException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new KernelException("mpi: cannot start MPI: " + cause.getMessage());
            }
        }
        return engine;
    }

    @Override
    public int rank() {
        return announced > 1 ? engine().rank() : 0;
    }

    @Override
    public int size() {
        return announced > 1 ? engine().size() : 1;
    }

    @Override
    public long[] allGather(long[] send, int count, int[] counts) {
        MpiEngine mpi = engine();
        long start = System.nanoTime();
        mpi.allGatherInt(count, counts);
        int total = 0;
        for (int r = 0; r < mpi.size(); r++) {
            total += counts[r];
        }
        if (gathered.length < total) {
            gathered = new long[Math.max(total, 2 * gathered.length)];
        }
        mpi.allGatherLongs(send, count, gathered, counts);
        traffic.spikes(4L + 8L * count, 4L * mpi.size() + 8L * total, System.nanoTime() - start);
        return gathered;
    }

    /** The flag travels as one extra double after each rank's values (1 = true). */
    @Override
    public boolean exchange(double[] send, double[] receive, int[] counts, boolean flag) {
        MpiEngine mpi = engine();
        int ranks = mpi.size();
        int rank = mpi.rank();
        if (scratchCounts.length != ranks) {
            scratchCounts = new int[ranks];
        }
        int total = 0;
        for (int r = 0; r < ranks; r++) {
            scratchCounts[r] = counts[r] + 1;
            total += scratchCounts[r];
        }
        int own = counts[rank];
        if (sendWithFlag.length < own + 1) {
            sendWithFlag = new double[own + 1];
        }
        System.arraycopy(send, 0, sendWithFlag, 0, own);
        sendWithFlag[own] = flag ? 1.0 : 0.0;
        if (withFlags.length < total) {
            withFlags = new double[total];
        }
        long start = System.nanoTime();
        mpi.allGatherDoubles(sendWithFlag, own + 1, withFlags, scratchCounts);
        traffic.waveforms(8L * (own + 1), 8L * total, System.nanoTime() - start);
        boolean all = true;
        int from = 0;
        int to = 0;
        for (int r = 0; r < ranks; r++) {
            System.arraycopy(withFlags, from, receive, to, counts[r]);
            all &= withFlags[from + counts[r]] != 0.0;
            from += counts[r] + 1;
            to += counts[r];
        }
        return all;
    }

    @Override
    public boolean allAnd(boolean value) {
        return engine().allAnd(value);
    }

    @Override
    public long allSum(long value) {
        return engine().allSum(value);
    }

    @Override
    public double allMax(double value) {
        return engine().allMax(value);
    }

    @Override
    public void barrier() {
        engine().barrier();
    }

    /** Finalises MPI when the bundle stops (the launcher stops the framework at the end of a run). */
    @Deactivate
    synchronized void deactivate() {
        if (engine != null) {
            if (System.getenv("SYNCYTIUM_MPI_STATS") != null) {
                System.err.println("mpi rank " + engine.rank() + " of " + engine.size() + ": " + traffic);
            }
            engine.finish();
        }
    }
}
