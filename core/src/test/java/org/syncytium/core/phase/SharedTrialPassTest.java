package org.syncytium.core.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.Population;
import org.syncytium.core.fixtures.CostPopulation;

/** The line-up and the hand-out of a shared trial pass ({@link SharedTrialPass}). */
class SharedTrialPassTest {

    @Test
    void eachWorkerGetsAnEqualCostCostliestFirst() {
        // costs 1..6 then 0 (unknown): each neuron weighs cost + 1, 31 in all
        int[] cost = {6, 1, 5, 2, 4, 3, 0, 0, 0, 0};
        SharedTrialPass pass = new SharedTrialPass(new Population[] {new CostPopulation(cost)}, 2, (p, i) -> { });
        pass.prepare(0, 0, cost.length, false);
        // worker 0 takes neurons 0..2 (7 + 2 + 6 = 15 <= 31 / 2; with neuron 3, 18 > 15)
        assertEquals(0, pass.lineStart(0, 0));
        assertEquals(3, pass.lineStart(0, 1));
        List<Integer> line = new ArrayList<>();
        for (int k = 0; k < cost.length; k++) {
            line.add(pass.lined(0, k));
        }
        assertEquals(List.of(0, 2, 1, 4, 5, 3, 6, 7, 8, 9), line);
        // a sub-range (the neurons this process owns) lines up only those
        pass.prepare(0, 2, 6, false);
        assertEquals(2, pass.lineStart(0, 1));
        assertEquals(List.of(2, 3, 4, 5), List.of(pass.lined(0, 0), pass.lined(0, 1), pass.lined(0, 2), pass.lined(0, 3)));
    }

    @Test
    void aWorkerWithoutNeuronsLeftTakesTheCheapestOfAnother() {
        // worker 0: neurons 0..4, one octave apart (1942 with the +1 each); worker 1: 15 neurons of 129 (1950)
        int[] cost = new int[20];
        for (int i = 0; i < cost.length; i++) {
            cost[i] = i < 5 ? 1000 >> i : 129;
        }
        SharedTrialPass pass = new SharedTrialPass(new Population[] {new CostPopulation(cost)}, 2, (p, i) -> { });
        pass.prepare(0, 0, cost.length, false);
        int split = pass.lineStart(0, 1);
        assertEquals(5, split);
        SharedTrialPass.WorkerQueue one = pass.queue(0, 1);
        // worker 1 empties its own line, costliest first ...
        List<Integer> own = new ArrayList<>();
        for (int k = split; k < cost.length; k++) {
            own.add(one.next());
        }
        for (int k = 1; k < own.size(); k++) {
            assertTrue(cost[own.get(k - 1)] >= cost[own.get(k)], "costliest first: " + own);
        }
        // ... then takes from the back of worker 0's line: its cheapest neurons, STEAL at a time
        int stolen = one.next();
        assertEquals(pass.lined(0, split - SharedTrialPass.STEAL), stolen);
        int cheapest = Integer.MAX_VALUE;
        for (int k = 0; k < split; k++) {
            cheapest = Math.min(cheapest, cost[pass.lined(0, k)]);
        }
        assertEquals(cheapest, cost[pass.lined(0, split - 1)]);
        // worker 0 still gets its costliest first, and no neuron twice
        SharedTrialPass.WorkerQueue zero = pass.queue(0, 0);
        assertEquals(pass.lined(0, 0), zero.next());
        List<Integer> all = new ArrayList<>(own);
        all.add(stolen);
        all.add(pass.lined(0, 0));
        for (int i = zero.next(); i >= 0; i = zero.next()) {
            all.add(i);
        }
        for (int i = one.next(); i >= 0; i = one.next()) {
            all.add(i);
        }
        assertEquals(cost.length, all.size(), "every neuron once: " + all);
        assertEquals(cost.length, all.stream().distinct().count(), "every neuron once: " + all);
    }

    @Test
    void threadsTakingAtOnceGetEveryNeuronOncePulledFirst() throws Exception {
        int n = 517;
        int[] cost = new int[n];
        Random random = new Random(3);
        for (int i = 0; i < n; i++) {
            cost[i] = random.nextInt(300);
        }
        int threads = 3;
        AtomicIntegerArray pulled = new AtomicIntegerArray(n);
        SharedTrialPass pass = new SharedTrialPass(new Population[] {new CostPopulation(cost)}, threads,
                (p, i) -> pulled.incrementAndGet(i));
        AtomicIntegerArray taken = new AtomicIntegerArray(n);
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier barrier = new CyclicBarrier(threads, () -> {
            // between passes, as the kernel's dispatching thread: check and line up the next
            for (int i = 0; i < n; i++) {
                if (taken.get(i) != 1 || pulled.get(i) != 1) {
                    errors.add("neuron " + i + " taken " + taken.get(i) + ", pulled " + pulled.get(i));
                }
                taken.set(i, 0);
                pulled.set(i, 0);
            }
            pass.prepare(0, 0, n, true);
        });
        pass.prepare(0, 0, n, true);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int id = w;
            Thread t = new Thread(() -> {
                Random r = new Random(id);
                try {
                    for (int round = 0; round < 300; round++) {
                        SharedTrialPass.WorkerQueue q = pass.queue(0, id);
                        for (int i = q.next(); i >= 0; i = q.next()) {
                            if (pulled.get(i) != 1) {
                                errors.add("neuron " + i + " handed out before its pull");
                            }
                            taken.incrementAndGet(i);
                            if (id == round % threads && r.nextInt(8) == 0) {
                                Thread.onSpinWait(); // one worker a little slower each round
                                Thread.yield();
                            }
                        }
                        barrier.await();
                    }
                } catch (Exception e) {
                    errors.add(e.toString());
                }
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join(60_000);
        }
        assertTrue(errors.isEmpty(), errors.size() + " errors, first: " + (errors.isEmpty() ? "" : errors.get(0)));
    }
}
