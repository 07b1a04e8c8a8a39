package org.syncytium.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The least-squares fit of what a range costs: per unit of pass cost, per neuron, worker 0's extra. */
class CostModelTest {

    /** Observes ranges of two workers whose CPU time is exactly the given rates, bounds and units varying. */
    private static CostModel observe(int measurements, double perUnit, double perNeuron, double extra, long seed) {
        CostModel model = new CostModel();
        Random random = new Random(seed);
        for (int k = 0; k < measurements; k++) {
            long n0 = 200 + random.nextInt(100);
            long[] neurons = {n0, 500 - n0};
            long[] units = {3 * neurons[0] + random.nextInt(400), 3 * neurons[1] + random.nextInt(400)};
            long[] nanos = new long[2];
            for (int w = 0; w < 2; w++) {
                nanos[w] = Math.round(perUnit * units[w] + perNeuron * neurons[w] + (w == 0 ? extra : 0.0));
            }
            model.observe(units, neurons, nanos, 1);
        }
        return model;
    }

    @Test
    void recoversTheRates() {
        CostModel model = observe(40, 60.0, 170.0, 7000.0, 1);
        assertTrue(model.ready());
        assertEquals(60.0, model.perUnit(), 0.01);
        assertEquals(170.0, model.perNeuron(), 0.1);
        assertEquals(7000.0, model.extra(), 20.0);
    }

    @Test
    void notUsedBeforeEnoughMeasurements() {
        assertFalse(observe(CostModel.READY - 1, 60.0, 170.0, 0.0, 2).ready());
        assertTrue(observe(CostModel.READY, 60.0, 170.0, 0.0, 2).ready());
    }

    @Test
    void aModelWithoutCostsIsNeverReady() {
        CostModel model = new CostModel();
        for (int k = 0; k < 20; k++) {
            model.observe(new long[] {0, 0}, new long[] {250, 250}, new long[] {90_000, 91_000}, 1);
        }
        assertFalse(model.ready());
    }

    @Test
    void aNegativeCostPerNeuronIsRefittedWithoutIt() {
        // CPU time falls with more neurons: no cost per neuron, the units carry it all
        CostModel model = observe(40, 60.0, -50.0, 0.0, 3);
        assertTrue(model.ready());
        assertEquals(0.0, model.perNeuron());
        assertTrue(model.perUnit() > 0.0);
    }
}
