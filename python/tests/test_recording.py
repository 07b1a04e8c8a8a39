"""Recorders created with Create and connected with Connect, as in PyNEST: spike_recorder events and
n_events, multimeter (record_from, interval), voltmeter, recording windows, clearing."""

import numpy
import pytest

import syncytium as nest

# NEST 3.9, hh_psc_alpha_gap with I_e = 200 pA at h = 0.05 ms (the reference notes, section 8.1)
NEST_SPIKES = [5.7, 18.8, 36.85, 60.3, 85.45]


def driven(n=2):
    nest.resolution = 0.05
    return nest.Create("hh_psc_alpha_gap", n, params={"I_e": 200.0})


def test_spike_recorder_events_are_numpy_arrays():
    neurons = driven()
    sr = nest.Create("spike_recorder")
    nest.Connect(neurons, sr)
    nest.Simulate(100.0)
    events = sr.events
    assert set(events) == {"senders", "times"}
    assert isinstance(events["times"], numpy.ndarray) and events["times"].dtype == numpy.float64
    assert events["senders"].dtype.kind == "i"
    assert sr.n_events == len(events["times"]) == 10
    assert numpy.allclose(events["times"][events["senders"] == 1], NEST_SPIKES)
    assert numpy.array_equal(sr.get("events", "senders"), events["senders"])
    assert nest.GetStatus(sr, "n_events") == (10,)
    assert nest.GetStatus(sr, "events")[0]["times"].shape == (10,)
    sr.n_events = 0
    assert sr.n_events == 0 and len(sr.events["times"]) == 0


def test_only_connected_neurons_are_recorded_and_windows_apply():
    neurons = driven(3)
    sr = nest.Create("spike_recorder", params={"start": 10.0, "stop": 70.0})
    nest.Connect(neurons[1], sr)
    nest.Simulate(100.0)
    assert set(sr.events["senders"]) == {2}
    assert numpy.allclose(sr.events["times"], [18.8, 36.85, 60.3])


def test_multimeter_and_voltmeter():
    neurons = driven(2)
    mm = nest.Create("multimeter", params={"record_from": ["V_m", "Act_m"], "interval": 1.0})
    vm = nest.Create("voltmeter")
    nest.Connect(mm, neurons)
    nest.Connect(vm, neurons[0])
    assert mm.record_from == ["V_m", "Act_m"]
    assert vm.record_from == ["V_m"]
    nest.Simulate(20.0)
    events = mm.events
    assert set(events) == {"senders", "times", "V_m", "Act_m"}
    assert len(events["times"]) == 2 * 19  # as NEST: the last min_delay interval shows in the next run
    assert numpy.all(numpy.diff(numpy.unique(events["times"])) == 1.0)
    assert vm.n_events == len(vm.events["V_m"]) and set(vm.events["senders"]) == {1}


def test_continuing_a_simulation_matches_one_run():
    def spikes(pieces):
        nest.ResetKernel()
        neurons = driven(1)
        sr = nest.Create("spike_recorder")
        nest.Connect(neurons, sr)
        nest.Prepare()
        for piece in pieces:
            nest.Run(piece)
        nest.Cleanup()
        return sr.events["times"].tolist()
    assert spikes([90.0]) == spikes([30.0, 12.5, 47.5]) == pytest.approx(NEST_SPIKES)


def test_run_needs_prepare_and_bad_times_are_refused():
    with pytest.raises(nest.kernel.KernelException):
        nest.Run(10.0)
    # NEST's class for both: BadParameter
    with pytest.raises(nest.kernel.BadParameter, match="non-negative"):
        nest.Simulate(-5.0)
    with pytest.raises(nest.kernel.BadParameter, match="multiple of the resolution"):
        nest.Simulate(0.03)
    with pytest.raises(nest.kernel.BadParameter):
        nest.Simulate(float("inf"))
    with pytest.raises(TypeError):
        nest.Simulate("10")
    nest.Simulate(0.0)
    assert nest.biological_time == 0.0


def test_raster_plot_and_voltage_trace_helpers(tmp_path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    neurons = driven(3)
    sr = nest.Create("spike_recorder")
    vm = nest.Create("voltmeter")
    nest.Connect(neurons, sr)
    nest.Connect(vm, neurons)
    nest.Simulate(50.0)
    axes = nest.raster_plot.from_device(sr, hist=True)
    assert len(axes) == 2 and len(axes[0].lines[0].get_xdata()) == sr.n_events
    plt.close("all")
    lines = nest.voltage_trace.from_device(vm)
    assert len(lines) == 3
    plt.savefig(tmp_path / "vm.png")
    plt.close("all")
    with pytest.raises(nest.kernel.BadProperty):
        nest.raster_plot.from_device(vm)
    with pytest.raises(nest.kernel.NESTError):
        nest.Install("mymodule")


def test_raster_plot_reads_what_an_ascii_recorder_wrote(tmp_path):
    # PyNEST's Brunel example records to "ascii" and then calls raster_plot.from_device
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    nest.SetKernelStatus({"data_path": str(tmp_path), "data_prefix": "run-"})
    neurons = driven(3)
    labelled = nest.Create("spike_recorder", params={"record_to": "ascii", "label": "brunel-py-ex"})
    unlabelled = nest.Create("spike_recorder", params={"record_to": "ascii"})
    in_memory = nest.Create("spike_recorder")
    for recorder in (labelled, unlabelled, in_memory):
        nest.Connect(neurons, recorder)
    nest.Simulate(50.0)
    expected = in_memory.events
    assert len(expected["times"]) > 0
    for recorder in (labelled, unlabelled):
        events = nest.raster_plot._events(recorder)
        numpy.testing.assert_array_equal(events["times"], expected["times"])
        numpy.testing.assert_array_equal(events["senders"], expected["senders"])
    axes = nest.raster_plot.from_device(labelled, hist=True)
    assert len(axes[0].lines[0].get_xdata()) == labelled.n_events
    plt.close("all")
    name = "run-brunel-py-ex-%d-0.dat" % labelled.global_id  # NEST's name: label, node id, virtual process
    nest.ResetKernel()  # closes the files under their final names, which are read from then on
    assert (tmp_path / name).exists()


def test_plots_from_the_files_recorders_wrote(tmp_path):
    # PyNEST's raster_plot.from_file and voltage_trace.from_file read what record_to="ascii" wrote
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    nest.ResetKernel()
    nest.SetKernelStatus({"data_path": str(tmp_path)})
    neurons = driven(3)
    on_file = nest.Create("spike_recorder", params={"record_to": "ascii"})
    in_memory = nest.Create("spike_recorder")
    meter = nest.Create("voltmeter", params={"record_to": "ascii"})
    meter_in_memory = nest.Create("voltmeter")
    nest.Connect(neurons, on_file)
    nest.Connect(neurons, in_memory)
    nest.Connect(meter, neurons[:2])
    nest.Connect(meter_in_memory, neurons[:2])
    nest.Simulate(50.0)
    spikes, (trace,) = on_file.filenames, meter.filenames
    times = numpy.array(in_memory.events["times"])
    recorded = meter_in_memory.events
    traced = neurons[:2].tolist()
    samples = [numpy.count_nonzero(recorded["senders"] == i) for i in traced]
    nest.ResetKernel()  # the files take their final names
    spikes = [name[:-len(".part")] if name.endswith(".part") else name for name in spikes]
    trace = trace[:-len(".part")] if trace.endswith(".part") else trace
    (line,) = nest.raster_plot.from_file(spikes)[0].lines
    numpy.testing.assert_array_equal(line.get_xdata(), times)
    plt.close("all")
    lines = nest.voltage_trace.from_file(trace)
    rows = numpy.loadtxt(trace, skiprows=3, ndmin=2)  # sender, time, V_m: one line per sender
    for line, sender, shown in zip(lines, traced, samples):
        numpy.testing.assert_array_equal(line.get_ydata(), rows[rows[:, 0] == sender, 2])
        # the file also holds the last interval's samples, which the next run would show in memory
        numpy.testing.assert_allclose(line.get_ydata()[:shown], recorded["V_m"][recorded["senders"] == sender],
                                      atol=5e-4)  # the file's precision: 3 decimals
    plt.close("all")
    data = nest.raster_plot.read_files(spikes)
    assert len(nest.raster_plot.extract_events(data, time=[10.0, 20.0], sel=[1])) == numpy.count_nonzero(
        (data[:, 0] == 1) & (data[:, 1] >= 10.0) & (data[:, 1] < 20.0))
    bad = tmp_path / "bad.dat"
    bad.write_text("# comment\nsender time_ms\n1 2.0\n1 x\n")
    with pytest.raises(nest.kernel.BadProperty, match="line 4 is not a row of numbers"):
        nest.raster_plot.from_file(str(bad))
    with pytest.raises(nest.kernel.BadProperty, match="no such file"):
        nest.voltage_trace.from_file(str(tmp_path / "missing.dat"))


def test_record_from_is_checked_at_connect_and_an_empty_one_records_nothing():
    nest.ResetKernel()
    neuron = nest.Create("iaf_psc_alpha")
    wrong = nest.Create("multimeter", params={"record_from": ["V_m", "V_m_foo"]})
    with pytest.raises(nest.NESTErrors.IllegalConnection, match="V_m_foo"):
        nest.Connect(wrong, neuron)  # NEST refuses it here, not when the run starts
    wrong.record_from = ["V_m"]
    nest.Connect(wrong, neuron)
    empty = nest.Create("multimeter", params={"record_from": []})
    nest.Connect(empty, neuron)
    nest.Simulate(5.0)
    assert len(empty.events["times"]) == 0 and len(wrong.events["V_m"]) == 4


def test_record_to_screen_prints_nests_rows(capfd):
    """NEST's screen backend: each event as a tab-separated row on standard output, no header; the
    recorder still counts them; the kernel lists the three backends as NEST 3.10 does."""
    assert nest.recording_backends == ["ascii", "memory", "screen"]
    assert nest.GetKernelStatus("stimulation_backends") == []
    neurons = driven()
    sr = nest.Create("spike_recorder", params={"record_to": "screen"})
    mm = nest.Create("multimeter", params={"record_to": "screen", "record_from": ["V_m"], "interval": 25.0,
                                           "precision": 2})
    nest.Connect(neurons[0], sr)
    nest.Connect(mm, neurons[0])
    capfd.readouterr()
    nest.Simulate(40.0)
    printed = capfd.readouterr().out.splitlines()
    assert [line for line in printed if line.count("\t") == 1] == ["1\t%.3f" % t for t in NEST_SPIKES[:3]]
    rows = [line.split("\t") for line in printed if line.count("\t") == 2]
    assert [(r[0], r[1]) for r in rows] == [("1", "25.00")]
    assert len(rows[0][2].split(".")[1]) == 2
    assert sr.n_events == 3 and sr.filenames == [] and len(sr.events["times"]) == 0
    with pytest.raises(nest.kernel.BadProperty, match="prints its events"):
        nest.raster_plot.from_device(sr)
    with pytest.raises(nest.kernel.BadProperty, match="prints its samples"):
        nest.voltage_trace.from_device(mm)
    with pytest.raises(nest.kernel.BadProperty, match="\"memory\", \"ascii\" or \"screen\""):
        nest.Create("spike_recorder", params={"record_to": "sionlib"})
