"""iaf_psc_exp_multisynapse and iaf_psc_alpha_multisynapse against NEST 3.10, the same script on both
(2026-12-05, NEST built by benchmarks/nest/build_nest.sh with these models): two neurons, three and
two receptors (the second neuron's list set after creation, with E_L and V_m), spike_generator trains
into each receptor with both signs of weight, I_e on the first; V_m, I_syn and I_syn_2 every 0.1 ms,
spikes. benchmarks/nest/multisynapse_nest.py compares longer traces of every receptor."""

import numpy
import pytest

import syncytium as nest

# NEST 3.10's spikes (time, sender) and, per (sender, recordable), the values at TIMES
NEST = {
    'iaf_psc_exp_multisynapse': ([(29.5, 1)], {(1, 'V_m'): [-64.15579182252323, -60.230330976366815, -56.9633600311991, -67.24167037455355, -59.23065243661516, -56.87377641139295], (1, 'I_syn'): [-115.42109027781646, 205.75542799200315, -61.29573864712334, 92.24586025092468, -21.378918331817264, 3.2950702138930077], (1, 'I_syn_2'): [-120.0, -7.123727848689771, -84.62736304502651, -0.29767816912745987, -41.99352591420999, -0.028368255062156424], (2, 'V_m'): [-61.79981111209165, -66.18451313825977, -66.06982796294558, -65.39462298760529, -66.88664498266144, -66.0903244482298], (2, 'I_syn'): [-245.865886705355, 247.89186861699793, -240.0435484881976, 60.56699659476559, -149.09906592768968, -1.1479172974994656], (2, 'I_syn_2'): [-300.0, -57.420298090746634, -240.06880515189155, -5.552559006367734, -149.09980616817222, -1.1479172978372763]}),
    'iaf_psc_alpha_multisynapse': ([(30.0, 1), (49.2, 1)], {(1, 'V_m'): [-63.383839768980714, -61.74200312648321, -56.157823134226334, -67.20838809615775, -55.12707642056288, -61.4161715555258], (1, 'I_syn'): [49.7870683678639, 194.33997535905826, 3.7210581266522667, 280.5613198687241, 12.534284381247517, 37.191798254504874], (1, 'I_syn_2'): [0.0, -67.95815626254847, -81.89859434907436, -4.859908021419544, -119.88660112443759, -0.6439123070417788], (2, 'V_m'): [-60.49695461297785, -68.93681195553029, -67.87969388884598, -68.91189480675594, -67.46453228660317, -69.06059888201875], (2, 'I_syn'): [294.3035529371534, -30.711178214582617, -187.2523026400772, 262.31845730996287, -286.0959201115223, -17.388618198504336], (2, 'I_syn_2'): [0.0, -365.71728089821244, -187.92537016856556, -61.19841478114535, -286.1224809174369, -17.388618224032093]}),
}
TIMES = [5.0, 12.3, 21.7, 33.0, 44.4, 59.0]


def run(model):
    nest.ResetKernel()
    nest.resolution = 0.1
    n = nest.Create(model, 2, params={"tau_syn": [0.5, 2.0, 8.0], "I_e": 300.0, "C_m": 220.0})
    n[1].set(tau_syn=[1.0, 3.0], I_e=0.0, V_m=-62.0, E_L=-65.0)
    trains = [[2.0, 7.5, 11.0, 30.2], [4.0, 4.5, 20.0, 41.3], [9.9, 25.0, 26.0]]
    weights = [[250.0, -120.0, 90.0], [400.0, -300.0]]
    for i in range(2):
        for r, w in enumerate(weights[i]):
            sg = nest.Create("spike_generator", params={"spike_times": trains[r]})
            nest.Connect(sg, n[i], syn_spec={"weight": w, "delay": 1.0, "receptor_type": r + 1})
    mm = nest.Create("multimeter", params={"record_from": ["V_m", "I_syn", "I_syn_2"], "interval": 0.1})
    nest.Connect(mm, n)
    sr = nest.Create("spike_recorder")
    nest.Connect(n, sr)
    nest.Simulate(60.0)
    return n, mm.events, sr.events


@pytest.mark.parametrize("model", sorted(NEST))
def test_traces_and_spikes_match_nest(model):
    n, e, spikes = run(model)
    expected_spikes, expected = NEST[model]
    assert [(round(float(t), 4), int(s)) for t, s in zip(spikes["times"], spikes["senders"])] == expected_spikes
    assert list(n.get("n_synapses")) == [3, 2]
    assert list(n.get("has_connections")) == [True, True]
    for (sender, key), values in expected.items():
        mine = e["senders"] == sender
        at = [e[key][mine][numpy.abs(e["times"][mine] - t) < 1e-9][0] for t in TIMES]
        numpy.testing.assert_allclose(at, values, rtol=0, atol=1e-11, err_msg=f"{key} of node {sender}")


def test_receptors_are_numbered_per_neuron_as_nest():
    nest.ResetKernel()
    a = nest.Create("iaf_psc_alpha")
    b = nest.Create("iaf_psc_exp_multisynapse", params={"tau_syn": [0.1, 0.2, 0.3]})
    assert b.n_synapses == 3 and not b.has_connections
    nest.Connect(a, b, syn_spec={"receptor_type": 3})
    assert b.has_connections
    for receptor in (0, 4):
        # NEST's error for a receptor a multisynapse neuron lacks (an UnknownReceptorType here too)
        with pytest.raises(nest.NESTErrors.IncompatibleReceptorType, match=f"receptor type {receptor}"):
            nest.Connect(a, b, syn_spec={"receptor_type": receptor})
    with pytest.raises(nest.NESTErrors.UnknownReceptorType) as refused:
        nest.Connect(b, a, syn_spec={"receptor_type": 1})  # iaf_psc_alpha has receptor 0 only
    assert not isinstance(refused.value, nest.NESTErrors.IncompatibleReceptorType)
    assert nest.GetDefaults("static_synapse")["receptor_type"] == 0
    with pytest.raises(nest.NESTError, match="has connections"):
        b.tau_syn = [0.1, 0.2]
    b.tau_syn = [0.4, 0.5, 0.6]  # the same number of receptors: allowed
    with pytest.raises(nest.NESTError, match="read-only"):
        b.n_synapses = 5
    with pytest.raises(nest.NESTError, match="tau_m"):
        nest.Create("iaf_psc_exp_multisynapse", params={"tau_syn": [10.0]})
    c = nest.Create("iaf_psc_alpha_multisynapse", 3, params={"tau_syn": [[1.0], [1.0, 2.0], [1.0, 2.0, 3.0]]})
    assert list(c.n_synapses) == [1, 2, 3]
    nest.Connect(a, c[2], syn_spec={"receptor_type": 3})
    with pytest.raises(nest.NESTError, match="receptor type 3"):
        nest.Connect(a, c[0], syn_spec={"receptor_type": 3})


def test_nests_aeif_cond_beta_multisynapse_example_as_nest():
    # NEST 3.10's gallery example aeif_cond_beta_multisynapse.py (one spike reaching four receptors with
    # their own reversal potentials, rise and decay times at 11, 310, 510 and 710 ms); NEST's V_m at these
    # times, printed to 12 digits (2026-12-05; the whole trace of 999 samples was equal to the last bit)
    nest.ResetKernel()
    neuron = nest.Create("aeif_cond_beta_multisynapse", params={
        "V_peak": 0.0, "a": 4.0, "b": 80.5, "E_rev": [0.0, 0.0, 0.0, -85.0],
        "tau_decay": [50.0, 20.0, 20.0, 20.0], "tau_rise": [10.0, 10.0, 1.0, 1.0]})
    spike = nest.Create("spike_generator", params={"spike_times": [10.0]})
    voltmeter = nest.Create("voltmeter")
    for syn, delay in enumerate([1.0, 300.0, 500.0, 700.0]):
        nest.Connect(spike, neuron, syn_spec={"synapse_model": "static_synapse", "receptor_type": 1 + syn,
                                              "weight": 1.0, "delay": delay})
    nest.Connect(voltmeter, neuron)
    nest.Simulate(1000.0)
    events = voltmeter.events
    times = [10.0, 13.0, 31.0, 61.0, 151.0, 401.0, 999.0]
    at = [events["V_m"][numpy.abs(events["times"] - t) < 1e-9][0] for t in times]
    nest_values = [-70.59994617395, -70.53532323699, -68.84032637231, -68.86559644354, -70.35317313155,
                   -70.49145485583, -70.60061191134]
    numpy.testing.assert_allclose(at, nest_values, rtol=0, atol=1e-9)
    assert neuron.n_receptors == 4 and neuron.has_connections


def test_aeif_multisynapse_lists_follow_nests_rules():
    nest.ResetKernel()
    n = nest.Create("aeif_cond_beta_multisynapse")
    assert n.n_receptors == 1 and list(n.E_rev) == [0.0]
    with pytest.raises(nest.NESTError, match="must be given too"):
        n.E_rev = [0.0, -80.0]  # a new number of receptors needs all three lists
    with pytest.raises(nest.NESTError, match="same length"):
        n.set(E_rev=[0.0, -80.0], tau_rise=[1.0, 2.0], tau_decay=[5.0])
    with pytest.raises(nest.NESTError, match="rise time"):
        n.set(E_rev=[0.0], tau_rise=[5.0], tau_decay=[2.0])
    n.set(E_rev=[0.0, -80.0], tau_rise=[1.0, 2.0], tau_decay=[5.0, 8.0])
    assert n.n_receptors == 2 and list(n.g) == [0.0, 0.0]
    a = nest.Create("aeif_cond_alpha_multisynapse", params={"E_rev": [0.0, -85.0], "tau_syn": [0.5, 3.0]})
    g = nest.Create("spike_generator", params={"spike_times": [1.0]})
    nest.Connect(g, a, syn_spec={"receptor_type": 2, "weight": 2.0})
    with pytest.raises(nest.NESTError, match="has connections"):
        a.set(E_rev=[0.0], tau_syn=[0.5])
    nest.Connect(g, a, syn_spec={"receptor_type": 1, "weight": -1.0})
    with pytest.raises(nest.NESTError, match="positive weights"):
        nest.Simulate(5.0)


def test_a_nodes_recordables_follow_its_receptors():
    # NEST's test_resize_recordables: V_m, I_syn and one current per receptor (aeif: V_m, w, one g each)
    nest.ResetKernel()
    n = nest.Create("iaf_psc_alpha_multisynapse", params={"tau_syn": [5.0, 1.0, 25.0]})
    assert n.recordables == ["I_syn", "I_syn_1", "I_syn_2", "I_syn_3", "V_m"]
    n.set(tau_syn=[5.0, 1.0])
    assert len(n.recordables) == 4
    a = nest.Create("aeif_cond_beta_multisynapse", 2)
    a[1].set(E_rev=[0.0, -80.0], tau_rise=[1.0, 2.0], tau_decay=[5.0, 8.0])
    assert a.recordables == (["V_m", "g_1", "w"], ["V_m", "g_1", "g_2", "w"])
    assert nest.GetDefaults("iaf_psc_alpha")["recordables"] == nest.Create("iaf_psc_alpha").recordables


def _recurrent_spikes(threads):
    """A recurrent network whose slices route tens of thousands of connections onto random receptors
    (so that two threads route in lanes, each for its own neurons) with excitatory and inhibitory
    weights and two delays; returns its spikes."""
    nest.ResetKernel()
    nest.resolution = 0.1
    nest.local_num_threads = threads
    nest.rng_seed = 7
    n = nest.Create("iaf_psc_exp_multisynapse", 2000, params={"tau_syn": [0.5, 2.0, 5.0], "I_e": 200.0})
    drive = nest.Create("poisson_generator", params={"rate": 12000.0})
    nest.Connect(drive, n, syn_spec={"weight": 40.0, "delay": 2.0, "receptor_type": 1})
    receptor = nest.random.uniform_int(3) + 1
    nest.Connect(n[:1600], n, {"rule": "fixed_indegree", "indegree": 160},
                 {"weight": 12.0, "delay": 2.0, "receptor_type": receptor})
    nest.Connect(n[1600:], n, {"rule": "fixed_indegree", "indegree": 40},
                 {"weight": -60.0, "delay": 2.5, "receptor_type": receptor})
    sr = nest.Create("spike_recorder")
    nest.Connect(n, sr)
    nest.Simulate(60.0)
    events = sr.events
    return sorted(zip(events["times"], events["senders"]))


def test_routing_in_lanes_gives_the_spikes_of_one_thread():
    one = _recurrent_spikes(1)
    two = _recurrent_spikes(2)
    assert len(one) > 2000, "the network fired %d spikes" % len(one)
    assert one == two
