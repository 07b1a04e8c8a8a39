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
    /** Busy-wait rounds before yielding: a slice phase is often only microseconds long. */
    private static final int SPINS = 256;
    /** Yields before parking: cheap when cores are shared, but not free, so bounded. */
    private static final int YIELDS = 32;

    private final AtomicInteger pending = new AtomicInteger();
    private Thread[] threads = new Thread[0];
    private Throwable[] failures = new Throwable[1];
    private volatile WorkerTask task;
    private volatile int generation;
    private volatile boolean closed;
    private volatile Thread driver;
    private int size = 1;
    /** Phases run so far (each a pool round, one barrier, when there are several workers). */
    private long rounds;

    /** Number of workers, the caller included. */
    public int size() {
        return size;
    }

    /** Makes the pool {@code workers} strong (stopping or starting threads only if the size changes). */
    public void resize(int workers) {
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
        int spins = 0;
        while (pending.get() != 0) {
            spins = pause(spins);
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
                int spins = 0;
                while (generation == seen && !closed) {
                    spins = pause(spins);
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

    /** Spin, then yield, then park until unparked; returns the next round number. */
    private int pause(int round) {
        if (round < SPINS) {
            Thread.onSpinWait();
        } else if (round < SPINS + YIELDS) {
            Thread.yield();
        } else {
            LockSupport.park(this);
        }
        return round + 1;
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
    }
}
