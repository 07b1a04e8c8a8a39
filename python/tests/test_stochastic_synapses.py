"""bernoulli_synapse and quantal_stp_synapse: spikes pass at random, drawn from the stream of each
connection's target, so results follow rng_seed and not the number of threads; a spike that fails is
neither delivered nor recorded (NEST's own tests of both models pass too: docs/reference-plugins.md)."""

import numpy
import pytest

import syncytium as nest


@pytest.fixture(autouse=True)
def reset():
    nest.ResetKernel()


def bernoulli_run(p, threads=1, seed=5, n_spikes=400):
    nest.ResetKernel()
    nest.local_num_threads = threads
    nest.rng_seed = seed
    sg = nest.Create("spike_generator", params={"spike_times": numpy.arange(1.0, n_spikes + 1.0)})
    pre = nest.Create("parrot_neuron")
    post = nest.Create("parrot_neuron", 3)
    sr = nest.Create("spike_recorder")
    wr = nest.Create("weight_recorder")
    nest.CopyModel("bernoulli_synapse", "recorded", {"weight_recorder": wr})
    nest.Connect(sg, pre)
    nest.Connect(pre, post, syn_spec={"synapse_model": "recorded", "p_transmit": p, "weight": 2.0})
    nest.Connect(post, sr)
    nest.Simulate(n_spikes + 3.0)
    return sr.events, wr.events


def test_bernoulli_transmits_a_binomial_share_and_records_only_what_passed():
    spikes, weights = bernoulli_run(0.25)
    n = 3 * 400
    assert abs(len(spikes["times"]) - 0.25 * n) <= 3 * (n * 0.25 * 0.75) ** 0.5
    assert len(weights["times"]) == len(spikes["times"])  # a failed spike is not recorded
    assert set(weights["weights"]) == {2.0}
    assert sorted(zip(weights["times"] + 1.0, weights["targets"])) == sorted(zip(spikes["times"], spikes["senders"]))


def test_bernoulli_draws_follow_the_seed_not_the_threads():
    one, _ = bernoulli_run(0.5, threads=1)
    two, _ = bernoulli_run(0.5, threads=2)
    assert sorted(zip(one["times"], one["senders"])) == sorted(zip(two["times"], two["senders"]))
    other, _ = bernoulli_run(0.5, seed=6)
    assert sorted(zip(one["times"], one["senders"])) != sorted(zip(other["times"], other["senders"]))
    assert len(bernoulli_run(1.0, n_spikes=50)[0]["times"]) == 150
    assert len(bernoulli_run(0.0, n_spikes=50)[0]["times"]) == 0


def test_quantal_release_averages_to_tsodyks2():
    # NEST's test_quantal_stp_synapse in small: the mean response over trials approaches the
    # deterministic model's, and each spike carries a whole number of sites
    nest.ResetKernel()
    nest.rng_seed = 3
    fac = {"U": 0.03, "u": 0.03, "tau_fac": 500.0, "tau_rec": 200.0, "weight": 1.0}
    sg = nest.Create("spike_generator", params={"spike_times": [30.0 * k for k in range(1, 14)] + [900.0]})
    parrot = nest.Create("parrot_neuron")
    neurons = nest.Create("iaf_psc_exp", 2, params={"tau_syn_ex": 3.0, "tau_m": 70.0})
    wr = nest.Create("weight_recorder")
    nest.CopyModel("quantal_stp_synapse", "quantal", {"weight_recorder": wr})
    nest.Connect(sg, parrot)
    nest.Connect(parrot, neurons[:1], syn_spec={"synapse_model": "tsodyks2_synapse", **fac})
    nest.Connect(parrot, neurons[1:], syn_spec={"synapse_model": "quantal", **fac, "n": 12, "weight": 1.0 / 12})
    nest.Simulate(1500.0)
    vm = nest.Create("voltmeter", 2)
    nest.Connect(vm[:1], neurons[:1])
    nest.Connect(vm[1:], neurons[1:])
    trials = 40
    for _ in range(trials):
        sg.origin = nest.biological_time
        nest.Simulate(1500.0)
    nest.Simulate(0.1)
    quantal = numpy.array(vm[1].events["V_m"]).reshape(trials, -1).mean(axis=0)
    reference = numpy.array(vm[0].events["V_m"]).reshape(trials, -1).mean(axis=0)
    assert numpy.max(numpy.abs(quantal - reference)) < 1.5e-3
    sites = numpy.array(wr.events["weights"]) * 12
    assert len(sites) > 0 and numpy.allclose(sites, numpy.round(sites)) and sites.min() >= 1
    listed = nest.GetConnections(synapse_model="quantal").get(["n", "a", "u"])
    assert listed["n"] == 12 and 0 <= listed["a"] <= 12


def test_bad_values_are_refused_with_nests_rules():
    a, b = nest.Create("parrot_neuron", 2)
    with pytest.raises(nest.kernel.BadProperty, match="Spike transmission probability must be in"):
        nest.Connect(a, b, syn_spec={"synapse_model": "bernoulli_synapse", "p_transmit": 1.1})
    with pytest.raises(nest.kernel.BadProperty, match="whole number"):
        nest.Connect(a, b, syn_spec={"synapse_model": "quantal_stp_synapse", "n": 2.5})
    with pytest.raises(nest.kernel.BadProperty, match="tau_rec"):
        nest.SetDefaults("quantal_stp_synapse", {"tau_rec": 0.0})
    assert nest.GetKernelStatus("num_connections") == 0
