package org.syncytium.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.syncytium.api.error.NumericalInstabilityException;

class WorkerPoolTest {
    @Test
    void everyWorkerRunsEveryPhaseAlsoRightAfterResizing() {
        // the last but one has more threads than CPUs: its waiting threads spin briefly
        int crowded = Runtime.getRuntime().availableProcessors() + 2;
        for (int size : new int[] {1, 2, 3, 8, crowded, 2}) {
            WorkerPool pool = new WorkerPool();
            pool.resize(size);
            AtomicLongArray counts = new AtomicLongArray(size);
            for (int phase = 0; phase < 2000; phase++) {
                pool.run(counts::incrementAndGet);
            }
            for (int w = 0; w < size; w++) {
                assertEquals(2000, counts.get(w), "worker " + w + " of " + size);
            }
            pool.close();
        }
    }

    @Test
    void exceptionsReachTheCallerUnwrapped() {
        WorkerPool pool = new WorkerPool();
        pool.resize(4);
        NumericalInstabilityException failure = new NumericalInstabilityException("node 7 at 1.0 ms");
        NumericalInstabilityException thrown = assertThrows(NumericalInstabilityException.class, () -> pool.run(w -> {
            if (w == 2) {
                throw failure;
            }
        }));
        assertSame(failure, thrown);
        // the pool still works afterwards
        AtomicLongArray counts = new AtomicLongArray(4);
        pool.run(counts::incrementAndGet);
        assertEquals(1, counts.get(3));
        pool.close();
    }

    @Test
    void waitingThreadsSpinLongOnlyWhileNoThreadWaitsForACpu() {
        assertEquals(WorkerPool.SPIN_NS, WorkerPool.spinWindow(2, 2));
        assertEquals(WorkerPool.SPIN_NS, WorkerPool.spinWindow(1, 8));
        assertEquals(WorkerPool.CONTENDED_SPIN_NS, WorkerPool.spinWindow(3, 2));
        assertEquals(WorkerPool.CONTENDED_SPIN_NS, WorkerPool.spinWindow(-1, 2)); // unknown
        assertTrue(WorkerPool.CONTENDED_SPIN_NS < WorkerPool.SPIN_NS);
    }
}
