"""NEST's gallery network "gap junctions: inhibitory network", timed for a side-by-side comparison.

The network is the gallery script's (hh_psc_alpha_gap, fixed in-degree inhibition, Poisson drive,
random symmetric gap junctions drawn with numpy), with the seed, the size, the simulated time,
the thread count and use_wfr taken from the command line, print_time off, and nest.Simulate timed
alone. One line of key=value pairs is printed, for benchmarks/scripts/side_by_side.sh.

Run with a NEST 3.10 build's site-packages on PYTHONPATH (benchmarks/nest/build_nest.sh):
    python3 nest_seed_network.py --neurons 500 --simtime 501 --threads 2 --seed 1
"""
import argparse
import resource
import time

import numpy


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--neurons", type=int, default=500)
    parser.add_argument("--simtime", type=float, default=501.0, help="ms")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gap-weight", type=float, default=0.3, help="nS")
    parser.add_argument("--no-wfr", action="store_true")
    args = parser.parse_args()

    start = time.perf_counter()
    import nest  # imported here so that the import counts in "whole" but not in "build"

    if hasattr(nest, "VerbosityLevel"):
        nest.verbosity = nest.VerbosityLevel.WARNING
    else:
        nest.set_verbosity("M_WARNING")
    nest.ResetKernel()
    numpy.random.seed(args.seed)
    nest.rng_seed = args.seed
    nest.resolution = 0.05
    nest.total_num_virtual_procs = args.threads
    nest.print_time = False
    nest.use_wfr = not args.no_wfr
    if not args.no_wfr:  # NEST refuses the wfr_* settings while use_wfr is false
        nest.wfr_comm_interval = 1.0
        nest.wfr_tol = 0.0001
        nest.wfr_max_iterations = 15
        nest.wfr_interpolation_order = 3

    built = time.perf_counter()
    n = args.neurons
    neurons = nest.Create("hh_psc_alpha_gap", n)
    recorder = nest.Create("spike_recorder")
    drive = nest.Create("poisson_generator", params={"rate": 500.0})
    nest.Connect(neurons, neurons,
                 {"rule": "fixed_indegree", "indegree": 50, "allow_autapses": False, "allow_multapses": True},
                 {"synapse_model": "static_synapse", "weight": -50.0, "delay": 1.0})
    nest.Connect(drive, neurons, "all_to_all", syn_spec={"synapse_model": "static_synapse", "weight": 300.0, "delay": 1.0})
    nest.Connect(neurons, recorder)
    neurons.V_m = nest.random.uniform(min=-80.0, max=-40.0)
    pairs = numpy.random.choice(neurons.tolist(), [int(n * 60 / 2), 2])
    for source, target in pairs:  # pair by pair, as the gallery does, so connections keep its order
        nest.Connect(nest.NodeCollection([source]), nest.NodeCollection([target]),
                     {"rule": "one_to_one", "make_symmetric": True},
                     {"synapse_model": "gap_junction", "weight": args.gap_weight})
    build_s = time.perf_counter() - built

    t0 = time.perf_counter()
    nest.Simulate(args.simtime)
    simulate_s = time.perf_counter() - t0
    spikes = recorder.n_events
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"engine=nest neurons={n} simtime_ms={args.simtime} threads={args.threads} use_wfr={not args.no_wfr} "
          f"spikes={spikes} rate_hz={1000.0 * spikes / args.simtime / n:.3f} build_s={build_s:.3f} "
          f"simulate_s={simulate_s:.3f} whole_s={time.perf_counter() - start:.3f} peak_rss_mib={peak_kib / 1024:.1f}")


if __name__ == "__main__":
    main()
