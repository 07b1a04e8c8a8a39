"""PyNEST's GetNodes, PrintNodes and the kernel's local_spike_counter against NEST 3.10, run with the
same script (2026-12-03, NEST built by benchmarks/nest/build_nest.sh into install-dev2): five
iaf_psc_alpha under I_e, a Poisson and a spike generator, two parrots (one fed twice per spike). NEST's
printed output is below."""

import pytest

import syncytium as nest

NEST_PRINT_NODES = """ 1 ..  5 iaf_psc_alpha
 6       poisson_generator
 7       spike_generator
 8 ..  9 parrot_neuron
10       spike_recorder
"""


def _network():
    nest.ResetKernel()
    nest.resolution = 0.1
    n = nest.Create("iaf_psc_alpha", 5, params={"I_e": 450.0})
    pg = nest.Create("poisson_generator", params={"rate": 2000.0})
    sg = nest.Create("spike_generator", params={"spike_times": [1.0, 2.0, 3.0]})
    p = nest.Create("parrot_neuron", 2)
    sr = nest.Create("spike_recorder")
    nest.Connect(pg, n[0], syn_spec={"weight": 0.1})
    nest.Connect(sg, p, syn_spec={"weight": 1.0})
    nest.Connect(sg, p[0], syn_spec={"weight": 1.0})
    nest.Connect(n + p, sr)
    return sr


def test_local_spike_counter_counts_the_neurons_spikes_of_the_latest_run_as_nest():
    sr = _network()
    assert nest.GetKernelStatus("local_spike_counter") == 0
    nest.Simulate(50.0)
    # NEST: 19, 10 and 5; the generators' own spikes do not count, a parrot's multiplicity does
    assert (nest.GetKernelStatus("local_spike_counter"), sr.n_events) == (19, 19)
    nest.Simulate(30.0)
    assert (nest.local_spike_counter, sr.n_events) == (10, 29)
    nest.Prepare()
    nest.Run(10.0)
    nest.Run(10.0)
    nest.Cleanup()
    assert (nest.GetKernelStatus("local_spike_counter"), sr.n_events) == (5, 34)
    nest.Simulate(0.0)  # NEST keeps the count of the last Run that advanced time
    assert nest.local_spike_counter == 5
    assert nest.GetKernelStatus(["prepared", "to_do"]) == (False, 0)


def test_a_run_in_many_pieces_counts_all_of_them():
    nest.ResetKernel()
    nest.resolution = 0.1
    n = nest.Create("iaf_psc_alpha", 20, params={"I_e": 500.0})
    sr = nest.Create("spike_recorder")
    nest.Connect(n, sr)
    nest.Connect(n[0], n[1], syn_spec={"delay": 0.1})  # min_delay one step: Python runs many pieces
    nest.Simulate(400.0)
    assert sr.n_events > 100
    assert nest.local_spike_counter == sr.n_events


def test_print_nodes_prints_nests_columns(capsys):
    _network()
    nest.PrintNodes()
    assert capsys.readouterr().out == NEST_PRINT_NODES
    nest.ResetKernel()
    nest.Create("iaf_psc_alpha", 12)
    nest.Create("iaf_psc_alpha", 3)
    nest.Create("spike_recorder")
    nest.PrintNodes()
    assert capsys.readouterr().out == " 1 .. 15 iaf_psc_alpha\n16       spike_recorder\n"


def test_get_nodes_selects_by_exact_entries_as_nest():
    _network()
    assert nest.GetNodes({"model": "parrot_neuron"}).tolist() == [8, 9]
    assert nest.GetNodes({"I_e": 450.0}).tolist() == [1, 2, 3, 4, 5]
    assert nest.GetNodes({"model": "iaf_psc_alpha", "I_e": 450.0}).tolist() == [1, 2, 3, 4, 5]
    assert nest.GetNodes({"V_th": 1.0}).tolist() == []
    assert len(nest.GetNodes()) == 10
    assert nest.GetNodes(local_only=True).tolist() == list(range(1, 11))
    assert len(nest.GetNodes({"model": "nothing"})) == 0
    nest.NodeCollection([3]).set(I_e=100.0)
    assert nest.GetNodes({"I_e": 450.0}).tolist() == [1, 2, 4, 5]
    assert nest.GetNodes({"spike_times": [1.0, 2.0, 3.0]}).tolist() == [7]


def test_kernel_status_lists_models_and_rules():
    nest.ResetKernel()
    status = nest.GetKernelStatus()
    assert "iaf_psc_alpha" in status["node_models"] and "static_synapse" in status["synapse_models"]
    assert "fixed_indegree" in status["connection_rules"]
    # NEST's memory_size: the process's VmSize in kB (here Python with its JVM), as hpc_benchmark.py logs it
    assert isinstance(nest.memory_size, int) and nest.memory_size > 100_000
    nest.CopyModel("iaf_psc_alpha", "my_iaf")
    assert "my_iaf" in nest.GetKernelStatus("node_models")
    n = nest.Create("iaf_psc_alpha", 2)
    nest.Connect(n[0], n[1])
    assert nest.num_connections == 1


def test_message_prints_at_or_above_the_verbosity_as_nest(capsys):
    nest.set_verbosity("M_INFO")
    nest.message("Creating excitatory population.")
    nest.message("a warning", nest.VerbosityLevel.WARNING)
    nest.message("an error", nest.VerbosityLevel.ERROR)
    out, err = capsys.readouterr()
    # NEST 3.10: "[INFO] [2026-12-03 16:25:01] Creating excitatory population.", errors on stderr
    lines = out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("[INFO] [") and lines[0].endswith("] Creating excitatory population.")
    assert lines[1].startswith("[WARNING] [") and err.startswith("[ERROR] [") and err.rstrip().endswith("an error")
    nest.set_verbosity("M_ERROR")
    nest.message("hidden")
    nest.message("shown", nest.VerbosityLevel.FATAL)
    out, err = capsys.readouterr()
    assert out == "" and "[FATAL]" in err
    nest.set_verbosity("M_ALL")
    nest.message("where")
    assert "test_nest_node_queries.py:" in capsys.readouterr().out
    nest.set_verbosity("M_INFO")
