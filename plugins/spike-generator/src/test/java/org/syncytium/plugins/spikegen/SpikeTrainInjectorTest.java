package org.syncytium.plugins.spikegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.Population;
import org.syncytium.testkit.FakeRunContext;
import org.syncytium.testkit.FakeSliceIO;

/** spike_train_injector: a node's own spikes at its times, with the spike generator's rules. */
class SpikeTrainInjectorTest {

    private static final String[] NONE = {};

    /** "node@stamp" of every spike over {@code slices} slices of 10 steps of 0.1 ms. */
    private static List<String> run(Population p, int slices) {
        FakeRunContext context = FakeRunContext.uncoupled();
        p.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(p.size(), context);
        List<String> seen = new ArrayList<>();
        for (int s = 0; s < slices; s++) {
            p.update(0, p.size(), io);
            for (int k = 0; k < io.spikeCount(); k++) {
                seen.add(io.spikeNeuron(k) + "@" + io.spikeStamp(k));
            }
            io.clearOutput();
            io.nextSlice();
        }
        return seen;
    }

    @Test
    void eachNodeEmitsItsOwnTimesInsideItsWindow() {
        Population p = new SpikeTrainInjector().createPopulation(2);
        p.set(0, NONE, new double[0], new String[] {"spike_times"}, new double[][] {{0.5, 1.2, 2.0}});
        p.set(1, new String[] {"start", "stop"}, new double[] {1.0, 2.5}, new String[] {"spike_times",
            "spike_multiplicities"}, new double[][] {{0.3, 1.5, 2.5, 2.8}, {1, 2, 1, 1}});
        // stamp = t / h, node by node within a slice; node 1 only for 1.0 < t <= 2.5, its 1.5 ms spike twice
        assertEquals(List.of("0@5", "0@12", "0@20", "1@15", "1@15", "1@25"), run(p, 4));
        assertArrayEquals(new double[] {0.5, 1.2, 2.0}, p.getList("spike_times", 0));
        assertEquals(2.5, p.get("stop", 1));
    }

    @Test
    void theGeneratorsRulesApplyAndABadValueChangesNothing() {
        Population p = new SpikeTrainInjector().createPopulation(1);
        p.set(0, NONE, new double[0], new String[] {"spike_times"}, new double[][] {{1.0}});
        run(p, 1); // the resolution is known from the first run on: times are then placed when set
        BadPropertyException offGrid = assertThrows(BadPropertyException.class, () -> p.set(0, NONE, new double[0],
                new String[] {"spike_times"}, new double[][] {{1.23456}}));
        assertTrue(offGrid.getMessage().contains("spike_train_injector") && offGrid.getMessage().contains("grid"),
                offGrid.getMessage());
        assertThrows(BadPropertyException.class, () -> p.set(0, NONE, new double[0], new String[] {"spike_times"},
                new double[][] {{2.0, 1.0}}), "unsorted");
        assertArrayEquals(new double[] {1.0}, p.getList("spike_times", 0));
        p.set(0, new String[] {"allow_offgrid_times"}, new double[] {1.0}, new String[] {"spike_times"},
                new double[][] {{1.23}});
        assertEquals(List.of("0@13"), run(p, 2), "moved to the end of its step (the run starts again at 0)");
        assertEquals(1.0, p.get("allow_offgrid_times", 0));
    }
}
