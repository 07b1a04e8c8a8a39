"""NEST's stdp_triplet_synapse against NESTML's stdp_triplet_synapse.nestml run here: 20 parrots with
fixed random trains (every fourth spike of the first meeting a target spike at exactly t_pre - d) into
one parrot (receptor 1: it does not repeat them) with its own train; prints the 20 final weights.

    PYTHONPATH=$NEST_PYTHONPATH python3 benchmarks/nest/stdp_triplet_nestml.py > nest.txt
    PYTHONPATH=python python3 benchmarks/nest/stdp_triplet_nestml.py NESTML/models/synapses/stdp_triplet_synapse.nestml > here.txt

NEST needs a build with the model (build_nest.sh with NEST_MODELS naming stdp_triplet_synapse,
parrot_neuron, spike_generator and static_synapse). The parameters map one to one: NEST's tau_plus,
tau_plus_triplet, the target's tau_minus and tau_minus_triplet are NESTML's tau_plus, tau_x,
tau_minus and tau_y; Aplus, Aplus_triplet, Aminus, Aminus_triplet are A2_plus, A3_plus, A2_minus,
A3_minus.
"""

import sys

import numpy as np

NESTML_FILE = sys.argv[1] if len(sys.argv) > 1 else None
if NESTML_FILE:
    import syncytium as nest
else:
    import nest
    nest.set_verbosity("M_ERROR")

rng = np.random.default_rng(12)


def train(rate, duration=5000.0):
    t = np.cumsum(rng.exponential(1000.0 / rate, int(rate * duration / 1000 * 2) + 20))
    t = np.unique(np.round(t[t < duration], 1))
    return [float(x) for x in t if x >= 0.1]


pre_trains = [train(15.0) for _ in range(20)]
post_train = sorted(set(train(12.0)) | {round(t - 1.0, 1) for t in pre_trains[0][::4] if t > 1.5})

pre = nest.Create("parrot_neuron", 20)
post = nest.Create("parrot_neuron", params={"tau_minus": 33.7} if NESTML_FILE else
                   {"tau_minus": 33.7, "tau_minus_triplet": 125.0})
for k in range(20):
    nest.Connect(nest.Create("spike_generator", params={"spike_times": pre_trains[k]}), pre[k])
nest.Connect(nest.Create("spike_generator", params={"spike_times": post_train}), post)
if NESTML_FILE:
    spec = {"synapse_model": nest.Install(NESTML_FILE)[0], "w": 1.0, "tau_plus": 16.8, "tau_x": 101.0,
            "tau_minus": 33.7, "tau_y": 125.0, "A2_plus": 0.01, "A3_plus": 0.02, "A2_minus": 0.012,
            "A3_minus": 0.001}
else:
    spec = {"synapse_model": "stdp_triplet_synapse", "weight": 1.0, "tau_plus": 16.8, "tau_plus_triplet": 101.0,
            "Aplus": 0.01, "Aplus_triplet": 0.02, "Aminus": 0.012, "Aminus_triplet": 0.001}
spec.update({"delay": 1.0, "receptor_type": 1, "Wmax": 5.0})
nest.Connect(pre, post, syn_spec=spec)
nest.Simulate(5100.0)
for w in nest.GetConnections(synapse_model=spec["synapse_model"]).get("weight"):
    print("%.15g" % w)
