package org.syncytium.plugins.mpi.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import org.syncytium.plugins.mpi.MpiEngine;

/**
 * Open MPI's C API through {@link Linker}: MPI_Init at construction, collectives on
 * MPI_COMM_WORLD with native buffers that grow as needed, MPI_Finalize once. Errors are fatal
 * (MPI_ERRORS_ARE_FATAL, Open MPI's default): a rank that dies takes the job down, and mpirun
 * reports it.
 */
public final class FfmMpi implements MpiEngine {
    /** Open MPI 4.x's library (Debian: libopenmpi3); SYNCYTIUM_LIBMPI names another file or path. */
    private static final String LIBRARY = System.getenv().getOrDefault("SYNCYTIUM_LIBMPI", "libmpi.so.40");

    private final Arena arena = Arena.ofShared();
    private final MemorySegment world;
    private final MemorySegment typeInt;
    private final MemorySegment typeLong;
    private final MemorySegment typeDouble;
    private final MemorySegment opLand;
    private final MemorySegment opSum;
    private final MemorySegment opMax;
    private final MethodHandle allgather;
    private final MethodHandle allgatherv;
    private final MethodHandle allreduce;
    private final MethodHandle barrierCall;
    private final MethodHandle finalizeCall;
    private final int rank;
    private final int size;
    private MemorySegment sendBuffer;
    private MemorySegment receiveBuffer;
    private final MemorySegment countsBuffer;
    private final MemorySegment displacements;
    private final MemorySegment scalarIn;
    private final MemorySegment scalarOut;
    private boolean finished;

    /** Loads libmpi, calls MPI_Init and reads rank and size of MPI_COMM_WORLD. */
    public FfmMpi() throws Throwable {
        SymbolLookup mpi;
        if (LIBRARY.contains("/") && !isElf(LIBRARY)) {
            throw new IllegalStateException(unloadable()); // never hand a text file to the dynamic loader
        }
        try {
            mpi = SymbolLookup.libraryLookup(LIBRARY, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(unloadable());
        }
        Linker linker = Linker.nativeLinker();
        world = symbol(mpi, "ompi_mpi_comm_world");
        typeInt = symbol(mpi, "ompi_mpi_int");
        typeLong = symbol(mpi, "ompi_mpi_long");
        typeDouble = symbol(mpi, "ompi_mpi_double");
        opLand = symbol(mpi, "ompi_mpi_op_land");
        opSum = symbol(mpi, "ompi_mpi_op_sum");
        opMax = symbol(mpi, "ompi_mpi_op_max");
        MethodHandle init = linker.downcallHandle(symbol(mpi, "MPI_Init"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        MethodHandle commRank = linker.downcallHandle(symbol(mpi, "MPI_Comm_rank"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        MethodHandle commSize = linker.downcallHandle(symbol(mpi, "MPI_Comm_size"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        allgather = linker.downcallHandle(symbol(mpi, "MPI_Allgather"), FunctionDescriptor.of(JAVA_INT, ADDRESS,
                JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        allgatherv = linker.downcallHandle(symbol(mpi, "MPI_Allgatherv"), FunctionDescriptor.of(JAVA_INT, ADDRESS,
                JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        allreduce = linker.downcallHandle(symbol(mpi, "MPI_Allreduce"), FunctionDescriptor.of(JAVA_INT, ADDRESS,
                ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        barrierCall = linker.downcallHandle(symbol(mpi, "MPI_Barrier"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        finalizeCall = linker.downcallHandle(symbol(mpi, "MPI_Finalize"), FunctionDescriptor.of(JAVA_INT));
        check("MPI_Init", (int) init.invokeExact(MemorySegment.NULL, MemorySegment.NULL));
        MemorySegment out = arena.allocate(JAVA_INT);
        check("MPI_Comm_rank", (int) commRank.invokeExact(world, out));
        rank = out.get(JAVA_INT, 0);
        check("MPI_Comm_size", (int) commSize.invokeExact(world, out));
        size = out.get(JAVA_INT, 0);
        countsBuffer = arena.allocate(JAVA_INT, size);
        displacements = arena.allocate(JAVA_INT, size);
        scalarIn = arena.allocate(JAVA_LONG);
        scalarOut = arena.allocate(JAVA_LONG);
        sendBuffer = arena.allocate(8 * 1024, 8);
        receiveBuffer = arena.allocate(8 * 1024, 8);
    }

    private static boolean isElf(String path) {
        try (java.io.InputStream in = new java.io.FileInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Why the library did not load, naming where it was looked for. */
    private static String unloadable() {
        if (System.getenv("SYNCYTIUM_LIBMPI") == null) {
            return LIBRARY + " not found: install Open MPI (Debian: openmpi-bin libopenmpi-dev), or name the library"
                    + " file with SYNCYTIUM_LIBMPI";
        }
        java.io.File file = new java.io.File(LIBRARY);
        if (LIBRARY.contains("/") && !file.exists()) {
            return "SYNCYTIUM_LIBMPI=" + LIBRARY + ": no such file (it names Open MPI's libmpi.so.40)";
        }
        if (LIBRARY.contains("/")) {
            return "SYNCYTIUM_LIBMPI=" + LIBRARY + ": cannot be loaded as a shared library (not a library, or not one"
                    + " for this machine)";
        }
        return "SYNCYTIUM_LIBMPI=" + LIBRARY + ": no such library on the loader's path (ldconfig -p lists them)";
    }

    private static MemorySegment symbol(SymbolLookup lookup, String name) {
        return lookup.find(name).orElseThrow(() -> new IllegalStateException((System.getenv("SYNCYTIUM_LIBMPI") != null
                ? "SYNCYTIUM_LIBMPI=" : "") + LIBRARY + " lacks " + name + ": it is not Open MPI 4.x's libmpi"));
    }

    private static void check(String call, int code) {
        if (code != 0) {
            throw new IllegalStateException(call + " failed with MPI error " + code);
        }
    }

    @Override
    public int rank() {
        return rank;
    }

    @Override
    public int size() {
        return size;
    }

    private void ensure(long sendBytes, long receiveBytes) {
        if (sendBuffer.byteSize() < sendBytes) {
            sendBuffer = arena.allocate(Math.max(sendBytes, 2 * sendBuffer.byteSize()), 8);
        }
        if (receiveBuffer.byteSize() < receiveBytes) {
            receiveBuffer = arena.allocate(Math.max(receiveBytes, 2 * receiveBuffer.byteSize()), 8);
        }
    }

    @Override
    public void allGatherInt(int value, int[] out) {
        scalarIn.set(JAVA_INT, 0, value);
        try {
            check("MPI_Allgather", (int) allgather.invokeExact(scalarIn, 1, typeInt, countsBuffer, 1, typeInt, world));
        } catch (Throwable e) {
            throw rethrow(e);
        }
        for (int r = 0; r < size; r++) {
            out[r] = countsBuffer.getAtIndex(JAVA_INT, r);
        }
    }

    @Override
    public void allGatherLongs(long[] send, int count, long[] out, int[] counts) {
        int total = layout(counts);
        ensure(8L * Math.max(count, 1), 8L * Math.max(total, 1));
        MemorySegment.copy(send, 0, sendBuffer, JAVA_LONG, 0, count);
        gatherv(count, typeLong);
        MemorySegment.copy(receiveBuffer, JAVA_LONG, 0, out, 0, total);
    }

    @Override
    public void allGatherDoubles(double[] send, int count, double[] out, int[] counts) {
        int total = layout(counts);
        ensure(8L * Math.max(count, 1), 8L * Math.max(total, 1));
        MemorySegment.copy(send, 0, sendBuffer, JAVA_DOUBLE, 0, count);
        gatherv(count, typeDouble);
        MemorySegment.copy(receiveBuffer, JAVA_DOUBLE, 0, out, 0, total);
    }

    private int layout(int[] counts) {
        int total = 0;
        for (int r = 0; r < size; r++) {
            countsBuffer.setAtIndex(JAVA_INT, r, counts[r]);
            displacements.setAtIndex(JAVA_INT, r, total);
            total += counts[r];
        }
        return total;
    }

    private void gatherv(int count, MemorySegment type) {
        try {
            check("MPI_Allgatherv", (int) allgatherv.invokeExact(sendBuffer, count, type, receiveBuffer, countsBuffer,
                    displacements, type, world));
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private void reduce(MemorySegment type, MemorySegment op) {
        try {
            check("MPI_Allreduce", (int) allreduce.invokeExact(scalarIn, scalarOut, 1, type, op, world));
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    @Override
    public boolean allAnd(boolean value) {
        scalarIn.set(JAVA_INT, 0, value ? 1 : 0);
        reduce(typeInt, opLand);
        return scalarOut.get(JAVA_INT, 0) != 0;
    }

    @Override
    public long allSum(long value) {
        scalarIn.set(JAVA_LONG, 0, value);
        reduce(typeLong, opSum);
        return scalarOut.get(JAVA_LONG, 0);
    }

    @Override
    public double allMax(double value) {
        scalarIn.set(JAVA_DOUBLE, 0, value);
        reduce(typeDouble, opMax);
        return scalarOut.get(JAVA_DOUBLE, 0);
    }

    @Override
    public void barrier() {
        try {
            check("MPI_Barrier", (int) barrierCall.invokeExact(world));
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    @Override
    public synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            check("MPI_Finalize", (int) finalizeCall.invokeExact());
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    }
}
