package org.syncytium.plugins.iafpsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.testkit.FakeRunContext;
import org.syncytium.testkit.FakeSliceIO;

/**
 * iaf_psc_delta's {@code refractory_input} (NEST 3.10): a spike arriving while the neuron is refractory
 * is lost by default; with the flag it is added to V_m at the first step after the refractory
 * period, decayed by exp(−r·h/τ_m) for the r steps of refractoriness left when it arrived.
 */
class RefractoryInputTest {

    private static final double H = 0.1;

    /** V_m − E_L after 10 steps: a forced spike at step 0 (t_ref 0.5 ms = 5 steps), a 2 mV input at step 2. */
    private static double afterRefractoryInput(boolean keep) {
        DeltaPopulation population = (DeltaPopulation) new IafPscDeltaModel().createPopulation(1);
        population.set(0, new String[] {"t_ref", "V_m", "V_th", "refractory_input"},
                new double[] {0.5, -50.0, -55.0, keep ? 1.0 : 0.0}); // starts above threshold: spikes at step 0
        FakeRunContext context = FakeRunContext.uncoupled();
        population.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context);
        io.spikeExcitatory()[2] = 2.0;
        population.update(0, 1, io);
        assertEquals(1, io.spikeCount());
        assertEquals(0, io.spikeStamp(0) - 1, "the spike of step 0");
        return population.get("V_m", 0) - population.get("E_L", 0);
    }

    @Test
    void inputWhileRefractoryIsLostByDefaultAndKeptDecayedWhenAsked() {
        double p33 = Math.exp(-H / 10.0);
        double reset = -70.0 - -70.0; // V_reset − E_L
        // steps 1..5 refractory (r = 5 at step 1 ... 1 at step 5); step 2 has r = 4 before its decrement
        double lost = reset;
        for (int l = 6; l < 10; l++) {
            lost = p33 * lost; // no current, I_e = 0
        }
        assertEquals(lost, afterRefractoryInput(false), 1e-12);
        double kept = reset * p33 + 2.0 * Math.exp(-4 * H / 10.0); // added at step 6, then decays for steps 7..9
        for (int l = 7; l < 10; l++) {
            kept = p33 * kept;
        }
        assertEquals(kept, afterRefractoryInput(true), 1e-12);
    }

    @Test
    void onlyTheDeltaModelHasTheFlagAndVmin() {
        assertEquals(0.0, new IafPscDeltaModel().createPopulation(1).get("refractory_input", 0));
        assertEquals(-Double.MAX_VALUE, new IafPscDeltaModel().createPopulation(1).get("V_min", 0));
        assertThrows(UnknownNameException.class, () -> new IafPscExpModel().createPopulation(1).get("V_min", 0));
        assertThrows(UnknownNameException.class, () -> new IafPscExpModel().createPopulation(1).get("refractory_input", 0));
    }
}
