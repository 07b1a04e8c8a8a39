"""NESTML synapse models installed from Python: the same spikes through a NESTML model and through the
hand-written model it restates give the same weights and currents; NESTML's weight variable name works
beside NEST's ``weight``."""

import pytest

import syncytium as nest

from conftest import ROOT

EXAMPLES = ROOT / "examples" / "nestml"


@pytest.fixture(scope="module")
def models():
    # installed models stay for the process, as NEST's modules do (ResetKernel keeps them)
    stdp = nest.Install(str(EXAMPLES / "stdp_synapse.nestml"))
    tsodyks = nest.Install(str(EXAMPLES / "tsodyks_synapse.nestml"))
    return stdp[0], tsodyks[0]


def test_models_named_like_nests_own_get_nestmls_suffix(models):
    assert models == ("stdp_synapse_nestml", "tsodyks_synapse_nestml")
    assert "stdp_synapse_nestml" in nest.synapse_models
    defaults = nest.GetDefaults("stdp_synapse_nestml")
    assert defaults["w"] == defaults["weight"] == 1.0
    assert defaults["tau_tr_pre"] == 20.0 and defaults["has_delay"]


def test_stdp_weights_equal_nests_stdp_synapse(models):
    nest.set(rng_seed=4)
    drive = nest.Create("poisson_generator", params={"rate": 25.0})
    pre = nest.Create("parrot_neuron", 20)
    post = nest.Create("iaf_psc_alpha", params={"tau_minus": 30.0})
    nest.Connect(drive, pre)
    nest.Connect(nest.Create("poisson_generator", params={"rate": 12000.0}), post, syn_spec={"weight": 30.0})
    common = {"delay": 1.0, "lambda": 0.05, "alpha": 1.1, "mu_plus": 0.5, "mu_minus": 0.5, "Wmax": 90.0}
    nest.Connect(pre, post, syn_spec=dict(common, synapse_model="stdp_synapse", weight=40.0, tau_plus=15.0))
    nest.Connect(pre, post, syn_spec=dict(common, synapse_model="stdp_synapse_nestml", w=40.0, tau_tr_pre=15.0,
                                          tau_tr_post=30.0))
    recorder = nest.Create("spike_recorder")
    nest.Connect(post, recorder)
    nest.Simulate(1000.0)
    assert recorder.n_events > 100
    hand = nest.GetConnections(synapse_model="stdp_synapse").get("weight")
    nestml = nest.GetConnections(synapse_model="stdp_synapse_nestml").get("w")
    assert max(hand) - min(hand) > 1.0  # the rule moved the weights
    assert max(abs(a - b) for a, b in zip(hand, nestml)) < 1e-9


def test_tsodyks_currents_equal_nests_tsodyks_synapse(models):
    times = [10.0, 15.0, 22.0, 60.0, 61.0, 150.0, 152.0, 154.0]
    source = nest.Create("spike_generator", params={"spike_times": times})
    pre = nest.Create("parrot_neuron")
    targets = nest.Create("iaf_psc_exp", 2, params={"V_th": 1000.0})
    nest.Connect(source, pre)
    params = {"delay": 1.0, "U": 0.4, "tau_psc": 3.0, "tau_rec": 200.0, "tau_fac": 40.0, "u": 0.4}
    nest.Connect(pre, targets[0], syn_spec=dict(params, synapse_model="tsodyks_synapse", weight=500.0))
    nest.Connect(pre, targets[1], syn_spec=dict(params, synapse_model="tsodyks_synapse_nestml", weight=500.0))
    meter = nest.Create("multimeter", params={"record_from": ["V_m"], "interval": 0.1})
    nest.Connect(meter, targets)
    nest.Simulate(200.0)
    events = meter.events
    v = {sender: [] for sender in targets.tolist()}
    for sender, value in zip(events["senders"], events["V_m"]):
        v[sender].append(value)
    first, second = (v[n] for n in targets.tolist())
    assert max(first) > -69.0  # the spikes arrive
    assert max(abs(a - b) for a, b in zip(first, second)) < 1e-9
    state = nest.GetConnections(synapse_model="tsodyks_synapse_nestml").get(["x", "u", "weight"])
    assert state["weight"] == 500.0 and 0 < state["x"] < 1 and state["u"] > 0.4


def test_weight_variable_and_weight_are_one_value(models):
    nodes = nest.Create("iaf_psc_alpha", 2)
    nest.Connect(nodes[0], nodes[1], syn_spec={"synapse_model": "stdp_synapse_nestml", "w": 7.0})
    connection = nest.GetConnections(synapse_model="stdp_synapse_nestml")
    assert connection.get(["w", "weight"]) == {"w": 7.0, "weight": 7.0}
    connection.set(w=9.0)
    assert connection.get("weight") == 9.0
    with pytest.raises(nest.kernel.BadProperty, match="'weight' and 'w'"):
        nest.Connect(nodes[0], nodes[1], syn_spec={"synapse_model": "stdp_synapse_nestml", "w": 1.0, "weight": 2.0})
    nest.Connect(nodes[0], nodes[1], syn_spec={"synapse_model": "static_synapse"})
    with pytest.raises(nest.kernel.BadProperty, match="only some of these connections' models"):
        nest.GetConnections().set(w=1.0)
    assert nest.GetConnections().get("w") == [None, 9.0] or nest.GetConnections().get("w") == [9.0, None]


def test_a_parameter_constraint_of_the_file_is_checked_at_connect(models):
    nodes = nest.Create("iaf_psc_alpha", 2)
    with pytest.raises(nest.kernel.BadProperty, match=r"Wmax = -3.0 breaks the constraint .*stdp_synapse.nestml:\d+"):
        nest.Connect(nodes[0], nodes[1], syn_spec={"synapse_model": "stdp_synapse_nestml", "Wmax": -3.0})
    # [[w >= 0]] guards a state variable, which NESTML's NEST target does not check (nor does this)
    nest.Connect(nodes[0], nodes[1], syn_spec={"synapse_model": "stdp_synapse_nestml", "weight": -1.0})
    assert nest.GetConnections().get("weight") == -1.0


def test_a_synapse_the_engine_cannot_take_names_file_and_line(tmp_path):
    bad = tmp_path / "dopamine_synapse.nestml"
    bad.write_text("model dopamine_synapse:\n    state:\n        w real = 1\n    input:\n"
                   "        pre_spikes <- spike\n        dopa_spikes <- spike\n"
                   "    onReceive(pre_spikes):\n        emit_spike(w)\n")
    with pytest.raises(nest.kernel.NESTError, match="dopamine_synapse.nestml:6: a second presynaptic spike port"):
        nest.Install(str(bad))
