"""Reading entries as PyNEST 3.10 does (checked beside NEST with the same script, 2026-12-03): over
nodes of several models a node whose model lacks an entry answers None; GetStatus per key over the
whole collection; connections as JSON; errors of joining and of bad simulation times."""

import json

import pytest

import syncytium as nest


def test_nodes_of_several_models_answer_none_where_their_model_lacks_an_entry():
    nest.ResetKernel()
    a = nest.Create("iaf_psc_alpha", 2)
    b = nest.Create("iaf_psc_delta", 1)
    s = nest.Create("spike_recorder")
    both = a + b
    everything = both.get()
    assert everything["tau_syn_ex"] == (2.0, 2.0, None)
    assert everything["V_th"] == (-55.0, -55.0, -55.0)
    assert everything["model"] == ("iaf_psc_alpha", "iaf_psc_alpha", "iaf_psc_delta")
    assert (a[0] + b).get(["V_th", "tau_syn_ex"]) == {"V_th": (-55.0, -55.0), "tau_syn_ex": (2.0, None)}
    assert (a[0] + s).get("model") == ("iaf_psc_alpha", "spike_recorder")
    assert nest.GetStatus(both, "tau_syn_ex") == (2.0, 2.0, None)
    assert nest.GetStatus(both, ["V_th", "tau_syn_ex"]) == ((-55.0, 2.0), (-55.0, 2.0), (-55.0, None))
    assert nest.GetStatus(a[0], ["V_th"]) == ((-55.0,),)
    # an entry no node has stays an error, as does one a single model lacks
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry, match="foo"):
        both.get("foo")
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry, match="tau_syn_ex"):
        b.get("tau_syn_ex")


def test_connections_as_json_and_joining_overlapping_collections():
    nest.ResetKernel()
    a = nest.Create("iaf_psc_alpha", 2)
    nest.Connect(a, a, syn_spec={"weight": 2.5})
    c = nest.GetConnections(a)
    assert c[0].get("weight", output="json") == "2.5"
    assert json.loads(c.get(["source", "weight"], output="json")) == {"source": [1, 1, 2, 2], "weight": [2.5] * 4}
    with pytest.raises(nest.NESTErrors.BadProperty, match="output"):
        c.get("weight", output="xml")
    with pytest.raises(nest.NESTErrors.BadProperty, match="overlapping"):
        a + a[0]


def test_pandas_frames_are_indexed_as_pynest_indexes_them():
    import pandas  # installed by .ci/run (python3-pandas)
    nest.ResetKernel()
    n = nest.Create("iaf_psc_alpha", 3, params={"I_e": [1.0, 2.0, 3.0]})
    frame = n.get(["I_e", "V_th"], output="pandas")
    assert isinstance(frame, pandas.DataFrame)
    assert frame.index.tolist() == [1, 2, 3] and frame.index.name is None  # node ids, as NEST 3.10
    assert frame["I_e"].tolist() == [1.0, 2.0, 3.0] and frame["V_th"].tolist() == [-55.0] * 3
    assert n[0].get("I_e", output="pandas")["I_e"].tolist() == [1.0]
    nest.Connect(n, n, "one_to_one", {"weight": 2.5})
    c = nest.GetConnections(n)
    table = c.get(["source", "target", "weight"], output="pandas")
    assert table.index.tolist() == [1, 2, 3]  # rows numbered from 1, as NEST 3.10
    assert table["source"].tolist() == [1, 2, 3] and table["weight"].tolist() == [2.5] * 3
    assert c.get("weight", output="pandas")["weight"].tolist() == [2.5] * 3
