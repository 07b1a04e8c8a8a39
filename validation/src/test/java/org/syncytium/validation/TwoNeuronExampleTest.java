package org.syncytium.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.syncytium.validation.Nest.dict;

import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;

/**
 * Reference section 8.2: NEST's example gap_junctions_two_neurons.py. Both neurons I_e = 100 pA,
 * neuron 1 starts at V_m = -10 mV (gating left at rest), a 0.5 nS gap junction made by all_to_all
 * on one collection without autapses, h = 0.05 ms, 351 ms, WFR defaults (20-step intervals).
 * The two neurons synchronise; spike times must match exactly, sampled V to 1.5e-6 mV.
 */
class TwoNeuronExampleTest {

    private static final double H = 0.05;

    private Simulator sim;
    private NodeCollection voltmeter;
    private NodeCollection recorder;

    @AfterEach
    void close() {
        if (sim != null) {
            sim.close();
        }
    }

    private void run(boolean useWfr) {
        sim = Syncytium.newSimulator();
        sim.setKernelStatus(dict("resolution", H, "use_wfr", useWfr));
        NodeCollection neurons = sim.create("hh_psc_alpha_gap", 2);
        neurons.set("I_e", 100.0);
        neurons.slice(0, 1).set("V_m", -10.0);
        sim.connect(neurons, neurons, dict("rule", "all_to_all", "allow_autapses", false),
                dict("synapse_model", "gap_junction", "weight", 0.5));
        voltmeter = sim.create("multimeter", 1, dict("record_from", List.of("V_m"), "interval", 0.1));
        sim.connect(voltmeter, neurons, dict("rule", "all_to_all"), dict());
        recorder = sim.create("spike_recorder", 1);
        sim.connect(neurons, recorder, dict("rule", "all_to_all"), dict());
        sim.simulate(351.0);
    }

    /** Spike times in ms as the reference lists them, as steps of 0.05 ms. */
    private static long[] spikes(long node, double... timesMs) {
        long[] pairs = new long[2 * timesMs.length];
        for (int k = 0; k < timesMs.length; k++) {
            pairs[2 * k] = node;
            pairs[2 * k + 1] = Math.round(timesMs[k] / H);
        }
        return pairs;
    }

    private static List<Spike> expected(double lastSpikeOfNeuron2) {
        long[] n1 = spikes(1, 0.2, 40.9, 111.3, 182.4, 253.2, 323.75);
        long[] n2 = spikes(2, 14.95, 49.05, 115.7, 185.05, 254.8, lastSpikeOfNeuron2);
        long[] all = new long[n1.length + n2.length];
        System.arraycopy(n1, 0, all, 0, n1.length);
        System.arraycopy(n2, 0, all, n1.length, n2.length);
        return Spike.list(all);
    }

    @Test
    void wfrSpikesVoltagesAndIterationsMatchNest() {
        run(true);
        assertEquals(1.0, ((Number) sim.getKernelStatus("min_delay")).doubleValue(), 1e-12);
        ReferenceTable table = ReferenceTable.load("two_neurons_example.csv");
        Deviation v1 = Deviation.of("8.2 WFR neuron 1", Trace.of(voltmeter.events(), "V_m", 1, H), table,
                "time_ms", 1 / H, "V1");
        Deviation v2 = Deviation.of("8.2 WFR neuron 2", Trace.of(voltmeter.events(), "V_m", 2, H), table,
                "time_ms", 1 / H, "V2");
        v1.assertWithin(Nest.PRINTED_6_DECIMALS_MV);
        v2.assertWithin(Nest.PRINTED_6_DECIMALS_MV);
        assertEquals(expected(324.75), Spike.of(recorder.events(), H));
        SortedMap<Integer, Long> histogram = Iterations.histogram(sim);
        System.out.printf("[validation] 8.2 WFR passes per interval: %s, mean %.2f%n", histogram,
                Iterations.mean(histogram));
        assertEquals(Iterations.of(3, 313, 4, 38), histogram);
    }

    @Test
    void withoutWfrOnlyTheLastSpikeOfNeuron2Moves() {
        run(false);
        assertEquals(expected(324.8), Spike.of(recorder.events(), H));
    }
}
