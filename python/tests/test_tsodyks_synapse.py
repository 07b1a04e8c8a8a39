"""tsodyks_synapse and tsodyks2_synapse against NEST 3.10, the same script on both (2026-12-05, NEST
built by benchmarks/nest/build_nest.sh with both models and weight_recorder): an iaf_psc_exp neuron
driven by I_e = 376 pA fires every 61.3 ms into two neurons, one through each model (facilitating
parameters of NEST's evaluate_tsodyks2_synapse.py, the tsodyks2 connection with 2 ms delay), both
copies naming one weight_recorder; 100, 40 and 60 ms."""

import numpy
import pytest

import syncytium as nest

# NEST 3.10: the recorder's events sorted by (time, target), then x and u per target, then V_m
NEST_TIMES = [59.3, 59.3, 120.6, 120.6, 181.9, 181.9]
NEST_TARGETS = [3, 4, 3, 4, 3, 4]
NEST_WEIGHTS = [46.2045399897, 25.0, 57.4941513586, 43.6614609944, 64.6560966535, 56.1331038864]
NEST_X_U = {3: (0.557023892529, 0.317078320677), 4: (0.876043875266, 0.256302705703)}
NEST_V_M = [-57.9663097157, -69.8028500738, -69.8118192809]
NEST_COUNTS = [2, 4, 6]  # n_events after each run: a run's last slice passes its connections in the next


@pytest.fixture(autouse=True)
def reset():
    nest.ResetKernel()


def test_both_models_carry_nests_amplitudes_and_keep_their_weight():
    wr = nest.Create("weight_recorder")
    nest.CopyModel("tsodyks2_synapse", "t2_rec", {"weight_recorder": wr})
    nest.CopyModel("tsodyks_synapse", "t1_rec", {"weight_recorder": wr})
    n = nest.Create("iaf_psc_exp", 3, params={"tau_syn_ex": 3.0})
    p = {"U": 0.1, "u": 0.1, "x": 1.0, "tau_fac": 1000.0, "tau_rec": 100.0, "weight": 250.0}
    nest.Connect(n[0], n[1], syn_spec=dict(p, synapse_model="t1_rec"))
    nest.Connect(n[0], n[2], syn_spec=dict(p, synapse_model="t2_rec", delay=2.0))
    n[0].I_e = 376.0
    counts = []
    for t in (100.0, 40.0, 60.0):
        nest.Simulate(t)
        counts.append(wr.n_events)
    assert counts == NEST_COUNTS
    ev = wr.events
    order = numpy.lexsort((ev["targets"], ev["times"]))
    numpy.testing.assert_allclose(ev["times"][order], NEST_TIMES, rtol=1e-14)
    assert ev["targets"][order].tolist() == NEST_TARGETS
    assert ev["senders"].tolist() == [2] * 6 and ev["receptors"].tolist() == [0] * 6
    numpy.testing.assert_allclose(ev["weights"][order], NEST_WEIGHTS, rtol=1e-10)
    conns = nest.GetConnections(n[0])
    assert list(conns.weight) == [250.0, 250.0], "the weight stays; each spike carries a fraction of it"
    for target, x, u in zip(conns.target, conns.x, conns.u):
        numpy.testing.assert_allclose((x, u), NEST_X_U[target], rtol=1e-10)
    numpy.testing.assert_allclose(n.V_m, NEST_V_M, rtol=1e-11)


def test_lists_each_models_values_as_nest():
    n = nest.Create("iaf_psc_exp", 2)
    nest.Connect(n[0], n[1], syn_spec={"synapse_model": "tsodyks_synapse", "x": 0.6, "y": 0.3})
    nest.Connect(n[0], n[1], syn_spec={"synapse_model": "tsodyks2_synapse", "U": 0.3})
    got = nest.GetConnections(n[0]).get()
    assert got["synapse_model"] == ["tsodyks2_synapse", "tsodyks_synapse"]  # NEST's full build's order
    assert got["U"] == [0.3, 0.5] and got["u"] == [0.5, 0.0]
    assert got["tau_psc"] == [None, 3.0] and got["y"] == [None, 0.3] and got["x"] == [1.0, 0.6]
    assert nest.GetDefaults("tsodyks2_synapse")["tau_rec"] == 800.0


@pytest.mark.parametrize("spec, message", [
    ({"synapse_model": "tsodyks_synapse", "x": 0.7, "y": 0.5}, "x + y must be <= 1.0"),
    ({"synapse_model": "tsodyks_synapse", "U": 1.5}, "'U' must be in [0,1]"),
    ({"synapse_model": "tsodyks2_synapse", "u": -0.5}, "'u' must be in [0,1]"),
    ({"synapse_model": "tsodyks2_synapse", "tau_fac": -1.0}, "'tau_fac' must be >= 0"),
    ({"synapse_model": "tsodyks_synapse", "tau_psc": 0.0}, "'tau_psc' must be > 0"),
    ({"synapse_model": "tsodyks2_synapse", "tau_psc": 3.0}, "tau_psc"),
])
def test_refuses_what_nest_refuses(spec, message):
    n = nest.Create("iaf_psc_exp", 2)
    with pytest.raises(nest.kernel.NESTError, match=message.replace("[", r"\[").replace("+", r"\+")):
        nest.Connect(n[0], n[1], syn_spec=spec)
    assert nest.num_connections == 0


def test_a_generator_needs_a_parrot_as_in_nest():
    sg = nest.Create("spike_generator", params={"spike_times": [1.0]})
    n = nest.Create("iaf_psc_exp")
    with pytest.raises(nest.kernel.NESTErrors.IllegalConnection, match="parrot_neuron"):
        nest.Connect(sg, n, syn_spec={"synapse_model": "tsodyks2_synapse"})
