"""NESTML vectors as a PyNEST user meets them: a vector parameter and a state vector read as numpy
arrays per neuron and set as lists (one for all, one per neuron), a size parameter that resizes,
lists of the wrong size refused with BadProperty, vector port elements as receptor types, and state
vector elements recorded under NESTML's names (X_0, X_1, ...)."""

import numpy
import pytest

import syncytium as nest

from conftest import ROOT

MODEL_FILE = ROOT / "examples" / "nestml" / "psc_exp_receptors.nestml"

RESIZE = """
model resizing:
    state:
        V_m mV = 0 mV
        x[N] real = 1
    parameters:
        N integer = 2
    update:
        i integer = 0
        for i in 0 ... N step 1:
            x[i] += i
"""


@pytest.fixture()
def model():
    assert nest.Install(str(MODEL_FILE)) == ("psc_exp_receptors_neuron",)
    return "psc_exp_receptors_neuron"


def test_vectors_are_lists_per_neuron(model):
    defaults = nest.GetDefaults(model)
    assert list(defaults["tau_syn"]) == [2.0, 2.0, 2.0]
    assert defaults["receptor_types"] == {"SPIKES_0": 1, "SPIKES_1": 2, "SPIKES_2": 3}
    n = nest.Create(model, 3, params={"tau_syn": [0.5, 5.0, 10.0]})
    assert isinstance(n[0].tau_syn, numpy.ndarray)
    assert [list(t) for t in n.get("tau_syn")] == [[0.5, 5.0, 10.0]] * 3
    n.set(tau_syn=[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])
    assert list(n[2].tau_syn) == [7.0, 8.0, 9.0]
    with pytest.raises(nest.NESTErrors.BadProperty, match="has 2 elements but the vector's size is 3"):
        n.set(tau_syn=[1.0, 2.0])
    assert list(n[0].tau_syn) == [1.0, 2.0, 3.0], "a refused set changes nothing"
    assert isinstance(n[0].r, int)


def test_each_receptor_counts_its_own_input_and_elements_are_recordable(model):
    nest.resolution = 0.1
    n = nest.Create(model, params={"V_th": 1000.0})
    sgs = nest.Create("spike_generator", 3)
    for k, sg in enumerate(sgs):
        sg.spike_times = [1.0 + k, 10.0 + k][: k + 1]
        nest.Connect(sg, n, syn_spec={"weight": 100.0, "delay": 1.0, "receptor_type": k + 1})
    mm = nest.Create("multimeter", {"record_from": ["N_IN_0", "N_IN_2", "I_1__X__spikes__VEC_IDX__1"],
                                    "interval": 0.1})
    nest.Connect(mm, n)
    nest.Simulate(20.0)
    assert list(n.n_in) == [1.0, 2.0, 2.0]
    events = mm.events
    assert events["N_IN_0"][-1] == 1.0 and events["N_IN_2"][-1] == 2.0
    # spikes at 3 and 12 ms (delay 1 ms), tau_syn 2 ms: the second jump lands on what is left of the first
    assert max(events["I_1__X__spikes__VEC_IDX__1"]) == pytest.approx(100.0 + 100.0 * numpy.exp(-9.0 / 2.0), rel=1e-5)


def test_a_size_parameter_resizes_keeping_elements(tmp_path):
    path = tmp_path / "resizing.nestml"
    path.write_text(RESIZE)
    nest.Install(str(path))
    n = nest.Create("resizing", 2, params={"N": 3})
    assert [list(x) for x in n.x] == [[1.0, 1.0, 0.0]] * 2
    n[1].set(N=1)
    nest.Simulate(0.2)
    assert list(n[0].x) == [1.0, 3.0, 4.0] and list(n[1].x) == [1.0]
    assert n[0].N == 3 and isinstance(n[0].N, int)
    with pytest.raises(nest.NESTErrors.BadProperty, match="whole number >= 0"):
        n.set(N=-1)
