"""Files a PyNEST script reads back: record_to="ascii" writes NEST's ASCII layout (names, header,
tab-separated columns with three decimals, time_in_steps), checked against NEST 3.10 running NEST's
recording_demo.py and multimeter_file.py on this machine (2026-12-03)."""

import numpy
import pytest

import syncytium as nest

# NEST 3.10, recording_demo.py: an iaf_psc_exp driven by a 1 MHz poisson_generator (weight 10)
NEST_STEPS = [21, 44, 67, 89, 111, 133, 155, 177, 199, 221, 243, 265, 287]


def _demo(record_to, time_in_steps, tmp_path):
    nest.data_path = str(tmp_path)
    n = nest.Create("iaf_psc_exp")
    pg = nest.Create("poisson_generator", 1, {"rate": 1000000.0})
    sr = nest.Create("spike_recorder", 1, {"record_to": record_to, "time_in_steps": time_in_steps})
    nest.Connect(pg, n, syn_spec={"weight": 10.0})
    nest.Connect(n, sr)
    nest.Simulate(30.0)
    return sr


def test_time_in_steps_in_memory_is_nests(tmp_path):
    sr = _demo("memory", True, tmp_path)
    events = sr.get("events")
    assert list(events) == ["offsets", "senders", "times"]  # NEST's key order
    assert events["times"].dtype.kind == "i" and events["times"].tolist() == NEST_STEPS
    assert events["offsets"].tolist() == [0.0] * len(NEST_STEPS)
    with pytest.raises(nest.kernel.BadProperty, match="cannot be changed after the first run"):
        sr.time_in_steps = False


def test_an_ascii_spike_recorder_writes_nests_layout(tmp_path):
    sr = _demo("ascii", False, tmp_path)
    (name,) = sr.filenames
    nest.ResetKernel()  # closes the file under its final name
    path = tmp_path / "spike_recorder-3-0.dat"  # model, node id padded to the node count's digits, vp
    lines = path.read_text().splitlines()
    assert lines[0].startswith("# ") and lines[1] == "# RecordingBackendASCII version: 2"
    assert lines[2] == "sender\ttime_ms"
    assert lines[3:] == ["1\t%.3f" % (s / 10) for s in NEST_STEPS]  # NEST: 2.100, 4.400, ...
    data = numpy.loadtxt(path, dtype=object)  # as recording_demo.py reads it
    assert data[0].tolist() == ["sender", "time_ms"] and data[1].tolist() == ["1", "2.100"]


def test_time_in_steps_and_precision_in_a_file(tmp_path):
    nest.data_path = str(tmp_path)
    n = nest.Create("iaf_psc_exp", params={"I_e": 500.0})
    sr = nest.Create("spike_recorder", params={"record_to": "ascii", "time_in_steps": True, "label": "s"})
    mm = nest.Create("multimeter", params={"record_to": "ascii", "record_from": ["V_m"], "interval": 0.5,
                                           "precision": 5, "label": "m"})
    nest.Connect(n, sr)
    nest.Connect(mm, n)
    nest.Simulate(20.0)
    nest.ResetKernel()
    spikes = (tmp_path / "s-2-0.dat").read_text().splitlines()
    assert spikes[2] == "sender\ttime_step\ttime_offset"
    step, offset = spikes[3].split("\t")[1:]
    assert step.isdigit() and offset == "0.000"
    samples = (tmp_path / "m-3-0.dat").read_text().splitlines()
    assert samples[2] == "sender\ttime_ms\tV_m"
    sender, time, v = samples[3].split("\t")
    assert (sender, time) == ("1", "0.50000") and len(v.split(".")[1]) == 5 and -70 < float(v) < -69


def test_csv_stays_available_and_names_are_checked(tmp_path):
    nest.data_path = str(tmp_path)
    n = nest.Create("iaf_psc_alpha", params={"I_e": 500.0})
    sr = nest.Create("spike_recorder", params={"record_to": "ascii", "file_extension": "csv", "label": "c"})
    nest.Connect(n, sr)
    nest.Simulate(50.0)
    nest.ResetKernel()
    assert (tmp_path / "c.csv").read_text().startswith("sender,time_ms\n1,")
    sr = nest.Create("spike_recorder")
    with pytest.raises(nest.kernel.BadProperty, match="file_extension"):
        sr.file_extension = "../x"
    with pytest.raises(nest.kernel.BadProperty, match="precision"):
        sr.precision = -1
    assert nest.GetDefaults("spike_recorder")["file_extension"] == "dat"
