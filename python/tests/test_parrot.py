"""parrot_neuron against NEST 3.10, run with the same script on both (2026-12-03, NEST built by
benchmarks/nest/build_nest.sh into install-dev2): a spike_generator with multiplicities into a chain
of three parrots (weights 7.5, -3 and 0.5, delays 1, 2 and 0.5 ms) and on to an iaf_psc_alpha; and
a Poisson train shared through one parrot by two neurons. NEST's printed numbers are below."""

import numpy
import pytest

import syncytium as nest

PARROT_SPIKES = [(2.0, 2), (3.0, 2), (3.0, 2), (3.0, 2), (4.0, 3), (4.5, 4), (5.0, 3), (5.0, 3), (5.0, 3), (5.5, 4), (5.5, 4), (5.5, 4), (6.5, 2), (6.5, 2), (6.5, 2), (8.5, 3), (8.5, 3), (8.5, 3), (9.0, 4), (9.0, 4), (9.0, 4)]
GENERATOR_SPIKES = [1.0, 2.0, 2.0, 2.0, 5.5, 5.5, 5.5]
V_M_EVERY_MS = [-70.0, -70.0, -70.0, -70.0, -70.0, -70.0, -69.921339924, -69.372436704, -68.094417869, -66.80735345, -65.814174412, -64.533163946, -63.186469104, -62.187954288, -61.620374624]


def test_a_chain_of_parrots_repeats_every_spike_whatever_the_weight_as_nest():
    nest.ResetKernel()
    nest.resolution = 0.1
    sg = nest.Create("spike_generator", params={"spike_times": [1.0, 2.0, 2.0, 5.5], "spike_multiplicities": [1, 2, 1, 3]})
    p = nest.Create("parrot_neuron", 3)
    n = nest.Create("iaf_psc_alpha", 1)
    sr = nest.Create("spike_recorder")
    srg = nest.Create("spike_recorder")
    nest.Connect(sg, p[0], syn_spec={"weight": 7.5, "delay": 1.0})
    nest.Connect(p[0], p[1], syn_spec={"weight": -3.0, "delay": 2.0})
    nest.Connect(p[1], p[2], syn_spec={"weight": 0.5, "delay": 0.5})
    nest.Connect(p[2], n, syn_spec={"weight": 100.0, "delay": 1.0})
    nest.Connect(p, sr)
    nest.Connect(sg, srg)
    vm = nest.Create("voltmeter", params={"interval": 0.1})
    nest.Connect(vm, n)
    nest.Simulate(15.0)
    e = sr.get("events")
    assert sorted(zip(numpy.round(e["times"], 1).tolist(), e["senders"].tolist())) == PARROT_SPIKES
    assert numpy.round(srg.get("events")["times"], 1).tolist() == GENERATOR_SPIKES
    numpy.testing.assert_allclose(vm.get("events")["V_m"][::10], V_M_EVERY_MS, atol=1e-9)
    assert nest.GetDefaults("parrot_neuron")["recordables"] == []


def test_a_train_shared_through_a_parrot_reaches_every_target_alike():
    nest.ResetKernel()
    pg = nest.Create("poisson_generator", params={"rate": 2000.0})
    par = nest.Create("parrot_neuron")
    post = nest.Create("iaf_psc_alpha", 2)
    nest.Connect(pg, par)
    nest.Connect(par, post, syn_spec={"weight": 20.0})
    mm = nest.Create("multimeter", params={"record_from": ["V_m"], "interval": 1.0})
    nest.Connect(mm, post)
    nest.Simulate(50.0)
    ev = mm.get("events")
    a = ev["V_m"][ev["senders"] == post[0].global_id]
    b = ev["V_m"][ev["senders"] == post[1].global_id]
    assert numpy.array_equal(a, b) and a.max() > -69.0


def test_a_parrot_repeats_receptor_0_and_not_receptor_1():
    """NEST's port 1 of a parrot_neuron takes spikes without repeating them (for plastic connections
    that end on a parrot); other receptor types are refused."""
    nest.ResetKernel()
    sg = nest.Create("spike_generator", 2, params=[{"spike_times": [1.0, 3.0]}, {"spike_times": [2.0]}])
    par = nest.Create("parrot_neuron")
    sr = nest.Create("spike_recorder")
    nest.Connect(sg[0], par, syn_spec={"receptor_type": 1})
    nest.Connect(sg[1], par)
    nest.Connect(par, sr)
    with pytest.raises(nest.NESTErrors.UnknownReceptorType, match="parrot_neuron"):
        nest.Connect(sg, par, syn_spec={"receptor_type": 2})
    nest.Simulate(10.0)
    assert sr.events["times"].tolist() == [3.0]
