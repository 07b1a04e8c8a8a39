"""Receptor types as a PyNEST user meets them with a NESTML model of several spike ports: Install the
file, read receptor_types, Connect with syn_spec receptor_type, see each receptor's conductance, list
the receptor with GetConnections, and NEST's UnknownReceptorType for a receptor the target lacks."""

import math

import numpy
import pytest

import syncytium as nest

from conftest import ROOT

MODEL_FILE = ROOT / "examples" / "nestml" / "cond_multisyn.nestml"
TYPES = {"AMPA": 1, "NMDA": 2, "GABA_A": 3, "GABA_B": 4}
TAU = {"AMPA": 2.0, "NMDA": 100.0, "GABA_A": 5.0, "GABA_B": 50.0}


@pytest.fixture()
def model():
    assert nest.Install(str(MODEL_FILE)) == ("cond_multisyn_neuron",)
    return "cond_multisyn_neuron"


def test_receptor_types_are_listed_by_the_model_and_its_nodes(model):
    assert nest.GetDefaults(model)["receptor_types"] == TYPES
    n = nest.Create(model, 2)
    assert n[0].get("receptor_types") == TYPES
    assert "receptor_types" not in nest.GetDefaults("iaf_psc_alpha")
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry):  # NEST 3.10's class
        n.set(receptor_types={"AMPA": 2})


def test_each_receptor_gets_only_its_own_spikes_with_its_own_decay(model):
    nest.resolution = 0.1
    n = nest.Create(model, 4, params={"V_th": 1000.0})
    sg = nest.Create("spike_generator", params={"spike_times": [5.0]})
    for k, name in enumerate(TYPES):
        nest.Connect(sg, n[k], syn_spec={"weight": 2.0, "delay": 1.0, "receptor_type": TYPES[name]})
    states = ["g_%s__X__%s" % (r, r) for r in TYPES]
    mm = nest.Create("multimeter", params={"record_from": states, "interval": 0.1})
    nest.Connect(mm, n)
    nest.Simulate(20.0)
    events = mm.get("events")
    for k, name in enumerate(TYPES):
        mine = events["senders"] == n[k].global_id
        times = events["times"][mine]
        for other in TYPES:
            g = events["g_%s__X__%s" % (other, other)][mine]
            if other != name:
                assert numpy.all(g == 0.0), (name, other)
                continue
            # the conductance jumps by the weight when the spike arrives (5 ms + 1 ms delay: with
            # the step that ends at 6 ms, as the one-port models take spikes) and then decays with
            # the receptor's own time constant
            after = times > 5.95
            assert numpy.all(g[~after] == 0.0), name
            assert g[after][0] == 2.0, name
            ratio = g[after][1:] / g[after][:-1]
            assert numpy.allclose(ratio, math.exp(-0.1 / TAU[name]), rtol=1e-6, atol=0), name


def test_get_connections_lists_the_receptor(model):
    n = nest.Create(model)
    pg = nest.Create("poisson_generator", 2, params={"rate": 10.0})
    nest.Connect(pg[0], n, syn_spec={"receptor_type": 2, "weight": 0.5})
    nest.Connect(pg[1], n, syn_spec={"receptor_type": 4, "weight": 0.5})
    conns = nest.GetConnections(target=n)
    assert conns.get("receptor") == [2, 4]
    assert conns.receptor == [2, 4]
    assert "receptor" in conns.get()
    # one receptor per connection, as NEST takes an array
    m = nest.Create(model, 3)
    nest.Connect([pg[0].global_id] * 3, m.tolist(), "one_to_one", syn_spec={"receptor_type": numpy.array([1, 3, 4])})
    assert nest.GetConnections(target=m).receptor == [1, 3, 4]
    with pytest.raises(nest.kernel.BadProperty, match="an element of the array"):
        nest.Connect([pg[1].global_id] * 3, m.tolist(), "one_to_one", syn_spec={"receptor_type": [1, 2.5, 1]})


def test_a_random_receptor_type_is_drawn_per_connection(model):
    # as NEST's brunel_exp_multisynapse_nest.py: receptor_type = nest.random.uniform_int(R) + 1
    n = nest.Create(model, 50)
    pg = nest.Create("poisson_generator", params={"rate": 10.0})
    nest.Connect(pg, n, syn_spec={"receptor_type": nest.random.uniform_int(4) + 1})
    drawn = nest.GetConnections(target=n).receptor
    assert sorted(set(drawn)) == [1, 2, 3, 4]
    m = nest.Create(model, 10)
    with pytest.raises(nest.NESTErrors.UnknownReceptorType):  # uniform_int(4) draws receptor 0 too
        nest.Connect(pg, m, syn_spec={"receptor_type": nest.random.uniform_int(4)})
    with pytest.raises(nest.kernel.BadProperty, match="whole number"):
        nest.Connect(pg, m, syn_spec={"receptor_type": nest.random.uniform(1.0, 4.0)})
    assert nest.num_connections == 50


def test_a_receptor_the_target_lacks_is_nests_unknown_receptor_type(model):
    n = nest.Create(model)
    iaf = nest.Create("iaf_psc_alpha")
    with pytest.raises(nest.NESTErrors.UnknownReceptorType, match="receptor type 0 is not available"):
        nest.Connect(iaf, n)
    with pytest.raises(nest.kernel.NESTError, match="AMPA=1, NMDA=2, GABA_A=3, GABA_B=4"):
        nest.Connect(iaf, n, syn_spec={"receptor_type": 5})
    with pytest.raises(nest.NESTErrors.UnknownReceptorType, match="has one receptor, 0"):
        nest.Connect(n, iaf, syn_spec={"receptor_type": 1})
    assert nest.num_connections == 0


def test_install_names_what_is_wrong(tmp_path):
    with pytest.raises(nest.NESTErrors.NotImplemented, match="NESTML file"):
        nest.Install("nestmlmodule")
    with pytest.raises(nest.kernel.BadParameter, match="no such file"):
        nest.Install(str(tmp_path / "missing.nestml"))
    with pytest.raises(nest.kernel.BadParameter, match="holds no .nestml file"):
        nest.Install(str(tmp_path))
    bad = tmp_path / "bad_neuron.nestml"
    bad.write_text("model bad_neuron:\n    state:\n        V_m mV = 0 pA\n")
    with pytest.raises(nest.kernel.NESTError, match="bad_neuron.nestml:3"):
        nest.Install(str(bad))
