"""weight_recorder against NEST 3.10, the same script on both (2026-12-05, NEST built by
benchmarks/nest/build_nest.sh with stdp_synapse and weight_recorder): three parrots repeat a spike
train into two parrots through a copy of stdp_synapse that names the recorder and ends on receptor 1
(a parrot does not repeat those), the two parrots fire their own train; 50 runs of 1 ms."""

import numpy
import pytest

import syncytium as nest

# NEST 3.10: n_events after each 1 ms run (the spikes of a run's last slice pass in the next run)
NEST_COUNTS = [0] * 13 + [6] * 18 + [12] * 11 + [18] * 8
NEST_TIMES = [13.0] * 6 + [31.0] * 6 + [42.0] * 6
NEST_WEIGHTS = [20.5191827258] * 6 + [21.9284986654] * 6 + [21.7091913544] * 6
NEST_POST_SPIKES = [8.0, 8.0, 14.0, 14.0, 29.0, 29.0, 46.0, 46.0]


@pytest.fixture(autouse=True)
def reset():
    nest.ResetKernel()


def network(**recorder):
    wr = nest.Create("weight_recorder", params=recorder)
    nest.CopyModel("stdp_synapse", "stdp_rec", {"weight_recorder": wr, "weight": 20.0, "receptor_type": 1})
    sg = nest.Create("spike_generator", 2, params=[{"spike_times": [5.0, 12.0, 30.0, 41.0]},
                                                    {"spike_times": [7.0, 13.0, 28.0, 45.0]}])
    pre = nest.Create("parrot_neuron", 3)
    post = nest.Create("parrot_neuron", 2)
    nest.Connect(sg[0], pre)
    nest.Connect(sg[1], post)
    nest.Connect(pre, post, syn_spec="stdp_rec")
    return wr, pre, post


def test_records_each_passing_spike_as_nest():
    wr, pre, post = network(start=10.0)
    sr = nest.Create("spike_recorder")
    nest.Connect(post, sr)
    conns = nest.GetConnections(pre, post)
    counts = []
    for _ in range(50):
        nest.Simulate(1.0)
        counts.append(wr.n_events)
    assert counts == NEST_COUNTS
    ev = wr.events
    assert sorted(ev) == ["receptors", "senders", "targets", "times", "weights"]
    assert all(ev[k].dtype == numpy.int64 for k in ("senders", "targets", "receptors"))
    order = numpy.lexsort((ev["targets"], ev["senders"], ev["times"]))
    assert ev["senders"][order].tolist() == [4, 4, 5, 5, 6, 6] * 3
    assert ev["targets"][order].tolist() == [7, 8] * 9
    assert ev["receptors"].tolist() == [1] * 18
    numpy.testing.assert_allclose(ev["times"][order], NEST_TIMES)
    numpy.testing.assert_allclose(ev["weights"][order], NEST_WEIGHTS, rtol=1e-10)
    numpy.testing.assert_allclose(conns.weight, [NEST_WEIGHTS[-1]] * 6, rtol=1e-10)
    # receptor 1 of a parrot takes the plastic connections' spikes without repeating them
    numpy.testing.assert_allclose(numpy.sort(sr.events["times"]), NEST_POST_SPIKES)


def test_senders_and_targets_select_connections():
    wr, pre, post = network()
    wr.set({"senders": pre[1:], "targets": post[1]})
    assert wr.senders.tolist() == [5, 6] and wr.targets.tolist() == [8]
    assert isinstance(wr.targets, nest.NodeCollection)
    nest.Simulate(50.0)
    assert sorted(set(wr.events["senders"].tolist())) == [5, 6]
    assert set(wr.events["targets"].tolist()) == {8}
    assert wr.n_events == 8  # four spikes of each of the two senders


def test_static_connections_report_their_weight():
    wr = nest.Create("weight_recorder")
    assert sorted(wr.events) == ["senders", "times"]  # before the first run, as NEST
    assert nest.GetDefaults("static_synapse")["weight_recorder"].tolist() == []
    nest.SetDefaults("static_synapse", {"weight_recorder": wr})
    assert nest.GetDefaults("static_synapse")["weight_recorder"].tolist() == [wr.global_id]
    n = nest.Create("iaf_psc_alpha", 2)
    nest.Connect(n[0], n[1], syn_spec={"weight": 5.0})
    n[0].I_e = 500.0
    nest.Simulate(50.0)
    numpy.testing.assert_allclose(wr.events["times"], [13.9, 29.8, 45.7])
    assert wr.events["weights"].tolist() == [5.0] * 3 and wr.events["targets"].tolist() == [n[1].global_id] * 3


def test_refuses_what_nest_refuses():
    wr = nest.Create("weight_recorder")
    sr = nest.Create("spike_recorder")
    n = nest.Create("iaf_psc_alpha", 2)
    with pytest.raises(nest.kernel.NESTErrors.NotImplemented, match="can only be set via SetDefaults"):
        nest.Connect(n[0], n[1], syn_spec={"synapse_model": "static_synapse", "weight_recorder": wr})
    with pytest.raises(nest.kernel.NESTErrors.BadProperty, match="node of type weight_recorder"):
        nest.SetDefaults("static_synapse", {"weight_recorder": sr})
    with pytest.raises(nest.kernel.NESTErrors.BadProperty, match="single element NodeCollection"):
        nest.CopyModel("static_synapse", "two", {"weight_recorder": n})
    for pre, post in ((n[0], wr), (wr, n[0])):
        with pytest.raises(nest.kernel.NESTErrors.IllegalConnection, match="weight recorder takes no connections"):
            nest.Connect(pre, post)
    nest.CopyModel("static_synapse", "recorded", {"weight_recorder": wr})
    sg = nest.Create("spike_generator")
    with pytest.raises(nest.kernel.NESTErrors.IllegalConnection, match="parrot_neuron"):
        nest.Connect(sg, n[0], syn_spec="recorded")
    nest.Connect(n[0], n[1], syn_spec="recorded")
    nest.SetDefaults("recorded", {"weight_recorder": wr})  # unchanged: allowed, as any time in NEST
    other = nest.Create("weight_recorder")
    with pytest.raises(nest.kernel.NESTErrors.NotImplemented, match="set before connecting"):
        nest.SetDefaults("recorded", {"weight_recorder": other})


def test_writes_nests_columns_to_a_file(tmp_path):
    nest.data_path = str(tmp_path)
    wr, pre, post = network(record_to="ascii", label="w")
    nest.Simulate(50.0)
    (path,) = wr.filenames
    lines = open(path).read().splitlines()
    assert lines[2].split("\t") == ["sender", "time_ms", "weights", "targets", "receptors"]
    rows = [line.split("\t") for line in lines[3:]]
    assert len(rows) == 24 and rows[0][3] in ("7", "8") and rows[0][4] == "1"
    assert float(rows[-1][2]) == pytest.approx(21.709, abs=1e-3)
