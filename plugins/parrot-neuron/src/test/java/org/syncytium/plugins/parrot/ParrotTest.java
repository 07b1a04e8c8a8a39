package org.syncytium.plugins.parrot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.neuron.Population;
import org.syncytium.testkit.FakeRunContext;
import org.syncytium.testkit.FakeSliceIO;

class ParrotTest {

    /*
     * The test kit's conformance suite expects parameters, state and recordables, which a parrot (as
     * NEST's) does not have; what applies of it is checked here.
     */

    @Test
    void repeatsEachCountedSpikeInTheStepItArrives() {
        assertTrue(new ParrotModel().countsSpikes());
        FakeRunContext context = new FakeRunContext(0.1, 4, 0, false);
        Population p = new ParrotModel().createPopulation(2);
        p.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(2, context);
        io.spikeExcitatory()[1] = 1.0; // neuron 0, step 1
        io.spikeExcitatory()[4 + 3] = 3.0; // neuron 1, step 3: three spikes in one step
        p.update(0, 2, io);
        assertEquals(4, io.spikeCount());
        assertEquals(0, io.spikeNeuron(0));
        for (int k = 1; k < 4; k++) {
            assertEquals(1, io.spikeNeuron(k));
        }
    }

    @Test
    void hasNoParametersAndTouchesOnlyItsRange() {
        Population p = new ParrotModel().createPopulation(3);
        assertThrows(UnknownNameException.class, () -> p.set(0, new String[] {"V_m"}, new double[] {1.0}));
        FakeRunContext context = new FakeRunContext(0.1, 2, 0, false);
        p.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(3, context);
        java.util.Arrays.fill(io.spikeExcitatory(), 1.0);
        p.update(1, 2, io);
        assertEquals(2, io.spikeCount());
        assertEquals(1, io.spikeNeuron(0));
        assertEquals(1, io.spikeNeuron(1));
    }
}
