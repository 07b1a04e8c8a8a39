package org.syncytium.core.schedule;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed pool of worker threads reused for every phase of every slice: the caller is worker 0,
 * the others wait for the next generation (spinning briefly, then parked) and report back through
 * a counter. A phase allocates nothing and creates no thread. An exception thrown by a worker is
 * rethrown to the caller as it is (a {@code NumericalInstabilityException} stays one), the one of
 * the lowest worker (first neurons) first.
 */
@Singleton
public final class WorkerPool implements AutoCloseable {
    /**
     * How long a waiting thread spins before it yields, ns, while no other thread waits for this
     * machine's CPUs: longer than the driver's serial work between two one-step passes plus the usual
     * imbalance, so that a worker is still spinning when the next pass comes. Counted in time, not
     * spins: a turn of the spin loop took 34 ns on the Zen 4 machines but a spin-wait hint takes 11 ns
     * on the Intel Xeon of 2026-12-05, so the 256 turns used before waited only 3 us there, and its
     * workers went on to yield and park in most steps (docs/performance.md, "Waiting").
     */
    static final long SPIN_NS = 100_000;
    /**
     * The window while more threads are runnable than the machine has CPUs (another process, the
     * JIT, or MPI processes on the same host), or where that cannot be read: a spinning thread would
     * hold a CPU that the thread it waits for may need. With one busy process beside a two-thread
     * run on two CPUs, the long window made it about 1.5 times slower.
     */
    static final long CONTENDED_SPIN_NS = 5_000;
    /** How often the driver reads the machine's run queue to choose the window, ns. */
    private static final long RUN_QUEUE_PERIOD_NS = 20_000_000;
    /** Yields before parking: cheap when cores are shared, but not free, so bounded. */
    private static final int YIELDS = 32;
    /** Spins between two readings of the clock (a reading costs about two spin-wait hints). */
    private static final int SPINS_PER_CLOCK = 32;

    private final AtomicInteger pending = new AtomicInteger();
    private Thread[] threads = new Thread[0];
    private Throwable[] failures = new Throwable[1];
    private volatile WorkerTask task;
    private volatile int generation;
    private volatile boolean closed;
    private volatile Thread driver;
    private int size = 1;
    /** The current spin window, ns ({@link #SPIN_NS}), chosen by the driver from the run queue. */
    private volatile long spinNanos = CONTENDED_SPIN_NS;
    /** {@code -Dsyncytium.pool.spin_us} in ns, read when the pool is sized; -1 to choose by the run queue. */
    private long configuredSpin = -1;
    /** Opened when the pool first has several workers (a single one never waits). */
    private RunQueue runQueue;
    private final int processors = Runtime.getRuntime().availableProcessors();
    /** When the driver last read the run queue (System.nanoTime). */
    private long runQueueRead;
    /** Phases run so far (each a pool round, one barrier, when there are several workers). */
    private long rounds;

    /** Number of workers, the caller included. */
    public int size() {
        return size;
    }

    /** Makes the pool {@code workers} strong (stopping or starting threads only if the size changes). */
    public void resize(int workers) {
        long configured = Long.getLong("syncytium.pool.spin_us", -1);
        configuredSpin = configured >= 0 ? configured * 1_000 : -1;
        runQueueRead = System.nanoTime() - RUN_QUEUE_PERIOD_NS;
        if (workers > 1 && runQueue == null) {
            runQueue = RunQueue.open(RunQueue.LOADAVG);
        }
        if (workers == size) {
            return;
        }
        stopThreads();
        closed = false;
        size = workers;
        failures = new Throwable[workers];
        threads = new Thread[workers - 1];
        // the generation is read here, not in the new thread: a thread that starts late must still
        // see the first phase dispatched after this call as new
        int start = generation;
        for (int w = 1; w < workers; w++) {
            int id = w;
            Thread thread = new Thread(() -> loop(id, start), "syncytium-worker-" + w);
            thread.setDaemon(true);
            threads[w - 1] = thread;
            thread.start();
        }
    }

    /** Phases run so far, on one worker or several (for tests of how many barriers a slice takes). */
    long rounds() {
        return rounds;
    }

    /** Runs {@code work} on every worker and returns when all are done. */
    public void run(WorkerTask work) {
        rounds++;
        if (size == 1) {
            work.run(0);
            return;
        }
        driver = Thread.currentThread();
        long now = System.nanoTime();
        if (now - runQueueRead >= RUN_QUEUE_PERIOD_NS) {
            runQueueRead = now;
            spinNanos = configuredSpin >= 0 ? configuredSpin : spinWindow(runQueue.runnable(), processors);
        }
        task = work;
        pending.set(size - 1);
        generation++;
        for (Thread thread : threads) {
            LockSupport.unpark(thread);
        }
        try {
            work.run(0);
        } catch (Throwable e) {
            failures[0] = e;
        }
        long spinEnd = System.nanoTime() + spinNanos;
        int round = 0;
        while (pending.get() != 0) {
            round = pause(round, spinEnd);
        }
        rethrow();
    }

    private void rethrow() {
        Throwable first = null;
        for (int w = 0; w < failures.length; w++) {
            if (first == null) {
                first = failures[w];
            }
            failures[w] = null;
        }
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first instanceof Error error) {
            throw error;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
    }

    private void loop(int id, int start) {
        int seen = start;
        while (!closed) {
            int current = generation;
            if (current == seen) {
                long spinEnd = System.nanoTime() + spinNanos;
                int round = 0;
                while (generation == seen && !closed) {
                    round = pause(round, spinEnd);
                }
                continue;
            }
            seen = current;
            try {
                task.run(id);
            } catch (Throwable e) {
                failures[id] = e;
            }
            if (pending.decrementAndGet() == 0) {
                LockSupport.unpark(driver);
            }
        }
    }

    /**
     * One round of a wait: spin until {@code spinEnd} (System.nanoTime), then yield {@value #YIELDS}
     * times, then park until unparked. Rounds count up while spinning and down (below 0) after.
     * Returns the next round.
     */
    private int pause(int round, long spinEnd) {
        if (round >= 0) {
            Thread.onSpinWait();
            boolean spinning = (round + 1) % SPINS_PER_CLOCK != 0 || System.nanoTime() - spinEnd < 0;
            return spinning ? round + 1 : -1;
        }
        if (round >= -YIELDS) {
            Thread.yield();
        } else {
            LockSupport.park(this);
        }
        return round - 1;
    }

    /**
     * The spin window with {@code runnable} threads runnable on {@code processors} CPUs (the driver,
     * which reads it, and a spinning worker count as runnable), ns: {@link #SPIN_NS} if no thread
     * waits for a CPU, else {@link #CONTENDED_SPIN_NS}, as also when {@code runnable} is unknown (-1).
     */
    static long spinWindow(int runnable, int processors) {
        return runnable >= 1 && runnable <= processors ? SPIN_NS : CONTENDED_SPIN_NS;
    }

    private void stopThreads() {
        closed = true;
        for (Thread thread : threads) {
            LockSupport.unpark(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads = new Thread[0];
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        stopThreads();
        size = 1;
        if (runQueue != null) {
            runQueue.close();
            runQueue = null;
        }
    }
}
