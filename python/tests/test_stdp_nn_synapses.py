"""stdp_nn_symm_synapse, stdp_nn_pre_centered_synapse and stdp_nn_restr_synapse against NEST 3.10,
the same script on both (2026-12-05, NEST built by benchmarks/nest/build_nest.sh with the three
models): fixed trains, many presynaptic spikes doubled through spike_multiplicities, into parrots."""

import numpy
import pytest

import syncytium as nest

# NEST 3.10: (recorded weights, their sum, their minimum, final weight[, final Kplus])
NEST = {
    "stdp_nn_symm_synapse": (91, 33.203188694544, 0.240648078165, 0.336605384713),
    "stdp_nn_pre_centered_synapse": (91, 47.167735467697, 0.411490577819, 0.441797315428, 4.221807267877),
    "stdp_nn_restr_synapse": (91, 47.445861435961, 0.495210435021, 0.533787682296),
}


@pytest.mark.parametrize("model", sorted(NEST))
def test_weights_match_nest(model):
    rng = numpy.random.default_rng(7)
    pre_t = numpy.unique(numpy.round(numpy.sort(rng.uniform(1, 900, 60)), 1))
    post_t = numpy.unique(numpy.round(numpy.sort(rng.uniform(1, 900, 60)), 1))
    pre_m = rng.integers(1, 3, len(pre_t))
    nest.ResetKernel()
    nest.resolution = 0.1
    g = nest.Create("spike_generator", 2, params=({"spike_times": pre_t, "spike_multiplicities": pre_m},
                                                  {"spike_times": post_t}))
    pre, post = nest.Create("parrot_neuron", 2, params={"tau_minus": 33.7})
    wr = nest.Create("weight_recorder")
    nest.CopyModel(model, "rec", {"weight_recorder": wr})
    nest.Connect(g[0], pre)
    nest.Connect(g[1], post)
    nest.Connect(pre, post, syn_spec={"synapse_model": "rec", "receptor_type": 1, "delay": 0.3, "lambda": 0.05,
                                      "alpha": 0.85, "mu_plus": 0.4, "mu_minus": 0.6, "tau_plus": 16.8,
                                      "Wmax": 1.0, "weight": 0.5})
    nest.Simulate(1000.0)
    c = nest.GetConnections(synapse_model="rec")
    w = wr.events["weights"]
    expected = NEST[model]
    assert len(w) == expected[0]
    assert w.sum() == pytest.approx(expected[1], abs=1e-10)
    assert w.min() == pytest.approx(expected[2], abs=1e-12)
    assert c.weight == pytest.approx(expected[3], abs=1e-12)
    if len(expected) > 4:
        assert c.Kplus == pytest.approx(expected[4], abs=1e-12)
    with pytest.raises(nest.kernel.BadProperty, match="same sign"):
        nest.Connect(pre, post, syn_spec={"synapse_model": model, "weight": -1.0})
