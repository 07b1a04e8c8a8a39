package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The NEST-exact RKF45 path against Commons Math's Dormand-Prince 8(5,3) at tolerance 1e-11: the
 * error RKF45's absolute tolerance of 1e-6 per component leaves in the trajectory.
 */
class IntegratorAgreementTest {

    private static final double H = 0.05;
    private static final int STEPS = 1000; // 50 ms

    private static SingleNeuronRun run(String integrator) {
        SingleNeuronRun run = new SingleNeuronRun(H, 20, STEPS, new String[] {"I_e"}, new double[] {200});
        run.population.setOption("integrator", integrator);
        return run.run();
    }

    @Test
    void dormandPrinceAgreesWithRkf45() {
        SingleNeuronRun rkf = run("rkf45");
        SingleNeuronRun dp = run("dormand_prince");
        assertArrayEquals(rkf.spikeSteps(), dp.spikeSteps(), "same spike steps");
        double max = 0;
        double maxBetweenSpikes = 0;
        for (int k = 1; k <= STEPS; k++) {
            double d = Math.abs(rkf.at("V_m", k) - dp.at("V_m", k));
            max = Math.max(max, d);
            if (rkf.at("V_m", k) < -50) {
                maxBetweenSpikes = Math.max(maxBetweenSpikes, d);
            }
        }
        Report.line("rkf45 vs dormand_prince (I_e=200, 50 ms, h=0.05): max |dV| = %.2e mV overall, %.2e mV below -50 mV; "
                + "spikes identical (%d)", max, maxBetweenSpikes, rkf.spikeSteps().length);
        assertTrue(max < 1e-4, "max |dV| = " + max);
        assertTrue(maxBetweenSpikes < 3e-5, "max |dV| below -50 mV = " + maxBetweenSpikes);
    }

    @Test
    void dormandPrinceAlsoDrivesWaveformRelaxation() {
        GapPairRun rkf = new GapPairRun(0.1, 10, 3, 20.0, 200.0, 200).run(true, 1e-4, 10);
        GapPairRun dp = new GapPairRun(0.1, 10, 3, 20.0, 200, p -> {
            p.set(0, new String[] {"I_e"}, new double[] {200.0});
            p.setOption("integrator", "dormand_prince");
        }).run(true, 1e-4, 10);
        assertArrayEquals(rkf.io.spikeSteps(1), dp.io.spikeSteps(1));
        double max = 0;
        for (int k = 1; k <= 200; k++) {
            max = Math.max(max, Math.abs(rkf.v(1, k) - dp.v(1, k)));
        }
        Report.line("rkf45 vs dormand_prince, 6.1 pair (WFR order 3, D=10): max |dV| n2 = %.2e mV", max);
        assertTrue(max < 1e-3, "max |dV| = " + max);
    }
}
