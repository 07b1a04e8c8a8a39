"""NEST's placement entries of a node (vp, thread, local, frozen, ...) and the order in which a
multimeter shows its samples, against NEST 3.10 run with the same script (2026-12-03, NEST built by
benchmarks/nest/build_nest.sh into install-full). NEST's printed values are below."""

import pytest

import syncytium as nest

# NEST: a multimeter connected to nodes 3, 4 and then 1-2; samples every 0.5 ms, min_delay 1 ms,
# Simulate(2.6) and Simulate(1.0). Each min_delay interval's samples arrive neuron by neuron, in the
# order the neurons were connected.
TARGETS = [3, 4, 1, 2]
SENDERS_AFTER_FIRST = [3, 3, 4, 4, 1, 1, 2, 2, 3, 3, 4, 4, 1, 1, 2, 2]
TIMES_AFTER_FIRST = [0.5, 1.0, 0.5, 1.0, 0.5, 1.0, 0.5, 1.0, 1.5, 2.0, 1.5, 2.0, 1.5, 2.0, 1.5, 2.0]
TIMES_AFTER_SECOND = TIMES_AFTER_FIRST + [2.5, 3.0, 2.5, 3.0, 2.5, 3.0, 2.5, 3.0]
V_AFTER_SECOND = [-68.829506, -67.716098, -68.634424, -67.335448, -69.219671, -68.477399, -69.024588,
                  -68.096748, -66.656991, -65.649538, -66.099823, -64.924461, -67.771328, -67.099692,
                  -67.21416, -66.374615, -64.691219, -63.779637, -63.806422, -62.74291, -66.460813,
                  -65.853092, -65.576016, -64.816364]


def _network():
    nest.ResetKernel()
    nest.resolution = 0.1
    n = nest.Create("iaf_psc_alpha", 4, params={"I_e": [400.0, 500.0, 600.0, 700.0]})
    mm = nest.Create("multimeter", params={"record_from": ["V_m"], "interval": 0.5})
    nest.Connect(n[0], n[1], syn_spec={"weight": 10.0, "delay": 1.0})
    nest.Connect(mm, n[2])
    nest.Connect(mm, n[3])
    nest.Connect(mm, n[0:2])
    return n, mm


def test_a_multimeter_shows_each_intervals_samples_neuron_by_neuron_in_connection_order_as_nest():
    n, mm = _network()
    assert list(nest.GetConnections(mm).target) == TARGETS
    nest.Simulate(2.6)
    events = mm.events
    assert events["senders"].tolist() == SENDERS_AFTER_FIRST
    assert events["times"].tolist() == TIMES_AFTER_FIRST
    nest.Simulate(1.0)
    events = mm.events
    assert events["senders"].tolist() == SENDERS_AFTER_FIRST + [3, 3, 4, 4, 1, 1, 2, 2]
    assert events["times"].tolist() == TIMES_AFTER_SECOND
    assert events["V_m"].tolist() == pytest.approx(V_AFTER_SECOND, abs=1e-6)
    assert mm.n_events == 24


def test_samples_in_steps_keep_that_order_with_their_offsets():
    n, mm = _network()
    mm.set(time_in_steps=True)
    nest.Simulate(3.0)
    events = mm.events
    assert events["senders"].tolist() == SENDERS_AFTER_FIRST
    assert events["times"].tolist() == [round(t * 10) for t in TIMES_AFTER_FIRST]
    assert len(events["offsets"]) == len(events["times"])


def test_nodes_answer_nests_placement_entries():
    for threads in (1, 2):
        nest.ResetKernel()
        nest.local_num_threads = threads
        n = nest.Create("hh_psc_alpha_gap", 3)
        pg = nest.Create("poisson_generator")
        mm = nest.Create("multimeter")
        keys = ["global_id", "vp", "thread", "local", "frozen", "thread_local_id"]
        # NEST: a neuron's vp is its id modulo the virtual processes; devices answer from thread 0
        assert n[0].get(keys) == {"global_id": 1, "vp": 1 % threads, "thread": 1 % threads, "local": True,
                                  "frozen": False, "thread_local_id": -1}
        assert n.get("vp") == tuple(i % threads for i in (1, 2, 3))
        assert pg.get(["vp", "thread"]) == {"vp": 0, "thread": 0}
        assert mm.get("vp") == 0
        assert [x.get("node_uses_wfr") for x in (n[0], pg, mm)] == [True, False, False]
        assert "vp" in n[0].get() and "frozen" in mm.get()
    assert nest.Create("iaf_psc_alpha").node_uses_wfr is False
    assert nest.GetDefaults("hh_psc_alpha_gap", ["vp", "thread", "local", "frozen", "global_id", "node_uses_wfr",
                                                 "thread_local_id"]) == [-1, -1, True, False, 0, True, -1]
    assert "vp" not in nest.GetDefaults("static_synapse")


def test_frozen_false_is_accepted_and_the_placement_entries_are_read_only():
    nest.ResetKernel()
    n = nest.Create("iaf_psc_alpha", 2)
    n.set(frozen=False, V_m=-60.0)
    assert n.get("V_m") == (-60.0, -60.0)
    nest.SetStatus(n, {"frozen": False})
    with pytest.raises(nest.NESTErrors.NotImplemented, match="frozen"):
        n.set(frozen=True)
    for name in ("vp", "global_id", "node_uses_wfr"):
        with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry, match=name):  # NEST 3.10's class
            n.set({name: 1})
    assert n.get("V_m") == (-60.0, -60.0)
