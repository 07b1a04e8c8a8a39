"""Create and NodeCollection: sizes, slicing, joining, ids, get/set in all PyNEST forms, random values."""

import numpy
import pytest

import syncytium as nest


def test_create_forms():
    a = nest.Create("iaf_psc_alpha")
    b = nest.Create("hh_psc_alpha_gap", 4, params={"I_e": 100.0})
    c = nest.Create("hh_psc_alpha_gap", 2, params=[{"I_e": 1.0}, {"I_e": 2.0}])
    assert len(a) == 1 and len(b) == 4 and len(c) == 2
    assert a.tolist() == [1] and b.tolist() == [2, 3, 4, 5] and c.tolist() == [6, 7]
    assert b.I_e == (100.0,) * 4
    assert c.get("I_e") == (1.0, 2.0)
    with pytest.raises(nest.kernel.UnknownModelName) as e:
        nest.Create("hh_psc_alpha_gpa")
    assert str(e.value) == 'unknown neuron model "hh_psc_alpha_gpa"; did you mean "hh_psc_alpha_gap"?' \
        or "did you mean \"hh_psc_alpha_gap\"" in str(e.value)
    with pytest.raises(nest.NESTErrors.BadParameterValue):  # NEST's class, a BadParameter here too
        nest.Create("iaf_psc_alpha", 0)
    with pytest.raises(TypeError):
        nest.Create("iaf_psc_alpha", 2.5)
    with pytest.raises(TypeError, match="one dictionary per node"):  # NEST's class
        nest.Create("iaf_psc_alpha", 3, params=[{}, {}])


def test_node_collection_sequence_behaviour():
    nodes = nest.Create("iaf_psc_alpha", 10)
    assert len(nodes[2:5]) == 3 and nodes[2:5].tolist() == [3, 4, 5]
    assert nodes[::3].tolist() == [1, 4, 7, 10]
    assert nodes[-1].tolist() == [10]
    assert nodes[[0, 4]].tolist() == [1, 5]
    assert [n.tolist()[0] for n in nodes[:3]] == [1, 2, 3]
    assert 4 in nodes and 11 not in nodes and nodes[1:3] in nodes
    assert nodes.index(7) == 6
    assert nodes[1:3] == nest.NodeCollection([2, 3])
    with pytest.raises(IndexError):
        nodes[10]
    other = nest.Create("hh_psc_alpha_gap", 2)
    joined = nodes[:2] + other
    assert joined.tolist() == [1, 2, 11, 12] and len(joined) == 4
    assert "iaf_psc_alpha" in repr(joined) and "hh_psc_alpha_gap" in repr(joined)
    assert numpy.array_equal(numpy.asarray(other), [11, 12])
    with pytest.raises(nest.kernel.UnknownNode):
        nest.NodeCollection([99])


def test_get_forms():
    nodes = nest.Create("hh_psc_alpha_gap", 3, params={"I_e": 5.0})
    assert nodes[0].get("I_e") == 5.0
    assert nodes.get("I_e") == (5.0, 5.0, 5.0)
    assert nodes.get(["I_e", "C_m"]) == {"I_e": (5.0,) * 3, "C_m": (40.0,) * 3}
    everything = nodes[1].get()
    assert everything["global_id"] == 2 and everything["model"] == "hh_psc_alpha_gap"
    assert everything["element_type"] == "neuron" and everything["C_m"] == 40.0
    assert nodes.global_id == (1, 2, 3)
    with pytest.raises(nest.kernel.UnaccessedDictionaryEntry):
        nodes.get("no_such_parameter")


def test_set_forms_scalars_arrays_random():
    nest.rng_seed = 5
    nodes = nest.Create("hh_psc_alpha_gap", 4)
    nodes.set(I_e=10.0)
    assert nodes.I_e == (10.0,) * 4
    nodes.set({"I_e": 11.0, "C_m": 41.0})
    assert nodes.C_m == (41.0,) * 4
    nodes.I_e = numpy.array([1.0, 2.0, 3.0, 4.0])
    assert nodes.I_e == (1.0, 2.0, 3.0, 4.0)
    nodes.I_e = [4, 3, 2, 1]
    assert nodes.I_e == (4.0, 3.0, 2.0, 1.0)
    nodes.set([{"I_e": 0.5}, {"I_e": 1.5}, {"I_e": 2.5}, {"I_e": 3.5}])
    assert nodes.I_e == (0.5, 1.5, 2.5, 3.5)
    nodes.V_m = nest.random.uniform(min=-80.0, max=-40.0)
    v = numpy.array(nodes.V_m)
    assert numpy.all((v >= -80.0) & (v < -40.0)) and len(set(v)) == 4
    nodes.V_m = nest.random.normal(mean=-65.0, std=1.0)
    nodes.V_m = nest.random.lognormal(mean=0.0, std=0.1)
    nodes.V_m = nest.random.exponential(beta=2.0)
    assert all(x > 0 for x in nodes.V_m)
    # composite collections split per-node values over their parts
    more = nest.Create("hh_psc_alpha_gap", 2)
    both = nodes[:2] + more
    both.I_e = [7.0, 8.0, 9.0, 10.0]
    assert nodes.I_e[:2] == (7.0, 8.0) and more.I_e == (9.0, 10.0)


def test_random_values_follow_the_seed():
    def draw(seed):
        nest.ResetKernel()
        nest.rng_seed = seed
        nodes = nest.Create("hh_psc_alpha_gap", 5)
        nodes.V_m = nest.random.uniform(min=-80.0, max=-40.0)
        return nodes.V_m
    assert draw(1) == draw(1)
    assert draw(1) != draw(2)


def test_set_is_all_or_nothing_and_bad_values_are_named():
    nodes = nest.Create("hh_psc_alpha_gap", 2)
    with pytest.raises(nest.kernel.BadProperty) as e:
        nodes.set(I_e=5.0, C_m=-1.0)
    assert "C_m" in str(e.value)
    assert nodes.I_e == (0.0, 0.0)
    with pytest.raises(TypeError) as e:
        nodes.V_m = {1, 2}
    assert "V_m" in str(e.value) and "set" in str(e.value)
    with pytest.raises(TypeError):
        nodes.V_m = object()
    with pytest.raises(nest.kernel.BadProperty):
        nodes.I_e = "high"
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry):  # NEST 3.10's class
        nodes.global_id = 3
    with pytest.raises(TypeError):
        nodes.V_m = nest.random.uniform() % 2  # NEST has no remainder of a parameter either


def test_get_status_set_status():
    nodes = nest.Create("hh_psc_alpha_gap", 2)
    nest.SetStatus(nodes, {"I_e": 3.0})
    assert nest.GetStatus(nodes, "I_e") == (3.0, 3.0)
    nest.SetStatus(nodes, "I_e", 4.0)
    assert [d["I_e"] for d in nest.GetStatus(nodes)] == [4.0, 4.0]
    nest.SetStatus(nodes, [{"I_e": 1.0}, {"I_e": 2.0}])
    assert nest.GetStatus(nodes, ["I_e", "C_m"]) == ((1.0, 40.0), (2.0, 40.0))  # tuples, as PyNEST
    assert nest.GetStatus([2], "I_e") == (2.0,)


def test_defaults_copies_and_models():
    defaults = nest.GetDefaults("hh_psc_alpha_gap")
    assert defaults["C_m"] == 40.0 and defaults["element_type"] == "neuron"
    assert nest.GetDefaults("poisson_generator", "rate") == 0.0
    nest.SetDefaults("hh_psc_alpha_gap", {"I_e": 12.0})
    assert nest.Create("hh_psc_alpha_gap").I_e == 12.0
    nest.CopyModel("hh_psc_alpha_gap", "driven_hh", {"I_e": 50.0})
    driven = nest.Create("driven_hh", 2)
    assert driven.I_e == (50.0, 50.0) and driven[0].model == "driven_hh"
    nest.CopyModel("static_synapse", "inhibitory", {"weight": -5.0})
    assert "driven_hh" in nest.Models("nodes") and "inhibitory" in nest.Models("synapses")
    assert "inhibitory" in nest.synapse_models and "hh_psc_alpha_gap" in nest.node_models
    assert "fixed_indegree" in nest.connection_rules
    assert set(nest.Models()) == set(nest.node_models) | set(nest.synapse_models)
    with pytest.raises(nest.kernel.NewModelNameExists):
        nest.CopyModel("static_synapse", "inhibitory")
    with pytest.raises(nest.kernel.UnknownModelName):
        nest.GetDefaults("no_model")
    with pytest.raises(nest.kernel.UnaccessedDictionaryEntry):
        nest.SetDefaults("hh_psc_alpha_gap", {"I_ee": 1.0})
    nest.ResetKernel()
    assert "driven_hh" not in nest.Models()
    assert nest.Create("hh_psc_alpha_gap").I_e == 0.0


def test_collections_from_before_reset_are_refused():
    nodes = nest.Create("iaf_psc_alpha", 2)
    nest.ResetKernel()
    with pytest.raises(nest.kernel.KernelException) as e:
        nodes.get("V_m")
    assert "ResetKernel" in str(e.value)


def test_a_list_of_the_wrong_length_is_an_index_error_and_empty_collections_outlive_reset():
    nest.ResetKernel()
    nodes = nest.Create("iaf_psc_alpha", 4)
    with pytest.raises(IndexError, match="V_reset has 3 values for 4 nodes"):  # PyNEST's class
        nodes.set(V_reset=[-80.0, -75.0, -72.0])
    with pytest.raises(IndexError):
        nodes.V_reset = numpy.array([-80.0, -75.0])
    assert nodes.V_reset == (-70.0,) * 4
    empty = nest.NodeCollection([])
    nest.ResetKernel()
    empty.set()  # names no node, so nothing went stale (as in PyNEST)
    assert len(empty) == 0
    with pytest.raises(nest.kernel.KernelException, match="before ResetKernel"):
        nodes.set(V_m=-60.0)
    with pytest.raises(nest.kernel.KernelException, match="before ResetKernel"):
        nodes + nodes[0:0]  # joining collections whose nodes are gone, as PyNEST refuses


def test_get_takes_any_collection_of_names():
    nest.ResetKernel()
    nodes = nest.Create("iaf_psc_alpha", 2, params={"I_e": 5.0})
    wanted = {"I_e": None, "C_m": None}
    assert nodes.get(wanted.keys()) == {"I_e": (5.0, 5.0), "C_m": (250.0, 250.0)}  # as PyNEST: dict keys too
    assert nodes.get(numpy.array(["I_e"])) == {"I_e": (5.0, 5.0)}
    with pytest.raises(TypeError, match="names"):
        nodes.get([1, 2])


def test_set_defaults_and_copy_model_refuse_bad_values_when_given_as_nest():
    nest.ResetKernel()
    nest.resolution = 1.0
    with pytest.raises(nest.kernel.BadProperty, match="origin = 1.5"):  # NEST's issue 264
        nest.SetDefaults("spike_recorder", {"origin": 1.5})
    with pytest.raises(nest.kernel.BadProperty, match="C_m"):
        nest.SetDefaults("iaf_psc_alpha", {"C_m": -1.0})
    with pytest.raises(nest.kernel.BadProperty, match="C_m"):
        nest.CopyModel("iaf_psc_alpha", "broken", {"C_m": -1.0})
    assert "broken" not in nest.node_models and nest.GetDefaults("iaf_psc_alpha")["C_m"] == 250.0
    nest.SetDefaults("iaf_psc_alpha", {"C_m": 200.0})
    with pytest.raises(nest.kernel.BadProperty, match="t_ref"):  # checked with the defaults set before
        nest.SetDefaults("iaf_psc_alpha", {"t_ref": -1.0})
    assert nest.network_size == 0
    assert nest.Create("iaf_psc_alpha", 2).global_id == (1, 2) and nest.GetDefaults("iaf_psc_alpha")["C_m"] == 200.0


def test_collections_sum_as_in_pynest():
    nest.ResetKernel()
    a = nest.Create("iaf_psc_alpha", 2)
    b = nest.Create("iaf_psc_delta", 3)
    assert a + 0 == a and 0 + a == a
    assert sum([a, b]) == a + b and sum(a) == a
    for bad in (1, [], [0], (0,), True):
        with pytest.raises(TypeError):
            a + bad
        with pytest.raises(TypeError):
            bad + a


def test_indexing_refuses_what_pynest_refuses():
    nest.ResetKernel()
    nc = nest.Create("iaf_psc_alpha", 10)
    assert nc[-4:].tolist() == [7, 8, 9, 10] and nc[1:6:3].tolist() == [2, 5] and nc[:10].tolist() == nc.tolist()
    for bad in (slice(-15, None), slice(None, 15), slice(-13, 17)):
        with pytest.raises(IndexError, match="outside"):  # Python lists would clip these
            nc[bad]
    for bad in ([2, 5.5], [[2, 4], [6, 8]], [True, False, 2.5], [1, False, 1]):
        with pytest.raises(TypeError):
            nc[bad]
    with pytest.raises(TypeError, match="one-dimensional"):
        nc[numpy.array([[1, 2], [3, 4]])]
    assert nc[numpy.array([True, False] * 5)].tolist() == [1, 3, 5, 7, 9]


def test_get_of_several_entries_of_a_dictionary_parameter():
    nest.ResetKernel()
    one = nest.Create("spike_recorder")
    two = nest.Create("spike_recorder", 2)
    entries = one.get("events", ["senders", "times"])
    assert set(entries) == {"senders", "times"} and len(entries["times"]) == 0
    both = two.get("events", ["times", "senders"])
    assert set(both) == {"times", "senders"} and len(both["times"]) == 2
    frame = one.get("events", "times", output="pandas")
    assert list(frame.columns) == ["times"]  # the inner entry names the column, as in PyNEST


def test_a_longer_per_node_array_gives_its_first_values_as_in_nest():
    # NEST 3.10 uses the first n values without a word (its store_restore_network example relies on
    # it); here a warning says what was dropped. A shorter array stays an error.
    with pytest.warns(UserWarning, match="V_m has 5 values for 3 nodes; the first 3 are used"):
        n = nest.Create("iaf_psc_alpha", 3, params={"V_m": numpy.array([-60.0, -61.0, -62.0, -63.0, -64.0])})
    assert n.V_m == (-60.0, -61.0, -62.0)
    with pytest.warns(UserWarning, match="set\\(\\): V_m has 4 values"):
        n.set(V_m=[-50.0, -51.0, -52.0, -53.0])
    assert n.V_m == (-50.0, -51.0, -52.0)
    with pytest.raises(IndexError):
        n.set(V_m=[1.0, 2.0])
    with pytest.raises(nest.kernel.BadProperty, match="one value per node"):
        nest.Create("iaf_psc_alpha", 3, params={"V_m": [-60.0, -61.0]})
    g = nest.Create("spike_generator", 2, params={"spike_times": [1.0, 2.0, 3.0]})  # a list is every node's value
    assert [list(t) for t in g.spike_times] == [[1.0, 2.0, 3.0]] * 2
