"""The same network from Python and from a scenario file on the command line gives the same spikes
(same seed, same order of calls): the Python path is a front end, not a second simulator."""

import numpy

import syncytium as nest
from conftest import run_cli

N, GAPS, SEED, SIMTIME = 40, 60, 7, 60.0

SCENARIO = """
kernel:
  resolution: 0.05
  rng_seed: %(seed)d
  total_num_virtual_procs: 2
  use_wfr: true
network:
  - create: {model: hh_psc_alpha_gap, n: %(n)d, as: neurons}
  - create: {model: spike_recorder, as: sr}
  - create: {model: poisson_generator, params: {rate: 500.0}, as: pg}
  - connect:
      pre: neurons
      post: neurons
      conn_spec: {rule: fixed_indegree, indegree: 5, allow_autapses: false, allow_multapses: true}
      syn_spec: {synapse_model: static_synapse, weight: -50.0, delay: 1.0}
  - connect: {pre: pg, post: neurons, conn_spec: all_to_all, syn_spec: {weight: 300.0, delay: 1.0}}
  - connect: {pre: neurons, post: sr}
  - set: {nodes: neurons, params: {V_m: {uniform: {min: -80.0, max: -40.0}}}}
  - connect_pairs:
      nodes: neurons
      pairs: {file: pairs.csv}
      conn_spec: {make_symmetric: true}
      syn_spec: {synapse_model: gap_junction, weight: 0.5}
simulate: %(simtime)s
""" % {"seed": SEED, "n": N, "simtime": SIMTIME}


def python_run(pairs):
    nest.resolution = 0.05
    nest.rng_seed = SEED
    nest.total_num_virtual_procs = 2
    nest.use_wfr = True
    neurons = nest.Create("hh_psc_alpha_gap", N)
    sr = nest.Create("spike_recorder")
    pg = nest.Create("poisson_generator", params={"rate": 500.0})
    nest.Connect(neurons, neurons, {"rule": "fixed_indegree", "indegree": 5, "allow_autapses": False,
                                    "allow_multapses": True},
                 {"synapse_model": "static_synapse", "weight": -50.0, "delay": 1.0})
    nest.Connect(pg, neurons, "all_to_all", syn_spec={"weight": 300.0, "delay": 1.0})
    nest.Connect(neurons, sr)
    neurons.V_m = nest.random.uniform(min=-80.0, max=-40.0)
    for s, t in pairs:
        nest.Connect(nest.NodeCollection([s]), nest.NodeCollection([t]), {"rule": "one_to_one", "make_symmetric": True},
                     {"synapse_model": "gap_junction", "weight": 0.5})
    nest.Simulate(SIMTIME)
    return sr.events, nest.GetKernelStatus()


def test_python_and_cli_give_the_same_spikes(tmp_path):
    numpy.random.seed(1)
    pairs = numpy.random.choice(numpy.arange(1, N + 1), [N * GAPS // 20, 2])
    (tmp_path / "pairs.csv").write_text("".join("%d,%d\n" % (s, t) for s, t in pairs))
    (tmp_path / "net.yaml").write_text(SCENARIO)
    result = run_cli("run", tmp_path / "net.yaml", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    rows = numpy.loadtxt(tmp_path / "out" / "sr.csv", delimiter=",", skiprows=1, ndmin=2)
    events, status = python_run(pairs)
    assert len(rows) > 20, "the network spikes"
    assert numpy.array_equal(events["senders"], rows[:, 0].astype(int))
    # the same steps: the file writes each time as its decimal, Python as NEST's tics x 0.001 (59.3 is
    # 59.300000000000004 there), which can differ in the last bit
    assert numpy.array_equal(numpy.rint(events["times"] / 0.05), numpy.rint(rows[:, 1] / 0.05))
    numpy.testing.assert_allclose(events["times"], rows[:, 1], rtol=1e-15, atol=0)
    summary = (tmp_path / "out" / "summary.json").read_text()
    assert '"num_connections" : %d' % status["num_connections"] in summary
