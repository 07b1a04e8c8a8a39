// NEST's example "Gap Junctions: Inhibitory network" (pynest/examples/gap_junctions_inhibitory_network.py)
// translated line by line to Syncytium's Java API. Run from the repository root, after the
// distribution has been built once (./syncytium bundles builds it):
//
//   java -cp "launcher/target/syncytium/lib/*" examples/GapJunctionsInhibitory.java [gap_weight] [seed] [simtime]
//
// It starts the OSGi framework with the distribution's bundles, then talks to the kernel only
// through the api, as a PyNEST script talks to NEST.
//
// Seeds: with the same gap_weight, seed (default 1) and simtime (default 501 ms) this gives the same
// spikes as `./syncytium run examples/gap_junctions_inhibitory.yaml` (seed 1 by default): the seed is
// both the kernel's rng_seed and numpy's seed for the gap-junction pairs. NEST's script sets only
// numpy's seed and leaves rng_seed at NEST's default; the README's figures show seed 1. Two details
// keep the random streams aligned with the scenario: Syncytium keys a generator's random stream by
// its node id, so the generator is created before the recorder (node 501, as in the scenario,
// which creates recorders after the network), and the recorder is connected after the network.

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.math3.random.MersenneTwister;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.api.record.Events;
import org.syncytium.launcher.felix.EmbeddedFramework;

public class GapJunctionsInhibitory {

    public static void main(String[] args) {
        int nNeuron = 500;
        int gapPerNeuron = 60;
        int inhPerNeuron = 50;
        double delay = 1.0;
        double jExc = 300.0;
        double jInh = -50.0;
        int threads = 8;
        double stepsize = 0.05;
        double simtime = 501.0;
        double gapWeight = args.length > 0 ? Double.parseDouble(args[0]) : 0.3;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        if (args.length > 2) {
            simtime = Double.parseDouble(args[2]);
        }

        try (EmbeddedFramework osgi = EmbeddedFramework.start(Path.of("launcher/target/syncytium/bundles"), null);
                Simulator nest = osgi.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS).newSimulator()) {

            // numpy.random.seed(seed): numpy's legacy generator is MT19937 seeded by init_genrand
            MersenneTwister numpyRandom = new MersenneTwister((int) seed);

            nest.setKernelStatus(Map.of(
                    "resolution", stepsize,
                    "total_num_virtual_procs", threads,
                    "rng_seed", seed,
                    "print_time", true,
                    // Settings for waveform relaxation. If 'use_wfr' is set to false, communication
                    // takes place in every step instead of using an iterative solution.
                    "use_wfr", true,
                    "wfr_comm_interval", 1.0,
                    "wfr_tol", 0.0001,
                    "wfr_max_iterations", 15,
                    "wfr_interpolation_order", 3));
            nest.setProgressListener((now, end, factor) -> System.err.printf("\r[ %3.0f%% ] Model time: %.1f ms, "
                    + "Real-time factor: %.4f", 100 * now / end, now, factor));

            NodeCollection neurons = nest.create("hh_psc_alpha_gap", nNeuron);
            NodeCollection pg = nest.create("poisson_generator", 1, Map.of("rate", 500.0));
            NodeCollection sr = nest.create("spike_recorder", 1);

            Map<String, Object> connDict = Map.of("rule", "fixed_indegree", "indegree", inhPerNeuron,
                    "allow_autapses", false, "allow_multapses", true);
            Map<String, Object> synDict = Map.of("synapse_model", "static_synapse", "weight", jInh, "delay", delay);
            nest.connect(neurons, neurons, connDict, synDict);

            nest.connect(pg, neurons, Map.of("rule", "all_to_all"),
                    Map.of("synapse_model", "static_synapse", "weight", jExc, "delay", delay));

            neurons.set("V_m", RandomParameter.uniform(-80.0, -40.0));

            // Gap junctions between random pairs, drawn as numpy.random.choice(neuron_list, [n, 2]),
            // connected pair by pair with make_symmetric as in NEST's loop.
            int nConnection = nNeuron * gapPerNeuron / 2;
            long[] neuronList = neurons.ids();
            Map<String, Object> gapConn = Map.of("rule", "one_to_one", "make_symmetric", true);
            Map<String, Object> gapSyn = Map.of("synapse_model", "gap_junction", "weight", gapWeight);
            for (int k = 0; k < nConnection; k++) {
                long source = neuronList[numpyChoiceIndex(numpyRandom, neuronList.length)];
                long target = neuronList[numpyChoiceIndex(numpyRandom, neuronList.length)];
                nest.connect(new long[] {source}, new long[] {target}, gapConn, gapSyn);
            }

            nest.connect(neurons, sr, Map.of("rule", "all_to_all"), Map.of());

            nest.simulate(simtime);
            System.err.println();

            Events events = sr.events();
            long nSpikes = events.size();
            double hzRate = (1000.0 * nSpikes / simtime) / nNeuron;
            System.out.printf("%d spikes, average spike rate (Hz): %.2f, WFR iterations per interval: %.2f (seed %d)%n",
                    nSpikes, hzRate, ((Number) nest.getKernelStatus("wfr_iterations_mean")).doubleValue(), seed);
        }
    }

    /** numpy's legacy randint(0, n): masked rejection sampling on 32-bit draws. */
    private static int numpyChoiceIndex(MersenneTwister random, int n) {
        long max = n - 1;
        long mask = max;
        for (int shift = 1; shift < 32; shift <<= 1) {
            mask |= mask >>> shift;
        }
        long value;
        do {
            value = (random.nextInt() & 0xFFFF_FFFFL) & mask;
        } while (value > max);
        return (int) value;
    }
}
