"""What PyNEST scripts commonly do beyond the gallery examples, each checked against what NEST 3.10
printed for the same lines (2026-12-03, NEST built by benchmarks/nest/build_nest.sh with the models
named in docs/python.md)."""

import json
import pathlib
import subprocess
import sys

import numpy
import pytest

import syncytium as nest
from conftest import run_python


def test_plotting_modules_import_the_nest_way():
    # with one line changed (import nest -> import syncytium as nest) the script's other imports work
    result = run_python("import syncytium as nest\nimport nest.raster_plot\nimport nest.voltage_trace\n"
                        "from nest import raster_plot\n"
                        "print(nest.raster_plot.from_device is raster_plot.from_device, nest.__name__)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "syncytium"]


def test_a_generator_recorded_by_a_spike_recorder_repeated_with_origin():
    # NEST's repeated_stimulation.py: 1000 Hz from 100 to 500 ms of each 1000 ms trial, five trials
    pg = nest.Create("poisson_generator", params={"rate": 1000.0, "start": 100.0, "stop": 500.0})
    sr = nest.Create("spike_recorder")
    nest.Connect(pg, sr)
    for _ in range(5):
        pg.origin = nest.biological_time
        nest.Simulate(1000.0)
    times, senders = sr.events["times"], sr.events["senders"]
    assert set(senders.tolist()) == {pg.global_id}
    assert 1800 < len(times) < 2200  # 2000 expected; NEST gave 1,995 with its own streams
    trial_time = times % 1000.0
    assert numpy.all((trial_time > 100.0) & (trial_time <= 500.0))
    assert sr.n_events == len(times)


def test_a_current_generator_cannot_be_recorded_by_a_spike_recorder():
    dc = nest.Create("dc_generator")
    sr = nest.Create("spike_recorder")
    with pytest.raises(nest.kernel.IllegalConnection, match="dc_generator sends none"):
        nest.Connect(dc, sr)


def test_multimeter_samples_of_the_last_interval_appear_in_the_next_run_as_in_nest():
    n = nest.Create("iaf_psc_alpha", 2)
    nest.Connect(n[0], n[1], syn_spec={"delay": 1.0})
    mm = nest.Create("multimeter", params={"record_from": ["V_m"], "interval": 0.5})
    nest.Connect(mm, n[0])
    nest.Simulate(10.0)
    assert len(mm.events["times"]) == mm.n_events == 18 and mm.events["times"][-1] == 9.0  # NEST: 18, 9.0
    nest.Simulate(5.0)
    assert len(mm.events["V_m"]) == 28 and mm.events["times"][-1] == 14.0  # NEST: 28, 14.0
    nest.Simulate(0.3)
    assert mm.events["times"][-1] == 15.0  # NEST: a run that ends inside an interval hides it too


def test_gap_junctions_drawn_by_symmetric_pairwise_bernoulli_and_a_fixed_total_number():
    n = nest.Create("hh_psc_alpha_gap", 100)
    nest.Connect(n, n, {"rule": "symmetric_pairwise_bernoulli", "p": 0.1, "allow_autapses": False,
                        "make_symmetric": True}, {"synapse_model": "gap_junction", "weight": 0.5})
    gaps = nest.GetConnections(synapse_model="gap_junction")
    pairs = list(zip(gaps.source, gaps.target))
    assert sorted(pairs) == sorted((t, s) for s, t in pairs) and all(s != t for s, t in pairs)
    assert 1700 < len(pairs) < 2300  # 2 * 100 * 100 * 0.1 expected (NEST: 4,064 of 4,000 at 200 neurons)
    nest.Connect(n, n, {"rule": "fixed_total_number", "N": 250}, {"weight": -5.0})
    assert len(nest.GetConnections(synapse_model="static_synapse")) == 250
    with pytest.raises(nest.kernel.BadProperty, match="make_symmetric"):
        nest.Connect(n, n, {"rule": "symmetric_pairwise_bernoulli", "p": 0.1, "allow_autapses": False})
    with pytest.raises(nest.kernel.BadProperty, match="multapses"):
        nest.Connect(n, n, {"rule": "fixed_total_number", "N": 5, "allow_multapses": False})
    assert "symmetric_pairwise_bernoulli" in nest.connection_rules


def test_run_manager_prepares_and_cleans_up():
    n = nest.Create("iaf_psc_alpha")
    with nest.RunManager():
        for _ in range(3):
            nest.Run(10.0)
    assert nest.biological_time == 30.0
    with pytest.raises(nest.kernel.KernelException, match="Prepare"):
        nest.Run(10.0)
    assert len(n) == 1


def test_status_shapes_follow_pynest():
    n = nest.Create("iaf_psc_alpha", 2, params={"I_e": 3.0})
    assert nest.GetKernelStatus(["resolution", "rng_seed"]) == (0.1, nest.rng_seed)
    assert nest.GetStatus(n, ["I_e", "global_id"]) == ((3.0, 1), (3.0, 2))
    assert isinstance(nest.node_models, list) and isinstance(nest.synapse_models, list)
    assert isinstance(nest.connection_rules, list) and "one_to_one" in nest.connection_rules
    assert repr(n[1]) == "NodeCollection(metadata=None, model=iaf_psc_alpha, size=1, first=2)"
    # NEST 3.10's text for slices and composites
    more = nest.Create("iaf_psc_alpha", 8)
    indent = "\n" + " " * 15
    assert repr(more[::2]) == ("NodeCollection(metadata=None," + indent
                               + "model=iaf_psc_alpha, size=4, first=3, last=9, step=2)")
    assert repr(n + more[2:4]) == ("NodeCollection(metadata=None," + indent + "model=iaf_psc_alpha, size=2, first=1,"
                                   " last=2;" + indent + "model=iaf_psc_alpha, size=2, first=5, last=6)")
    one = nest.Create("spike_recorder", {"start": 5.0})  # PyNEST: a dict in place of n
    assert len(one) == 1 and one.start == 5.0
    assert n.spatial is None
    assert json.loads(n.get(["I_e", "global_id"], output="json")) == {"I_e": [3.0, 3.0], "global_id": [1, 2]}
    assert json.loads(n[0].get("V_m", output="json")) == n[0].V_m
    with pytest.raises(nest.kernel.BadProperty, match="output"):
        n.get("V_m", output="xml")


def test_recordables_and_synapse_defaults_as_nest_lists_them():
    expected = ["Act_m", "Act_n", "I_syn_ex", "I_syn_in", "Inact_h", "Inact_p", "V_m"]  # NEST 3.10's list
    assert nest.GetDefaults("hh_psc_alpha_gap")["recordables"] == expected
    n = nest.Create("hh_psc_alpha_gap", 2)
    assert n[0].recordables == expected and n.get("recordables") == (expected, expected)
    mm = nest.Create("multimeter", params={"record_from": n[0].recordables})
    nest.Connect(mm, n)
    nest.Simulate(2.0)
    assert set(mm.events) == set(expected) | {"senders", "times"}
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry, match="read-only"):  # NEST's class
        n.recordables = ["V_m"]
    gap = nest.GetDefaults("gap_junction")
    assert (gap["synapse_model"], gap["has_delay"], gap["requires_symmetric"]) == ("gap_junction", False, True)
    assert nest.GetDefaults("static_synapse", ["has_delay", "requires_symmetric"]) == [True, False]  # a list, as NEST's


def test_kernel_set_and_get_functions():
    nest.set(resolution=0.2, rng_seed=4)  # PyNEST 3's nest.set / nest.get
    assert nest.get("resolution") == 0.2 and nest.get("resolution", "rng_seed") == (0.2, 4)
    assert nest.get()["rng_seed"] == 4
    assert "resolution" in dir(nest)


def test_rank_processes_and_local_nodes():
    n = nest.Create("iaf_psc_alpha", 3)
    assert nest.Rank() == 0 and nest.NumProcesses() == 1
    assert nest.GetLocalNodeCollection(n) == n


def test_stopwatches_with_nest_names():
    nest.Create("iaf_psc_alpha", 10)
    assert nest.time_construction_create > 0 and nest.time_construction_connect == 0
    nest.Connect(nest.NodeCollection([1]), nest.NodeCollection([2]))
    assert nest.time_construction_connect > 0
    nest.Simulate(20.0)
    first = nest.time_simulate
    assert first > 0 and nest.GetKernelStatus("time_simulate_cpu") >= 0
    nest.Prepare()  # as NEST: time_simulate counts from the latest Prepare (each Simulate is one)
    assert nest.time_simulate == 0.0
    nest.Run(0.1)
    nest.Cleanup()
    assert 0 < nest.time_simulate
    with pytest.raises(nest.kernel.BadProperty, match="read-only"):
        nest.time_simulate = 1.0
    with pytest.raises(nest.kernel.BadProperty, match="read-only"):
        nest.biological_time = 5.0  # NEST: BadProperty too
    # PyNEST: AttributeError for the attribute, ValueError through SetKernelStatus; ours is all three
    with pytest.raises(AttributeError, match="read-only"):
        nest.network_size = 120
    with pytest.raises(ValueError, match="read-only"):
        nest.SetKernelStatus({"network_size": 120})
    nest.ResetKernel()
    assert nest.time_construction_create == 0


def test_recorder_files_are_not_replaced_unless_overwrite_files(tmp_path):
    mine = tmp_path / "rec-2-0.dat"  # NEST's name: label, node id (2 of 2 nodes), virtual process
    mine.write_text("a user's data\n")
    nest.data_path = str(tmp_path)
    n = nest.Create("iaf_psc_alpha", params={"I_e": 500.0})
    sr = nest.Create("spike_recorder", params={"record_to": "ascii", "label": "rec"})
    nest.Connect(n, sr)
    assert nest.overwrite_files is False
    with pytest.raises(nest.kernel.KernelException, match="overwrite_files"):
        nest.Simulate(50.0)
    assert mine.read_text() == "a user's data\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rec-2-0.dat"]
    nest.overwrite_files = True
    nest.Simulate(50.0)
    nest.ResetKernel()
    assert mine.read_text().splitlines()[2:4][0] == "sender\ttime_ms"
    assert mine.read_text().splitlines()[3].startswith("1\t")


def _small_network(gap_weight, spike_delay=1.0, drive_weight=20.0):
    nest.ResetKernel()
    nest.resolution = 0.05
    n = nest.Create("hh_psc_alpha_gap", 12, params={"I_e": [150.0 + 8 * i for i in range(12)]})
    pg = nest.Create("poisson_generator", params={"rate": 800.0})
    nest.Connect(pg, n, syn_spec={"weight": drive_weight})
    nest.Connect(n[:6], n[6:], {"rule": "one_to_one", "make_symmetric": True},
                 {"synapse_model": "gap_junction", "weight": gap_weight})
    nest.Connect(n[:4], n[4:8], "one_to_one", {"weight": 60.0, "delay": spike_delay})
    sr = nest.Create("spike_recorder")
    nest.Connect(n, sr)
    return sr


def _spikes(sr):
    return list(zip(sr.events["times"].tolist(), sr.events["senders"].tolist()))


def test_changed_connections_run_as_if_made_that_way():
    expected = _small_network(0.5, spike_delay=2.5, drive_weight=35.0)
    nest.Simulate(80.0)
    expected = _spikes(expected)
    sr = _small_network(0.2)
    gaps = nest.GetConnections(synapse_model="gap_junction")
    gaps.set(weight=0.5)
    assert gaps.weight == [0.5] * len(gaps)
    n = nest.NodeCollection(list(range(1, 13)))
    nest.SetStatus(nest.GetConnections(n, n, synapse_model="static_synapse"), {"delay": 2.5})
    drive = nest.GetConnections(nest.NodeCollection([13]))  # the generator's connections
    drive.weight = 35.0
    nest.Simulate(80.0)
    assert _spikes(sr) == expected
    assert nest.GetConnections(synapse_model="gap_junction").weight == [0.5] * 12
    assert nest.GetConnections(nest.NodeCollection([1]), nest.NodeCollection([5])).delay == 2.5


def test_a_change_between_runs_acts_from_then_on():
    sr = _small_network(0.2)
    nest.Simulate(40.0)
    before = _spikes(sr)
    nest.GetConnections(synapse_model="gap_junction").set(weight=1.5)
    nest.Simulate(60.0)
    changed = _spikes(sr)
    unchanged = _small_network(0.2)
    nest.Simulate(100.0)
    assert changed[:len(before)] == before
    assert changed != _spikes(unchanged)


def test_bad_changes_change_nothing():
    _small_network(0.2)
    conns = nest.GetConnections(synapse_model="static_synapse")
    gaps = nest.GetConnections(synapse_model="gap_junction")
    with pytest.raises(nest.kernel.BadDelay):
        conns.set(delay=0.03)  # not a multiple of the resolution
    with pytest.raises(nest.kernel.BadDelay, match="no delay"):
        gaps.set(delay=1.0)
    with pytest.raises(nest.kernel.BadProperty, match="one per connection"):
        gaps.set(weight=[1.0, 2.0])
    with pytest.raises(nest.kernel.BadProperty, match="tau_plus|cannot be changed"):
        conns.set(tau_plus=20.0)
    with pytest.raises(nest.kernel.BadProperty, match="finite"):
        gaps.set(weight=[0.5] * (len(gaps) - 1) + [float("nan")])
    assert nest.GetConnections(synapse_model="gap_junction").weight == [0.2] * 12
    neurons = nest.NodeCollection(list(range(1, 13)))
    assert set(nest.GetConnections(neurons, neurons, synapse_model="static_synapse").delay) == {1.0}


def test_recorders_name_their_files(tmp_path):
    nest.data_path = str(tmp_path)
    n = nest.Create("iaf_psc_alpha", params={"I_e": 500.0})
    mm = nest.Create("multimeter", params={"record_from": ["V_m"], "record_to": "ascii", "label": "my_multimeter"})
    nest.Connect(mm, n)
    # NEST tells the file from Create on (nothing is written before the run)
    assert mm.filenames == [str(tmp_path / "my_multimeter-2-0.dat")] and list(tmp_path.iterdir()) == []
    nest.Simulate(10.0)
    (name,) = mm.filenames
    rows = numpy.loadtxt(name, skiprows=3)  # NEST's layout, readable between runs: flushed after each
    assert rows.shape == (mm.n_events, 3) and name.startswith(str(tmp_path))
    with pytest.raises(nest.kernel.BadProperty, match="read-only"):
        mm.filenames = ["elsewhere.csv"]
    nest.ResetKernel()  # closes the file under its final name
    assert (tmp_path / "my_multimeter-2-0.dat").exists()


def test_open_windows_and_empty_events_read_as_nest_shows_them():
    # NEST shows a stop that was never set as the largest double (scripts compare with it), and an
    # empty events dictionary as float arrays, senders included
    nest.ResetKernel()
    pg = nest.Create("poisson_generator")
    sr = nest.Create("spike_recorder")
    mm = nest.Create("multimeter", params={"record_from": ["V_m"], "start": 50.0})
    assert pg.stop == sr.stop == mm.stop == nest.GetDefaults("dc_generator")["stop"] == sys.float_info.max
    sr.stop = float("inf")
    assert sr.stop == sys.float_info.max
    n = nest.Create("iaf_psc_alpha")
    nest.Connect(mm, n)
    nest.Connect(n, sr)
    nest.Simulate(5.0)
    for events in (sr.events, mm.events):
        assert all(v.dtype.kind == "f" and len(v) == 0 for v in events.values())
    n.I_e = 1000.0
    nest.Simulate(20.0)
    assert sr.events["senders"].dtype.kind == "i" and len(sr.events["senders"]) > 0


def test_nest_test_suite_habits():
    # found running NEST 3.10's testsuite/pytests with "import syncytium as nest"
    assert nest.kernel_status == nest.GetKernelStatus()
    with pytest.raises(KeyError):
        nest.GetDefaults("iaf_psc_alpha", 42)
    assert nest.GetDefaults("iaf_psc_alpha", ("V_m",) * 3) == [-70.0] * 3
    # a default holds one value; list-valued parameters keep lists
    with pytest.raises(ValueError, match="single parameter values"):
        nest.SetDefaults("iaf_psc_alpha", {"tau_syn_ex": [1.0, 2.0]})
    with pytest.raises(ValueError, match="single parameter values"):
        nest.SetDefaults("iaf_psc_alpha", {"V_m": nest.random.uniform(-70.0, -60.0)})
    nest.SetDefaults("spike_generator", {"spike_times": [1.0, 2.0]})
    assert list(nest.Create("spike_generator").spike_times) == [1.0, 2.0]
    # node_uses_wfr follows use_wfr, as NEST sets it at creation
    nest.ResetKernel()
    nest.use_wfr = False
    assert not nest.Create("hh_psc_alpha_gap").node_uses_wfr
    nest.ResetKernel()
    assert nest.Create("hh_psc_alpha_gap").node_uses_wfr
    assert not nest.Create("iaf_psc_alpha").node_uses_wfr


def test_a_multimeter_connects_to_a_node_once():
    n = nest.Create("iaf_psc_alpha", 2)
    mm = nest.Create("multimeter", params={"record_from": ["V_m"], "interval": 1.0})
    nest.Connect(mm, n[0])
    with pytest.raises(nest.NESTErrors.IllegalConnection, match="already"):
        nest.Connect(mm, n)
    nest.Connect(mm, n[1])
    nest.Simulate(5.0)
    assert list(mm.events["senders"]) == [1, 2] * 4


def test_node_collections_from_ids_as_pynest_takes_them():
    n = nest.Create("iaf_psc_alpha", 5)
    assert nest.NodeCollection(i for i in (1, 3)).tolist() == [1, 3]
    with pytest.raises(nest.kernel.BadProperty, match="unique"):
        nest.NodeCollection([2, 2])
    with pytest.raises(nest.kernel.BadProperty, match="sorted"):
        nest.NodeCollection([3, 1])
    with pytest.raises(nest.kernel.BadProperty, match="sorted"):
        n[[3, 1]]
    with pytest.raises(IndexError):
        n[[1, 1]]
    # ids the front end gathers itself stay lenient: Connect on unsorted unique arrays
    nest.Connect(numpy.array([3, 1]), numpy.array([2]))
    assert sorted(nest.GetConnections().sources()) == [1, 3]


def test_spike_time_zero_is_refused_in_nests_words():
    sg = nest.Create("spike_generator")
    with pytest.raises(nest.kernel.BadProperty, match="spike time cannot be set to 0"):
        sg.set({"spike_times": [0.0]})


def test_get_status_as_json():
    import json
    n = nest.Create("iaf_psc_alpha", 2, params={"I_e": [1.0, 2.0]})
    assert json.loads(nest.GetStatus(n, "I_e", output="json")) == [1.0, 2.0]
    assert json.loads(nest.GetStatus(n[0], output="json"))[0]["I_e"] == 1.0


def test_a_rule_that_draws_at_random_cannot_target_a_recorder():
    n = nest.Create("iaf_psc_alpha", 3)
    sr = nest.Create("spike_recorder", 2)
    with pytest.raises(nest.NESTErrors.IllegalConnection, match="draws its pairs at random"):
        nest.Connect(n, sr, {"rule": "fixed_indegree", "indegree": 1})
    nest.Connect(n, sr)  # all_to_all may
    assert nest.num_connections == 6


@pytest.mark.parametrize("device, key", [("spike_generator", "start"), ("poisson_generator", "stop"),
                                         ("spike_recorder", "origin"), ("multimeter", "interval")])
def test_device_times_off_the_grid_are_refused_as_in_nest(device, key):
    # NEST's regression test of issue 264: resolution 1 ms, a time of 1.5 ms
    nest.set(resolution=1.0)
    with pytest.raises(nest.NESTErrors.BadProperty, match="must be a multiple of the resolution"):
        nest.Create(device, params={key: 1.5})
    node = nest.Create(device)
    with pytest.raises(nest.NESTErrors.BadProperty, match="must be a multiple of the resolution"):
        node.set({key: 1.5})
    node.set({key: 2.0})
    assert node.get(key) == 2.0


def test_prepare_twice_and_cleanup_without_prepare_are_refused():
    nest.ResetKernel()
    with pytest.raises(nest.NESTErrors.KernelException, match="Prepare"):
        nest.Cleanup()
    nest.Prepare()
    with pytest.raises(nest.NESTErrors.KernelException, match="prepared already"):
        nest.Prepare()
    nest.Run(1.0)
    nest.Cleanup()
    nest.Simulate(1.0)  # Simulate prepares and cleans up itself
    assert nest.biological_time == 2.0


def test_json_output_as_pynest():
    # PyNEST's to_json and output="json": numpy values and node collections become plain JSON
    import json
    nest.ResetKernel()
    n = nest.Create("iaf_psc_alpha", 3, params={"V_m": [-70.0, -65.0, -60.0]})
    assert json.loads(nest.to_json({"nodes": n, "V_m": n.V_m})) == {"nodes": [1, 2, 3], "V_m": [-70.0, -65.0, -60.0]}
    defaults = json.loads(nest.GetDefaults("iaf_psc_alpha", output="json"))
    assert defaults["C_m"] == 250.0 and defaults["model"] == "iaf_psc_alpha"
    assert json.loads(nest.GetDefaults("iaf_psc_alpha", "tau_m", output="json")) == 10.0
    assert json.loads(nest.to_json(nest.GetKernelStatus()))["resolution"] == 0.1
    with pytest.raises(nest.kernel.BadProperty, match="output"):
        nest.GetDefaults("iaf_psc_alpha", output="xml")


def test_ascii_recorders_name_their_files_from_create_and_cleanup_after_a_failed_run(tmp_path):
    # NEST tells an ascii recorder's file from Create on; after a run that fails (here: the file exists and
    # overwrite_files is off) NEST's kernel stays prepared and scripts call Cleanup(), which is taken here
    nest.ResetKernel()
    nest.data_path = str(tmp_path)
    nest.data_prefix = "run1_"
    mm = nest.Create("multimeter", params={"record_to": "ascii", "record_from": ["V_m"], "file_extension": "nest"})
    name = mm.filenames[0]
    assert name.startswith(str(tmp_path)) and "run1_multimeter-" in name and name.endswith(".nest")
    assert list(tmp_path.iterdir()) == []
    nest.Connect(mm, nest.Create("iaf_psc_alpha"))
    nest.Simulate(5.0)
    nest.ResetKernel()  # closes the file under that name
    assert (tmp_path / pathlib.Path(name).name).exists()
    nest.data_path = str(tmp_path)
    nest.data_prefix = "run1_"
    mm = nest.Create("multimeter", params={"record_to": "ascii", "record_from": ["V_m"], "file_extension": "nest"})
    nest.Connect(mm, nest.Create("iaf_psc_alpha"))
    with pytest.raises(nest.NESTError):
        nest.Simulate(5.0)
    nest.Cleanup()
    with pytest.raises(nest.kernel.KernelException):
        nest.Cleanup()  # one Cleanup after the failed run, not more
    nest.overwrite_files = True
    nest.Simulate(5.0)
