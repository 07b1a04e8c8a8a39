"""NEST 3.10's aeif_cond_alpha_multisynapse and aeif_cond_beta_multisynapse, the same script with NEST
or with Syncytium: per model two neurons with four and two receptors (reversal potentials above and
below rest; the second neuron's lists set after creation), a spike_generator train into every
receptor, I_e, a dc_generator on one neuron, V_m, w and every g_k recorded each step; prints one line
per sample and the spikes, so that the two outputs compare line by line.

    PYTHONPATH=$NEST_PYTHONPATH python3 benchmarks/nest/aeif_multisynapse_nest.py > nest.txt
    PYTHONPATH=python python3 benchmarks/nest/aeif_multisynapse_nest.py --syncytium > here.txt
"""

import sys

import numpy as np

if "--syncytium" in sys.argv:
    import syncytium as nest
else:
    import nest
    nest.set_verbosity("M_ERROR")

nest.ResetKernel()
nest.resolution = 0.1
rng = np.random.default_rng(3)
for model, lists in (("aeif_cond_beta_multisynapse",
                      [{"E_rev": [0.0, 0.0, -85.0, -20.0], "tau_rise": [0.2, 1.0, 2.0, 0.5],
                        "tau_decay": [2.0, 5.0, 12.0, 0.5]},
                       {"E_rev": [0.0, -80.0], "tau_rise": [1.0, 3.0], "tau_decay": [3.0, 9.0]}]),
                     ("aeif_cond_alpha_multisynapse",
                      [{"E_rev": [0.0, 0.0, -85.0, -20.0], "tau_syn": [0.2, 1.0, 6.0, 0.5]},
                       {"E_rev": [0.0, -80.0], "tau_syn": [1.0, 3.0]}])):
    n = nest.Create(model, 2, params=dict(lists[0], I_e=300.0))
    n[1].set(dict(lists[1], I_e=150.0, t_ref=2.0, V_m=-60.0))
    for i in range(2):
        for r in range(1, len(lists[i]["E_rev"]) + 1):
            times = np.unique(np.round(np.sort(rng.uniform(1, 300, 120)), 1))
            sg = nest.Create("spike_generator", params={"spike_times": times})
            nest.Connect(sg, n[i], syn_spec={"weight": float(rng.uniform(1, 8)), "delay": 1.0, "receptor_type": r})
    dc = nest.Create("dc_generator", params={"amplitude": 200.0, "start": 40.0, "stop": 220.0})
    nest.Connect(dc, n[0])
    for i in range(2):
        mm = nest.Create("multimeter", {"record_from": ["V_m", "w"] + ["g_%d" % k for k in
                                                                        range(1, len(lists[i]["E_rev"]) + 1)],
                                        "interval": 0.1})
        nest.Connect(mm, n[i])
    sr = nest.Create("spike_recorder")
    nest.Connect(n, sr)
    print("n_receptors", model, " ".join(str(x) for x in n.get("n_receptors")))

nest.Simulate(300.0)
for mm in nest.GetNodes({"model": "multimeter"}):
    e = mm.events
    names = [k for k in mm.record_from]
    rows = sorted(zip(e["senders"], e["times"], *[e[k] for k in names]), key=lambda x: (x[1], x[0]))
    for row in rows:
        for k, name in enumerate(names):
            print("%s %d %.1f %.15e" % (name, row[0], row[1], row[2 + k]))
for sr in nest.GetNodes({"model": "spike_recorder"}):
    for s, t in sorted(zip(sr.events["senders"], sr.events["times"]), key=lambda x: (x[1], x[0])):
        print("spike %d %.1f" % (s, t))
