"""stdp_synapse against NEST 3.10, run with the same script on both (2026-12-05, NEST built by
benchmarks/nest/build_nest.sh with stdp_synapse): three parrot neurons fed by spike generators
drive two iaf_psc_alpha neurons (tau_minus 12 ms) through stdp_synapse and a copy with other
exponents; one inhibitory plastic connection between the two; 50 ms, Kplus of that connection set
to 0.5, then 50.3 ms (a run that ends inside a min_delay slice)."""

import numpy
import pytest

import syncytium as nest

# NEST 3.10's (source, target, weight, Kplus) after both runs
NEST = [
    (4, 7, 47.849331324707, 1.466816813436),
    (4, 8, 64.316831865715, 1.215448106392),
    (5, 7, 60.912550764330, 1.323925845375),
    (5, 8, 76.482793378650, 1.130929284399),
    (6, 7, 73.347356496559, 1.140624960337),
    (6, 8, 82.711138195150, 1.041404274361),
    (7, 8, -20.652269704181, 1.270636177334),
]


def parrots():
    """Three parrot neurons repeating fixed spike trains (the presynaptic side of both NEST cases)."""
    nest.resolution = 0.1
    gens = nest.Create("spike_generator", 3, params=[{"spike_times": [5.0, 12.3, 30.1, 44.0, 71.5]},
                                                      {"spike_times": [8.2, 9.9, 25.0, 60.4, 99.2]},
                                                      {"spike_times": [1.0, 33.3, 34.4, 88.8, 99.9]}])
    pre = nest.Create("parrot_neuron", 3)
    nest.Connect(gens, pre, "one_to_one")
    return pre


def build():
    pre = parrots()
    post = nest.Create("iaf_psc_alpha", 2, params={"I_e": 376.0, "tau_minus": 12.0})
    nest.CopyModel("stdp_synapse", "stdp_soft", {"mu_plus": 0.4, "mu_minus": 0.6, "Wmax": 120.0})
    nest.Connect(pre, post[0], "all_to_all", {"synapse_model": "stdp_synapse", "weight": [[40.0, 55.0, 70.0]],
                                              "delay": 1.0, "lambda": 0.1})
    nest.Connect(pre, post[1], "all_to_all", {"synapse_model": "stdp_soft", "weight": 60.0, "delay": 2.5,
                                              "alpha": 0.8, "tau_plus": 14.0, "lambda": 0.2})
    nest.Connect(post[0], post[1], syn_spec={"synapse_model": "stdp_synapse", "weight": -20.0, "Wmax": -50.0,
                                             "delay": 1.2})
    return pre, post


def listed(conns):
    got = conns.get(["source", "target", "weight", "Kplus"])
    return sorted(zip(*(numpy.atleast_1d(got[k]).tolist() for k in ("source", "target", "weight", "Kplus"))))


def assert_as_nest(got, reference):
    assert [(s, t) for s, t, _, _ in got] == [(s, t) for s, t, _, _ in reference]
    for (_, _, w, k), (_, _, w_nest, k_nest) in zip(got, reference):
        assert w == pytest.approx(w_nest, abs=1e-9)
        assert k == pytest.approx(k_nest, abs=1e-9)


def test_weights_and_traces_match_nest():
    pre, post = build()
    before = nest.GetConnections(pre, post)  # NEST's collection is live: it shows the learned weights
    nest.Simulate(50.0)
    nest.GetConnections(post[0], post[1]).set(Kplus=0.5)
    nest.Simulate(50.3)
    got = listed(nest.GetConnections(pre, post)) + listed(nest.GetConnections(post[0], post[1]))
    assert_as_nest(got, NEST)
    assert listed(before) == got[:6]


def test_listing_and_defaults_name_the_models_values():
    pre, post = build()
    conns = nest.GetConnections(pre, post[1])
    assert set(conns.synapse_model) == {"stdp_soft"}  # a copy's connections keep its name, as in NEST
    assert len(nest.GetConnections(synapse_model="stdp_soft")) == 3
    assert len(nest.GetConnections(synapse_model="stdp_synapse")) == 4
    assert conns.get("mu_plus") == [0.4] * 3 and conns.get("tau_plus") == [14.0] * 3
    everything = nest.GetConnections(post[0], post[1]).get()
    assert everything["Wmax"] == -50.0 and everything["Kplus"] == 0.0 and everything["lambda"] == 0.01
    defaults = nest.GetDefaults("stdp_synapse")
    assert (defaults["tau_plus"], defaults["Wmax"], defaults["num_connections"]) == (20.0, 100.0, 4)
    assert nest.GetDefaults("stdp_soft")["num_connections"] == 3  # a copy counts its own, as in NEST
    assert nest.GetDefaults("iaf_psc_alpha")["tau_minus"] == 20.0
    assert post.get("tau_minus") == (12.0, 12.0)
    assert "tau_minus" in post[0].get()


def test_bad_values_are_refused_and_change_nothing():
    pre, post = build()
    gen = nest.Create("poisson_generator")
    with pytest.raises(nest.kernel.IllegalConnection, match="parrot_neuron"):
        nest.Connect(gen, post, syn_spec={"synapse_model": "stdp_synapse"})
    with pytest.raises(nest.kernel.IllegalConnection, match="neurons only"):
        nest.Connect(post, nest.Create("spike_recorder"), syn_spec={"synapse_model": "stdp_synapse"})
    with pytest.raises(nest.kernel.BadProperty, match="same sign"):
        nest.Connect(pre, post, syn_spec={"synapse_model": "stdp_synapse", "weight": 5.0, "Wmax": -3.0})
    with pytest.raises(nest.kernel.BadProperty, match="Kplus"):
        nest.Connect(pre, post, syn_spec={"synapse_model": "stdp_synapse", "Kplus": -1.0})
    conns = nest.GetConnections(pre, post[0])
    with pytest.raises(nest.kernel.BadProperty, match="same sign"):
        conns.set(Wmax=[50.0, -50.0, 50.0])
    with pytest.raises(nest.kernel.BadProperty, match="same sign"):
        conns.set(weight=-1.0)
    with pytest.raises(nest.kernel.BadProperty, match="cannot be changed"):
        conns.set(tau_minus=3.0)
    nest.Connect(pre[0], post[0], syn_spec={"weight": 2.0})
    static = nest.GetConnections(pre[0], post[0], synapse_model="static_synapse")
    with pytest.raises(nest.kernel.BadProperty, match="cannot be changed"):
        static.set(Kplus=1.0)
    static.set(weight=3.0)  # the static one of the pair's two connections, not the plastic one
    assert nest.GetConnections(pre[0], post[0]).get("weight") == [3.0, 40.0]  # static_synapse listed first
    assert nest.GetConnections(pre, post[0], synapse_model="stdp_synapse").get("Wmax") == [100.0] * 3
    assert nest.GetConnections(pre, post[0], synapse_model="stdp_synapse").get("weight") == [40.0, 55.0, 70.0]
    assert nest.GetKernelStatus("num_connections") == 3 + 7 + 1
    with pytest.raises(nest.kernel.BadProperty, match="strictly positive"):
        post.set(tau_minus=[5.0, 0.0])
    assert post.get("tau_minus") == (12.0, 12.0)


def test_collection_prints_and_mixes_models_as_pynest():
    sources = nest.Create("iaf_psc_alpha", 2)
    targets = nest.Create("iaf_psc_alpha", 3)
    nest.Connect(sources, targets[1], syn_spec={"weight": [[1.0, 2.0]]})
    nest.Connect(sources, targets[:2], syn_spec={"synapse_model": "stdp_synapse", "weight": [[4.0, 3.0], [3.0, 2.0]]})
    conns = nest.GetConnections()
    assert str(conns) == (" source   target   synapse model   weight   delay \n"
                          "-------- -------- --------------- -------- -------\n"
                          "      1        4  static_synapse    1.000   1.000\n"
                          "      2        4  static_synapse    2.000   1.000\n"
                          "      1        3    stdp_synapse    4.000   1.000\n"
                          "      1        4    stdp_synapse    3.000   1.000\n"
                          "      2        3    stdp_synapse    3.000   1.000\n"
                          "      2        4    stdp_synapse    2.000   1.000")  # NEST's test_synapsecollection
    assert conns.get("Kplus") == [None, None, 0.0, 0.0, 0.0, 0.0]  # static connections have none
    nest.ResetKernel()
    assert len(conns) == 0 and conns.get() == {} and conns.get("weight") == ()
    assert str(conns) == "The synapse collection does not contain any connections."


# NEST 3.10's (source, target, weight, Kplus) of stdp_synapse_hom after 100 ms: the base model's
# defaults changed with SetDefaults, a copy's with CopyModel, tau_minus from the neuron model's defaults
NEST_HOM = [
    (4, 7, 35.554454928918, 1.328232774107),
    (4, 8, 29.665153168592, 1.473479087770),
    (5, 7, 53.874199246858, 1.215805021825),
    (5, 8, 30.676296788485, 1.335531134090),
    (6, 7, 66.169520872927, 1.081364199414),
    (6, 8, 29.261276621290, 1.143430121289),
]


def common_case(model, defaults, copy_params, check=None):
    """Three parrots into two iaf_psc_alpha (tau_minus 25 ms from the model's defaults) through a copy of
    ``model`` and ``model`` itself, after changing its defaults; 100 ms; NEST's values for comparison.
    ``check(pre, post)`` runs after connecting, before simulating."""
    pre = parrots()
    nest.SetDefaults("iaf_psc_alpha", {"tau_minus": 25.0})
    post = nest.Create("iaf_psc_alpha", 2, params={"I_e": 376.0})
    nest.SetDefaults(model, defaults)
    nest.CopyModel(model, "copied", copy_params)
    nest.Connect(pre, post[0], "all_to_all", {"synapse_model": "copied", "weight": [[40.0, 55.0, 70.0]]})
    nest.Connect(pre, post[1], "all_to_all", {"synapse_model": model, "weight": 30.0, "delay": 2.0, "Kplus": 0.25})
    if check:
        check(pre, post)
    nest.Simulate(100.0)
    return listed(nest.GetConnections(pre, post))


def test_stdp_synapse_hom_matches_nest_and_keeps_its_common_properties_common():
    def refusals(pre, post):
        with pytest.raises(nest.NESTErrors.NotImplemented, match="SetDefaults"):
            nest.Connect(pre, post[0], syn_spec={"synapse_model": "copied", "Wmax": 10.0})
        conns = nest.GetConnections(pre, post)
        assert "Wmax" not in conns.get() and conns.get("Kplus")[1] == 0.25
        with pytest.raises(nest.kernel.BadProperty, match="common"):
            conns.set(Wmax=3.0)
        with pytest.raises(nest.NESTErrors.NotImplemented, match="before connecting"):
            nest.SetDefaults("copied", {"Wmax": 3.0})

    assert_as_nest(common_case("stdp_synapse_hom", {"alpha": 1.2, "mu_minus": 0.3},
                               {"Wmax": 80.0, "mu_plus": 0.5, "lambda": 0.05, "tau_plus": 16.8}, refusals), NEST_HOM)


# NEST 3.10's values for the same network with stdp_pl_synapse_hom (alpha 0.6 and mu 0.5 by SetDefaults,
# a copy with lambda 0.05 and tau_plus 16.8)
NEST_PL = [
    (4, 7, 37.286959790895, 1.328232774107),
    (4, 8, 27.370223195416, 1.473479087770),
    (5, 7, 53.581653141430, 1.215805021825),
    (5, 8, 29.122607716473, 1.335531134090),
    (6, 7, 67.531718297237, 1.081364199414),
    (6, 8, 27.358685714340, 1.143430121289),
]


def test_stdp_pl_synapse_hom_matches_nest():
    assert_as_nest(common_case("stdp_pl_synapse_hom", {"alpha": 0.6, "mu": 0.5}, {"lambda": 0.05, "tau_plus": 16.8}),
                   NEST_PL)


def test_a_model_filter_names_the_right_one_of_a_pairs_connections():
    # devices between the neurons give node ids past the neuron count: pair names must not collide
    first = nest.Create("iaf_psc_alpha", 2)        # 1, 2
    nest.Create("poisson_generator", 2)            # 3, 4
    second = nest.Create("iaf_psc_alpha", 2)       # 5, 6
    for pre, post in ((first[0], second[0]), (first[1], first[0])):
        nest.Connect(pre, post, syn_spec={"weight": 1.0})
        nest.Connect(pre, post, syn_spec={"synapse_model": "stdp_synapse", "weight": 2.0})
    nest.GetConnections(synapse_model="stdp_synapse").set(weight=7.0)  # every one, unfiltered by node
    nest.GetConnections(synapse_model="static_synapse").set(weight=3.0)
    for pre, post in ((first[0], second[0]), (first[1], first[0])):
        assert nest.GetConnections(pre, post).get("weight") == [3.0, 7.0]
