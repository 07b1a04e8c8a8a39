"""NEST 3.10's iaf_psc_exp_multisynapse and iaf_psc_alpha_multisynapse, the same script with NEST or
with Syncytium: per model three neurons with receptor lists of different lengths (one of them set
after creation), a spike_generator train into every receptor with positive and negative weights,
I_e, a dc_generator on one neuron, V_m and every I_syn_k recorded each step; prints one line per
sample and the spikes, so that the two outputs compare line by line.

    PYTHONPATH=$NEST_PYTHONPATH python3 benchmarks/nest/multisynapse_nest.py > nest.txt
    PYTHONPATH=python python3 benchmarks/nest/multisynapse_nest.py --syncytium > here.txt

Then for example:  paste nest.txt here.txt | awk '$1 == "V_m" {d = $4 - $8; d = d < 0 ? -d : d;
if (d > m) m = d} END {print m}'
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
rng = np.random.default_rng(11)
lists = [[0.5, 2.0, 8.0], [1.0], [0.2, 0.7, 3.0, 6.0]]
for model in ("iaf_psc_exp_multisynapse", "iaf_psc_alpha_multisynapse"):
    n = nest.Create(model, 3, params={"tau_syn": lists[0], "I_e": 150.0, "t_ref": 1.5})
    n[1].set({"tau_syn": lists[1], "I_e": 330.0, "C_m": 200.0})
    n[2].set({"tau_syn": lists[2], "tau_m": 15.0, "V_reset": -65.0})
    if model == "iaf_psc_alpha_multisynapse":
        n[2].set({"V_min": -72.0})
    for i, taus in enumerate(lists):
        for r in range(1, len(taus) + 1):
            times = np.unique(np.round(np.sort(rng.uniform(1, 300, 150)), 1))
            sg = nest.Create("spike_generator", params={"spike_times": times})
            w = float(rng.choice([-1, 1]) * rng.uniform(60, 220))
            nest.Connect(sg, n[i], syn_spec={"weight": w, "delay": 1.0, "receptor_type": r})
    dc = nest.Create("dc_generator", params={"amplitude": 90.0, "start": 40.0, "stop": 220.0})
    nest.Connect(dc, n[0])
    for i, taus in enumerate(lists):
        mm = nest.Create("multimeter", {"record_from": ["V_m", "I_syn"] + ["I_syn_%d" % k
                                                                           for k in range(1, len(taus) + 1)],
                                        "interval": 0.1})
        nest.Connect(mm, n[i])
    sr = nest.Create("spike_recorder")
    nest.Connect(n, sr)
    print("n_synapses", model, " ".join(str(x) for x in n.get("n_synapses")))

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
