"""What the Python path costs: start-up and the seed network's simulate time, Python against the
command line, runs alternated so that both see the same machine load.

    /usr/bin/python3 benchmarks/python/python_path.py [--repeats 3] [--simtime 501]

Start-up: wall time of a process that starts the kernel, creates one neuron, simulates 1 ms and
exits: ``syncytium run`` of a one-neuron scenario against ``python -c "import syncytium ..."``
(same JVM, same bundles). Simulate time: ``examples/gap_junctions_inhibitory.yaml`` as shipped
(summary.json's simulate_s) against the same network built step by step from Python (time of
``nest.Simulate``); both must produce the same number of spikes, or the comparison is void.
Prints medians and each run.
"""

import argparse
import json
import os
import pathlib
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUILT = ROOT / "launcher" / "target" / "syncytium"
# Both sides run a private copy of the built distribution, so a rebuild during the benchmark
# cannot change the jars under a running JVM.
DISTRIBUTION = None
CLI = None
ENV = None


def use_copy(folder):
    global DISTRIBUTION, CLI, ENV
    DISTRIBUTION = folder / "syncytium"
    shutil.copytree(BUILT / "lib", DISTRIBUTION / "lib")
    shutil.copytree(BUILT / "bundles", DISTRIBUTION / "bundles")
    # the same JVM and module options on both sides (the ones ./syncytium and the package choose)
    java = os.environ.get("SYNCYTIUM_JAVA") or shutil.which("java")
    modules = subprocess.run([java, "--list-modules"], capture_output=True, text=True).stdout
    flags = ["--add-modules=jdk.incubator.vector"] if "jdk.incubator.vector@" in modules else []
    CLI = [java, *flags, "-cp", str(DISTRIBUTION / "lib" / "*"), "org.syncytium.launcher.Main"]
    ENV = dict(os.environ, PYTHONPATH=str(ROOT / "python"), PYTHONDONTWRITEBYTECODE="1",
               SYNCYTIUM_HOME=str(DISTRIBUTION), SYNCYTIUM_JAVA=java)

ONE_NEURON = "network:\n  - create: {model: iaf_psc_alpha}\nsimulate: 1.0\n"
PYTHON_ONE_NEURON = "import syncytium as nest\nnest.Create('iaf_psc_alpha')\nnest.Simulate(1.0)\n"

# examples/gap_junctions_inhibitory.yaml, call for call (same ids, same random streams).
PYTHON_SEED_NETWORK = r"""
import json, sys, time
import numpy
import syncytium as nest
simtime = float(sys.argv[1])
nest.resolution = 0.05
nest.total_num_virtual_procs = 8
nest.rng_seed = 1
nest.use_wfr = True
nest.wfr_tol = 0.0001
nest.wfr_max_iterations = 15
nest.wfr_interpolation_order = 3
neurons = nest.Create("hh_psc_alpha_gap", 500)
noise = nest.Create("poisson_generator", params={"rate": 500.0})
nest.Connect(neurons, neurons, {"rule": "fixed_indegree", "indegree": 50, "allow_autapses": False,
                                "allow_multapses": True},
             {"synapse_model": "static_synapse", "weight": -50.0, "delay": 1.0})
nest.Connect(noise, neurons, "all_to_all", {"synapse_model": "static_synapse", "weight": 300.0, "delay": 1.0})
neurons.V_m = nest.random.uniform(min=-80.0, max=-40.0)
numpy.random.seed(1)
pairs = numpy.random.choice(neurons.tolist(), [15000, 2])
for s, t in pairs:
    nest.Connect(nest.NodeCollection([s]), nest.NodeCollection([t]), {"rule": "one_to_one", "make_symmetric": True},
                 {"synapse_model": "gap_junction", "weight": 0.3})
sr = nest.Create("spike_recorder")
nest.Connect(neurons, sr)
chi = nest.Create("synchrony_monitor", params={"record_from": ["V_m"], "interval": 0.1, "start": 100.0})
nest.Connect(chi, neurons)
start = time.perf_counter()
cpu = time.process_time()  # this process: Python and every JVM thread
if len(sys.argv) > 2 and sys.argv[2] == "one-call":
    nest._state.kernel().simulator.simulate(simtime)  # the Java call alone, no pieces, no Python per piece
else:
    nest.Simulate(simtime)
print(json.dumps({"simulate_s": time.perf_counter() - start, "simulate_cpu_s": time.process_time() - cpu,
                  "n_events": sr.n_events}))
"""


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall(command, **kwargs):
    """(wall s, CPU s of the process and its threads, stdout) of one command."""
    cpu = children_cpu()
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=ENV, **kwargs)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit("benchmark: %s failed:\n%s" % (" ".join(map(str, command)), result.stderr))
    CPU.append(children_cpu() - cpu)
    return elapsed, result.stdout


CPU = []  # CPU seconds of each finished command, in order


def startup(folder):
    scenario = folder / "one.yaml"
    scenario.write_text(ONE_NEURON)
    cli, _ = wall(CLI + ["run", str(scenario), "--out", str(folder / ("one-%d" % time.monotonic_ns()))])
    python, _ = wall([sys.executable, "-c", PYTHON_ONE_NEURON], cwd=folder)
    return cli, python


def seed_network(folder, simtime):
    out = folder / ("seed-%d" % time.monotonic_ns())
    wall(CLI + ["run", str(ROOT / "examples" / "gap_junctions_inhibitory.yaml"), "--set", "simtime=%g" % simtime,
                "--out", str(out)])
    summary = json.loads((out / "summary.json").read_text())
    cli_cpu = CPU[-1]
    _, printed = wall([sys.executable, "-c", PYTHON_SEED_NETWORK, str(simtime)], cwd=folder)
    python_cpu = CPU[-1]
    python = json.loads(printed.strip().splitlines()[-1])
    if python["n_events"] != summary["n_events"]:
        sys.exit("benchmark: different networks? CLI %d spikes, Python %d" % (summary["n_events"], python["n_events"]))
    return summary["simulate_s"], python["simulate_s"], summary["n_events"], cli_cpu, python_cpu


def pieces(folder, simtime):
    """CPU seconds of the simulate phase: nest.Simulate (pieces of ~0.25 s) against one Java call."""
    _, one = wall([sys.executable, "-c", PYTHON_SEED_NETWORK, str(simtime), "one-call"], cwd=folder)
    _, piecewise = wall([sys.executable, "-c", PYTHON_SEED_NETWORK, str(simtime)], cwd=folder)
    one, piecewise = json.loads(one.strip().splitlines()[-1]), json.loads(piecewise.strip().splitlines()[-1])
    if one["n_events"] != piecewise["n_events"]:
        sys.exit("benchmark: pieces changed the result (%d vs %d spikes)" % (one["n_events"], piecewise["n_events"]))
    return one["simulate_cpu_s"], piecewise["simulate_cpu_s"], one["simulate_s"], piecewise["simulate_s"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--simtime", type=float, default=501.0)
    parser.add_argument("--only", choices=["startup", "seed", "pieces"], help="run one part only")
    args = parser.parse_args()
    if not (BUILT / "lib").is_dir():
        sys.exit("benchmark: build the distribution first (./syncytium --version or mvn -B package -DskipTests)")
    with tempfile.TemporaryDirectory(prefix="syncytium-bench-") as tmp:
        folder = pathlib.Path(tmp)
        use_copy(folder)
        if args.only in (None, "startup"):
            starts = []
            for _ in range(args.repeats):
                cli, python = startup(folder)
                starts.append((cli, python, CPU[-2], CPU[-1]))
            report_startup(starts)
        if args.only in (None, "seed"):
            report_seed([seed_network(folder, args.simtime) for _ in range(args.repeats)], args.simtime)
        if args.only in (None, "pieces"):
            report_pieces([pieces(folder, args.simtime) for _ in range(args.repeats)], args.simtime)
    print("load average at the end: %s" % " ".join("%.1f" % x for x in os.getloadavg()))


def report_startup(starts):
    print("start-up (s, process wall time, one neuron, 1 ms; runs alternate CLI, Python):")
    for i, (cli, python, cli_cpu, python_cpu) in enumerate(starts):
        print("  run %d   CLI %.2f   Python %.2f   Python - CLI %+.2f   (CPU s %.2f, %.2f)"
              % (i + 1, cli, python, python - cli, cli_cpu, python_cpu))
    cli = statistics.median(s[0] for s in starts)
    python = statistics.median(s[1] for s in starts)
    print("  median  CLI %.2f   Python %.2f   Python - CLI %+.2f   (target < 2 s)" % (cli, python, python - cli))


def report_seed(runs, simtime):
    print("seed network, %g ms (s, simulate time; runs alternate CLI, Python):" % simtime)
    for i, (cli, python, spikes, cli_cpu, python_cpu) in enumerate(runs):
        print("  run %d   CLI %.2f   Python %.2f   ratio %.3f   spikes %d (both)   whole-process CPU s: CLI %.1f"
              "   Python %.1f   ratio %.3f" % (i + 1, cli, python, python / cli, spikes, cli_cpu, python_cpu,
                                               python_cpu / cli_cpu))
    cli = statistics.median(r[0] for r in runs)
    python = statistics.median(r[1] for r in runs)
    print("  median  CLI %.2f   Python %.2f   Python / CLI %.3f   (target < 1.05)" % (cli, python, python / cli))
    print("  median whole-process CPU ratio Python / CLI %.3f (includes start-up and building, where Python"
          " makes 15,000 Connect calls)" % statistics.median(r[4] / r[3] for r in runs))


def report_pieces(rows, simtime):
    print("simulate phase, %g ms, in the Python process: CPU s of one Java call vs nest.Simulate's pieces"
          % simtime)
    for i, (one, piecewise, one_wall, piece_wall) in enumerate(rows):
        print("  run %d   one call %.2f   pieces %.2f   ratio %.3f   (wall %.2f, %.2f)"
              % (i + 1, one, piecewise, piecewise / one, one_wall, piece_wall))
    print("  median ratio %.3f" % statistics.median(r[1] / r[0] for r in rows))


if __name__ == "__main__":
    main()
