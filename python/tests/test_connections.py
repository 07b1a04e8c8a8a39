"""GetConnections and SynapseCollection: sources, targets, weights, delays, models, filters."""

import math

import numpy
import pytest

import syncytium as nest


def test_get_connections_lists_what_connect_made():
    nest.resolution = 0.1
    neurons = nest.Create("hh_psc_alpha_gap", 3)
    pg = nest.Create("poisson_generator", params={"rate": 10.0})
    sr = nest.Create("spike_recorder")
    nest.Connect(neurons[:2], neurons[1:], "one_to_one", {"weight": 2.5, "delay": 1.5})
    nest.Connect(pg, neurons[0], syn_spec={"weight": 7.0})
    nest.Connect(neurons[0], neurons[2], {"rule": "one_to_one", "make_symmetric": True},
                 {"synapse_model": "gap_junction", "weight": 0.3})
    nest.Connect(neurons[2], sr)
    conns = nest.GetConnections()
    assert len(conns) == nest.num_connections == 6
    # grouped by synapse model as NEST's full build numbers them (alphabetically), then by source and target
    assert conns.source == [1, 3, 1, 2, 3, 4] and list(conns.sources()) == conns.source
    assert conns.get("target") == [3, 1, 2, 3, 5, 1]
    weights = conns.weight
    assert weights[2] == 2.5 and weights[0] == 0.3 and weights[5] == 7.0
    assert conns.delay[2] == 1.5 and math.isnan(conns.delay[0])
    assert (weights[4], conns.delay[4]) == (1.0, 1.0)  # the recorder's connection: static_synapse's defaults, as NEST
    assert conns.synapse_model[1:3] == ["gap_junction", "static_synapse"]
    first = conns[2]
    assert len(first) == 1 and first.get("weight") == 2.5 and first.get()["source"] == 1
    assert [c.target for c in conns][2:5] == [2, 3, 5]
    assert nest.GetStatus(conns[1:3], "weight") == (0.3, 2.5)

    gaps = nest.GetConnections(synapse_model="gap_junction")
    assert list(gaps.sources()) == [1, 3] and list(gaps.targets()) == [3, 1]
    assert len(nest.GetConnections(source=neurons[0])) == 2
    assert len(nest.GetConnections(target=sr)) == 1
    assert len(nest.GetConnections(source=neurons[1], target=neurons[2])) == 1
    with pytest.raises(nest.kernel.NESTError):
        conns.tau_plus = 3.0  # only weight and delay can change (test_nest_habits: set)
    conns[1:3].weight = 3.0
    assert nest.GetConnections().weight[1:3] == [3.0, 3.0]
    with pytest.raises(TypeError):
        nest.GetConnections(source=[1, 2])


def test_fixed_indegree_has_the_indegree_and_no_autapses():
    neurons = nest.Create("iaf_psc_alpha", 20)
    nest.Connect(neurons, neurons, {"rule": "fixed_indegree", "indegree": 5, "allow_autapses": False},
                 {"weight": nest.random.uniform(min=1.0, max=2.0)})
    conns = nest.GetConnections(neurons, neurons)
    targets = numpy.array(conns.target)
    sources = numpy.array(conns.source)
    assert numpy.all(numpy.bincount(targets)[1:] == 5)
    assert not numpy.any(sources == targets)
    weights = numpy.array(conns.weight)
    assert numpy.all((weights >= 1.0) & (weights < 2.0))


def test_return_synapsecollection_and_copied_synapse_names():
    nest.CopyModel("static_synapse", "excitatory", {"weight": 3.0})
    a = nest.Create("iaf_psc_alpha", 2)
    made = nest.Connect(a, a, "one_to_one", "excitatory", return_synapsecollection=True)
    assert len(made) == 2 and made.weight == [3.0, 3.0]
    assert len(nest.GetConnections(synapse_model="excitatory")) == 2


def test_copies_of_a_synapse_model_are_listed_filtered_and_counted_by_their_own_names():
    # as NEST 3.10 lists them (each copy is a synapse model of its own there)
    nest.CopyModel("static_synapse", "excitatory", {"weight": 2.0, "delay": 1.5})
    nest.CopyModel("static_synapse", "inhibitory", {"weight": -3.0})
    nest.CopyModel("excitatory", "strong", {"weight": 9.0})
    n = nest.Create("iaf_psc_alpha", 3)
    pg = nest.Create("poisson_generator")
    sr = nest.Create("spike_recorder")
    nest.Connect(n[0], n[1], syn_spec="excitatory")
    nest.Connect(n[1], n[2], syn_spec={"synapse_model": "inhibitory"})
    nest.Connect(n[0], n[2])
    nest.Connect(n[2], n[0], syn_spec={"synapse_model": "strong", "weight": 5.0})
    nest.Connect(pg, n[0], syn_spec="excitatory")
    nest.Connect(n[2], sr, syn_spec="inhibitory")
    nest.Connect(n[0], n[1], syn_spec="inhibitory")
    c = nest.GetConnections()
    # the installed models first, then the copies in the order they were made
    assert list(zip(c.source, c.target, c.synapse_model, c.weight, c.delay)) == [
        (1, 3, "static_synapse", 1.0, 1.0), (1, 2, "excitatory", 2.0, 1.5), (4, 1, "excitatory", 2.0, 1.5),
        (1, 2, "inhibitory", -3.0, 1.0), (2, 3, "inhibitory", -3.0, 1.0), (3, 5, "inhibitory", -3.0, 1.0),
        (3, 1, "strong", 5.0, 1.5)]
    assert nest.GetConnections(synapse_model="excitatory").source == [1, 4]
    inhibitory = nest.GetConnections(source=n[0], synapse_model="inhibitory")
    inhibitory.set(weight=-7.0)  # the second connection between 1 and 2, not the first
    assert nest.GetConnections(n[0], n[1]).get(["synapse_model", "weight"]) == {
        "synapse_model": ["excitatory", "inhibitory"], "weight": [2.0, -7.0]}
    assert [nest.GetDefaults(m)["num_connections"] for m in ("static_synapse", "excitatory", "inhibitory", "strong")] \
        == [1, 2, 3, 1]
    nest.Disconnect(n[0], n[1], syn_spec={"synapse_model": "inhibitory"})
    assert nest.GetDefaults("inhibitory")["num_connections"] == 2
    assert nest.GetConnections(n[0], n[1]).synapse_model == "excitatory"
    with pytest.raises(nest.kernel.UnknownSynapseType, match="no_such"):
        nest.GetConnections(synapse_model="no_such")


def test_a_copy_keeps_the_defaults_its_original_had_when_copied():
    # NEST 3.10: CopyModel clones the original's defaults; SetDefaults of the original later leaves the copy
    nest.CopyModel("static_synapse", "a", {"delay": 2.0})
    nest.SetDefaults("static_synapse", {"weight": 5.0})
    assert (nest.GetDefaults("a")["weight"], nest.GetDefaults("a")["delay"]) == (1.0, 2.0)
    nest.CopyModel("static_synapse", "b")
    assert nest.GetDefaults("b")["weight"] == 5.0
    nest.CopyModel("iaf_psc_alpha", "my_iaf", {"C_m": 200.0})
    nest.SetDefaults("iaf_psc_alpha", {"tau_m": 30.0})
    n = nest.Create("my_iaf", 2)
    assert n.get("tau_m") == (10.0, 10.0) and n.get("C_m") == (200.0, 200.0)
    nest.Connect(n[0], n[1], syn_spec="a")
    nest.Connect(n[1], n[0], syn_spec="b")
    assert nest.GetConnections().get(["weight", "delay", "synapse_model"]) == {
        "weight": [1.0, 5.0], "delay": [2.0, 1.0], "synapse_model": ["a", "b"]}
    assert nest.GetDefaults("voltmeter")["record_from"] == ["V_m"]


def test_num_connections_per_synapse_model_as_in_the_brunel_example():
    nest.CopyModel("static_synapse", "excitatory", {"weight": 2.0})
    nest.CopyModel("static_synapse", "inhibitory", {"weight": -5.0})
    a = nest.Create("iaf_psc_alpha", 4)
    b = nest.Create("iaf_psc_alpha", 3)
    nest.Connect(a, b, syn_spec="excitatory")
    nest.Connect(b, a, {"rule": "fixed_indegree", "indegree": 2}, syn_spec={"synapse_model": "inhibitory"})
    nest.Connect(a[:2], b[:2], "one_to_one")
    assert nest.GetDefaults("excitatory")["num_connections"] == 12
    assert nest.GetDefaults("inhibitory")["num_connections"] == 8
    assert nest.GetDefaults("static_synapse")["num_connections"] == 2
    assert nest.GetDefaults("excitatory", "weight") == 2.0
    nest.ResetKernel()
    assert nest.GetDefaults("static_synapse")["num_connections"] == 0
