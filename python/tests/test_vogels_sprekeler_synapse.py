"""vogels_sprekeler_synapse against NEST 3.10, the same script on both (2026-12-05, NEST built by
benchmarks/nest/build_nest.sh with the model): three parrots repeat fixed trains into two driven
iaf_psc_alpha neurons, excitatory plastic connections onto one, inhibitory ones (a copy with its own
Wmax, eta, alpha) onto the other and between the two; 50 ms, then 70.3 ms."""

import numpy
import pytest

import syncytium as nest

# NEST 3.10's (source, target, weight, Kplus) after both runs, and the weights after the first run
NEST = [
    (4, 7, 5.44127879488, 1.94941869641), (4, 8, -9.4, 1.95804320597),
    (5, 7, 5.48341577059, 1.19025337319), (5, 8, -9.5, 1.19358882485),
    (6, 7, 5.82280409874, 1.65480115016), (6, 8, -9.5, 1.65802188034),
    (7, 8, -2.8, 1.09584720213),
]
NEST_MID = [5.41350569473, -9.6, 4.892, -9.7, 4.892, -9.7, -2.9]
NEST_V_M = [-55.5091494, -55.09084097]


@pytest.fixture(autouse=True)
def reset():
    nest.ResetKernel()


def test_weights_and_traces_are_nests():
    nest.resolution = 0.1
    gens = nest.Create("spike_generator", 3, params=[{"spike_times": [5.0, 12.3, 30.1, 44.0, 71.5, 80.2]},
                                                      {"spike_times": [8.2, 9.9, 25.0, 60.4, 99.2]},
                                                      {"spike_times": [1.0, 33.3, 34.4, 88.8, 99.9]}])
    pre = nest.Create("parrot_neuron", 3)
    nest.Connect(gens, pre, "one_to_one")
    post = nest.Create("iaf_psc_alpha", 2, params={"I_e": 376.0, "tau_minus": 20.0})
    nest.CopyModel("vogels_sprekeler_synapse", "vs_inh", {"weight": -1.0, "Wmax": -30.0, "eta": 0.5, "alpha": 0.2})
    nest.Connect(pre, post[0], "all_to_all", {"synapse_model": "vogels_sprekeler_synapse", "weight": 5.0,
                                              "Wmax": 20.0, "eta": 0.3})
    nest.Connect(pre, post[1], "all_to_all", {"synapse_model": "vs_inh", "weight": -10.0, "Kplus": 0.5})
    nest.Connect(post[0], post[1], syn_spec={"synapse_model": "vs_inh", "weight": -3.0})
    conns = nest.GetConnections(pre + post)
    nest.Simulate(50.0)
    order = numpy.lexsort((conns.target, conns.source))
    numpy.testing.assert_allclose(numpy.asarray(conns.weight)[order], NEST_MID, rtol=1e-10)
    nest.Simulate(70.3)
    got = sorted(zip(conns.source, conns.target, conns.weight, conns.Kplus))
    assert [(s, t) for s, t, _, _ in got] == [(s, t) for s, t, _, _ in NEST]
    numpy.testing.assert_allclose([w for _, _, w, _ in got], [w for _, _, w, _ in NEST], rtol=1e-10)
    numpy.testing.assert_allclose([k for _, _, _, k in got], [k for _, _, _, k in NEST], rtol=1e-10)
    numpy.testing.assert_allclose(post.V_m, NEST_V_M, rtol=1e-9)


def test_refuses_what_nest_refuses_when_it_is_set():
    n = nest.Create("iaf_psc_alpha", 2)
    with pytest.raises(nest.kernel.NESTErrors.BadProperty, match="Weight and Wmax must have same sign"):
        nest.Connect(n[0], n[1], syn_spec={"synapse_model": "vogels_sprekeler_synapse", "weight": 1.0, "Wmax": -2.0})
    with pytest.raises(nest.kernel.NESTErrors.BadProperty, match="Kplus"):
        nest.Connect(n[0], n[1], syn_spec={"synapse_model": "vogels_sprekeler_synapse", "Kplus": -1.0})
    # NEST checks a synapse model's defaults when they are set: the default weight 0.5 and Wmax < 0
    with pytest.raises(nest.kernel.NESTErrors.BadProperty, match="Weight and Wmax must have same sign"):
        nest.CopyModel("vogels_sprekeler_synapse", "bad", {"Wmax": -30.0})
    with pytest.raises(nest.kernel.NESTErrors.BadProperty, match="Weight and Wmax must have same sign"):
        nest.SetDefaults("vogels_sprekeler_synapse", {"Wmax": -30.0})
    assert nest.GetDefaults("vogels_sprekeler_synapse")["Wmax"] == 1.0
    assert nest.num_connections == 0
