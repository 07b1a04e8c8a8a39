"""Gap junctions: inhibitory network (NEST's gallery example, run by Syncytium).

500 Hodgkin-Huxley neurons (hh_psc_alpha_gap) driven by a 500 Hz Poisson source, coupled by
sparse inhibition (50 inputs each) and by 15,000 gap junctions solved with waveform relaxation.
At gap_weight 0.3 nS the network stays asynchronous; at 0.54 nS it switches between asynchronous
and synchronous firing; at 0.7 nS it synchronises (Hahne et al. 2015, Front. Neuroinform., test
case 2).

This is the PyNEST script with one change: the import line. Run it with

    PYTHONPATH=python /usr/bin/python3 examples/python/gap_junctions_inhibitory.py

SIMTIME (ms) in the environment shortens the run, e.g. SIMTIME=51 for a quick look.
"""

import os

import matplotlib.pyplot as plt
import numpy

import syncytium as nest

# Network and simulation parameters, as in NEST's script.
n_neuron = 500
gap_per_neuron = 60
inh_per_neuron = 50
delay = 1.0
j_exc = 300.0
j_inh = -50.0
threads = 8
stepsize = 0.05
simtime = float(os.environ.get("SIMTIME", 501.0))
gap_weight = 0.3

nest.ResetKernel()

# The gap-junction pairs below are drawn with numpy's generator: seed it for a reproducible network.
numpy.random.seed(1)

# Kernel: step size, virtual processes, progress output, and waveform relaxation for the gap
# junctions (use_wfr = False would exchange voltages every step instead of iterating).
nest.resolution = stepsize
nest.total_num_virtual_procs = threads
nest.print_time = True
nest.use_wfr = True
nest.wfr_comm_interval = 1.0
nest.wfr_tol = 0.0001
nest.wfr_max_iterations = 15
nest.wfr_interpolation_order = 3

neurons = nest.Create("hh_psc_alpha_gap", n_neuron)
sr = nest.Create("spike_recorder")
pg = nest.Create("poisson_generator", params={"rate": 500.0})

# Inhibition: every neuron gets inh_per_neuron inputs from randomly chosen other neurons (no
# self-connections, repeats allowed), each of j_inh pA after delay ms.
conn_dict = {"rule": "fixed_indegree", "indegree": inh_per_neuron,
             "allow_autapses": False, "allow_multapses": True}
syn_dict = {"synapse_model": "static_synapse", "weight": j_inh, "delay": delay}
nest.Connect(neurons, neurons, conn_dict, syn_dict)

# Excitation: the Poisson source drives every neuron with j_exc pA.
nest.Connect(pg, neurons, "all_to_all",
             syn_spec={"synapse_model": "static_synapse", "weight": j_exc, "delay": delay})

# Record every spike, and start each neuron at a random membrane potential in [-80, -40) mV.
nest.Connect(neurons, sr)
neurons.V_m = nest.random.uniform(min=-80.0, max=-40.0)

# Gap junctions: n_neuron * gap_per_neuron / 2 random pairs, each connected in both directions
# (make_symmetric), which gives every neuron gap_per_neuron junctions on average. Degree-based
# rules cannot be used here, since a gap junction must exist in both directions.
n_connection = int(n_neuron * gap_per_neuron / 2)
neuron_list = neurons.tolist()
connections = numpy.random.choice(neuron_list, [n_connection, 2])

for source_node_id, target_node_id in connections:
    nest.Connect(nest.NodeCollection([source_node_id]),
                 nest.NodeCollection([target_node_id]),
                 {"rule": "one_to_one", "make_symmetric": True},
                 {"synapse_model": "gap_junction", "weight": gap_weight})

nest.Simulate(simtime)

# Raster plot of the recorded spikes, titled with the mean rate.
times = sr.get("events", "times")
spikes = sr.get("events", "senders")
n_spikes = sr.n_events

hz_rate = (1000.0 * n_spikes / simtime) / n_neuron

plt.figure(1)
plt.plot(times, spikes, "o")
plt.title(f"Average spike rate (Hz): {hz_rate:.2f}")
plt.xlabel("time (ms)")
plt.ylabel("neuron no")
plt.show()
