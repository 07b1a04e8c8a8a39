"""sinusoidal_gamma_generator as NEST's gallery example uses it: individual trains or one for all
(SetDefaults), a multimeter recording its rate, and the statistics of a gamma process."""

import numpy
import pytest

import syncytium as nest


@pytest.fixture(autouse=True)
def reset():
    nest.ResetKernel()


def isi_cv(times):
    isi = numpy.diff(numpy.sort(times))
    return isi.std() / isi.mean()


def test_rate_regularity_and_the_recorded_rate():
    nest.resolution = 0.1
    g = nest.Create("sinusoidal_gamma_generator", params={"rate": 80.0, "amplitude": 50.0, "frequency": 4.0,
                                                          "phase": 30.0, "order": 4.0})
    parrots = nest.Create("parrot_neuron", 20)
    sr = nest.Create("spike_recorder")
    mm = nest.Create("multimeter", params={"record_from": ["rate"], "interval": 1.0})
    nest.Connect(g, parrots)
    nest.Connect(parrots, sr)
    nest.Connect(mm, g)
    nest.Simulate(5000.0)
    ev = sr.events
    n = len(ev["times"])
    assert abs(n - 80.0 * 5 * 20) < 5 * (80.0 * 5 * 20) ** 0.5
    cvs = [isi_cv(ev["times"][ev["senders"] == s]) for s in parrots.tolist()]
    assert 0.45 < numpy.mean(cvs) < 0.9  # more regular than Poisson (order 4, modulated)
    rate = mm.events["rate"]
    t = mm.events["times"]
    numpy.testing.assert_allclose(rate, 80.0 + 50.0 * numpy.sin(2 * numpy.pi * 4.0 * t / 1000.0 + numpy.pi / 6),
                                  rtol=0, atol=1e-9)


def test_one_train_for_all_targets_and_nests_checks():
    nest.SetDefaults("sinusoidal_gamma_generator", {"individual_spike_trains": False})
    g = nest.Create("sinusoidal_gamma_generator", params={"rate": 100.0, "order": 2.0})
    parrots = nest.Create("parrot_neuron", 3)
    sr = nest.Create("spike_recorder")
    nest.Connect(g, parrots)
    nest.Connect(parrots, sr)
    nest.Simulate(1000.0)
    ev = sr.events
    trains = [sorted(ev["times"][ev["senders"] == s].tolist()) for s in parrots.tolist()]
    assert trains[0] == trains[1] == trains[2] and len(trains[0]) > 50
    with pytest.raises(nest.kernel.BadProperty, match="gamma order must be at least 1"):
        g.set(order=0.5)
    with pytest.raises(nest.kernel.BadProperty, match="0 <= amplitude <= rate"):
        g.set(amplitude=150.0)
    g.set({"rate": 200.0, "amplitude": 150.0})
    assert g.get(["rate", "amplitude", "order"]) == {"rate": 200.0, "amplitude": 150.0, "order": 2.0}
