package org.syncytium.core.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.api.record.Events;
import org.syncytium.core.fixtures.Fixtures;

/** A small mixed network (plain and gap neurons, Poisson drive, random wiring) and its outputs. */
final class Networks {
    /** Spike senders and times, multimeter samples and final V_m of one run. */
    record Output(long[] senders, double[] times, long[] sampleSenders, double[] sampleTimes, double[] samples,
            double[] vm, Object histogram) {
        List<Object> asList() {
            return List.of(java.util.Arrays.toString(senders), java.util.Arrays.toString(times),
                    java.util.Arrays.toString(sampleSenders), java.util.Arrays.toString(sampleTimes),
                    java.util.Arrays.toString(samples), java.util.Arrays.toString(vm), String.valueOf(histogram));
        }
    }

    private Networks() {
    }

    /** The simulator and the collections tests read. */
    record Built(Simulator sim, NodeCollection plain, NodeCollection gap, NodeCollection recorder,
            NodeCollection meter, NodeCollection currentMeter) implements AutoCloseable {
        @Override
        public void close() {
            sim.close();
        }
    }

    /** Builds the network on a simulator with {@code vps} virtual processes on up to {@code cores} cores. */
    static Built build(int cores, int vps) {
        return build(Fixtures.simulator(cores), vps);
    }

    /** Builds the network on {@code sim} with {@code vps} virtual processes. */
    static Built build(Simulator sim, int vps) {
        sim.setKernelStatus(Map.of("total_num_virtual_procs", vps, "wfr_tol", 1e-9, "wfr_max_iterations", 8));
        NodeCollection plain = sim.create("test_leaky", 37, Map.of("V_th", 15.0));
        NodeCollection gap = sim.create("test_gap", 23, Map.of("V_th", 12.0, "I_e", 4.0));
        NodeCollection poisson = sim.create("test_poisson", 1, Map.of("rate", 2000.0));
        NodeCollection recorder = sim.create("spike_recorder", 1);
        NodeCollection meter = sim.create("multimeter", 1, Map.of("interval", 0.3, "record_from",
                List.of("V_m", "input_sum")));
        sim.connect(poisson, plain, Map.of(), Map.of("weight", 3.0, "delay", 1.0));
        sim.connect(poisson, gap, Map.of(), Map.of("weight", 2.0, "delay", 1.5));
        sim.connect(plain, gap, Map.of("rule", "fixed_indegree", "indegree", 5),
                Map.of("weight", RandomParameter.normal(0.5, 1.0), "delay", RandomParameter.uniform(1.0, 3.0)));
        sim.connect(gap, plain, Map.of("rule", "fixed_indegree", "indegree", 3), Map.of("weight", 1.5, "delay", 2.0));
        java.util.Random pairs = new java.util.Random(7);
        long[] s = new long[40];
        long[] t = new long[40];
        for (int k = 0; k < s.length; k++) {
            s[k] = gap.id(pairs.nextInt(gap.size()));
            t[k] = gap.id(pairs.nextInt(gap.size()));
        }
        sim.connect(s, t, Map.of("make_symmetric", true), Map.of("synapse_model", "gap_junction", "weight", 0.2));
        sim.connect(plain, recorder, Map.of(), Map.of());
        sim.connect(gap, recorder, Map.of(), Map.of());
        // neurons from both ends, so that over several processes different ranks sample them
        sim.connect(meter, gap.slice(0, 3), Map.of(), Map.of());
        sim.connect(meter, gap.slice(20, 22), Map.of(), Map.of());
        // a device's recordable, sampled on rank 0 and exchanged like a neuron's
        NodeCollection dc = sim.create("test_dc", 1, Map.of("amplitude", 0.5));
        NodeCollection currentMeter = sim.create("multimeter", 1, Map.of("interval", 0.2, "record_from", List.of("I")));
        sim.connect(dc, plain.slice(0, 5), Map.of(), Map.of());
        sim.connect(currentMeter, dc, Map.of(), Map.of());
        plain.set("V_m", RandomParameter.uniform(0, 10));
        return new Built(sim, plain, gap, recorder, meter, currentMeter);
    }

    /** What the run produced. */
    static Output output(Built net) {
        Events spikes = net.recorder().events();
        Events samples = net.meter().events();
        List<Double> values = new ArrayList<>();
        for (double v : samples.values("V_m")) {
            values.add(v);
        }
        for (double v : samples.values("input_sum")) {
            values.add(v);
        }
        Events currents = net.currentMeter().events();
        for (int k = 0; k < currents.size(); k++) {
            // the step each sample belongs to, its stamp and sender: the same on any number of processes
            values.add(currents.values("I")[k]);
            values.add(currents.times()[k]);
            values.add((double) currents.senders()[k]);
        }
        double[] vm = new double[60];
        System.arraycopy(net.plain().getValues("V_m"), 0, vm, 0, 37);
        System.arraycopy(net.gap().getValues("V_m"), 0, vm, 37, 23);
        return new Output(spikes.senders(), spikes.times(), samples.senders(), samples.times(),
                values.stream().mapToDouble(Double::doubleValue).toArray(), vm,
                net.sim().getKernelStatus("wfr_iterations_histogram"));
    }
}
