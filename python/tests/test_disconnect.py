"""Disconnect and SynapseCollection.disconnect, as in PyNEST: all or none, NEST's rules and errors."""

import pytest

import syncytium as nest


def pairs():
    conns = nest.GetConnections()
    return sorted(zip(conns.sources(), conns.targets()))


def test_disconnected_synapses_deliver_nothing():
    g = nest.Create("spike_generator", params={"spike_times": [1.0, 5.0]})
    parrots = nest.Create("parrot_neuron", 2)
    rec = nest.Create("spike_recorder")
    nest.Connect(g, parrots)
    nest.Connect(parrots, rec)
    nest.Simulate(3.0)
    assert rec.n_events == 2
    nest.Disconnect(g, parrots[1:], syn_spec="static_synapse")
    nest.Simulate(5.0)
    assert rec.n_events == 3  # only the first parrot passes the second spike on
    assert nest.num_connections == 3


def test_one_to_one_and_all_to_all_rules():
    n = nest.Create("iaf_psc_alpha", 3)
    nest.Connect(n, n)
    nest.Disconnect(n, n)  # one_to_one by default: the autapses
    assert len(pairs()) == 6 and all(s != t for s, t in pairs())
    nest.Disconnect(n[:2], n[2], conn_spec="all_to_all")
    assert pairs() == [(1, 2), (2, 1), (3, 1), (3, 2)]
    with pytest.raises(nest.NESTErrors.InexistentConnection, match="no static_synapse connection from node 2 "
                                                                   "to node 3"):
        nest.Disconnect(n[0:2], n[1:3])  # 1 -> 2 exists, 2 -> 3 does not: nothing goes
    assert len(pairs()) == 4
    with pytest.raises(nest.NESTErrors.DimensionMismatch):
        nest.Disconnect(n, n[:2])
    with pytest.raises(TypeError):
        nest.Disconnect(n)
    with pytest.raises(ValueError):
        nest.Disconnect(nest.GetConnections(), conn_spec="all_to_all")


def test_a_collection_listed_before_still_names_the_connections_left():
    n = nest.Create("parrot_neuron", 2)
    for weight in (1.0, 2.0, 3.0):  # three connections between one pair
        nest.Connect(n[0], n[1], syn_spec={"weight": weight})
    conns = nest.GetConnections()
    conns[0].disconnect()
    conns[2].set(weight=30.0)  # was the third, is the second now
    assert nest.GetConnections().weight == [2.0, 30.0]
    conns[1].disconnect()
    assert nest.GetConnections().weight == 30.0
    with pytest.raises(nest.NESTErrors.InexistentConnection, match="was disconnected"):
        conns[0].disconnect()
    conns[2].disconnect()
    assert nest.num_connections == 0


def test_gap_junctions_are_not_disconnected():
    n = nest.Create("hh_psc_alpha_gap", 2)
    nest.Connect(n[0], n[1], {"rule": "one_to_one", "make_symmetric": True}, {"synapse_model": "gap_junction"})
    with pytest.raises(nest.NESTErrors.NotImplemented, match="gap junctions"):
        nest.Disconnect(n[0], n[1], syn_spec={"synapse_model": "gap_junction"})
    assert nest.num_connections == 2
