"""NEST's iaf_psc_exp against NESTML's iaf_psc_exp_neuron.nestml run here: three neurons (I_e 120 and
300 pA, one with a dc_generator from 50 to 250 ms), one excitatory and one inhibitory spike_generator
train into each, V_m recorded every step; prints one line per sample and the spikes, so that the two
outputs can be compared line by line.

    PYTHONPATH=$NEST_PYTHONPATH python3 benchmarks/nest/iaf_psc_exp_nestml.py > nest.txt
    PYTHONPATH=python python3 benchmarks/nest/iaf_psc_exp_nestml.py NESTML/models/neurons/iaf_psc_exp_neuron.nestml > here.txt

NEST's parameter names differ from NESTML's: tau_syn_ex / tau_syn_in / t_ref there are
tau_syn_exc / tau_syn_inh / refr_T in the NESTML file.
"""

import sys

import numpy as np

NESTML_FILE = sys.argv[1] if len(sys.argv) > 1 else None
if NESTML_FILE:
    import syncytium as nest
else:
    import nest
    nest.set_verbosity("M_ERROR")

nest.ResetKernel()
nest.resolution = 0.1
if NESTML_FILE:
    (model,) = nest.Install(NESTML_FILE)
    names = {"tau_ex": "tau_syn_exc", "tau_in": "tau_syn_inh", "t_ref": "refr_T"}
else:
    model = "iaf_psc_exp"
    names = {"tau_ex": "tau_syn_ex", "tau_in": "tau_syn_in", "t_ref": "t_ref"}
rng = np.random.default_rng(7)
n = nest.Create(model, 3)
n.set({names["tau_ex"]: 1.5, names["tau_in"]: 4.0, names["t_ref"]: 2.0, "I_e": 120.0})
n[1].set({"I_e": 300.0})
ex = np.unique(np.round(np.sort(rng.uniform(1, 400, 800)), 1))
inh = np.unique(np.round(np.sort(rng.uniform(1, 400, 300)), 1))
sge = nest.Create("spike_generator", params={"spike_times": ex})
sgi = nest.Create("spike_generator", params={"spike_times": inh})
nest.Connect(sge, n, syn_spec={"weight": 180.0, "delay": 1.0})
nest.Connect(sgi, n, syn_spec={"weight": -150.0, "delay": 1.0})
dc = nest.Create("dc_generator", params={"amplitude": 80.0, "start": 50.0, "stop": 250.0})
nest.Connect(dc, n[2])
mm = nest.Create("multimeter", {"record_from": ["V_m"], "interval": 0.1})
nest.Connect(mm, n)
sr = nest.Create("spike_recorder")
nest.Connect(n, sr)
nest.Simulate(400.0)
e = mm.events
for s, t, v in sorted(zip(e["senders"], e["times"], e["V_m"]), key=lambda x: (x[1], x[0])):
    print("V_m %d %.1f %.15e" % (s, t, v))
for s, t in sorted(zip(sr.events["senders"], sr.events["times"]), key=lambda x: (x[1], x[0])):
    print("spike %d %.1f" % (s, t))
