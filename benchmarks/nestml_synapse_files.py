"""NESTML's own STDP synapse files against the hand-written models that port NEST's, in one network.

    PYTHONPATH=python python3 benchmarks/nestml_synapse_files.py NESTML/models/synapses [--no-first-spike]

Each file is installed (``Install``) and its model connects the same 30 parrot neurons (Poisson 20 Hz
each, plus one spike at 1 ms so that every connection has passed a spike before its target fires) to
one ``iaf_psc_alpha`` (driven from 500 ms on) beside its NEST counterpart, with the same parameters;
after 3 s the largest weight difference per pair of models is printed. ``--no-first-spike`` leaves
out the spike at 1 ms: then the target may fire before a connection's first presynaptic spike, where
NEST's nearest-neighbour models and NESTML's files state different rules (docs/nestml.md).
"""

import pathlib
import sys

import syncytium as nest

# NESTML file -> NEST's model it restates
PAIRS = {
    "stdp_synapse": "stdp_synapse",
    "stdp_nn_symm_synapse": "stdp_nn_symm_synapse",
    "stdp_nn_pre_centered_synapse": "stdp_nn_pre_centered_synapse",
    "stdp_nn_restr_symm_synapse": "stdp_nn_restr_synapse",
}
TAU_PLUS = 17.0
TAU_MINUS = 25.0


def main(folder, first_spike=True):
    nest.ResetKernel()
    nest.set(rng_seed=3)
    loaded = {name: nest.Install(str(folder / (name + ".nestml")))[0] for name in PAIRS}
    drive = nest.Create("poisson_generator", params={"rate": 20.0})
    pre = nest.Create("parrot_neuron", 30)
    post = nest.Create("iaf_psc_alpha", params={"tau_minus": TAU_MINUS})
    nest.Connect(drive, pre)
    if first_spike:
        nest.Connect(nest.Create("spike_generator", params={"spike_times": [1.0]}), pre)
    nest.Connect(nest.Create("poisson_generator", params={"rate": 12000.0, "start": 500.0}), post,
                 syn_spec={"weight": 30.0})
    common = {"weight": 40.0, "delay": 1.3, "lambda": 0.03, "alpha": 1.2, "mu_plus": 0.5, "mu_minus": 0.5,
              "Wmax": 100.0}
    for name, native in PAIRS.items():
        nest.Connect(pre, post, syn_spec=dict(common, synapse_model=native, tau_plus=TAU_PLUS))
        nest.Connect(pre, post, syn_spec=dict(common, synapse_model=loaded[name], tau_tr_pre=TAU_PLUS,
                                              tau_tr_post=TAU_MINUS))
    nest.Simulate(3000.0)
    print("%-36s %-30s %12s  %s" % ("NESTML file", "NEST model", "max |dw|", "weights"))
    for name, native in PAIRS.items():
        a = nest.GetConnections(synapse_model=native).get("weight")
        b = nest.GetConnections(synapse_model=loaded[name]).get("weight")
        print("%-36s %-30s %12.3g  %.4f..%.4f" % (name + ".nestml", native, max(abs(x - y) for x, y in zip(a, b)),
                                                  min(a), max(a)))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(pathlib.Path(sys.argv[1]), first_spike="--no-first-spike" not in sys.argv[2:])
