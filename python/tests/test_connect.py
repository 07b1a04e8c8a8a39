"""Connect: rule strings and dicts, options, arrays of ids, one-node collections, devices, errors."""

import numpy
import pytest

import syncytium as nest


def connections():
    return nest.GetKernelStatus("num_connections")


def test_default_rule_is_all_to_all_and_strings_select_rules():
    a = nest.Create("iaf_psc_alpha", 3)
    b = nest.Create("iaf_psc_alpha", 4)
    nest.Connect(a, b)
    assert connections() == 12
    nest.Connect(a, b[:3], "one_to_one")
    assert connections() == 15
    nest.Connect(a, b, {"rule": "fixed_indegree", "indegree": 2})
    assert connections() == 15 + 8
    nest.Connect(a, b, {"rule": "fixed_outdegree", "outdegree": 2})
    assert connections() == 23 + 6
    nest.Connect(a, b, {"rule": "pairwise_bernoulli", "p": 1.0})
    assert connections() == 29 + 12


def test_autapses_and_multapses():
    n = nest.Create("iaf_psc_alpha", 5)
    nest.Connect(n, n, {"rule": "all_to_all", "allow_autapses": False})
    assert connections() == 20
    nest.ResetKernel()
    n = nest.Create("iaf_psc_alpha", 5)
    nest.Connect(n, n, {"rule": "fixed_indegree", "indegree": 4, "allow_autapses": False, "allow_multapses": False})
    assert connections() == 20


def test_syn_spec_forms():
    a = nest.Create("iaf_psc_alpha", 2)
    b = nest.Create("iaf_psc_alpha", 2)
    nest.Connect(a, b, "one_to_one", "static_synapse")
    nest.Connect(a, b, "one_to_one", {"synapse_model": "static_synapse", "weight": numpy.array([1.0, 2.0]),
                                      "delay": 2.0})
    nest.Connect(a, b, "all_to_all", {"weight": nest.random.normal(mean=10.0, std=1.0), "delay": 1.5})
    assert connections() == 8
    assert nest.max_delay == 2.0
    nest.CopyModel("static_synapse", "slow", {"delay": 3.0})
    nest.Connect(a, b, "one_to_one", "slow")
    assert nest.max_delay == 3.0
    with pytest.raises(nest.kernel.BadDelay):
        nest.Connect(a, b, "one_to_one", {"delay": -1.0})
    with pytest.raises(nest.kernel.UnknownSynapseType):
        nest.Connect(a, b, "one_to_one", "statc_synapse")
    with pytest.raises(nest.kernel.UnknownConnectionRule):
        nest.Connect(a, b, "one_to_all")
    with pytest.raises(nest.kernel.BadProperty, match="unknown connection rule"):  # NEST's class for it
        nest.Connect(a, b, "one_to_all")


def test_gap_junctions_need_make_symmetric_and_count_twice():
    n = nest.Create("hh_psc_alpha_gap", 4)
    nest.Connect(n[0], n[1], {"rule": "one_to_one", "make_symmetric": True},
                 {"synapse_model": "gap_junction", "weight": 0.5})
    assert connections() == 2
    nest.Connect(nest.NodeCollection([3]), nest.NodeCollection([4]), {"rule": "one_to_one", "make_symmetric": True},
                 {"synapse_model": "gap_junction", "weight": 0.5})
    assert connections() == 4
    with pytest.raises(nest.kernel.BadProperty) as e:
        nest.Connect(n[0], n[2], "one_to_one", {"synapse_model": "gap_junction"})
    assert "make_symmetric" in str(e.value)
    iaf = nest.Create("iaf_psc_alpha", 2)
    with pytest.raises(nest.kernel.IllegalConnection):
        nest.Connect(iaf[0], iaf[1], {"rule": "one_to_one", "make_symmetric": True}, {"synapse_model": "gap_junction"})
    assert connections() == 4


def test_arrays_of_ids_connect_one_to_one():
    n = nest.Create("hh_psc_alpha_gap", 6)
    pairs = numpy.array([[1, 2], [3, 4], [5, 6]])
    nest.Connect(pairs[:, 0], pairs[:, 1], {"rule": "one_to_one", "make_symmetric": True},
                 {"synapse_model": "gap_junction", "weight": 0.3})
    assert connections() == 6
    nest.Connect([1, 2], [3, 4], "one_to_one", {"weight": 2.0})
    assert connections() == 8
    with pytest.raises(ValueError, match="same length"):  # NEST 3.10's classes from here on
        nest.Connect([1, 2], [3], "one_to_one")
    with pytest.raises(ValueError, match="one_to_one"):  # repeated ids connect pair by pair only
        nest.Connect([1, 1], [3, 4], "all_to_all")
    with pytest.raises(ValueError, match="dimension 2"):
        nest.Connect([1, 2], [3, 4], "one_to_one", {"weight": [1.0, 2.0, 3.0]})
    # unique ids are NodeCollections for every other rule, and all_to_all is the default, as in PyNEST
    nest.Connect([1, 2], [3, 4])
    assert connections() == 12
    with pytest.raises(nest.NESTErrors.DimensionMismatch):
        nest.Connect(n[:3], n[3:5], "one_to_one")
    with pytest.raises(TypeError, match="One-dimensional"):
        nest.Connect(n[:2], n[2:4], "all_to_all", {"weight": [1.0, 2.0, 3.0, 4.0]})
    with pytest.raises(ValueError, match="dimension 3"):
        nest.Connect(n[:2], n[2:4], {"rule": "fixed_total_number", "N": 3}, {"weight": [1.0, 2.0]})
    assert connections() == 12
    with pytest.raises(TypeError):
        nest.Connect([1.5], [2.5], "one_to_one")
    with pytest.raises(TypeError):
        nest.Connect("neurons", n)
    assert len(n) == 6


def test_composite_collections():
    a = nest.Create("iaf_psc_alpha", 2)
    b = nest.Create("hh_psc_alpha_gap", 2)
    both = a + b
    nest.Connect(both, both, {"rule": "all_to_all", "allow_autapses": False})
    assert connections() == 12
    nest.Connect(both, both, "one_to_one")
    assert connections() == 16
    with pytest.raises(nest.kernel.NESTError) as e:
        nest.Connect(both, both, {"rule": "fixed_indegree", "indegree": 1})
    assert "NotImplemented" == e.value.errorname


def test_devices_connect_the_nest_way():
    pg = nest.Create("poisson_generator", params={"rate": 1000.0})
    dc = nest.Create("dc_generator", params={"amplitude": 500.0})
    n = nest.Create("iaf_psc_alpha", 2)
    sr = nest.Create("spike_recorder")
    nest.Connect(pg, n, syn_spec={"weight": 10.0})
    nest.Connect(dc, n)
    nest.Connect(n, sr)
    nest.Simulate(100.0)
    assert sr.n_events > 0
    assert set(sr.events["senders"]) == {2 + 1, 2 + 2}


def test_random_rules_over_collections_of_several_creates():
    # PyNEST's Brunel example: Connect(nodes_ex, nodes_ex + nodes_in, fixed_indegree)
    ex = nest.Create("iaf_psc_alpha", 8)
    inh = nest.Create("iaf_psc_alpha", 2)
    both = ex + inh
    nest.Connect(ex, both, {"rule": "fixed_indegree", "indegree": 3, "allow_autapses": False})
    found = nest.GetConnections(ex, both)
    assert len(found) == 3 * 10
    targets, counts = numpy.unique(found.get("target"), return_counts=True)
    assert list(targets) == both.tolist() and set(counts) == {3}
    assert not numpy.any(found.get("source") == found.get("target"))
    senders = nest.Create("iaf_psc_alpha", 3) + nest.Create("iaf_psc_alpha", 2)
    nest.Connect(senders, ex, {"rule": "fixed_outdegree", "outdegree": 2})
    sources, counts = numpy.unique(nest.GetConnections(senders, ex).get("source"), return_counts=True)
    assert list(sources) == senders.tolist() and set(counts) == {2}
    before = connections()
    nest.Connect(both, both, {"rule": "pairwise_bernoulli", "p": 1.0})
    assert connections() == before + 100
    # where the draws are not independent per part, the call is still refused with a clear message
    with pytest.raises(nest.kernel.NESTError, match="several Create calls") as e:
        nest.Connect(both, ex, {"rule": "fixed_indegree", "indegree": 2})
    assert e.value.errorname == "NotImplemented"


def test_make_symmetric_with_a_rule_that_cannot_is_not_implemented_as_in_nest():
    nest.ResetKernel()
    n = nest.Create("hh_psc_alpha_gap", 4)
    with pytest.raises(nest.NESTErrors.NotImplemented, match="symmetric"):
        nest.Connect(n, n, {"rule": "pairwise_bernoulli", "p": 0.5, "make_symmetric": True},
                     {"synapse_model": "gap_junction", "weight": 0.5})
    assert nest.num_connections == 0


def test_connecting_an_empty_collection_is_refused_as_in_nest():
    nest.ResetKernel()
    n = nest.Create("iaf_psc_alpha", 3)
    for pre, post, role in ((n, nest.NodeCollection([]), "postsynaptic"), (n[0:0], n, "presynaptic")):
        with pytest.raises(nest.NESTErrors.IllegalConnection, match=role):
            nest.Connect(pre, post)
    assert nest.num_connections == 0
